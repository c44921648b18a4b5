import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { findImportCycles } from "./import-cycles.mjs";

const packages = fileURLToPath(new URL("../packages/", import.meta.url));

describe("import cycles", () => {
  it("no package's source has one (static, type-only or dynamic imports)", () => {
    const names = readdirSync(packages).sort();
    expect(names.length).toBeGreaterThanOrEqual(5);
    for (const name of names)
      expect(findImportCycles(join(packages, name, "src")), name).toEqual([]);
  });

  it("finds a type-only circle and a circle through a dynamic import", () => {
    const dir = mkdtempSync(join(tmpdir(), "mamori-cycles-"));
    mkdirSync(join(dir, "sub"));
    writeFileSync(join(dir, "a.ts"), 'import type { B } from "./sub/b.js";\nexport type A = B;\n');
    writeFileSync(
      join(dir, "sub", "b.ts"),
      'import type { A } from "../a.js";\nexport type B = A | 1;\n',
    );
    writeFileSync(join(dir, "run.ts"), 'export const go = () => import("./cmd.js");\n');
    writeFileSync(join(dir, "cmd.ts"), 'import { go } from "./run.js";\nexport const x = go;\n');
    writeFileSync(join(dir, "leaf.ts"), 'import { x } from "./cmd.js";\nexport const y = x;\n');
    expect(findImportCycles(dir)).toEqual([
      "a.ts -> sub/b.ts -> a.ts",
      "cmd.ts -> run.ts -> cmd.ts",
    ]);
  });
});
