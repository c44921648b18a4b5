import { readFileSync } from "node:fs";
import Ajv04 from "ajv-draft-04";
import { describe, expect, it } from "vitest";
import { createDiagnostic } from "../i18n/catalog.js";
import { coreMessages } from "../i18n/messages.js";
import type { Diagnostic } from "./diagnostic.js";
import {
  countBySeverity,
  hasErrors,
  isSuppressed,
  parsePointer,
  sortDiagnostics,
  toPointer,
} from "./diagnostic.js";
import { formatJson, formatStylish } from "./format.js";
import { toSarif } from "./sarif.js";

const sarifSchema = JSON.parse(
  readFileSync(
    new URL("../../../../fixtures/sarif/sarif-schema-2.1.0.json", import.meta.url),
    "utf8",
  ),
);

function sample(): Diagnostic[] {
  const a = createDiagnostic(coreMessages, "en", {
    code: "duration/malformed",
    severity: "error",
    path: "/preIncident/requirements/3/rto",
    data: { value: "4h" },
    ref: "ISO 8601-1:2019, 5.5.2",
  });
  a.range = { start: { line: 42, column: 9 }, end: { line: 42, column: 11 } };
  a.file = "plan.yaml";
  const b = createDiagnostic(coreMessages, "en", {
    code: "document/duplicate-id",
    severity: "warning",
    path: "/services/2/id",
    data: { id: "erp" },
    related: [
      {
        path: "/services/0/id",
        range: { start: { line: 7, column: 9 }, end: { line: 7, column: 12 } },
      },
    ],
  });
  b.range = { start: { line: 12, column: 9 }, end: { line: 12, column: 12 } };
  b.file = "plan.yaml";
  const c = createDiagnostic(coreMessages, "en", {
    code: "schema/required",
    severity: "info",
    path: "/owner",
    data: { key: "owner" },
  });
  return [a, b, c];
}

describe("pointers and ordering", () => {
  it("escapes and parses JSON pointers", () => {
    expect(toPointer(["a/b", "c~d", 0])).toBe("/a~1b/c~0d/0");
    expect(parsePointer("/a~1b/c~0d/0")).toEqual(["a/b", "c~d", "0"]);
    expect(parsePointer("nope")).toBeUndefined();
  });
  it("sorts by file, position, severity and code, deterministically", () => {
    const [a, b, c] = sample();
    expect(sortDiagnostics([a!, b!, c!]).map((d) => d.code)).toEqual([
      "schema/required", // no file sorts first
      "document/duplicate-id", // line 12
      "duration/malformed", // line 42
    ]);
    expect(countBySeverity(sample())).toEqual({ error: 1, warning: 1, info: 1 });
  });
  it("orders paths segment by segment, indexes as numbers, in one total order", () => {
    const at = (path: string, line?: number): Diagnostic => ({
      code: "x/y",
      severity: "error",
      message: path,
      messages: { en: path, ja: path },
      path,
      ...(line === undefined
        ? {}
        : { range: { start: { line, column: 1 }, end: { line, column: 2 } } }),
    });
    const list = [
      at("/scenarios/10"),
      at("/scenarios/2/id"),
      at("/scenarios/2"),
      at("/roles"),
      at("/scenarios/name"),
      at(""),
      at("/a", 9),
      at("/z", 3),
    ];
    const expected = [
      "", // the whole input, first
      "/roles",
      "/scenarios/2", // 2 before 10 (as text, "10" < "2")
      "/scenarios/2/id", // a parent before what is inside it
      "/scenarios/10",
      "/scenarios/name", // indexes before names
      "/z", // placed by line: 3 before 9, after everything placed by path only
      "/a",
    ];
    expect(sortDiagnostics(list).map((d) => d.path)).toEqual(expected);
    // whatever the input order
    expect(sortDiagnostics([...list].reverse()).map((d) => d.path)).toEqual(expected);
    expect(
      sortDiagnostics([
        list[6]!,
        list[0]!,
        list[7]!,
        list[3]!,
        list[5]!,
        list[1]!,
        list[4]!,
        list[2]!,
      ]).map((d) => d.path),
    ).toEqual(expected);
  });
});

