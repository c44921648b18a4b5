// Sums every JSON test report (vitest's `json` reporter shape) in a folder and prints
// "N passed, N failed". A skipped or todo test counts as failed (every test must run on a
// machine with Node.js and npm alone), and is named on a line of its own. Exits non-zero when
// a test failed or was skipped, or when no test ran at all.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.argv[2] ?? "test-output";
let passed = 0;
let failed = 0;
const skipped = [];
if (existsSync(dir)) {
  for (const f of readdirSync(dir)
    .filter((n) => n.endsWith(".json"))
    .sort()) {
    const report = JSON.parse(readFileSync(join(dir, f), "utf8"));
    passed += report.numPassedTests ?? 0;
    failed += (report.numFailedTests ?? 0) + (report.numRuntimeErrorTestSuites ?? 0);
    for (const file of report.testResults ?? [])
      for (const test of file.assertionResults ?? [])
        if (test.status === "pending" || test.status === "skipped" || test.status === "todo")
          skipped.push(`${file.name} > ${test.fullName ?? test.title}`);
  }
}
for (const name of skipped) console.log(`skipped (counted as failed): ${name}`);
failed += skipped.length;
console.log(`${passed} passed, ${failed} failed`);
process.exit(passed + failed === 0 || failed > 0 ? 1 : 0);
