import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The bench/ directory, found from this module whether it runs from src/ or bundled in dist/. */
function findBenchDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const pkg = join(dir, "package.json");
    if (existsSync(pkg) && JSON.parse(readFileSync(pkg, "utf8")).name === "@mamori/bench")
      return dir;
    dir = dirname(dir);
  }
  throw new Error("cannot find the bench/ directory");
}

export const BENCH_DIR = findBenchDir();
export const ROOT_DIR = dirname(BENCH_DIR);
export const RESULTS_DIR = join(BENCH_DIR, "results");
export const MEMORY_CHILD = join(BENCH_DIR, "dist", "child", "memory.js");
export const SCALING_CHILD = join(BENCH_DIR, "dist", "child", "scaling.js");
export const BIA_SIDE_CHILD = join(BENCH_DIR, "dist", "child", "bia-side.js");
