// The site as `npm run docs` builds it (TypeDoc, warnings as errors: a broken link or a missing
// page fails the build), checked from its own output: a page per rule and per document kind in
// both languages, and a search index that finds guides by an English and a Japanese term.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { inflateSync } from "node:zlib";
import { rules } from "@mamori/plan-validator";
import lunr from "lunr";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../", import.meta.url));
let out: string;
let rows: Array<{ name: string; kind: number; url: string }>;
let index: lunr.Index;
const DOCUMENT = 8388608; // TypeDoc's ReflectionKind.Document

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), "mamori-site-"));
  const r = spawnSync(
    process.execPath,
    [join(root, "node_modules/typedoc/bin/typedoc"), "--out", out, "--logLevel", "Warn"],
    { cwd: root, encoding: "utf8" },
  );
  expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
  const script = readFileSync(join(out, "assets/search.js"), "utf8");
  const data = JSON.parse(
    inflateSync(
      Buffer.from(/"([A-Za-z0-9+/=]{100,})"/.exec(script)?.[1] ?? "", "base64"),
    ).toString(),
  );
  rows = data.rows;
  index = lunr.Index.load(data.index);
}, 300_000);

afterAll(() => {
  rmSync(out, { recursive: true, force: true });
});

/** Page titles the search finds for a query, as the site's search box runs it (`*word*`). */
const search = (q: string) =>
  index
    .search(
      q
        .split(" ")
        .map((w) => `*${w}*`)
        .join(" "),
    )
    .map((r) => rows[Number(r.ref)]?.name);

describe("the docs site", () => {
  it("has a page per rule in English and in Japanese", () => {
    const documents = rows.filter((r) => r.kind === DOCUMENT).map((r) => r.name);
    for (const r of Object.values(rules).filter((x) => !x.meta.deprecated))
      expect(
        documents.filter((d) => d === r.meta.id),
        r.meta.id,
      ).toHaveLength(2);
  });

  it("has a page per document kind in English and in Japanese", () => {
    const documents = rows.filter((r) => r.kind === DOCUMENT).map((r) => r.name);
    for (const kind of [
      "ContinuityPlan",
      "BusinessImpactAnalysis",
      "ResponsibilityMatrix",
      "Organisation",
    ])
      expect(
        documents.filter((d) => d === kind),
        kind,
      ).toHaveLength(2);
  });

  it("serves the Japanese pages as Japanese, without spaces where a line was broken", () => {
    const page = rows.find((r) => r.kind === DOCUMENT && r.name === "はじめに");
    const html = readFileSync(join(out, page?.url ?? "missing.html"), "utf8");
    expect(html).toMatch(/^<!DOCTYPE html><html[^>]* lang="ja"/);
    // docs/ja/getting-started.md breaks "ファイルを\n読まず" across lines: no space on the page.
    expect(html).toContain("ファイルを読まず");
    const english = rows.find((r) => r.kind === DOCUMENT && r.name === "Getting started");
    expect(readFileSync(join(out, english?.url ?? "missing.html"), "utf8")).toMatch(
      /^<!DOCTYPE html><html[^>]* lang="en"/,
    );
  });

  it("links a type of one package where another package uses it", () => {
    // BiaResult.diagnostics is core's Diagnostic: a link to core's page, not plain text.
    const html = readFileSync(join(out, "interfaces/_mamori_bia.index.BiaResult.html"), "utf8");
    expect(html).toContain('<a href="_mamori_core.index.Diagnostic.html"');
  });

  it("finds guides, rules and the reference by English and Japanese terms", () => {
    expect(search("install")).toContain("mamori in your editor");
    expect(search("power/backup-runtime")).toContain("power/backup-runtime");
    expect(search("はじめに")).toContain("はじめに");
    // 目標復旧時間 (recovery time objective) is in the Japanese guides and the reference.
    const rto = search("目標復旧時間");
    expect(rto).toContain("はじめに");
    expect(rto).toContain("ContinuityPlan");
  });
});
