// Shared pieces of the rule cases (src/rules/<prefix>.cases.ts): plans and BIAs that several
// rules' cases start from.
import type { BiaInput } from "../src/index.js";
import { cleanResults } from "./evidence.js";
import type { AnyPlan } from "./harness.js";

/** A BIA the clean plan agrees with: every required objective is met exactly or with room. */
export const consistentBia: BiaInput = {
  processes: [{ id: "order-intake", timeCritical: true, rtoMinutes: 1440, rpoMinutes: 60 }],
  nodes: [
    {
      id: "order-intake",
      type: "process",
      requiredRtoMinutes: 1440,
      requiredRpoMinutes: 60,
      dependsOn: ["erp", "edi"],
    },
    {
      id: "erp",
      type: "service",
      requiredRtoMinutes: 1440,
      requiredRpoMinutes: 60,
      dependsOn: ["erp-db"],
    },
    {
      id: "erp-db",
      type: "service",
      requiredRtoMinutes: 1440,
      requiredRpoMinutes: 60,
      dependsOn: [],
    },
    {
      id: "edi",
      type: "service",
      requiredRtoMinutes: 1440,
      requiredRpoMinutes: 60,
      dependsOn: ["erp"],
    },
    // plan: cad-pdm P3D = 4320 min ≤ 10080; P1D = 1440 ≤ 1440
    {
      id: "cad-pdm",
      type: "service",
      requiredRtoMinutes: 10080,
      requiredRpoMinutes: 1440,
      dependsOn: [],
    },
  ],
  recoveryOrder: ["erp-db", "erp", "edi", "order-intake"],
};

/** The clean plan with the clean results (test/evidence.ts), then `edit`. */
export const withResults =
  (edit: (p: AnyPlan, results: AnyPlan[]) => void) =>
  (p: AnyPlan): void => {
    p.training.results = cleanResults();
    edit(p, p.training.results);
  };

/** A BIA that asks more of erp (RTO 480 min = PT8H) and erp-db (RPO 30 min) than the plan. */
export const strictBia: BiaInput = {
  nodes: [
    { id: "erp", type: "service", requiredRtoMinutes: 480, requiredRpoMinutes: 60 },
    { id: "erp-db", type: "service", requiredRtoMinutes: 1440, requiredRpoMinutes: 30 },
  ],
};

/** An exception of the clean plan for `evidence/rto-met` on erp-db, then `edit`. */
export const withException =
  (edit: (e: AnyPlan, p: AnyPlan) => void) =>
  (p: AnyPlan): void => {
    const e = {
      rule: "evidence/rto-met",
      target: "erp-db",
      reason: "ERP database restore takes 26 h until the Osaka standby is live",
      acceptedBy: "ceo",
      accepted: "2026-11-01",
      until: "2027-03-31",
    };
    p.exceptions = [e];
    edit(e, p);
  };
