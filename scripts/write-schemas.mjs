// Writes every document kind's JSON Schema (draft 2020-12) into <package>/schemas/.
// Run from a package folder after tsup: `node ../../scripts/write-schemas.mjs`.
// The package's entry must export a `<name>DocumentKinds` list (see @mamori/core's DocumentKind).
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const pkgDir = process.cwd();
const mod = await import(pathToFileURL(join(pkgDir, "dist/index.js")).href);
const core = await import("@mamori/core").catch(() => mod);
const kinds = Object.entries(mod).find(([name]) => name.endsWith("DocumentKinds"))?.[1];
if (!Array.isArray(kinds)) {
  // A package that defines no document kind ships no schema.
  process.exit(0);
}
const out = join(pkgDir, "schemas");
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
for (const k of kinds) {
  const schema = core.toJsonSchema(k.schema, {
    id: `${core.SCHEMA_BASE_URL}${k.file}`,
    title: k.kind,
    description: k.description,
    ...(k.descriptions ? { descriptions: k.descriptions } : {}),
  });
  writeFileSync(join(out, k.file), `${JSON.stringify(schema, null, 2)}\n`);
}
console.log(`write-schemas: ${kinds.length} schema(s) in ${out}`);
