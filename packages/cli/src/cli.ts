import { parseArgs } from "node:util";

const { values } = parseArgs({ options: { help: { type: "boolean", short: "h" } }, strict: false });
if (values.help || process.argv.length <= 2) {
  process.stdout.write(
    "usage: mamori <command> [options]\n\nThe commands arrive with @mamori/cli's own issue.\n",
  );
  process.exit(0);
}
process.stderr.write("mamori: no commands yet\n");
process.exit(2);
