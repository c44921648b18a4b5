import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { formatHelp, nowOf, parseCommand, str } from "../args.js";
import { type CliIo, makeDirectory, UsageError } from "../io.js";
import { daysSinceTemplate, shiftQuotedDates } from "./init-dates.js";
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
        "usage: mamori init <dir> [--xlsx]\n\nWrites a small organisation's documents (a clinic's organisation, BIA, matrix and plan, consistent with each other) to start from, and what to edit next. Their dates are as of --now (default today).",
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
  // The documents are dated as of --now (today by default), so the plan's reviews and
  // exercises are as recent on the day they are written as on the day they were checked.
  const days = daysSinceTemplate(nowOf(str(values.now)));
  for (const t of TEMPLATES) {
    writeFileSync(join(dir, t), shiftQuotedDates(readFileSync(join(from, t), "utf8"), days));
    io.stdout(`${join(positionals[0]!, t)}\n`);
  }
  if (values.xlsx) writeStarterWorkbooks(io, from, dir, positionals[0]!);
  const d = positionals[0]!;
  io.stdout(
    [
      "",
      "A small clinic's documents, consistent with each other: every command below reports no errors.",
      "Next, make them yours:",
      `  1. ${join(d, "organisation.yaml")}: your name, units, sites and roles`,
      `  2. ${join(d, "bia.yaml")}: your business processes, their impacts and the services they need`,
      `  3. ${join(d, "matrix.yaml")}: your cloud provider and service model`,
      `  4. ${join(d, "plan.yaml")}: the same services, your measures, people and exercises`,
      "After each edit, check:",
      `  mamori validate ${join(d, "plan.yaml")} --bia ${join(d, "bia.yaml")} --matrix ${join(d, "matrix.yaml")}`,
      `  mamori bia ${join(d, "bia.yaml")}`,
      `  mamori matrix ${join(d, "matrix.yaml")}`,
      `  mamori report ${d} --out report.html`,
      "",
    ].join("\n"),
  );
  return 0;
}
