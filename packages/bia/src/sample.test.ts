import { readFileSync } from "node:fs";
import { parseSource } from "@mamori/core/source";
import { describe, expect, it } from "vitest";
import { analyzeBia } from "./index.js";

const text = readFileSync(new URL("../../../examples/data/bia.yaml", import.meta.url), "utf8");
const { data } = parseSource(text, { file: "bia.yaml" });

describe("sample", () => {
  it("smoke", () => {
    const r = analyzeBia(data);
    console.log(
      r.diagnostics.map((d) => `${d.severity} ${d.code} ${d.path} ${d.message}`).join("\n"),
    );
    console.log(
      JSON.stringify(
        r.processes.map((p) => [p.id, p.mtpdMinutes, p.rtoMinutes, p.tier, p.achievableMinutes]),
      ),
    );
    console.log(r.recoveryOrder.join(","));
    console.log(JSON.stringify(r.spofs.slice(0, 5)));
    console.log(JSON.stringify(r.power.windows), r.power.mustProtect);
    console.log(
      JSON.stringify(
        r.scenarios.map((s) => [s.scenario, s.processesDown, s.rtoBreaches, s.totalLoss]),
      ),
    );
    expect(r).toBeTruthy();
  });
});
