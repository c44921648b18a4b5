// Finds import cycles inside each package's src/ (static, type-only and dynamic imports alike:
// a type-only circle still ties two modules' documentation and refactoring together).
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";

function sourceFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...sourceFiles(full));
    else if (/\.tsx?$/.test(name) && !/\.test(-d)?\.tsx?$/.test(name) && !name.endsWith(".d.ts"))
      out.push(full);
  }
  return out;
}

/** The relative imports of one file, resolved to the .ts/.tsx files they name. */
function importsOf(file) {
  const info = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
  const out = [];
  for (const { fileName } of info.importedFiles) {
    if (!fileName.startsWith(".")) continue;
    const base = resolve(dirname(file), fileName).replace(/\.js$/, "");
    const hit = [".ts", ".tsx", "/index.ts"].map((ext) => base + ext).find((f) => existsSync(f));
    if (hit) out.push(hit);
  }
  return out;
}

/**
 * Every import cycle among the source files under `srcDir`, each as its files relative to
 * `srcDir` (`a.ts -> b.ts -> a.ts`); one cycle per back edge of a depth-first search.
 */
export function findImportCycles(srcDir) {
  const files = sourceFiles(srcDir);
  const graph = new Map(files.map((f) => [f, importsOf(f)]));
  const state = new Map();
  const stack = [];
  const cycles = [];
  const visit = (file) => {
    state.set(file, "open");
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (!graph.has(next)) continue;
      if (state.get(next) === "open")
        cycles.push(
          [...stack.slice(stack.indexOf(next)), next].map((f) => relative(srcDir, f)).join(" -> "),
        );
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, "done");
  };
  for (const file of files) if (!state.has(file)) visit(file);
  return cycles;
}
