// The CLI's HTML report (`mamori report`) in a real Chromium: its sections and findings in
// English and Japanese, and its A4 print layout. It lives here because the workbench owns the
// repository's Chromium launcher (test/chromium.ts); the CLI never imports from examples/.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { analyzeBia, generateBiaDocument } from "@mamori/bia";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chooseChromium } from "./chromium.js";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const bin = join(root, "packages/cli/bin/mamori.js");
const dir = mkdtempSync(join(tmpdir(), "mamori-report-chromium-"));
let browser: Browser;
let page: Page;

/** Writes the report of examples/data in the locale, and opens it. */
async function openReport(locale: "en" | "ja"): Promise<void> {
  const out = join(dir, `report-${locale}.html`);
  const r = spawnSync(
    process.execPath,
    [bin, "report", "examples/data", "--out", out, "--now", "2026-11-27", "--locale", locale],
    { cwd: root, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } },
  );
  // the sample plan has errors: exit 1, and the report is written all the same
  expect(r.status, r.stderr).toBe(1);
  expect(readFileSync(out, "utf8").startsWith("<!doctype html>")).toBe(true);
  await page.emulateMedia({ media: "screen" });
  await page.goto(pathToFileURL(out).href);
}

/** The "where" cells of the plan's findings, part by part, as [file, line, column]. */
async function planFindings(): Promise<Array<Array<[string, number, number]>>> {
  return page.$$eval("#plan h4 + table tbody", (bodies) =>
    bodies.map((b) =>
      [...b.querySelectorAll("tr td:first-child code")].map((c) => {
        const m = /^(.*):(\d+):(\d+)$/.exec(c.textContent ?? "");
        return (m ? [m[1], Number(m[2]), Number(m[3])] : ["", 0, 0]) as [string, number, number];
      }),
    ),
  );
}

beforeAll(async () => {
  const choice = await chooseChromium();
  browser = await chromium.launch({
    executablePath: choice.executablePath,
    args: [...choice.args],
    headless: true,
  });
  page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
});

afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("the HTML report in Chromium", () => {
  for (const [locale, headings] of [
    [
      "en",
      [
        "Summary",
        "Business impact analysis",
        "Cloud shared responsibility",
        "IT service continuity plan",
      ],
    ],
    ["ja", ["概要", "事業影響度分析", "クラウドの責任分界", "ITサービス継続計画"]],
  ] as const) {
    it(`lists its sections and the plan's findings by file, line and column (${locale})`, async () => {
      await openReport(locale);
      expect(await page.getAttribute("html", "lang")).toBe(locale);
      const h2 = await page.$$eval("section > h2", (hs) => hs.map((h) => h.textContent));
      expect(h2.slice(0, 4)).toEqual(headings);
      const parts = await planFindings();
      expect(parts.length).toBeGreaterThan(3);
      for (const rows of parts) {
        expect(rows.length).toBeGreaterThan(0);
        for (const [file, line] of rows) {
          expect(file).toMatch(/plan\.yaml$/);
          expect(line).toBeGreaterThan(0);
        }
        const sorted = [...rows].sort(
          (a, b) => a[0].localeCompare(b[0]) || a[1] - b[1] || a[2] - b[2],
        );
        expect(rows).toEqual(sorted);
      }
    });
  }

  for (const [locale, chartLabel, tick] of [
    ["ja", "復旧タイムライン", /^(0分|\d+週間|\d+日(\d+時間)?|\d+時間)$/],
    ["en", "Recovery timeline", /^(0 minutes|\d+ weeks?|\d+ days?( \d+ hours?)?|\d+ hours?)$/],
  ] as const)
    it(`draws the recovery timeline on round ticks, labels apart and unclipped (${locale})`, async () => {
      await openReport(locale);
      const chart = page.locator(`svg[aria-label^="${chartLabel}"]`);
      const found = await chart.evaluate((svg) => {
        const box = (e: Element) => (e as SVGGraphicsElement).getBBox();
        const ticks = [...svg.querySelectorAll('text.axis[text-anchor="middle"]')];
        const rows = [...svg.querySelectorAll('text.axis[text-anchor="end"]')];
        return {
          labels: ticks.map((t) => t.textContent),
          tickBoxes: ticks.map((t): [left: number, right: number] => {
            const b = box(t);
            return [b.x, b.x + b.width];
          }),
          rowLeft: Math.min(...rows.map((t) => box(t).x)),
          rows: rows.length,
        };
      });
      // every label a round time in words, never with minutes (no "17時間18分"): 0分, 12時間,
      // 1日, 1日12時間, 1週間
      expect(found.labels.length).toBeGreaterThan(2);
      for (const l of found.labels) expect(l).toMatch(tick);
      // neighbouring tick labels do not overlap
      for (let i = 1; i < found.tickBoxes.length; i++)
        expect(found.tickBoxes[i]?.[0]).toBeGreaterThan(found.tickBoxes[i - 1]?.[1] ?? Number.NaN);
      // the row labels start inside the chart
      expect(found.rows).toBeGreaterThan(0);
      expect(found.rowLeft).toBeGreaterThanOrEqual(0);
    });

  for (const [locale, chartLabel, unacceptable, safety] of [
    ["en", "Impact of stopping", "unacceptable", "Safety"],
    ["ja", "「", "許容できない水準", "安全"],
  ] as const) {
    it(`draws each category's own unacceptable level on the impact charts, labels apart and unclipped (${locale})`, async () => {
      await openReport(locale);
      const charts = await page.$$eval(`svg[aria-label^="${chartLabel}"]`, (svgs) =>
        svgs.map((svg) => {
          const vb = (svg as SVGSVGElement).viewBox.baseVal;
          const texts = [...svg.querySelectorAll("text")].map((t) => {
            const b = (t as SVGGraphicsElement).getBBox();
            return { text: t.textContent ?? "", x: b.x, y: b.y, w: b.width, h: b.height };
          });
          const thresholds = [...svg.querySelectorAll("line.threshold")].map((l) =>
            Number(l.getAttribute("y1")),
          );
          return { width: vb.width, height: vb.height, texts, thresholds };
        }),
      );
      // Kita Seiki: categories unacceptable at 4, but safety (rated for manufacturing only) at 3
      expect(charts.length).toBeGreaterThan(3);
      const withSafety = charts.filter((c) => c.texts.some((t) => t.text === safety));
      expect(withSafety).toHaveLength(1);
      for (const c of charts) {
        const labels = c.texts.map((t) => t.text);
        expect(labels).toContain(unacceptable);
        if (withSafety.includes(c)) {
          // yMax 5 over a 144-px plot from y = 40: level 4 at 184 − 4 × 28.8 = 68.8, level 3
          // (safety's own) at 184 − 3 × 28.8 = 97.6
          expect(c.thresholds).toEqual([68.8, 97.6]);
          expect(labels).toContain(`${unacceptable}: ${safety}`);
        } else expect(c.thresholds).toHaveLength(1);
        // every text inside the picture
        for (const t of c.texts) {
          expect(t.x, t.text).toBeGreaterThanOrEqual(0);
          expect(t.y, t.text).toBeGreaterThanOrEqual(0);
          expect(t.x + t.w, t.text).toBeLessThanOrEqual(c.width);
          expect(t.y + t.h, t.text).toBeLessThanOrEqual(c.height);
        }
        // no two texts overlap (a pixel of tolerance for glyph boxes that touch)
        for (let i = 0; i < c.texts.length; i++)
          for (let j = i + 1; j < c.texts.length; j++) {
            const a = c.texts[i];
            const b = c.texts[j];
            if (!a || !b) continue;
            const apart =
              a.x + a.w <= b.x + 1 ||
              b.x + b.w <= a.x + 1 ||
              a.y + a.h <= b.y + 1 ||
              b.y + b.h <= a.y + 1;
            expect(apart, `"${a.text}" overlaps "${b.text}"`).toBe(true);
          }
      }
    });
  }

  it("lays out a 10-process, 40-node dependency graph readably: layers, critical path, SPOF badges, no overlaps", async () => {
    // 10 processes + 28 services + 28 / 10 → 2 resources = 40 nodes
    const doc = generateBiaDocument({ seed: 7, processes: 10, services: 28, edgesPerNode: 2 });
    const bia = analyzeBia(doc);
    expect(bia.nodes).toHaveLength(40);
    const data = join(dir, "generated");
    mkdirSync(data, { recursive: true });
    writeFileSync(join(data, "bia.json"), JSON.stringify(doc));
    const out = join(dir, "generated.html");
    const r = spawnSync(
      process.execPath,
      [bin, "report", data, "--out", out, "--now", "2026-11-27"],
      {
        cwd: root,
        encoding: "utf8",
        env: { ...process.env, NO_COLOR: "1" },
      },
    );
    // two processes miss their RTO: exit 1, the report written all the same
    expect(r.status, r.stderr).toBe(1);
    await page.emulateMedia({ media: "screen" });
    await page.goto(pathToFileURL(out).href);
    const found = await page.locator('svg[aria-label="Dependency graph"]').evaluate((svg) => {
      const vb = (svg as SVGSVGElement).viewBox.baseVal;
      const box = (e: Element) => {
        const b = (e as SVGGraphicsElement).getBBox();
        return { x: b.x, y: b.y, w: b.width, h: b.height };
      };
      const nodes = [...svg.querySelectorAll("g.node")].filter((g) => g.querySelector("title"));
      return {
        width: vb.width,
        height: vb.height,
        shown: svg.getBoundingClientRect().width,
        nodes: nodes.map((g) => ({
          process: g.classList.contains("process"),
          spof: g.classList.contains("spof"),
          badge: g.querySelector("text.badge")?.textContent ?? null,
          rect: box(g.querySelector("rect") as Element),
          label: box(g.querySelector("text") as Element),
          text: g.querySelector("text")?.textContent ?? "",
        })),
        critical: [...svg.querySelectorAll("path.edge.critical")].map((p) => strokeOf(p)),
        plain: [...svg.querySelectorAll("path.edge:not(.critical)")].map((p) => strokeOf(p)),
        spofStroke: nodes
          .filter((g) => g.classList.contains("spof"))
          .map((g) => strokeOf(g.querySelector("rect") as Element).stroke),
      };
      function strokeOf(e: Element) {
        const st = window.getComputedStyle(e);
        return { stroke: st.stroke, width: Number.parseFloat(st.strokeWidth) };
      }
    });
    expect(found.nodes).toHaveLength(40);
    // drawn at its own size (scrolled sideways if need be), never shrunk below legibility
    expect(found.shown).toBeCloseTo(found.width, 0);
    // processes in the first column, everything else to their right
    const firstX = Math.min(...found.nodes.map((n) => n.rect.x));
    for (const n of found.nodes) expect(n.rect.x === firstX).toBe(n.process);
    // every SPOF (and nothing else) carries the badge and a red outline
    expect(found.nodes.filter((n) => n.badge === "SPOF")).toHaveLength(bia.spofs.length);
    for (const n of found.nodes) expect(n.badge !== null).toBe(n.spof);
    for (const s of found.spofStroke) expect(s).toBe("rgb(213, 94, 0)");
    // the critical path: thick, dark, unlike ordinary edges and unlike the SPOF red
    expect(found.critical.length).toBeGreaterThan(0);
    for (const c of found.critical) {
      expect(c.width).toBeGreaterThanOrEqual(3);
      expect(c.stroke).not.toBe("rgb(213, 94, 0)");
    }
    for (const p of found.plain) expect(p.width).toBeLessThanOrEqual(1);
    // labels inside their boxes, boxes inside the picture and apart from each other
    for (const n of found.nodes) {
      expect(n.text.length).toBeGreaterThan(0);
      expect(n.label.x + n.label.w, n.text).toBeLessThanOrEqual(n.rect.x + n.rect.w);
      expect(n.rect.x + n.rect.w).toBeLessThanOrEqual(found.width);
      expect(n.rect.y + n.rect.h).toBeLessThanOrEqual(found.height);
    }
    for (let i = 0; i < found.nodes.length; i++)
      for (let j = i + 1; j < found.nodes.length; j++) {
        const a = found.nodes[i]?.rect;
        const b = found.nodes[j]?.rect;
        if (!a || !b) continue;
        const apart = a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y;
        expect(apart, `${found.nodes[i]?.text} / ${found.nodes[j]?.text}`).toBe(true);
      }
    // No edge passes behind a box other than its two ends: every edge sampled along its
    // drawn length, every 2 px, by the browser itself.
    const behind = await page.locator('svg[aria-label="Dependency graph"]').evaluate((svg) => {
      const boxes = [...svg.querySelectorAll("g.node[data-node]")].map((g) => {
        const b = (g.querySelector("rect") as SVGGraphicsElement).getBBox();
        return { id: g.getAttribute("data-node"), b };
      });
      const out: string[] = [];
      let skipping = 0;
      for (const p of svg.querySelectorAll("path.edge")) {
        const path = p as SVGPathElement;
        const from = path.getAttribute("data-from");
        const to = path.getAttribute("data-to");
        if (/ H[^V]*V[^H]*H/.test(path.getAttribute("d") ?? "")) skipping++;
        const length = path.getTotalLength();
        for (let at = 0; at <= length; at += 2) {
          const { x, y } = path.getPointAtLength(at);
          const hit = boxes.find(
            ({ id, b }) =>
              id !== from &&
              id !== to &&
              x > b.x + 1 &&
              x < b.x + b.width - 1 &&
              y > b.y + 1 &&
              y < b.y + b.height - 1,
          );
          if (hit) {
            out.push(`${from}→${to} behind ${hit.id}`);
            break;
          }
        }
      }
      return { out, skipping };
    });
    expect(behind.skipping).toBeGreaterThan(5);
    expect(behind.out).toEqual([]);
  });

  it("draws the sample's dependency graph and timeline in Japanese: nameJa labels inside their boxes, SPOF badges", async () => {
    await openReport("ja");
    const graph = await page.locator('svg[aria-label="依存関係グラフ"]').evaluate((svg) =>
      [...svg.querySelectorAll("g.node[data-node]")].map((g) => {
        const rect = (g.querySelector("rect") as SVGGraphicsElement).getBBox();
        const label = g.querySelector("text") as SVGGraphicsElement;
        const b = label.getBBox();
        return {
          id: g.getAttribute("data-node"),
          text: label.textContent ?? "",
          inside: b.x >= rect.x && b.x + b.width <= rect.x + rect.width,
          badge: g.querySelector("text.badge")?.textContent ?? null,
        };
      }),
    );
    // examples/data/bia.yaml: order-intake is "Order intake", nameJa 受注
    const byId = new Map(graph.map((n) => [n.id, n]));
    expect(byId.get("order-intake")?.text).toBe("受注");
    expect(byId.get("leased-line")?.badge).toBe("SPOF");
    for (const n of graph) expect(n.inside, n.text).toBe(true);
    const rows = await page
      .locator('svg[aria-label^="復旧タイムライン"] text.axis[text-anchor="end"]')
      .allTextContents();
    expect(rows).toContain("受注");
  });

  for (const [locale, title, data, owners, governance] of [
    [
      "en",
      "Controls per layer and owner",
      "Information and data",
      ["customer", "provider", "shared", "unassigned"],
      "governance",
    ],
    [
      "ja",
      "レイヤー・実施主体ごとの管理策数",
      "情報とデータ",
      ["利用者", "事業者", "共同", "未割当"],
      "ガバナンス",
    ],
  ] as const) {
    it(`draws the matrix heat map: controls per layer and owner, counted, whole labels, nothing overlapping (${locale})`, async () => {
      await openReport(locale);
      const maps = await page.$$eval(`svg[aria-label^="${title}"]`, (svgs) =>
        svgs.map((svg) => {
          const vb = (svg as SVGSVGElement).viewBox.baseVal;
          return {
            width: vb.width,
            height: vb.height,
            texts: [...svg.querySelectorAll("text")].map((t) => {
              const b = (t as SVGGraphicsElement).getBBox();
              return { text: t.textContent ?? "", x: b.x, y: b.y, w: b.width, h: b.height };
            }),
            cells: [...svg.querySelectorAll("rect.cell")].map((r) => ({
              title: r.querySelector("title")?.textContent ?? "",
              count: Number(r.getAttribute("data-count")),
              fill: getComputedStyle(r).fill,
            })),
          };
        }),
      );
      // KumoMail (first by file name), then SkyCloud
      expect(maps).toHaveLength(2);
      for (const m of maps) {
        const labels = m.texts.map((t) => t.text);
        // the classic ten layers and the governance row × customer, provider, shared, unassigned
        expect(m.cells).toHaveLength(44);
        for (const word of [...owners, data, governance]) expect(labels).toContain(word);
        for (const t of m.texts) {
          expect(t.x, t.text).toBeGreaterThanOrEqual(0);
          expect(t.x + t.w, t.text).toBeLessThanOrEqual(m.width);
          expect(t.y + t.h, t.text).toBeLessThanOrEqual(m.height);
        }
        for (let i = 0; i < m.texts.length; i++)
          for (let j = i + 1; j < m.texts.length; j++) {
            const a = m.texts[i];
            const b = m.texts[j];
            if (!a || !b) continue;
            const apart =
              a.x + a.w <= b.x + 1 ||
              b.x + b.w <= a.x + 1 ||
              a.y + a.h <= b.y + 1 ||
              b.y + b.h <= a.y + 1;
            expect(apart, `"${a.text}" overlaps "${b.text}"`).toBe(true);
          }
      }
      // KumoMail's data layer, counted by hand in cloud-matrix's layer-counts test: DSP
      // (customer); BCR (provider); A&A, CEK, IPY, SEF, CLD.6.3.1, CLD.8.1.5 (shared)
      const kumo = maps[0]?.cells ?? [];
      expect(kumo.slice(0, 4).map((c) => [c.title, c.count])).toEqual(
        owners.map((o, i) => [`${data} × ${o}: ${[1, 1, 6, 0][i]}`, [1, 1, 6, 0][i]]),
      );
      // coloured by count: the most (6 in this row, 7 the table's largest) darker than 1
      const dark = (fill: string) => {
        const [r, g, b] = (fill.match(/\d+/g) ?? []).map(Number);
        return (r ?? 0) + (g ?? 0) + (b ?? 0);
      };
      expect(dark(kumo[2]?.fill ?? "")).toBeLessThan(dark(kumo[0]?.fill ?? ""));
    });
  }

  it("prints on A4, each section from a new page", async () => {
    await openReport("en");
    const pageRules = await page.evaluate(() =>
      [...document.styleSheets].flatMap((sheet) =>
        [...sheet.cssRules]
          .filter((r): r is CSSPageRule => r instanceof CSSPageRule)
          .map((r) => r.style.getPropertyValue("size")),
      ),
    );
    expect(pageRules.map((s) => s.toLowerCase())).toEqual(["a4"]);
    const breaks = () =>
      page.$$eval("section", (ss) => ss.map((s) => `${s.id} ${getComputedStyle(s).breakBefore}`));
    // on screen, no page breaks
    expect((await breaks()).every((b) => b.endsWith(" auto"))).toBe(true);
    await page.emulateMedia({ media: "print" });
    const printed = await breaks();
    expect(printed[0]).toBe("summary auto");
    expect(printed.slice(1).every((b) => b.endsWith(" page"))).toBe(true);
    expect(printed.length).toBeGreaterThanOrEqual(4);
    // The PDF: A4 pages (595 × 842 pt, 210 × 297 mm), at least one per section.
    const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString(
      "latin1",
    );
    const pages = pdf.match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
    expect(pages).toBeGreaterThanOrEqual(printed.length);
    const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(pdf);
    expect(Math.round(Number(box?.[1]))).toBe(595);
    expect(Math.round(Number(box?.[2]))).toBe(842);
  });
});
