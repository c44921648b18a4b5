import type { BiaResult } from "@mamori/bia";
import type { MatrixResult } from "@mamori/cloud-matrix";
import {
  countBySeverity,
  type Diagnostic,
  formatStylish,
  hasErrors,
  type Locale,
  sortDiagnostics,
} from "@mamori/core";
import { type PlanSummary, type Rule, type RuleConfig, validatePlan } from "@mamori/plan-validator";
import {
  formatHelp,
  formatOf,
  localeOf,
  nowOf,
  type OptionSpec,
  parseCommand,
  str,
} from "../args.js";
import { type CliIo, type LoadedDocument, loadDocument, UsageError, useColor } from "../io.js";
import { loadPlugins } from "./plugins.js";
import {
  assessmentResultsOf,
  loadOptional,
  locate,
  mdCell,
  poamOf,
  progress,
  readingProblems,
  sarifOf,
} from "./shared.js";

/**
 * What `--config` may hold (like an ESLint config): presets, per-rule settings, custom-rule
 * modules (`plugins`, paths relative to the config file) and the built-in rule ids those
 * replace on purpose (`replaces`; without it a custom rule with a built-in id is a
 * `config/rule-id-conflict` error).
 */
interface ValidateConfig {
  preset?: string | string[];
  rules?: Record<string, RuleConfig>;
  plugins?: string[];
  replaces?: string[];
}

const KEYS = "'preset', 'rules', 'plugins' and 'replaces'";

function strings(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((x) => typeof x === "string");
}

async function readConfig(
  io: CliIo,
  file: string | undefined,
  locale: Locale,
): Promise<{ config: ValidateConfig; doc?: LoadedDocument }> {
  if (file === undefined) return { config: {} };
  const doc = await loadDocument(io, file, locale);
  const data = doc.data as Record<string, unknown>;
  const config: ValidateConfig = {};
  for (const key of Object.keys(data)) {
    if (key === "preset") {
      const p = data.preset;
      if (typeof p === "string" || (Array.isArray(p) && p.every((x) => typeof x === "string")))
        config.preset = p as string | string[];
      else throw new UsageError(`${file}: 'preset' must be a preset name or a list of them`);
    } else if (key === "rules") {
      const r = data.rules;
      if (typeof r !== "object" || r === null || Array.isArray(r))
        throw new UsageError(`${file}: 'rules' must be an object`);
      config.rules = r as Record<string, RuleConfig>;
    } else if (key === "plugins" || key === "replaces") {
      const list = data[key];
      if (!strings(list)) throw new UsageError(`${file}: '${key}' must be a list of texts`);
      config[key] = list;
    } else if (!key.startsWith("x-") && key !== "$schema") {
      throw new UsageError(`${file}: unknown key '${key}' (a config has ${KEYS})`);
    }
  }
  return { config, doc };
}

/** One plan's outcome in the JSON output. */
interface FileOutcome {
  file: string;
  summary: PlanSummary;
}

const SEVERITY_JA: Record<string, string> = { error: "エラー", warning: "警告", info: "情報" };
const severityWord = (severity: string, locale: Locale) =>
  locale === "ja" ? (SEVERITY_JA[severity] ?? severity) : severity;

function markdown(files: FileOutcome[], diagnostics: Diagnostic[], locale: Locale): string {
  const ja = locale === "ja";
  const lines: string[] = [ja ? "# 計画の検証結果" : "# Plan validation", ""];
  for (const f of files) {
    const c = f.summary.bySeverity;
    lines.push(
      `## ${mdCell(f.file)}`,
      "",
      ja
        ? `エラー${c.error}件、警告${c.warning}件、情報${c.info}件。必須項目の充足: ${f.summary.coverage.required}項目中${f.summary.coverage.present}項目。`
        : `${c.error} errors, ${c.warning} warnings, ${c.info} infos. Required items present: ${f.summary.coverage.present}/${f.summary.coverage.required}.`,
      "",
    );
    const mine = diagnostics.filter((d) => d.file === f.file);
    if (mine.length === 0) continue;
    lines.push(
      ja ? "| 位置 | 重大度 | 内容 | ルール |" : "| where | severity | message | rule |",
      "|---|---|---|---|",
    );
    for (const d of mine) {
      const where = d.range ? `${d.range.start.line}:${d.range.start.column}` : d.path || "/";
      lines.push(
        `| ${mdCell(where)} | ${severityWord(d.severity, locale)} | ${mdCell(d.message)} | \`${d.code}\` |`,
      );
    }
    lines.push("");
  }
  const others = diagnostics.filter((d) => !files.some((f) => f.file === d.file));
  if (others.length > 0) {
    lines.push(
      ja ? "## 参照した文書" : "## Companion documents",
      "",
      ja
        ? "| ファイル | 位置 | 重大度 | 内容 | ルール |"
        : "| file | where | severity | message | rule |",
      "|---|---|---|---|---|",
    );
    for (const d of others) {
      const where = d.range ? `${d.range.start.line}:${d.range.start.column}` : d.path || "/";
      lines.push(
        `| ${mdCell(d.file)} | ${mdCell(where)} | ${severityWord(d.severity, locale)} | ${mdCell(d.message)} | \`${d.code}\` |`,
      );
    }
    lines.push("");
  }
  return `${lines.join("\n")}\n`;
}

