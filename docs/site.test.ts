// The site as `npm run docs` builds it (TypeDoc, warnings as errors: a broken link or a missing
// page fails the build), checked from its own output: a page per rule and per document kind in
// both languages, and a search index that finds guides by an English and a Japanese term.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { inflateSync } from "node:zlib";
import { biaDocumentKinds } from "@mamori/bia";
import { cloudMatrixDocumentKinds } from "@mamori/cloud-matrix";
import { coreDocumentKinds } from "@mamori/core";
import { planValidatorDocumentKinds, rules } from "@mamori/plan-validator";
import lunr from "lunr";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../", import.meta.url));
let out: string;
let rows: Array<{ name: string; kind: number; url: string }>;
let index: lunr.Index;
const DOCUMENT = 8388608; // TypeDoc's ReflectionKind.Document

/** The JSON a TypeDoc asset script carries as base64 deflated text. */
function assetData(file: string): unknown {
  const script = readFileSync(file, "utf8");
  const data = /"([A-Za-z0-9+/=]{100,})"/.exec(script)?.[1] ?? "";
  return JSON.parse(inflateSync(Buffer.from(data, "base64")).toString());
}

/** Every .html file of the site, relative to its root. */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? htmlFiles(join(dir, e.name))
      : e.name.endsWith(".html")
        ? [relative(out, join(dir, e.name))]
        : [],
  );
}

const html = (page: string) => readFileSync(join(out, page), "utf8");
const langOf = (page: string) => /^<!DOCTYPE html><html[^>]* lang="(\w+)"/.exec(html(page))?.[1];

/** The Japanese pages there must be: one per file of docs/ja/, and the Japanese rule list. */
function japaneseSources(dir = join(root, "docs/ja")): number {
  return readdirSync(dir, { withFileTypes: true }).reduce(
    (n, e) =>
      n + (e.isDirectory() ? japaneseSources(join(dir, e.name)) : e.name.endsWith(".md") ? 1 : 0),
    dir === join(root, "docs/ja") ? 1 : 0,
  );
}

// MAMORI_SITE=<dir> checks a site already built there (by `npx typedoc --out <dir>`) instead
// of building one: for working on these tests without a minute's build per run.
const prebuilt = process.env.MAMORI_SITE;

beforeAll(() => {
  out = prebuilt ?? mkdtempSync(join(tmpdir(), "mamori-site-"));
  if (!prebuilt) build();
  const data = assetData(join(out, "assets/search.js")) as {
    rows: typeof rows;
    index: object;
  };
  rows = data.rows;
  index = lunr.Index.load(data.index);
}, 300_000);

function build(): void {
  const r = spawnSync(
    process.execPath,
    [join(root, "node_modules/typedoc/bin/typedoc"), "--out", out, "--logLevel", "Warn"],
    { cwd: root, encoding: "utf8" },
  );
  expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
}

afterAll(() => {
  if (!prebuilt) rmSync(out, { recursive: true, force: true });
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
    const kinds = [
      ...coreDocumentKinds,
      ...biaDocumentKinds,
      ...cloudMatrixDocumentKinds,
      ...planValidatorDocumentKinds,
    ].map((k) => k.kind);
    expect(kinds.length).toBeGreaterThanOrEqual(8);
    for (const kind of kinds) {
      const pages = rows.filter((r) => r.kind === DOCUMENT && r.name === kind).map((r) => r.url);
      // One in each language: one served as English, one as Japanese.
      expect(pages.map(langOf).sort(), kind).toEqual(["en", "ja"]);
    }
  });

  it("every rule's two pages are one English, one Japanese", () => {
    const ids = Object.values(rules)
      .filter((x) => !x.meta.deprecated)
      .map((r) => r.meta.id);
    expect(ids.length).toBeGreaterThan(50);
    for (const id of ids) {
      const pages = rows.filter((r) => r.kind === DOCUMENT && r.name === id).map((r) => r.url);
      expect(pages.map(langOf).sort(), id).toEqual(["en", "ja"]);
    }
  });

  it("serves the Japanese path in Japanese: lang, TypeDoc's ja labels, the ja script", () => {
    const pages = htmlFiles(out);
    const japanese = pages.filter((p) => langOf(p) === "ja");
    expect(japanese.length).toBe(japaneseSources());
    expect(japanese.length).toBeGreaterThan(90);
    const titles = rows
      .filter((r) => r.kind === DOCUMENT && japanese.includes(r.url))
      .map((r) => r.name);
    for (const title of [
      "mamori（日本語）",
      "はじめに",
      "概念",
      "検証機能を組み込む",
      "レシピ",
      "用語集",
    ])
      expect(titles).toContain(title);
    for (const page of japanese) {
      const text = html(page);
      expect(text, page).toMatch(/^<!DOCTYPE html><html[^>]* lang="ja"/);
      expect(text, page).toContain('aria-label="検索"'); // TypeDoc's ja theme_search
      expect(text, page).toContain("<h3>このページ</h3>"); // theme_on_this_page
      expect(text, page).toContain('placeholder="ドキュメントを検索"'); // the plugin's addition
      expect(text, page).toMatch(/src="[./]*assets\/main\.ja\.js"/);
      expect(text, page).not.toMatch(/\btheme_\w+/); // no key where a translation is missing
    }
    const script = readFileSync(join(out, "assets/main.ja.js"), "utf8");
    expect(script).toContain('"search_index_not_available":"検索インデックスは利用できません"');
    expect(script).toContain('"kind_8388608":"ドキュメント"');
    expect(script).not.toMatch(/\btheme_\w+/);
    // …and everything else in English, as before.
    const english = pages.filter((p) => !japanese.includes(p));
    expect(english.length).toBeGreaterThan(300);
    for (const page of english) {
      const text = html(page);
      expect(text, page).toMatch(/^<!DOCTYPE html><html[^>]* lang="en"/);
      expect(text, page).toContain('aria-label="Search"');
      expect(text, page).not.toContain("main.ja.js");
    }
  });

  it("links the English and the Japanese landing pages to each other", () => {
    const ja = rows.find((r) => r.kind === DOCUMENT && r.name === "mamori（日本語）");
    expect(ja).toBeDefined();
    /** The links of a page, decoded. */
    const hrefs = (page: string) =>
      [...html(page).matchAll(/href="([^"#]*)/g)].map((m) => decodeURIComponent(m[1] as string));
    expect(hrefs("index.html")).toContain(ja?.url);
    // The English link in the Japanese page's text (not the toolbar's title link).
    // (TypeDoc writes a link to the landing page as its folder, served as its index.html.)
    expect(html(ja?.url ?? "missing.html")).toContain('<a href="../">English</a>');
  });

  it("has no broken internal link or asset reference on any page", () => {
    const pages = htmlFiles(out);
    const broken: string[] = [];
    let links = 0;
    for (const page of pages)
      for (const m of html(page).matchAll(/(?:href|src)="([^"#?]*)[^"]*"/g)) {
        const target = m[1] as string;
        if (target === "" || /^[a-z]+:/i.test(target)) continue;
        links++;
        const file = join(out, dirname(page), decodeURIComponent(target));
        if (!existsSync(target.endsWith("/") ? join(file, "index.html") : file))
          broken.push(`${page} → ${target}`);
      }
    expect(broken).toEqual([]);
    expect(links).toBeGreaterThan(5000);
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
    // The Japanese guides, by words only they use.
    expect(search("責任分界")).toContain("概念");
    expect(search("切戻し")).toContain("証跡と例外");
    expect(search("バンドラー")).toContain("検証機能を組み込む");
    expect(search("用語集")).toContain("用語集");
  });
});
