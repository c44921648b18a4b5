import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { formatHelp, parseCommand } from "../args.js";
import { type CliIo, makeDirectory, UsageError } from "../io.js";
import { WORKBOOKS, writeStarterWorkbooks } from "./init-xlsx.js";

/** The starter documents, shipped in the package's `templates/` folder. */
const TEMPLATES = ["organisation.yaml", "bia.yaml", "matrix.yaml", "plan.yaml"] as const;

function templateDir(): string {
  // dist/<chunk>.js → ../templates; the same from src/commands/ in tests.
  for (const up of ["../templates", "../../templates"]) {
    const dir = fileURLToPath(new URL(up, import.meta.url));
    if (existsSync(join(dir, "plan.yaml"))) return dir;
  }
  throw new UsageError("the starter templates are missing from this installation of @mamori/cli");
}

/** `mamori init <dir>`: write a starter set of documents to edit; never overwrites a file. */
export async function runInit(args: string[], io: CliIo): Promise<number> {
  const options = {
    xlsx: {
      type: "boolean" as const,
      help: "Also write the BIA and the matrix as workbooks: samples and blanks, English and Japanese headers.",
    },
  };
  const { values, positionals } = parseCommand(args, options);
  if (values.help) {
    io.stdout(
      formatHelp(
        "usage: mamori init <dir> [--xlsx]\n\nWrites a small organisation's documents (BIA, matrix, plan, organisation) to start from.",
        options,
      ),
    );
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError("init needs exactly one directory");
  const dir = resolve(io.cwd, positionals[0]!);
  const names = values.xlsx ? [...TEMPLATES, ...WORKBOOKS] : TEMPLATES;
  const existing = names.filter((t) => existsSync(join(dir, t)));
  if (existing.length > 0)
    throw new UsageError(
      `${positionals[0]} already has ${existing.join(", ")}; nothing was written`,
    );
  makeDirectory(dir, positionals[0]!);
  const from = templateDir();
  for (const t of TEMPLATES) {
    writeFileSync(join(dir, t), readFileSync(join(from, t), "utf8"));
    io.stdout(`${join(positionals[0]!, t)}\n`);
  }
  if (values.xlsx) writeStarterWorkbooks(io, from, dir, positionals[0]!);
  io.stdout(`Next: mamori report ${positionals[0]} --out report.html\n`);
  return 0;
}
