// Builds bench/dist once before the bench project's tests: the smoke tests run the built
// `run.js` and `profile.js`, and build.mjs empties dist/ first, so test files that each built
// it would pull it from under one another when vitest runs them in parallel.
import { execFileSync } from "node:child_process";
import { join } from "node:path";

export function setup(): void {
  execFileSync(process.execPath, ["build.mjs"], {
    cwd: join(import.meta.dirname, ".."),
    stdio: "pipe",
  });
}
