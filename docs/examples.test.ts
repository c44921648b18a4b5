import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  checkExamples,
  extractExamples,
  formatApiReport,
  formatFailures,
} from "../scripts/check-examples.mjs";
import { EXAMPLES_NOT_RUN } from "../scripts/examples-not-run.mjs";
import { formatRunFailures, leadingLiteral, runExamples } from "../scripts/run-examples.mjs";

const root = fileURLToPath(new URL("../", import.meta.url));
const PACKAGES = [
  "bia",
  "cli",
  "cloud-matrix",
  "core",
  "language-server",
  "plan-validator",
  "xlsx",
];

describe("TSDoc examples", () => {
  // One TypeScript program over every example, against the BUILT packages (npm test builds first).
  const { examples, failures, undocumented, api } = checkExamples({ root });

  it("every ```ts block of an @example tag type-checks against the published types", () => {
    expect(formatFailures(failures)).toBe("");
    // Guards against an extractor that silently finds nothing: each package has examples.
    for (const name of PACKAGES)
      expect(
        examples.filter((e) => e.source.startsWith(`packages/${name}/`)).length,
        name,
      ).toBeGreaterThan(0);
    expect(examples.length).toBeGreaterThanOrEqual(300);
  });

  it("every example runs, and every value it states (`expr; // value`) is what it gives", () => {
    const { ran, skipped, failures, checked } = runExamples(examples, {
      root,
      skip: EXAMPLES_NOT_RUN,
    });
    expect(formatRunFailures(failures)).toBe("");
    // Only the examples listed in scripts/examples-not-run.mjs (each with its reason) are not
    // run, and each listed one exists: the list cannot hide an example that could run.
    expect(skipped.map((e) => `${e.source}:${e.line}`).sort()).toEqual(
      [...EXAMPLES_NOT_RUN.keys()].sort(),
    );
    expect(skipped.length).toBe(3);
    expect(ran.length).toBe(examples.length - 3);
    expect(ran.length).toBeGreaterThanOrEqual(470);
    // The stated values compared (a comment that is prose states none).
    expect(checked).toBeGreaterThanOrEqual(320);
  }, 180_000);

  it("every export of every published entry point has a summary and an @example", () => {
    expect(undocumented).toEqual([]);
  });

  it("every published entry point exports exactly what packages/*/api-report.md lists", () => {
    for (const name of PACKAGES) {
      const file = join(root, "packages", name, "api-report.md");
      const report = formatApiReport(name, api);
      if (process.env.MAMORI_WRITE_API === "1") writeFileSync(file, report);
      // A new, renamed or removed export is deliberate only once its report says so.
      expect(report, `${file} (regenerate with MAMORI_WRITE_API=1)`).toBe(
        readFileSync(file, "utf8"),
      );
      expect(report).toMatch(new RegExp(`## @mamori/${name} \\(\\d+ exports\\)`));
    }
  });
});

describe("the example checker itself", () => {
  it("takes only ```ts blocks inside @example tags, numbered by their first source line", () => {
    const text = [
      "const s = '/** not a comment @example';", // 1
      "/**", // 2
      " * Summary with a block that is not an example:", // 3
      " * ```ts", // 4
      " * notAnExample();", // 5
      " * ```", // 6
      " *", // 7
      " * @example", // 8
      " * ```ts", // 9
      " * const a = 1;", // 10
      " * ```", // 11
      " * @example", // 12
      " * ```json", // 13
      " * {}", // 14
      " * ```", // 15
      " */", // 16
      "export const x = 1;", // 17
    ].join("\n");
    expect(extractExamples(text)).toEqual([{ line: 10, code: "const a = 1;\n" }]);
  });

  it("fails with the source line of each error, other examples compiling", () => {
    const fake = join(root, "test-output/check-examples-fixture");
    rmSync(fake, { recursive: true, force: true });
    mkdirSync(join(fake, "packages/demo/src"), { recursive: true });
    mkdirSync(join(fake, "packages/demo/dist"), { recursive: true });
    writeFileSync(join(fake, "packages/demo/package.json"), '{ "name": "demo" }');
    writeFileSync(
      join(fake, "packages/demo/src/demo.ts"),
      [
        "/**", // 1
        " * Good.", // 2
        " * @example", // 3
        " * ```ts", // 4
        " * const n: number = 1;", // 5
        " * ```", // 6
        " */", // 7
        "export const good = 1;", // 8
        "/**", // 9
        " * Bad: an undeclared plan and a wrong type.", // 10
        " * @example", // 11
        " * ```ts", // 12
        " * const n: number = 1;", // 13  (same name as the other example: each is its own module)
        " * check(plan);", // 14
        " * const s: string = n;", // 15
        " * ```", // 16
        " */", // 17
        "export const bad = 1;", // 18
      ].join("\n"),
    );
    const r = checkExamples({ root: fake });
    expect(r.examples.map((e) => e.line)).toEqual([5, 13]);
    expect(r.failures.map((f) => `${f.source}:${f.line}:${f.example}`)).toEqual([
      "packages/demo/src/demo.ts:14:13", // check
      "packages/demo/src/demo.ts:14:13", // plan
      "packages/demo/src/demo.ts:15:13", // string = number
    ]);
    expect(r.failures[1]?.message).toContain("Cannot find name 'plan'");
    expect(r.failures[2]?.message).toMatch(
      /^TS2322: Type 'number' is not assignable to type 'string'/,
    );
  });
});

