import { readdirSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { analyzeBia, type BiaResult } from "@mamori/bia";
import { nodeLabels } from "@mamori/bia/charts";
import {
  analyzeMatrix,
  differentialAudit,
  type MatrixResult,
  toHeatmap,
} from "@mamori/cloud-matrix";
import { BUILTIN_CATALOGS, BUILTIN_LAYER_TEMPLATES } from "@mamori/cloud-matrix/catalogs";
import {
  countBySeverity,
  type Diagnostic,
  type Locale,
  OrganisationSchema,
  validateDocument,
} from "@mamori/core";
import { elideText, toTerminalText } from "@mamori/core/internal";
import {
  ContinuityPlanSchema,
  measuredRecoveries,
  type PlanResult,
  summarizeEvidence,
  validatePlan,
} from "@mamori/plan-validator";
import { formatHelp, localeOf, nowOf, type OptionSpec, parseCommand, str } from "../args.js";
import { type CliIo, type LoadedDocument, loadDocument, readText, UsageError } from "../io.js";
import { buildReportHtml, type ReportInput } from "../report/html.js";
import { countList } from "./matrix.js";
import { locate } from "./shared.js";

/** What the analysis of a directory found: the report's input plus counts for a summary. */
export interface DirectoryAnalysis {
  /** Input of {@link buildReportHtml}. */
  report: ReportInput;
  /** Every diagnostic, located in its file. */
  diagnostics: Diagnostic[];
}

function listDocuments(io: CliIo, dir: string): string[] {
  const full = resolve(io.cwd, dir);
  let names: string[];
  try {
    if (!statSync(full).isDirectory()) throw new UsageError(`${dir} is not a directory`);
    names = readdirSync(full);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot read directory ${dir}`);
  }
  return names.filter((n) => /\.(ya?ml|json)$/i.test(n)).sort();
}

/** Find the attestation file of a provider in `<dir>/attestations/` (name starts with the provider id). */
async function attestationFor(
  io: CliIo,
  dir: string,
  provider: string,
  locale: Locale,
): Promise<unknown> {
  const sub = join(dir, "attestations");
  let names: string[] = [];
  try {
    names = readdirSync(resolve(io.cwd, sub)).sort();
  } catch {
    return undefined;
  }
  const name = names.find((n) => n.startsWith(`${provider}.`) || n.startsWith(`${provider}-`));
  if (name === undefined) return undefined;
  const file = join(sub, name);
  if (/\.csv$/i.test(name)) return readText(io, file);
  return (await loadDocument(io, file, locale)).data;
}

/**
 * Read every document of a directory (JSON/YAML), analyse each by its kind — organisation,
 * BIA, responsibility matrices (with their providers' attestations from `attestations/`),
 * Statement of Applicability, continuity plan — and cross-check the plan with the BIA and
 * matrices.
 */
export async function analyzeDirectory(
  io: CliIo,
  dir: string,
  locale: Locale,
  now: string,
): Promise<DirectoryAnalysis> {
  const files = listDocuments(io, dir);
  if (files.length === 0) throw new UsageError(`${dir} holds no .yaml, .yml or .json document`);
  const loaded: LoadedDocument[] = await Promise.all(
    files.map((f) => loadDocument(io, join(dir, f), locale)),
  );
  const byKind = (kind: string) =>
    loaded.filter((d) => (d.data as { kind?: unknown }).kind === kind);
  const diagnostics: Diagnostic[] = [];
  const perFile = new Map<string, Diagnostic[]>();
  const record = (doc: LoadedDocument, ds: readonly Diagnostic[]) => {
    const located = locate(doc, ds);
    perFile.set(doc.file, [...(perFile.get(doc.file) ?? []), ...located]);
    for (const d of located) diagnostics.push(d);
    return located;
  };

  const report: ReportInput = { locale, now, documents: [], matrices: [] };
  const orgDoc = byKind("Organisation")[0];
  let organisation: unknown;
  if (orgDoc) {
    const r = validateDocument(OrganisationSchema, orgDoc.data, { locale, kind: "Organisation" });
    record(orgDoc, r.diagnostics);
    if (r.value) {
      organisation = r.value;
      report.organisation = { name: r.value.name, nameJa: r.value.nameJa };
    }
  }
  let bia: BiaResult | undefined;
  const biaDoc = byKind("BusinessImpactAnalysis")[0];
  const planDoc = byKind("ContinuityPlan")[0];
  // Evidence beats estimates: the plan's measured recovery times (training.results) replace
  // the BIA's estimates where recent; the BIA's nodes say which test each came from.
  const planValue = planDoc
    ? validateDocument(ContinuityPlanSchema, planDoc.data, { kind: "ContinuityPlan" }).value
    : undefined;
  const measured = planValue ? measuredRecoveries(planValue) : [];
  if (biaDoc) {
    bia = analyzeBia(biaDoc.data, {
      locale,
      ...(measured.length > 0 ? { evidence: measured, now } : {}),
    });
    report.bia = {
      file: biaDoc.file,
      result: bia,
      diagnostics: record(biaDoc, bia.diagnostics),
      labels: nodeLabels(bia, biaDoc.data, locale),
    };
  }
  const matrices: MatrixResult[] = [];
  for (const doc of byKind("ResponsibilityMatrix")) {
    const provider = (doc.data as { provider?: unknown }).provider;
    const attestation =
      typeof provider === "string" ? await attestationFor(io, dir, provider, locale) : undefined;
    const result = analyzeMatrix(doc.data, {
      locale,
      now,
      ...(attestation !== undefined ? { attestation } : {}),
    });
    matrices.push(result);
    const template = BUILTIN_LAYER_TEMPLATES.find(
      (t) => `${t.id}@${t.version}` === result.matrix?.template || t.id === result.matrix?.template,
    );
    report.matrices.push({
      file: doc.file,
      result,
      diagnostics: record(doc, result.diagnostics),
      // The layer counts of this matrix's own catalogs, not of every built-in one.
      ...(template ? { heatmap: toHeatmap(template, catalogsOf(doc.data)) } : {}),
    });
  }
  const soaDoc = byKind("StatementOfApplicability")[0];
  if (soaDoc && matrices.length > 0) {
    const audit = differentialAudit(soaDoc.data, matrices, { locale });
    record(soaDoc, audit.diagnostics ?? []);
    report.audit = audit;
  }
  let plan: PlanResult | undefined;
  if (planDoc) {
    plan = validatePlan(planDoc.data, {
      locale,
      now,
      ...(bia ? { bia } : {}),
      ...(matrices[0]
        ? { matrix: matrices.length === 1 ? matrices[0] : mergeMatrices(matrices) }
        : {}),
      ...(organisation ? { organisation: organisation as never } : {}),
    });
    report.plan = {
      file: planDoc.file,
      result: plan,
      diagnostics: record(planDoc, plan.diagnostics),
    };
    if (plan.plan) report.evidence = summarizeEvidence(plan.plan, { now, ...(bia ? { bia } : {}) });
  }
  for (const doc of loaded) {
    const kind = (doc.data as { kind?: unknown }).kind;
    const c = countBySeverity(perFile.get(doc.file) ?? []);
    report.documents.push({
      file: doc.file,
      kind: typeof kind === "string" ? kind : "?",
      errors: c.error,
      warnings: c.warning,
    });
  }
  return { report, diagnostics };
}

/** The built-in catalogs a matrix document names (`catalogs`). */
function catalogsOf(matrix: unknown) {
  const ids = (matrix as { catalogs?: unknown }).catalogs;
  const wanted = new Set(Array.isArray(ids) ? ids.filter((x) => typeof x === "string") : []);
  return Object.values(BUILTIN_CATALOGS).filter((c) => wanted.has(c.id));
}

/** The plan cross-check reads one matrix: several providers' controls are checked together. */
function mergeMatrices(list: MatrixResult[]): MatrixResult {
  const [first] = list as [MatrixResult, ...MatrixResult[]];
  return {
    ...first,
    controls: list.flatMap((m) => m.controls),
    diagnostics: list.flatMap((m) => m.diagnostics),
  };
}

/** `mamori report <dir> --out <report.html> [--locale en|ja] [--now <date>]`. */
export async function runReport(args: string[], io: CliIo): Promise<number> {
  const options: Record<string, OptionSpec> = {
    out: {
      type: "string",
      short: "o",
      value: "report.html",
      help: "Where to write the report: one self-contained HTML file (charts included, no script).",
    },
  };
  const { values, positionals } = parseCommand(args, options);
  if (values.help) {
    io.stdout(formatHelp("usage: mamori report <dir> --out <report.html> [options]", options));
    return 0;
  }
  const locale = localeOf(str(values.locale));
  const now = nowOf(str(values.now));
  const out = str(values.out);
  if (positionals.length !== 1) throw new UsageError("report needs exactly one directory");
  if (out === undefined) throw new UsageError("report needs --out <report.html>");
  const { report, diagnostics } = await analyzeDirectory(io, positionals[0]!, locale, now);
  try {
    writeFileSync(resolve(io.cwd, out), buildReportHtml(report));
  } catch (error) {
    throw new UsageError(
      `cannot write ${out}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  io.stdout(toTerminalText(summaryText(report, out, locale)));
  return countBySeverity(diagnostics).error > 0 ? 1 : 0;
}

/**
 * The terminal summary `mamori report` prints (names cut to a line's length; the caller
 * passes it through `toTerminalText`).
 */
export function summaryText(report: ReportInput, out: string, locale: Locale): string {
  const ja = locale === "ja";
  const bia = report.bia?.result;
  const lines: string[] = [];
  const org = report.organisation
    ? ja
      ? (report.organisation.nameJa ?? report.organisation.name)
      : report.organisation.name
    : "";
  const title = elideText(org, 80);
  lines.push(
    ja
      ? `mamori レポート${title ? `: ${title}` : ""}`
      : `mamori report${title ? `: ${title}` : ""}`,
  );
  if (bia) {
    const tiers = new Map<string, number>();
    for (const p of bia.processes) {
      const name =
        (ja ? p.tierNameJa : p.tierName) ?? (ja ? "時間的に重要でない" : "not time-critical");
      tiers.set(elideText(name, 80), (tiers.get(elideText(name, 80)) ?? 0) + 1);
    }
    lines.push(
      ja
        ? `  業務: ${bia.processes.length}件（うち時間的に重要${bia.processes.filter((p) => p.timeCritical).length}件）`
        : `  processes: ${bia.processes.length} (${bia.processes.filter((p) => p.timeCritical).length} time-critical)`,
      `  ${ja ? "ティア" : "tiers"}: ${[...tiers].map(([t, n]) => (ja ? `${t}×${n}` : `${t} ×${n}`)).join(ja ? "、" : ", ")}`,
      ja
        ? `  目標復旧時間（RTO）・目標復旧ポイント（RPO）のギャップ: ${bia.gaps.length}件${bia.gaps.length ? `（${bia.gaps.map((g) => `${g.node} ${g.kind.toUpperCase()}`).join("、")}）` : ""}`
        : `  RTO/RPO gaps: ${bia.gaps.length}${bia.gaps.length ? ` (${bia.gaps.map((g) => `${g.node} ${g.kind}`).join(", ")})` : ""}`,
      ja
        ? `  単一障害点: ${bia.spofs.length}件${
            bia.spofs.length
              ? `（上位: ${bia.spofs
                  .slice(0, 3)
                  .map((s) => s.node)
                  .join("、")}）`
              : ""
          }`
        : `  single points of failure: ${bia.spofs.length}${
            bia.spofs.length
              ? ` (top: ${bia.spofs
                  .slice(0, 3)
                  .map((s) => s.node)
                  .join(", ")})`
              : ""
          }`,
    );
    for (const [i, sc] of bia.scenarios.entries()) {
      // The term in full on its first use in the summary.
      const mtpd = i === 0 ? "最大許容停止時間（MTPD）" : "MTPD";
      lines.push(
        ja
          ? `  シナリオ ${sc.scenario}: ${sc.processesDown}業務が停止（RTO超過${sc.rtoBreaches}件、${mtpd}超過${sc.mtpdBreaches}件）`
          : `  scenario ${sc.scenario}: ${sc.rtoBreaches} RTO / ${sc.mtpdBreaches} MTPD breaches`,
      );
    }
  }
  for (const m of report.matrices) {
    const f = m.result.counts.findings;
    lines.push(
      `  ${ja ? "責任分界" : "matrix"} ${m.result.matrix?.provider ?? m.file}: ${countList(Object.entries(f), locale)}`,
    );
  }
  if (report.plan) {
    const c = report.plan.result.summary.bySeverity;
    lines.push(
      ja
        ? `  計画: エラー${c.error}件、警告${c.warning}件`
        : `  plan: ${c.error} errors, ${c.warning} warnings`,
    );
  }
  lines.push(ja ? `レポート: ${out}` : `report: ${out}`);
  return `${lines.join("\n")}\n`;
}
