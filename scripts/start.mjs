// `npm start`, the main job: `mamori report examples/data --out report.html` on the sample
// organisation, then the terminal summary. The sample is meant to have findings (gaps,
// single points of failure, plan errors), so exit code 1 ("the documents have errors") is
// the expected outcome here; only 2 (usage or unreadable input) fails the job.
import { runCli } from "@mamori/cli";

const args = ["report", "examples/data", "--out", "report.html", ...process.argv.slice(2)];
const code = await runCli(args, {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  env: process.env,
  stdoutIsTTY: process.stdout.isTTY === true,
  stderrIsTTY: process.stderr.isTTY === true,
});
if (code === 2) process.exit(2);
console.log(
  `\nOpen report.html in a browser. Try also:\n  npx mamori validate examples/data/plan.yaml --bia examples/data/bia.yaml --locale ja\n  npx mamori bia examples/data/bia.yaml --format markdown`,
);