describe("the example runner itself", () => {
  it("reads the value a comment starts with, and nothing from prose", () => {
    expect(leadingLiteral(" 1440")).toBe("1440");
    expect(leadingLiteral(' ["hq:sales", "th:line"]')).toBe('["hq:sales", "th:line"]');
    expect(leadingLiteral(" 2 (carried forward to P1D)")).toBe("2");
    expect(leadingLiteral(" true: not a BusinessImpactAnalysis")).toBe("true");
    expect(leadingLiteral(' [{ node: "db", late: true }] and more')).toBe(
      '[{ node: "db", late: true }]',
    );
    expect(leadingLiteral(" -3")).toBe("-3");
    expect(leadingLiteral(" undefined")).toBe("undefined");
    expect(leadingLiteral(" e.g. steel-supplier")).toBeUndefined();
    expect(leadingLiteral(" serves until the client exits")).toBeUndefined();
    expect(leadingLiteral(" [a, b]")).toBeUndefined(); // names, not values
    expect(leadingLiteral(' { a: f("x") }')).toBeUndefined();
  });

  it("runs each example and reports a wrong value or a throw at its source line", () => {
    const fake = join(root, "test-output/run-examples-fixture");
    rmSync(fake, { recursive: true, force: true });
    mkdirSync(join(fake, "test-output/examples/demo"), { recursive: true });
    const write = (name: string, code: string) => {
      const file = join(fake, "test-output/examples/demo", name);
      writeFileSync(file, code);
      return file;
    };
    const examples = [
      {
        source: "packages/demo/src/a.ts",
        line: 10,
        file: write(
          "a-10.ts",
          [
            "const n: number = 6 * 7;",
            "n; // 42",
            "n + 1; // 42 (wrong)",
            "[n, { n }]; // [42, { n: 42 }]",
            "new Map([[1, 2]]); // [[1, 2]]",
            "(n / 9).toString().length > 3; // true",
            "n / 9; // 4.66…",
            "\"Unknown key 'x'. Keys of your own\"; // \"Unknown key 'x'...\"",
            "n; // the answer",
          ].join("\n"),
        ),
      },
      {
        source: "packages/demo/src/b.ts",
        line: 20,
        file: write("b-20.ts", "const o = { a: 1 };\no.a; // 1\nthrow new Error('boom');\n"),
      },
      {
        source: "packages/demo/src/c.ts",
        line: 30,
        file: write("c-30.ts", "while (true) {}\n"),
      },
    ];
    const r = runExamples(examples, {
      root: fake,
      skip: new Map([["packages/demo/src/c.ts:30", "never ends"]]),
    });
    expect(r.ran.map((e) => e.line)).toEqual([10, 20]);
    expect(r.skipped.map((e) => e.line)).toEqual([30]);
    expect(r.checked).toBe(8);
    expect(r.failures.map((f) => `${f.source}:${f.line}`)).toEqual([
      "packages/demo/src/a.ts:12", // n + 1 is 43
      "packages/demo/src/b.ts:20", // the throw, at the example
    ]);
    expect(r.failures[0]?.message).toBe("says 42, is 43");
    expect(r.failures[1]?.message).toContain("Error: boom");
  });
});
