import { describe, expect, it } from "vitest";
import { analyzeBia } from "./analyze.js";
import { generateBiaDocument } from "./generate.js";

describe("generateBiaDocument", () => {
  it("is deterministic", () => {
    const a = generateBiaDocument({ seed: 7, processes: 5, services: 20, edgesPerNode: 2 });
    expect(JSON.stringify(a)).toBe(
      JSON.stringify(generateBiaDocument({ seed: 7, processes: 5, services: 20, edgesPerNode: 2 })),
    );
    expect(JSON.stringify(a)).not.toBe(
      JSON.stringify(generateBiaDocument({ seed: 8, processes: 5, services: 20, edgesPerNode: 2 })),
    );
  });

  it("analyses a 10,000-node graph: valid, acyclic, order respects every dependency", () => {
    // 1,000 processes + 8,999 services + 899 resources = 10,898 nodes
    const doc = generateBiaDocument({ seed: 42, processes: 1000, services: 8999, edgesPerNode: 4 });
    const r = analyzeBia(doc, { spof: false });
    expect(r.nodes).toHaveLength(10898);
    expect(r.cycles).toEqual([]);
    expect(r.diagnostics.filter((d) => d.severity === "error" && d.code !== "bia/rto-gap")).toEqual(
      [],
    );
    const pos = new Map(r.recoveryOrder.map((id, i) => [id, i]));
    expect(pos.size).toBe(10898);
    let edges = 0;
    for (const n of r.nodes) {
      for (const d of n.dependsOn) {
        edges++;
        expect((pos.get(d) as number) < (pos.get(n.id) as number)).toBe(true);
      }
      // achievable = start of own recovery + own recovery time
      expect(n.achievableMinutes).toBe((n.startMinutes ?? 0) + (n.recoveryMinutes ?? 0));
    }
    expect(edges).toBeGreaterThan(35000);
  });
});
