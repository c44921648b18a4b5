import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { AnalysisCache, diagnose } from "./analysis.js";
import { makeDoc } from "./documents.js";
import { readFolder } from "./node.js";
import { createLanguageService } from "./service.js";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const data = (name: string) => readFileSync(join(root, "examples/data", name), "utf8");
const ORG = [
  "kind: Organisation",
  'schemaVersion: "1.0"',
  "id: clinic",
  "name: Sakura Clinic",
  "industy: Medical care",
  "scope: individual",
  "",
].join("\n");

describe("diagnostics", () => {
  it("reports a misspelt key at the key, with a quick fix that is certain", () => {
    const s = createLanguageService();
    s.open("file:///c/organisation.yaml", ORG);
    const [d] = s.diagnostics("file:///c/organisation.yaml");
    // `industy` is on line 5 (0-based 4), columns 0–7 (its seven letters).
    expect(d).toMatchObject({
      code: "schema/unknown-key",
      message:
        "Unknown key 'industy'; did you mean 'industry'? Keys of your own must start with 'x-'.",
      severity: 1,
      source: "mamori",
      range: { start: { line: 4, character: 0 }, end: { line: 4, character: 7 } },
    });
    const [fix] = s.codeActions("file:///c/organisation.yaml", d!.range, [d!]);
    expect(fix?.title).toBe("Replace with 'industry'");
    expect(fix?.edit?.changes?.["file:///c/organisation.yaml"]).toEqual([
      { range: d!.range, newText: "industry" },
    ]);
    // Japanese, when the client speaks it.
    s.setLocale("ja");
    expect(s.diagnostics("file:///c/organisation.yaml")[0]?.message).toContain("industry");
    expect(s.codeActions("file:///c/organisation.yaml", d!.range, [d!])[0]?.title).toBe(
      "'industry' に置き換える",
    );
  });

  it("scaffolds a missing required key in a block-style object", () => {
    const s = createLanguageService();
    const text = ORG.replace("industy: Medical care\n", "").replace("scope: individual\n", "");
    s.open("file:///c/organisation.yaml", text);
    const [d] = s.diagnostics("file:///c/organisation.yaml");
    expect(d?.code).toBe("schema/required");
    // After `name: Sakura Clinic` (line 4, 0-based 3, 19 characters): a new line `scope:`.
    expect(s.codeActions("file:///c/organisation.yaml", d!.range, [d!])).toMatchObject([
      {
        title: "Add 'scope'",
        edit: {
          changes: {
            "file:///c/organisation.yaml": [
              {
                range: { start: { line: 3, character: 19 }, end: { line: 3, character: 19 } },
                newText: "\nscope:",
              },
            ],
          },
        },
      },
    ]);
  });

  it("replaces a dangling id by the one defined id clearly closest to it", () => {
    const s = createLanguageService({ now: "2026-11-27" });
    const text = data("plan.yaml").replace("successors: [ciso]", "successors: [cisco]");
    s.open("file:///k/plan.yaml", text);
    const d = s
      .diagnostics("file:///k/plan.yaml")
      .find((x) => (x.data as { path: string }).path === "/roles/0/successors/0");
    expect(d).toBeDefined();
    // "cisco" is one letter from "ciso" and three from "ceo": ciso.
    const [fix] = s.codeActions("file:///k/plan.yaml", d!.range, [d!]);
    expect(fix?.title).toBe("Replace with 'ciso'");
    expect(fix?.edit?.changes?.["file:///k/plan.yaml"]?.[0]?.newText).toBe("ciso");
  });

  it("links a plan rule's finding to the rule's page", () => {
    const s = createLanguageService({ now: "2026-11-27" });
    s.open("file:///k/plan.yaml", data("plan.yaml"));
    const d = s
      .diagnostics("file:///k/plan.yaml")
      .find((x) => x.code === "external/evidence-current");
    expect(d?.codeDescription?.href).toBe("https://mamori.dev/rules/external/evidence-current");
  });

  it("gives a plan the same findings as `mamori validate --format json`, with the folder's BIA and matrix", () => {
    const dir = mkdtempSync(join(tmpdir(), "mamori-lsp-"));
    try {
      for (const f of ["plan.yaml", "bia.yaml", "matrix-skycloud.yaml"])
        copyFileSync(join(root, "examples/data", f), join(dir, f));
      const cli = spawnSync(
        process.execPath,
        [
          join(root, "packages/cli/bin/mamori.js"),
          "validate",
          "plan.yaml",
          "--bia",
          "bia.yaml",
          "--matrix",
          "matrix-skycloud.yaml",
          "--format",
          "json",
          "--now",
          "2026-11-27",
        ],
        { cwd: dir, encoding: "utf8" },
      );
      const expected = (
        JSON.parse(cli.stdout).diagnostics as Array<{
          file: string;
          code: string;
          message: string;
          range: { start: { line: number; column: number }; end: { line: number; column: number } };
        }>
      )
        .filter((d) => d.file === "plan.yaml")
        .map((d) => ({
          code: d.code,
          message: d.message,
          range: {
            start: { line: d.range.start.line - 1, character: d.range.start.column - 1 },
            end: { line: d.range.end.line - 1, character: d.range.end.column - 1 },
          },
        }));
      const s = createLanguageService({ now: "2026-11-27", listFolder: readFolder });
      const uri = pathToFileURL(join(dir, "plan.yaml")).href;
      s.open(uri, readFileSync(join(dir, "plan.yaml"), "utf8"));
      const actual = s
        .diagnostics(uri)
        .map((d) => ({ code: d.code, message: d.message, range: d.range }));
      expect(expected.length).toBeGreaterThan(10);
      const key = (d: { code: unknown; range: { start: { line: number; character: number } } }) =>
        `${d.range.start.line}:${d.range.start.character}:${d.code}`;
      expect([...actual].sort((a, b) => (key(a) < key(b) ? -1 : 1))).toEqual(
        [...expected].sort((a, b) => (key(a) < key(b) ? -1 : 1)),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("finds the folder's documents whatever way the client encodes the folder's URI", () => {
    const base = mkdtempSync(join(tmpdir(), "mamori-lsp-"));
    const dir = join(base, "bcp (1)");
    try {
      mkdirSync(dir);
      for (const f of ["plan.yaml", "bia.yaml"])
        copyFileSync(join(root, "examples/data", f), join(dir, f));
      const s = createLanguageService({ now: "2026-11-27", listFolder: readFolder });
      // VS Code writes "(" and ")" as %28 and %29; Node's pathToFileURL (readFolder) does not.
      const uri = pathToFileURL(join(dir, "plan.yaml"))
        .href.replace("(", "%28")
        .replace(")", "%29");
      s.open(uri, readFileSync(join(dir, "plan.yaml"), "utf8"));
      const codes = s.diagnostics(uri).map((d) => d.code);
      expect(codes).toContain("bia/rto-consistent");
      // The folder's BIA changed on disk (a checkout): still there, read again.
      s.fileChanged(pathToFileURL(join(dir, "bia.yaml")).href, undefined);
      expect(s.diagnostics(uri).map((d) => d.code)).toContain("bia/rto-consistent");
      expect(s.affected(pathToFileURL(join(dir, "bia.yaml")).href)).toEqual([uri]);
    } finally {
      rmSync(base, { recursive: true, force: true });
    }
  });

  it("does not analyse an unchanged BIA again when the plan beside it changes", () => {
    const cache = new AnalysisCache();
    const bia = makeDoc("file:///k/bia.yaml", data("bia.yaml"), false);
    let plan = makeDoc("file:///k/plan.yaml", data("plan.yaml"), true);
    diagnose(plan, [bia, plan], cache, "en", "2026-11-27");
    plan = makeDoc("file:///k/plan.yaml", `${data("plan.yaml")}\n# edited\n`, true, plan);
    diagnose(plan, [bia, plan], cache, "en", "2026-11-27");
    // Two plan checks, one BIA analysis.
    expect(cache.runs).toEqual({ bia: 1, matrix: 0, plan: 2 });
  });

  it("stays quiet on YAML that is none of mamori's, and names an unknown kind that looks like it", () => {
    const s = createLanguageService();
    s.open(
      "file:///x/deploy.yaml",
      "apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: web }\n",
    );
    expect(s.diagnostics("file:///x/deploy.yaml")).toEqual([]);
    s.open("file:///x/ci.yaml", "on: push\njobs: {}\n");
    expect(s.diagnostics("file:///x/ci.yaml")).toEqual([]);
    s.open("file:///x/plan.yaml", "kind: ContinuityPlna\nschemaVersion: '1.0'\n");
    expect(s.diagnostics("file:///x/plan.yaml")[0]).toMatchObject({
      code: "lsp/unknown-kind-suggest",
      message:
        "'ContinuityPlna' is not a kind of document mamori reads; did you mean 'ContinuityPlan'?",
      // `ContinuityPlna` on line 1, columns 6–20.
      range: { start: { line: 0, character: 6 }, end: { line: 0, character: 20 } },
    });
  });

  it("reports half-typed YAML and a text over the size limit, without throwing", () => {
    const s = createLanguageService();
    s.open("file:///x/organisation.yaml", ORG);
    s.change("file:///x/organisation.yaml", `${ORG}units: [ { id: a\n`);
    expect(s.diagnostics("file:///x/organisation.yaml")[0]?.code).toBe("source/syntax");
    const big = `kind: Organisation\nx-pad: "${"a".repeat(21 * 1024 * 1024)}"\n`;
    s.open("file:///x/big.yaml", big);
    expect(s.diagnostics("file:///x/big.yaml").map((d) => d.code)).toEqual(["source/too-large"]);
  });
});

describe("hover", () => {
  const s = createLanguageService({ now: "2026-11-27" });
  s.open("file:///k/bia.yaml", data("bia.yaml"));
  s.open("file:///k/organisation.yaml", ORG);

  it("shows a process's computed objectives on its id", () => {
    // `- id: order-intake` is line 27 (0-based 26). bia.yaml's own comment: the RTO is 8 h, the
    // achievable time 1 + 12 + 2 = 15 h (backup-storage, erp-db restore, erp).
    const h = s.hover("file:///k/bia.yaml", { line: 26, character: 12 });
    const text = (h?.contents as { value: string } | undefined)?.value ?? "";
    expect(text).toContain("**Order intake** (order-intake) — time-critical");
    expect(text).toContain("- Recovery time objective (RTO): 8 hours");
    expect(text).toContain("- Achievable recovery time: 15 hours");
    expect(text).toContain("Critical path: order-intake → erp → erp-db → backup-storage");
  });

  it("shows a property's description on its key", () => {
    const h = s.hover("file:///k/organisation.yaml", { line: 3, character: 1 });
    expect((h?.contents as { value: string } | undefined)?.value).toMatch(/^\*\*name\*\*\n\n/);
  });

  it("answers nothing outside the document", () => {
    expect(s.hover("file:///k/bia.yaml", { line: 99_999, character: 3 })).toBeNull();
    expect(s.hover("file:///k/bia.yaml", { line: -1, character: -5 })).toBeNull();
    expect(s.hover("file:///nope.yaml", { line: 0, character: 0 })).toBeNull();
  });
});

describe("completion", () => {
  it("offers the keys an object may still take, required ones first", () => {
    const s = createLanguageService();
    // Opened whole, then typed into: the half-typed key does not parse, the last good text does.
    const text = ORG.replace("industy: Medical care\n", "");
    s.open("file:///c/organisation.yaml", text);
    s.change("file:///c/organisation.yaml", `${text}ind`);
    const labels = s
      .completion("file:///c/organisation.yaml", { line: 5, character: 3 })
      .map((c) => c.label);
    expect(labels).toContain("industry");
    expect(labels).not.toContain("name"); // already there
  });

  it("offers enum values and the ids a reference may name", () => {
    const s = createLanguageService();
    const matrix =
      "kind: ResponsibilityMatrix\nschemaVersion: '1.0'\nid: m\nprovider: p\nserviceModel: \ncatalogs: []\n";
    s.open("file:///m/matrix.yaml", matrix);
    expect(
      s.completion("file:///m/matrix.yaml", { line: 4, character: 14 }).map((c) => c.label),
    ).toEqual(["saas", "paas", "iaas", "on-premises"]);
    s.open("file:///k/plan.yaml", data("plan.yaml"));
    const text = data("plan.yaml").replace("successors: [ciso]", "successors: [ciso, ");
    s.change("file:///k/plan.yaml", text);
    // Line 30 (0-based 28) now ends its successors with "[ciso, ": the plan's 7 roles.
    const line = text.split("\n")[28] as string;
    const at = line.indexOf("[ciso, ") + 7;
    const ids = s
      .completion("file:///k/plan.yaml", { line: 28, character: at })
      .map((c) => c.label);
    expect(ids).toEqual([
      "ceo",
      "ciso",
      "it-director",
      "it-ops-lead",
      "production-head",
      "sales-head",
      "auditor",
    ]);
  });
});

describe("definition and references", () => {
  const dir = join(root, "examples/data");
  const s = createLanguageService({ now: "2026-11-27", listFolder: readFolder });
  const plan = pathToFileURL(join(dir, "plan.yaml")).href;
  s.open(plan, data("plan.yaml"));

  it("finds where a service id is defined, across the folder's documents", () => {
    // plan.yaml line 45 (0-based 44): `- { service: erp-db, …`; erp-db is defined in the BIA's
    // services (line 161) and by this requirement itself.
    const col = (data("plan.yaml").split("\n")[44] as string).indexOf("erp-db") + 1;
    const defs = s.definition(plan, { line: 44, character: col });
    expect(defs.map((d) => [d.uri.replace(/.*\//, ""), d.range.start.line])).toEqual([
      ["bia.yaml", 160],
      ["plan.yaml", 44],
    ]);
  });

  it("lists every use of a role id", () => {
    // `ceo` in plan.yaml: the approver (line 24), its definition (29), governance direct and
    // evaluate (37, 38), the activation authority (86), the team lead (88), two phase owners
    // (92, 97) and an escalation's `to` (106) = 9.
    const col = (data("plan.yaml").split("\n")[28] as string).indexOf("ceo");
    const refs = s.references(plan, { line: 28, character: col + 1 });
    const inPlan = refs.filter((r) => r.uri === plan);
    expect(inPlan.map((r) => r.range.start.line + 1)).toEqual([
      24, 29, 37, 38, 86, 88, 92, 97, 106,
    ]);
  });
});

afterAll(() => {});
