import { createDiagnostic } from "@mamori/core";
import { describe, expect, it } from "vitest";
import { biaMessages } from "../messages.js";
import { DEFAULT_DIAGNOSTICS_PER_CODE, makeReporter } from "./reporter.js";

describe("makeReporter", () => {
  it("builds the same diagnostic as core's createDiagnostic when there is no duration", () => {
    const rep = makeReporter("ja");
    const d = rep.add(
      "bia/missing-rpo",
      "warning",
      "/processes/0",
      { process: "payroll" },
      { ref: "R" },
    );
    expect(d).toEqual(
      createDiagnostic(biaMessages, "ja", {
        code: "bia/missing-rpo",
        severity: "warning",
        path: "/processes/0",
        data: { process: "payroll" },
        ref: "R",
      }),
    );
    expect(rep.done()).toEqual([d]);
  });

  it("writes durations for people per locale and as ISO 8601 in data", () => {
    const rep = makeReporter("en");
    const d = rep.add("bia/rpo-gap", "error", "/services/0/capability", {
      id: "db",
      loss: { minutes: 1440 },
      rpo: { minutes: 90 },
    });
    // 1440 min = 1 day; 90 min = 1 hour 30 minutes
    expect(d?.data).toEqual({ id: "db", loss: "P1D", rpo: "PT1H30M" });
    expect(d?.message).toContain("up to 1 day of data");
    expect(d?.message).toContain("RPO of 1 hour 30 minutes");
    expect(d?.messages.ja).toContain("最大1日分のデータ");
    expect(d?.messages.ja).toContain("目標復旧ポイント（RPO）1時間30分");
    const ja = makeReporter("ja").add("bia/rpo-gap", "error", "", {
      id: "db",
      loss: { minutes: 1440 },
      rpo: { minutes: 90 },
    });
    expect(ja?.message).toBe(ja?.messages.ja);
  });

  it("lists at most `limit` diagnostics of a code and then says how many more, with their severity", () => {
    const rep = makeReporter("en", 2);
    for (let i = 0; i < 5; i++)
      rep.add("bia/rto-gap", "error", `/processes/${i}`, { process: `p${i}` });
    rep.add("bia/missing-rpo", "warning", "/processes/0", { process: "p0" });
    const list = rep.done();
    // 5 gaps, 2 listed → 3 omitted; the other code counts apart (1 of 2)
    expect(list.map((d) => [d.code, d.path])).toEqual([
      ["bia/rto-gap", "/processes/0"],
      ["bia/rto-gap", "/processes/1"],
      ["bia/missing-rpo", "/processes/0"],
      ["bia/diagnostics-truncated", ""],
    ]);
    const t = list[3];
    expect(t?.severity).toBe("error");
    expect(t?.data).toEqual({ code: "bia/rto-gap", omitted: 3, limit: 2, where: "gaps" });
    expect(t?.message).toBe(
      "3 more 'bia/rto-gap' findings are not listed here (only the first 2 are); the result's gaps has every one.",
    );
    expect(t?.messages.ja).toContain("ほかに3件");
  });

  it("returns undefined for a diagnostic past the limit; a limit of 0 lists none", () => {
    const rep = makeReporter("en", 0);
    expect(rep.add("bia/missing-rlo", "warning", "", { process: "p" })).toBeUndefined();
    expect(rep.done().map((d) => [d.code, d.severity, d.data?.omitted, d.data?.where])).toEqual([
      ["bia/diagnostics-truncated", "warning", 1, "processes"],
    ]);
  });

  it("lists everything by default (no limit) and the analyses default to 1,000", () => {
    const rep = makeReporter("en");
    for (let i = 0; i < 1500; i++)
      rep.add("bia/not-time-critical", "info", "", { process: `p${i}` });
    expect(rep.done()).toHaveLength(1500);
    expect(DEFAULT_DIAGNOSTICS_PER_CODE).toBe(1000);
  });
});
