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