describe("formatStylish", () => {
  it("prints one aligned line per finding and a summary", () => {
    const out = formatStylish(sample(), { color: false });
    expect(out).toBe(
      [
        "  /owner  info  'owner' is required.  schema/required",
        "",
        "plan.yaml",
        "  12:9  warning  The id 'erp' is used more than once.  document/duplicate-id",
        "  42:9  error    '4h' is not an ISO 8601 duration (for example PT30M, PT4H, P3D, P1W, P1DT12H).  duration/malformed",
        "",
        "✖ 3 problems (1 errors, 1 warnings, 1 infos)",
        "",
      ].join("\n"),
    );
    expect(formatStylish([], { locale: "ja" })).toBe("問題は見つかりませんでした。\n");
  });
  it("writes severities and counts in Japanese, aligned by display width", () => {
    const lines = formatStylish(sample(), { color: false, locale: "ja" }).split("\n");
    expect(lines[3]).toMatch(/^ {2}12:9 {2}警告 {4}/);
    expect(lines[4]).toMatch(/^ {2}42:9 {2}エラー {2}/);
    expect(lines[0]).toMatch(/^ {2}\/owner {2}情報 {2}/);
    expect(lines[6]).toBe("✖ 3件の問題（エラー1件、警告1件、情報1件）");
  });
  it("colours only when asked and neutralises control characters from documents", () => {
    const d = createDiagnostic(coreMessages, "en", {
      code: "schema/required",
      severity: "error",
      path: "/x",
      data: { key: "\u001b[2Jevil\u202e" },
    });
    const plain = formatStylish([d]);
    expect(plain).not.toContain("\u001b");
    expect(plain).not.toContain("\u202e");
    expect(formatStylish([d], { color: true })).toContain("\u001b[31m");
  });
  it("neutralises control characters in paths (document keys) and codes too", () => {
    const d = createDiagnostic(coreMessages, "en", {
      code: "schema/unknown-key",
      severity: "error",
      path: "/\u001b]0;x\u0007",
      data: { key: "k" },
    });
    expect(formatStylish([{ ...d, code: "x/\u009b2J" }])).toBe(
      "  /\uFFFD]0;x\uFFFD  error  Unknown key 'k'. Keys of your own must start with 'x-'.  x/\uFFFD2J\n\n✖ 1 problems (1 errors, 0 warnings, 0 infos)\n",
    );
  });
});

describe("formatJson", () => {
  it("is stable JSON with a summary", () => {
    const one = formatJson(sample());
    const two = formatJson([...sample()].reverse());
    expect(one).toBe(two);
    const parsed = JSON.parse(one);
    expect(parsed.summary).toEqual({ error: 1, warning: 1, info: 1 });
    expect(parsed.diagnostics[2].range.start).toEqual({ line: 42, column: 9 });
  });
});

