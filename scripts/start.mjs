// `npm start`: read every document under examples/data, validate it with the schemas that
// exist so far, and print a short summary. The CLI issue replaces this with `mamori report`.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import * as core from "@mamori/core";
import { attachRanges, parseSource } from "@mamori/core/source";

const dir = process.argv[2] ?? "examples/data";
const files = readdirSync(dir)
  .filter((f) => /\.(ya?ml|json)$/.test(f))
  .sort();
const kinds = new Map(core.coreDocumentKinds.map((k) => [k.kind, k.schema]));
for (const name of ["@mamori/bia", "@mamori/cloud-matrix", "@mamori/plan-validator"]) {
  const mod = await import(name).catch(() => ({}));
  for (const [exportName, value] of Object.entries(mod)) {
    if (exportName.endsWith("DocumentKinds") && Array.isArray(value)) {
      for (const k of value) kinds.set(k.kind, k.schema);
    }
  }
}
const all = [];
for (const f of files) {
  const file = relative(process.cwd(), join(dir, f));
  const parsed = parseSource(readFileSync(join(dir, f), "utf8"), { file });
  let diagnostics = parsed.diagnostics;
  const kind = parsed.data?.kind;
  let how = "unreadable";
  if (parsed.data !== undefined) {
    const schema = kinds.get(kind);
    if (schema) {
      diagnostics = diagnostics.concat(core.validateDocument(schema, parsed.data).diagnostics);
      how = `${kind}, full schema`;
    } else {
      how = `${kind ?? "no kind"}, envelope only (schema not built yet)`;
      if (typeof kind !== "string" || typeof parsed.data.schemaVersion !== "string") {
        diagnostics.push(
          core.createDiagnostic(core.coreMessages, "en", {
            code: "document/kind-missing",
            severity: "error",
            path: "",
            data: { expected: "a document kind" },
          }),
        );
      }
    }
  }
  diagnostics = attachRanges(diagnostics, parsed.positions, file);
  all.push(...diagnostics);
  const c = core.countBySeverity(diagnostics);
  console.log(`${c.error ? "✖" : "✔"} ${file} (${how}): ${c.error} errors, ${c.warning} warnings`);
}
if (all.length > 0)
  console.log(
    `\n${core.formatStylish(all, { color: process.stdout.isTTY && !process.env.NO_COLOR })}`,
  );
console.log(`${files.length} documents checked in ${dir}.`);
process.exitCode = core.hasErrors(all) ? 1 : 0;
