import { describe, expect, it } from "vitest";
import { analyzeBia } from "../analyze.js";
import { generateBiaDocument } from "../generate.js";
import { type Box, crosses, nodeBoxes, type Point, pathPoints } from "./geometry.test-util.js";
import { dependencyGraphSvg } from "./graph.js";

function edgesOf(svg: string) {
  return [
    ...svg.matchAll(
      /<path d="([^"]*)" class="(edge[^"]*)"[^>]*data-from="([^"]*)" data-to="([^"]*)"/g,
    ),
  ].map((m) => ({
    d: m[1] as string,
    cls: m[2] as string,
    from: m[3] as string,
    to: m[4] as string,
  }));
}

/** Every (edge, box) pair where a segment of the edge passes through a box other than its ends. */
function crossings(svg: string): string[] {
  const boxes = nodeBoxes(svg);
  const out: string[] = [];
  for (const e of edgesOf(svg)) {
    const pts = pathPoints(e.d);
    for (const box of boxes) {
      if (box.id === e.from || box.id === e.to) continue;
      for (let i = 1; i < pts.length; i++)
        if (crosses(pts[i - 1] as Point, pts[i] as Point, box)) {
          out.push(`${e.from}→${e.to} through ${box.id}`);
          break;
        }
    }
  }
  return out;
}

describe("dependencyGraphSvg", () => {
  // 10 processes + 28 services + 28 / 10 → 2 resources = 40 nodes
  const doc = generateBiaDocument({ seed: 7, processes: 10, services: 28, edgesPerNode: 2 });
  const result = analyzeBia(doc);
  const svg = dependencyGraphSvg(result);
  const boxes = nodeBoxes(svg);
  const column = (id: string) => boxes.find((b) => b.id === id)?.x;

  it("draws every node once, processes in the first column, boxes apart", () => {
    expect(result.nodes).toHaveLength(40);
    expect(boxes).toHaveLength(40);
    const firstX = Math.min(...boxes.map((b) => b.x));
    for (const n of result.nodes) expect(column(n.id) === firstX, n.id).toBe(n.type === "process");
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i] as Box;
        const b = boxes[j] as Box;
        expect(a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y).toBe(
          true,
        );
      }
  });

  it("routes no edge behind a box other than its two ends, edges that skip columns included", () => {
    const edges = edgesOf(svg);
    // one path per dependency
    const dependencies = result.nodes.reduce((n, v) => n + new Set(v.dependsOn).size, 0);
    expect(edges).toHaveLength(dependencies);
    // columns are 230 px apart: an edge whose ends are more than one column apart skips a column
    const skipping = edges.filter(
      (e) => Math.abs((column(e.to) ?? 0) - (column(e.from) ?? 0)) > 230,
    );
    expect(skipping.length).toBeGreaterThan(5);
    expect(crossings(svg)).toEqual([]);
  });

  it("the check fails for an edge drawn straight across the columns it skips", () => {
    // The same picture with every skipping edge drawn as the straight line between its ends
    // (from the middle of the right side to the middle of the left side): it crosses boxes.
    let straight = svg;
    for (const e of edgesOf(svg)) {
      const pts = pathPoints(e.d);
      const [a, b] = [pts[0] as Point, pts[pts.length - 1] as Point];
      straight = straight.replace(`d="${e.d}"`, `d="M${a[0]},${a[1]} H${b[0]} V${b[1]}"`);
    }
    expect(crossings(straight).length).toBeGreaterThan(0);
  });

  it("marks SPOFs with a badge and a red outline, the critical path thick and on top", () => {
    const badges = [...svg.matchAll(/<text [^>]*class="badge"[^>]*>SPOF<\/text>/g)];
    expect(badges).toHaveLength(result.spofs.length);
    for (const s of result.spofs)
      expect(svg).toMatch(
        new RegExp(
          `data-node="${s.node}"><title>[^<]*</title><rect [^>]*stroke="#D55E00" stroke-width="2.5"`,
        ),
      );
    const edges = edgesOf(svg);
    const firstCritical = edges.findIndex((e) => e.cls.includes("critical"));
    expect(firstCritical).toBeGreaterThan(0);
    // every plain edge is drawn before every critical one
    expect(edges.slice(firstCritical).every((e) => e.cls.includes("critical"))).toBe(true);
    // a process's critical path, edge by edge
    const p = result.processes.find((x) => x.criticalPath.length > 1);
    expect(p).toBeDefined();
    const path = p?.criticalPath ?? [];
    for (let i = 0; i + 1 < path.length; i++)
      expect(edges.find((e) => e.from === path[i] && e.to === path[i + 1])?.cls).toContain(
        "critical",
      );
  });

  it("is deterministic, escapes names and labels nodes in the locale", () => {
    expect(dependencyGraphSvg(result)).toBe(svg);
    const evil = analyzeBia({
      kind: "BusinessImpactAnalysis",
      schemaVersion: "1.0",
      timePoints: ["PT4H"],
      processes: [{ id: "p", name: "<script>alert(1)</script>", impacts: {}, dependsOn: ["s"] }],
      services: [{ id: "s", name: "S & T", capability: { recoveryTime: "PT1H" } }],
    });
    const out = dependencyGraphSvg(evil, { locale: "ja", labels: new Map([["s", "基幹"]]) });
    expect(out).not.toContain("<script>");
    expect(out).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(out).toContain(">基幹</text>");
    expect(out).toContain('aria-label="依存関係グラフ"');
  });

  it("names in its legend the kinds of box it draws, and only those", () => {
    // The evil-free two-node BIA: a process and an IT service, no resource, no external node.
    const small = analyzeBia({
      kind: "BusinessImpactAnalysis",
      schemaVersion: "1.0",
      timePoints: ["PT4H"],
      processes: [{ id: "p", name: "P", impacts: {}, dependsOn: ["s"] }],
      services: [{ id: "s", name: "S", capability: { recoveryTime: "PT1H" } }],
    });
    const legend = (out: string) =>
      [...out.matchAll(/class="legend-type"[^>]*\/><text [^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(legend(dependencyGraphSvg(small))).toEqual(["Business process", "IT service"]);
    expect(legend(dependencyGraphSvg(small, { locale: "ja" }))).toEqual(["業務", "IT サービス"]);
    // The generated 40-node BIA has resources too.
    expect(legend(svg)).toEqual(["Business process", "IT service", "Resource"]);
  });

  it("routes a back edge of a cycle around the boxes too", () => {
    // a → b → c → a: a cycle, so one edge points back to an earlier column
    const cyclic = analyzeBia({
      kind: "BusinessImpactAnalysis",
      schemaVersion: "1.0",
      timePoints: ["PT4H"],
      processes: [{ id: "p", name: "P", impacts: {}, dependsOn: ["a", "x"] }],
      services: [
        { id: "a", name: "A", capability: { recoveryTime: "PT1H" }, dependsOn: ["b"] },
        { id: "b", name: "B", capability: { recoveryTime: "PT1H" }, dependsOn: ["c"] },
        { id: "c", name: "C", capability: { recoveryTime: "PT1H" }, dependsOn: ["a"] },
        { id: "x", name: "X", capability: { recoveryTime: "PT1H" } },
      ],
    });
    const out = dependencyGraphSvg(cyclic);
    expect(nodeBoxes(out)).toHaveLength(5);
    expect(crossings(out)).toEqual([]);
    // every point of every edge inside the picture
    const width = Number(/viewBox="0 0 ([\d.]+) /.exec(out)?.[1]);
    for (const e of edgesOf(out))
      for (const [x] of pathPoints(e.d)) {
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(width);
      }
  });
});