describe("toSarif", () => {
  const ajv = new Ajv04({ allErrors: true, strict: false });
  const validate = ajv.compile(sarifSchema);

  it("produces a log that validates against the SARIF 2.1.0 schema", () => {
    const log = toSarif(sample(), {
      toolVersion: "0.1.0",
      rules: [{ id: "duration/malformed", description: "Durations are ISO 8601" }],
    });
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    const run = (log.runs as Array<Record<string, any>>)[0]!;
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual([
      "document/duplicate-id",
      "duration/malformed",
      "schema/required",
    ]);
    const results = run.results as Array<Record<string, any>>;
    expect(results.map((r) => r.level)).toEqual(["note", "warning", "error"]);
    // a relative file name is relative to the repository root (%SRCROOT%), as code scanning expects
    expect(results[2]!.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: "plan.yaml", uriBaseId: "%SRCROOT%" },
      region: { startLine: 42, startColumn: 9, endLine: 42, endColumn: 11 },
    });
    expect(results[1]!.relatedLocations[0].physicalLocation.region.startLine).toBe(7);
    expect(results[2]!.properties.ref).toBe("ISO 8601-1:2019, 5.5.2");
  });

  it("gives every rule what GitHub code scanning requires, and every result a stable fingerprint", () => {
    const log = toSarif(sample(), {
      toolVersion: "0.1.0",
      srcRoot: "file:///home/ci/repo/",
      helpUriBase: "https://mamori.dev/rules/",
      rules: [
        {
          id: "duration/malformed",
          description: "Durations are ISO 8601",
          help: "Write durations as PT4H, P3D.",
          defaultSeverity: "error",
        },
      ],
    });
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    const run = (log.runs as Array<Record<string, any>>)[0]!;
    expect(run.tool.driver.semanticVersion).toBe("0.1.0");
    expect(run.originalUriBaseIds).toEqual({ "%SRCROOT%": { uri: "file:///home/ci/repo/" } });
    const [dup, dur] = run.tool.driver.rules;
    // a rule given metadata keeps it; its level is the one given, not its results'
    expect(dur).toEqual({
      id: "duration/malformed",
      name: "DurationMalformed",
      shortDescription: { text: "Durations are ISO 8601" },
      fullDescription: { text: "Durations are ISO 8601" },
      help: {
        text: "Write durations as PT4H, P3D.",
        markdown:
          "Durations are ISO 8601\n\n[duration/malformed](https://mamori.dev/rules/duration/malformed)",
      },
      defaultConfiguration: { level: "error" },
      helpUri: "https://mamori.dev/rules/duration/malformed",
    });
    // one without metadata still has every required property (its level from its result)
    expect(Object.keys(dup).sort()).toEqual([
      "defaultConfiguration",
      "fullDescription",
      "help",
      "helpUri",
      "id",
      "name",
      "shortDescription",
    ]);
    expect(dup.defaultConfiguration).toEqual({ level: "warning" }); // its one result is a warning
    // fingerprints: 16 hex digits, one per result, unchanged when only the range moves
    const prints = (r: any[]) =>
      Object.fromEntries(
        r.map((x: any) => [x.ruleId, x.partialFingerprints["mamoriFindingHash/v1"]]),
      );
    const before = prints(run.results);
    expect(Object.values(before).every((p) => /^[0-9a-f]{16}$/.test(p as string))).toBe(true);
    expect(new Set(Object.values(before)).size).toBe(3);
    const moved = sample().map((d) =>
      d.range
        ? { ...d, range: { start: { line: 99, column: 1 }, end: { line: 99, column: 2 } } }
        : d,
    );
    expect(prints((toSarif(moved).runs as any[])[0].results)).toEqual(before);
  });

  it("tells apart two findings of one rule at one place by their data, whatever its key order", () => {
    const at = (data: Record<string, string>) => ({
      ...sample()[0]!,
      data,
    });
    const print = (d: ReturnType<typeof at>) =>
      ((toSarif([d]).runs as any[])[0].results[0].partialFingerprints as any)[
        "mamoriFindingHash/v1"
      ];
    const dc = print(at({ site: "osaka", primary: "sendai-dc" }));
    expect(print(at({ site: "osaka", primary: "sendai-hq" }))).not.toBe(dc);
    expect(print(at({ primary: "sendai-dc", site: "osaka" }))).toBe(dc);
  });

  it("writes its own texts in the locale asked for", () => {
    const rules = (
      toSarif(sample(), { locale: "ja", helpUriBase: "https://mamori.dev/rules/" }).runs as any[]
    )[0].tool.driver.rules;
    expect(rules[0].shortDescription.text).toBe("コード 'document/duplicate-id' の指摘。");
    expect(rules[0].help.text).toBe(
      "コード 'document/duplicate-id' の指摘。\n\n参照: https://mamori.dev/rules/document/duplicate-id",
    );
  });

  it("writes absolute file names as file: URIs and relative ones against %SRCROOT%", () => {
    const at = (file: string) => {
      const d = { ...sample()[2]!, file };
      return ((toSarif([d]).runs as any[])[0].results[0].locations[0].physicalLocation as any)
        .artifactLocation;
    };
    expect(at("/home/ci/repo/plan 1.yaml")).toEqual({ uri: "file:///home/ci/repo/plan%201.yaml" });
    expect(at("C:\\repo\\plan.yaml")).toEqual({ uri: "file:///C:/repo/plan.yaml" });
    expect(at("./docs/plan.yaml")).toEqual({ uri: "docs/plan.yaml", uriBaseId: "%SRCROOT%" });
    expect(at("https://example.org/plan.yaml")).toEqual({ uri: "https://example.org/plan.yaml" });
  });

  it("stays schema-valid for hostile strings and empty input", () => {
    const d = createDiagnostic(coreMessages, "en", {
      code: "schema/required",
      severity: "error",
      path: "/\u0000/\ud800",
      data: { key: "<script>\u202e\u0000" },
    });
    d.file = "we ird/ü.yaml";
    for (const log of [toSarif([d]), toSarif([])]) {
      expect(validate(JSON.parse(JSON.stringify(log))), JSON.stringify(validate.errors)).toBe(true);
    }
  });
});

describe("toSarif with hostile file names", () => {
  it("a lone surrogate in a file name becomes U+FFFD instead of throwing URIError", () => {
    // Found by the reliability suite: encodeURI("\ud800") throws "URI malformed".
    const d = createDiagnostic(coreMessages, "en", {
      code: "source/empty",
      severity: "error",
      path: "",
      data: {},
    });
    const log = toSarif([{ ...d, file: "plan\ud800.yaml" }]);
    const uri = JSON.stringify(log).match(/"uri":"([^"]*)"/)?.[1];
    // U+FFFD is EF BF BD in UTF-8.
    expect(uri).toBe("plan%EF%BF%BD.yaml");
  });
});