/**
 * `mamori validate <plan>... [--bia f] [--matrix f] [--config f] [--format …] [--locale …] [--now …]`.
 */
export async function runValidate(args: string[], io: CliIo): Promise<number> {
  const options: Record<string, OptionSpec> = {
    bia: {
      type: "string",
      value: "file",
      help: "The business impact analysis the plan must agree with: its RTOs, RPOs and time-critical services are cross-checked.",
    },
    matrix: {
      type: "string",
      value: "file",
      help: "The cloud responsibility matrix: provider-owned services need provider evidence in the plan.",
    },
    config: {
      type: "string",
      short: "c",
      value: "file",
      help: "A config file (YAML/JSON): preset, rule severities and options, custom rule plugins.",
    },
    format: {
      type: "string",
      short: "f",
      value: "stylish|json|sarif|markdown|poam|assessment-results",
      help: "Output: stylish text (default), json, SARIF 2.1.0 for code scanning, markdown, an OSCAL POA&M of the open findings, or OSCAL assessment results.",
    },
  };
  const { values, positionals } = parseCommand(args, options);
  if (values.help) {
    io.stdout(formatHelp("usage: mamori validate <plan.yaml>... [options]", options));
    return 0;
  }
  const locale = localeOf(str(values.locale));
  const format = formatOf(
    str(values.format),
    ["stylish", "json", "sarif", "markdown", "poam", "assessment-results"] as const,
    "stylish",
  );
  const now = nowOf(str(values.now));
  if (positionals.length === 0) throw new UsageError("validate needs at least one plan file");
  const configFile = str(values.config);
  const { config, doc: configDoc } = await readConfig(io, configFile, locale);
  const companion: Diagnostic[] = [];
  let customRules: Rule[] = [];
  if (configFile !== undefined && configDoc && config.plugins) {
    const loaded = await loadPlugins(config.plugins, configFile, io.cwd, locale);
    customRules = loaded.rules;
    companion.push(...locate(configDoc, loaded.diagnostics));
  }

  let bia: BiaResult | undefined;
  const biaDoc = await loadOptional(io, str(values.bia), locale);
  if (biaDoc) {
    const { analyzeBia } = await import("@mamori/bia");
    bia = analyzeBia(biaDoc.data, { locale });
    for (const d of locate(biaDoc, readingProblems(bia.diagnostics))) companion.push(d);
  }
  let matrix: MatrixResult | undefined;
  const matrixDoc = await loadOptional(io, str(values.matrix), locale);
  if (matrixDoc) {
    const { analyzeMatrix } = await import("@mamori/cloud-matrix");
    matrix = analyzeMatrix(matrixDoc.data, { locale, now });
    for (const d of locate(matrixDoc, readingProblems(matrix.diagnostics))) companion.push(d);
  }

  const files: FileOutcome[] = [];
  const all: Diagnostic[] = [...companion];
  const bar = progress(io, positionals.length);
  let systemId: string | undefined;
  for (const file of positionals) {
    bar.tick(file);
    const doc = await loadDocument(io, file, locale);
    const id = (doc.data as { id?: unknown } | undefined)?.id;
    if (systemId === undefined && typeof id === "string") systemId = id;
    const result = validatePlan(doc.data, {
      locale,
      now,
      ...(bia ? { bia } : {}),
      ...(matrix ? { matrix } : {}),
      ...(config.preset ? { preset: config.preset as never } : {}),
      ...(config.rules ? { rules: config.rules } : {}),
      ...(customRules.length > 0 ? { customRules } : {}),
      ...(config.replaces ? { replaces: config.replaces } : {}),
    });
    for (const d of locate(doc, result.diagnostics)) all.push(d);
    files.push({ file, summary: result.summary });
  }
  bar.done();
  const sorted = sortDiagnostics(all);
  switch (format) {
    case "json":
      io.stdout(
        `${JSON.stringify({ diagnostics: sorted, summary: countBySeverity(sorted), files }, null, 2)}\n`,
      );
      break;
    case "sarif":
      io.stdout(await sarifOf(sorted, locale, io.cwd, customRules));
      break;
    case "poam":
      // The plan's id names the system (the first plan's, when several are validated).
      await poamOf(io, sorted, systemId ?? "continuity-plan", now);
      break;
    case "assessment-results":
      await assessmentResultsOf(io, sorted, systemId ?? "continuity-plan", now);
      break;
    case "markdown":
      io.stdout(markdown(files, sorted, locale));
      break;
    default:
      io.stdout(formatStylish(sorted, { color: useColor(io), locale }));
  }
  return hasErrors(sorted) ? 1 : 0;
}
