import { writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { biaDocumentKinds } from "@mamori/bia";
import { cloudMatrixDocumentKinds } from "@mamori/cloud-matrix";
import { coreDocumentKinds, type DocumentKind, SCHEMA_BASE_URL, toJsonSchema } from "@mamori/core";
import { planValidatorDocumentKinds } from "@mamori/plan-validator";
import { formatHelp, type OptionSpec, parseCommand, str } from "../args.js";
import type { CliIo } from "../io.js";
import { makeDirectory, UsageError } from "../io.js";

/** Every document kind mamori defines, across packages. */
export function allDocumentKinds(): DocumentKind[] {
  return [
    ...coreDocumentKinds,
    ...biaDocumentKinds,
    ...cloudMatrixDocumentKinds,
    ...planValidatorDocumentKinds,
  ];
}

/** `mamori schema --out <dir>`: write every document's JSON Schema (draft 2020-12). */
export async function runSchema(args: string[], io: CliIo): Promise<number> {
  const options: Record<string, OptionSpec> = {
    out: {
      type: "string",
      short: "o",
      value: "dir",
      help: "The directory to write every document kind's JSON Schema (draft 2020-12) into.",
    },
  };
  const { values, positionals } = parseCommand(args, options);
  if (values.help) {
    io.stdout(formatHelp("usage: mamori schema --out <dir>", options));
    return 0;
  }
  const out = str(values.out) ?? positionals[0];
  if (out === undefined) throw new UsageError("schema needs --out <dir>");
  const dir = resolve(io.cwd, out);
  makeDirectory(dir, out);
  const kinds = allDocumentKinds();
  for (const k of kinds) {
    const schema = toJsonSchema(k.schema, {
      id: `${SCHEMA_BASE_URL}${k.file}`,
      title: k.kind,
      description: k.description,
    });
    writeFileSync(join(dir, k.file), `${JSON.stringify(schema, null, 2)}\n`);
    io.stdout(`${join(out, k.file)}  (${k.kind})\n`);
  }
  io.stdout(`${kinds.length} schemas written.\n`);
  return 0;
}
