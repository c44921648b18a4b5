// Publishes every package's JSON Schemas beside the documentation site (docs/api/schemas/),
// where their `$id`s (https://mamori.dev/schemas/<file>) point once the site is deployed.
import { copyFileSync, existsSync, mkdirSync, readdirSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
const out = join(root, "docs/api/schemas");
mkdirSync(out, { recursive: true });
let n = 0;
for (const pkg of readdirSync(join(root, "packages")).sort()) {
  const dir = join(root, "packages", pkg, "schemas");
  if (!existsSync(dir)) continue;
  for (const f of readdirSync(dir).filter((x) => x.endsWith(".json"))) {
    copyFileSync(join(dir, f), join(out, f));
    n++;
  }
}
console.log(`copy-schemas: ${n} JSON Schemas in docs/api/schemas`);