describe("suppressed diagnostics", () => {
  function suppressedSample(): Diagnostic[] {
    const [a, b, c] = sample();
    a!.suppressions = [
      {
        kind: "inSource",
        status: "accepted",
        justification: "Accepted until the new parser ships",
        source: "/exceptions/0",
        acceptedBy: "ceo",
        until: "2027-03-31",
      },
    ];
    return [a!, b!, c!];
  }

  it("are not counted by countBySeverity or hasErrors, but isSuppressed knows them", () => {
    const list = suppressedSample();
    // 3 diagnostics, the error is suppressed: 0 errors, 1 warning, 1 info.
    expect(countBySeverity(list)).toEqual({ error: 0, warning: 1, info: 1 });
    expect(hasErrors(list)).toBe(false);
    expect(list.filter(isSuppressed).map((d) => d.code)).toEqual(["duration/malformed"]);
    expect(hasErrors(sample())).toBe(true);
  });

  it("stylish marks them and counts them apart from the problems", () => {
    const out = formatStylish(suppressedSample(), { color: false });
    expect(out).toContain(
      "  42:9  error    '4h' is not an ISO 8601 duration (for example PT30M, PT4H, P3D, P1W, P1DT12H).  duration/malformed  [suppressed]",
    );
    // 3 diagnostics − 1 suppressed = 2 problems.
    expect(out).toContain("⚠ 2 problems (0 errors, 1 warnings, 1 infos); 1 suppressed\n");
    expect(formatStylish(suppressedSample(), { locale: "ja" })).toContain("[抑制済み]");
  });

  it("JSON keeps the suppression and counts it under summary.suppressed", () => {
    const parsed = JSON.parse(formatJson(suppressedSample()));
    expect(parsed.summary).toEqual({ error: 0, warning: 1, info: 1, suppressed: 1 });
    expect(parsed.diagnostics[2].suppressions[0]).toEqual({
      kind: "inSource",
      status: "accepted",
      justification: "Accepted until the new parser ships",
      source: "/exceptions/0",
      acceptedBy: "ceo",
      until: "2027-03-31",
    });
  });

  it("SARIF emits schema-valid suppressions with the justification and the exception's location", () => {
    const validate = new Ajv04({ allErrors: true, strict: false }).compile(sarifSchema);
    const list = suppressedSample();
    list[1]!.suppressions = [{ kind: "external", status: "accepted", justification: "Known" }];
    const log = JSON.parse(JSON.stringify(toSarif(list)));
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    const results = log.runs[0].results as Array<Record<string, any>>;
    expect(results.map((r) => r.suppressions?.length ?? 0)).toEqual([0, 1, 1]);
    expect(results[1]!.suppressions).toEqual([
      { kind: "external", status: "accepted", justification: "Known" },
    ]);
    expect(results[2]!.suppressions[0]).toEqual({
      kind: "inSource",
      status: "accepted",
      justification: "Accepted until the new parser ships",
      location: {
        logicalLocations: [{ fullyQualifiedName: "/exceptions/0", kind: "member" }],
        physicalLocation: { artifactLocation: { uri: "plan.yaml", uriBaseId: "%SRCROOT%" } },
      },
      properties: { source: "/exceptions/0", acceptedBy: "ceo", until: "2027-03-31" },
    });
  });
});

describe("a finding in a workbook (cell instead of line and column)", () => {
  const d = createDiagnostic(coreMessages, "en", {
    code: "duration/malformed",
    severity: "error",
    path: "/processes/5/objectives/rto",
    data: { value: "4h" },
  });
  d.cell = "Processes!D7";
  d.file = "bia.xlsx";

  it("stylish text shows the cell where a line and column would be", () => {
    const text = formatStylish([d], { color: false });
    expect(text).toContain("  Processes!D7  error  '4h' is not an ISO 8601 duration");
    expect(text.startsWith("bia.xlsx\n")).toBe(true);
  });

  it("SARIF: artifactLocation is the workbook, the cell is in the message and the properties", () => {
    const ajv = new Ajv04({ allErrors: true, strict: false });
    const log = toSarif([d], { toolVersion: "0.1.0" });
    expect(ajv.compile(sarifSchema)(log)).toBe(true);
    const result = (log.runs as Array<Record<string, any>>)[0]!.results[0];
    expect(result.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: "bia.xlsx", uriBaseId: "%SRCROOT%" },
    });
    expect(result.message.text).toBe(`${d.message} (Processes!D7)`);
    expect(result.properties.cell).toBe("Processes!D7");
  });
});

describe("sorting findings in a workbook", () => {
  it("orders cells by sheet, then row and column as numbers (A4 before A16, Z2 before AA2)", () => {
    const at = (cell: string): Diagnostic => ({
      code: "x/y",
      severity: "error",
      message: "m",
      messages: { en: "m", ja: "m" },
      path: "/",
      cell,
    });
    const cells = [
      "'IT services'!A16",
      "Processes!AA2",
      "'IT services'!A4",
      "Processes!Z2",
      "Processes!B10",
    ];
    expect(sortDiagnostics(cells.map(at)).map((d) => d.cell)).toEqual([
      "'IT services'!A4",
      "'IT services'!A16",
      "Processes!Z2",
      "Processes!AA2",
      "Processes!B10",
    ]);
  });
});
