// Runs publint (strict) and "are the types wrong" (attw --pack) on every published package.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
const bin = (name) => join(root, "node_modules/.bin", name);
let failed = 0;
for (const dir of readdirSync(join(root, "packages")).sort()) {
  const cwd = join(root, "packages", dir);
  const pkg = JSON.parse(readFileSync(join(cwd, "package.json"), "utf8"));
  if (pkg.private) continue;
  for (const [tool, args] of [
    ["publint", ["--strict"]],
    ["attw", ["--pack", ".", "--format", "table-flipped", "--profile", "node16"]],
  ]) {
    try {
      execFileSync(bin(tool), args, { cwd, stdio: "pipe", encoding: "utf8" });
      console.log(`✔ ${tool} ${pkg.name}`);
    } catch (error) {
      failed++;
      console.error(`✖ ${tool} ${pkg.name}\n${error.stdout ?? ""}${error.stderr ?? ""}`);
    }
  }
}
process.exit(failed > 0 ? 1 : 0);
