import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// What `mamori validate plan.yaml` loads before it reads the plan: the binary's entry and the
// chunks it imports statically, transitively (a dynamic import() loads only when reached).
const binDir = join(dirname(fileURLToPath(import.meta.url)), "../dist/bin");

function staticClosure(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(join(binDir, file), "utf8");
    for (const m of text.matchAll(/^import\s+(?:[^;]*?\s+from\s+)?"\.\/([^"]+)";?$/gm))
      visit(m[1] as string);
  };
  visit(entry);
  return [...seen].sort();
}

function sourcesOf(files: readonly string[]): string[] {
  return files.flatMap(
    (f) =>
      (JSON.parse(readFileSync(join(binDir, `${f}.map`), "utf8")) as { sources: string[] }).sources,
  );
}

describe("the CLI's start-up loads only what the command needs (issue 19)", () => {
  it("the entry and the validate command load no workbook reader and no matrix analysis", () => {
    const entry = readFileSync(join(binDir, "cli.js"), "utf8");
    const command = /import\("\.\/(validate-[^"]+\.js)"\)/.exec(entry)?.[1];
    expect(command).toBeDefined();
    const files = [...new Set([...staticClosure("cli.js"), ...staticClosure(command as string)])];
    const sources = sourcesOf(files);
    // What validate needs is there: the YAML parser, core, the plan validator.
    expect(sources.some((s) => s.includes("node_modules/yaml/"))).toBe(true);
    expect(sources.some((s) => s.includes("plan-validator/src/engine/validate-plan.ts"))).toBe(
      true,
    );
    // SheetJS (about 1 MB of code) loads only for a .xlsx file or --format xlsx, the matrix
    // analysis only for --matrix.
    expect(sources.filter((s) => s.includes("@e965/xlsx") || s.includes("/xlsx/src/"))).toEqual([]);
    expect(sources.filter((s) => s.includes("cloud-matrix/src/"))).toEqual([]);
  });

  it("the workbook reader is still bundled, behind a dynamic import of the loader", () => {
    const files = staticClosure("cli.js");
    const lazy = files.flatMap((f) =>
      [...readFileSync(join(binDir, f), "utf8").matchAll(/import\("\.\/([^"]+\.js)"\)/g)].map(
        (m) => m[1] as string,
      ),
    );
    const reachable = sourcesOf([...new Set(lazy.flatMap((f) => staticClosure(f)))]);
    expect(reachable.some((s) => s.includes("@e965/xlsx"))).toBe(true);
  });
});
