import { describe, expect, test } from "vitest";
import { cleanPlan } from "../../test/harness.js";
import { indexPlan } from "./index-plan.js";

describe("indexPlan", () => {
  test("locates every id by position and JSON pointer", () => {
    const idx = indexPlan(cleanPlan());
    expect(idx.services.get("erp")).toEqual({ index: 1, path: "/preIncident/requirements/1" });
    expect(idx.roles.get("auditor")).toEqual({ index: 6, path: "/roles/6" });
    expect(idx.sites.get("osaka-backup")).toEqual({
      index: 0,
      path: "/preIncident/alternateSites/0",
    });
    expect(idx.measures.get("m-satellite")).toEqual({ index: 4, path: "/preIncident/measures/4" });
    expect(idx.procedures.get("proc-mes")).toEqual({ index: 4, path: "/emergency/procedures/4" });
    expect(idx.communications.get("landline")).toEqual({
      index: 3,
      path: "/emergency/communications/3",
    });
    expect(idx.audiences.get("business-staff")).toEqual({
      index: 2,
      path: "/training/audiences/2",
    });
    expect(idx.teams.get("it-recovery")).toEqual({
      index: 1,
      path: "/emergency/organisation/teams/1",
    });
    // 15 requirements, 7 roles, 6 procedures in the clean plan
    expect([idx.services.size, idx.roles.size, idx.procedures.size]).toEqual([15, 7, 6]);
    expect(idx.duplicates).toEqual([]);
  });

  test("procedures by service: the first procedure of a service, the same Located as by id", () => {
    const plan = cleanPlan();
    plan.emergency.procedures.push({ ...plan.emergency.procedures[2], id: "proc-erp-2" }); // index 6, service erp
    const idx = indexPlan(plan);
    expect(idx.proceduresByService.get("erp")).toEqual({
      index: 2,
      path: "/emergency/procedures/2",
    });
    expect(idx.proceduresByService.get("erp")).toBe(idx.procedures.get("proc-erp"));
    expect(idx.procedures.get("proc-erp-2")).toEqual({ index: 6, path: "/emergency/procedures/6" });
    expect(idx.proceduresByService.size).toBe(6);
  });

  test("a repeated id keeps the first and becomes a diagnostic in the requested locale", () => {
    const plan = cleanPlan();
    plan.preIncident.requirements.push({ ...plan.preIncident.requirements[3] }); // index 15, edi
    plan.roles.push({ ...plan.roles[0] }); // index 7, ceo
    plan.training.audiences.push({ ...plan.training.audiences[1] }); // index 3, it-staff
    const idx = indexPlan(plan, "ja");
    expect(idx.services.get("edi")).toEqual({ index: 3, path: "/preIncident/requirements/3" });
    expect(idx.roles.get("ceo")).toEqual({ index: 0, path: "/roles/0" });
    // services first, then roles, sites, measures, procedures, communications, audiences, teams
    expect(idx.duplicates).toEqual([
      {
        code: "document/duplicate-id",
        severity: "error",
        message: "ID 'edi' が複数回使われています。",
        messages: {
          en: "The id 'edi' is used more than once.",
          ja: "ID 'edi' が複数回使われています。",
        },
        path: "/preIncident/requirements/15/service",
        related: [{ path: "/preIncident/requirements/3/service" }],
        data: { id: "edi" },
      },
      {
        code: "document/duplicate-id",
        severity: "error",
        message: "ID 'ceo' が複数回使われています。",
        messages: {
          en: "The id 'ceo' is used more than once.",
          ja: "ID 'ceo' が複数回使われています。",
        },
        path: "/roles/7/id",
        related: [{ path: "/roles/0/id" }],
        data: { id: "ceo" },
      },
      {
        code: "document/duplicate-id",
        severity: "error",
        message: "ID 'it-staff' が複数回使われています。",
        messages: {
          en: "The id 'it-staff' is used more than once.",
          ja: "ID 'it-staff' が複数回使われています。",
        },
        path: "/training/audiences/3/id",
        related: [{ path: "/training/audiences/1/id" }],
        data: { id: "it-staff" },
      },
    ]);
  });

  test("a plan without its optional parts gives empty indexes", () => {
    const idx = indexPlan({
      kind: "ContinuityPlan",
      schemaVersion: "1.0",
      id: "p",
      metadata: { organisation: "o" },
    });
    expect(
      [idx.services, idx.roles, idx.procedures, idx.proceduresByService, idx.teams].map(
        (m) => m.size,
      ),
    ).toEqual([0, 0, 0, 0, 0]);
  });
});
