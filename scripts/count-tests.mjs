// Sums every JSON test report (vitest's `json` reporter shape) in a folder and prints
// "N passed, N failed". Exits non-zero when no test ran at all.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.argv[2] ?? "test-output";
let passed = 0;
let failed = 0;
if (existsSync(dir)) {
  for (const f of readdirSync(dir)
    .filter((n) => n.endsWith(".json"))
    .sort()) {
    const report = JSON.parse(readFileSync(join(dir, f), "utf8"));
    passed += report.numPassedTests ?? 0;
    failed += (report.numFailedTests ?? 0) + (report.numRuntimeErrorTestSuites ?? 0);
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(passed + failed === 0 || failed > 0 ? 1 : 0);
