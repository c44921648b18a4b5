import {
  analyzeMatrix,
  type DeploymentModel,
  type DifferentialAudit,
  differentialAudit,
  formatAuditMarkdown,
  formatMatrixMarkdown,
  type MatrixResult,
  toMatrixCsv,
  toProviderAttestation,
} from "@mamori/cloud-matrix";
import { composeOscalChain, importOscalSsp, toOscalSsp } from "@mamori/cloud-matrix/oscal";
import { type Diagnostic, formatStylish, hasErrors, type Locale } from "@mamori/core";
import { elideText, toTerminalText } from "@mamori/core/internal";
import {
  formatHelp,
  formatOf,
  localeOf,
  nowOf,
  type OptionSpec,
  parseCommand,
  str,
} from "../args.js";
import { type CliIo, loadDocument, readBytes, readText, UsageError, useColor } from "../io.js";
import { matrixWord } from "../report/labels.js";
import { assessmentResultsOf, lastModifiedOf, locate, poamOf } from "./shared.js";

/** `gap 16, conflict 1` in English; `ギャップ16件、矛盾1件` in Japanese. */
export function countList(counts: [string, number][], locale: Locale): string {
  return locale === "ja"
    ? counts.map(([k, n]) => `${matrixWord(k, locale)}${n}件`).join("、")
    : counts.map(([k, n]) => `${k} ${n}`).join(", ");
}

function text(result: MatrixResult, audit: DifferentialAudit | undefined, locale: Locale): string {
  const ja = locale === "ja";
  const lines: string[] = [];
  if (result.matrix) {
    lines.push(
      `${result.matrix.id}: ${result.matrix.provider} (${result.matrix.serviceModel}, ${result.matrix.template})`,
    );
  }
  const owners = Object.entries(result.counts.owners).filter(([, n]) => n > 0);
  lines.push(`${ja ? "実施主体" : "owners"}: ${countList(owners, locale)}`);
  lines.push(
    `${ja ? "指摘" : "findings"}: ${countList(Object.entries(result.counts.findings), locale)}`,
  );
  const flagged = result.controls.filter((c) => c.findings.length > 0);
  for (const c of flagged) {
    const title = ja && c.titleJa ? c.titleJa : c.title;
    lines.push(
      `  ${c.catalog} ${c.control}  ${matrixWord(c.owner, locale)}${c.attested ? ` / ${matrixWord(c.attested.owner, locale)}` : ""}  [${c.findings.map((f) => matrixWord(f, locale)).join(ja ? "、" : ", ")}]  ${elideText(title, 200)}`,
    );
  }
  if (audit) {
    lines.push("", ja ? "差分監査:" : "Differential audit:");
    lines.push(`  ${countList(Object.entries(audit.counts), locale)}`);
  }
  return `${lines.join("\n")}\n`;
}

/**
 * `mamori matrix <matrix> [--attestation f] [--soa f] [--format text|json|csv|markdown|oscal|poam|assessment-results|xlsx --out f]`
 * and `mamori matrix --from-oscal <ssp.json> --format json`.
 */
export async function runMatrix(args: string[], io: CliIo): Promise<number> {
  const options: Record<string, OptionSpec> = {
    attestation: {
      type: "string",
      short: "a",
      value: "file",
      help: "What the provider attests (an OSCAL SSP .json, a CAIQ .csv, CSA's CAIQ v4 .xlsx workbook or an attestation .yaml), compared with the matrix: gaps, conflicts, planned controls, stale evidence.",
    },
    soa: {
      type: "string",
      value: "file",
      help: "Your ISMS Statement of Applicability: the differential audit lists only what the cloud adds to it.",
    },
    "from-oscal": {
      type: "string",
      value: "ssp.json",
      multiple: true,
      help: "Read an OSCAL SSP as an attestation; given twice (leveraged, then leveraging), compose the chain.",
    },
    format: {
      type: "string",
      short: "f",
      value: "text|json|csv|markdown|oscal|poam|assessment-results|xlsx",
      help: "Output: text (default), json, csv, markdown, an OSCAL SSP, an OSCAL POA&M of the open findings, OSCAL assessment results, or xlsx (a workbook to filter and print; needs --out).",
    },
    out: {
      type: "string",
      short: "o",
      value: "file.xlsx",
      help: "Where --format xlsx writes the workbook.",
    },
  };
  const { values, positionals } = parseCommand(args, options);
  if (values.help) {
    io.stdout(
      formatHelp(
        "usage: mamori matrix <matrix.yaml> [options]\n       mamori matrix --from-oscal <ssp.json> --format json\n       mamori matrix --from-oscal <leveraged-ssp.json> --from-oscal <leveraging-ssp.json> --format json",
        options,
      ),
    );
    return 0;
  }
  const locale = localeOf(str(values.locale));
  const now = nowOf(str(values.now));
  const oscalFiles = values["from-oscal"];
  const oscalList = Array.isArray(oscalFiles) ? oscalFiles : [];
  if (oscalList.length > 2)
    throw new UsageError(
      "--from-oscal takes one SSP, or two: the leveraged (provider's) SSP, then the leveraging one",
    );
  if (oscalList.length === 2) {
    // A chain: what the leveraging system inherits and satisfies of the leveraged one, and
    // which of the leveraged system's responsibilities reach the end customer.
    formatOf(str(values.format), ["json"] as const, "json");
    if (positionals.length > 0) throw new UsageError("--from-oscal takes no matrix file");
    if (values.attestation !== undefined || values.soa !== undefined)
      throw new UsageError("--from-oscal (a chain of two SSPs) takes no --attestation or --soa");
    const [lowerFile, upperFile] = oscalList as [string, string];
    const lower = await loadDocument(io, lowerFile, locale);
    const upper = await loadDocument(io, upperFile, locale);
    const chain = composeOscalChain(lower.data, upper.data, { locale });
    // The chain labels each diagnostic with its side; locate puts it in that file, with a line.
    const side = (label: string) =>
      chain.diagnostics.filter((d) => d.file === label).map(({ file: _side, ...d }) => d);
    const diagnostics = [...locate(lower, side("leveraged")), ...locate(upper, side("leveraging"))];
    io.stdout(`${JSON.stringify({ chain: chain.controls, diagnostics }, null, 2)}\n`);
    return hasErrors(diagnostics) ? 1 : 0;
  }
  const fromOscal = oscalList[0];
  if (fromOscal !== undefined) {
    const format = formatOf(str(values.format), ["json"] as const, "json");
    if (positionals.length > 0) throw new UsageError("--from-oscal takes no matrix file");
    const doc = await loadDocument(io, fromOscal, locale);
    const imported = importOscalSsp(doc.data, { locale });
    const diagnostics = locate(doc, imported.diagnostics);
    if (format === "json") {
      io.stdout(
        `${JSON.stringify({ attestation: imported.attestation ?? null, diagnostics }, null, 2)}\n`,
      );
    }
    return hasErrors(diagnostics) ? 1 : 0;
  }
  const format = formatOf(
    str(values.format),
    ["text", "json", "csv", "markdown", "oscal", "poam", "assessment-results", "xlsx"] as const,
    "text",
  );
  if (positionals.length !== 1)
    throw new UsageError("matrix needs exactly one matrix file (or --from-oscal <ssp.json>)");
  const doc = await loadDocument(io, positionals[0]!, locale);
  const diagnostics: Diagnostic[] = [];
  let attestation: unknown;
  const attestationFile = str(values.attestation);
  if (attestationFile !== undefined) {
    if (/\.xlsx$/i.test(attestationFile)) {
      // CSA's CAIQ v4 workbook: its findings carry their cells.
      const { importCaiqWorkbook } = await import("@mamori/xlsx");
      const caiq = importCaiqWorkbook(readBytes(io, attestationFile), {
        locale,
        file: attestationFile,
        serviceModel: (doc.data as { serviceModel?: DeploymentModel }).serviceModel,
      });
      diagnostics.push(...caiq.diagnostics);
      attestation = caiq.attestation;
    } else
      attestation = /\.csv$/i.test(attestationFile)
        ? readText(io, attestationFile)
        : (await loadDocument(io, attestationFile, locale)).data;
  }
  const result = analyzeMatrix(doc.data, {
    locale,
    now,
    ...(attestation !== undefined ? { attestation } : {}),
    // Findings in the attestation name its file (a CSV's carry its line and column too).
    ...(attestationFile !== undefined ? { attestationFile } : {}),
  });
  for (const d of locate(doc, result.diagnostics)) diagnostics.push(d);
  let audit: DifferentialAudit | undefined;
  const soaFile = str(values.soa);
  if (soaFile !== undefined) {
    const soa = await loadDocument(io, soaFile, locale);
    audit = differentialAudit(soa.data, [result], { locale });
    for (const d of locate(soa, audit.diagnostics)) diagnostics.push(d);
  }
  switch (format) {
    case "json":
      io.stdout(
        `${JSON.stringify({ ...result, diagnostics, ...(audit ? { audit } : {}) }, null, 2)}\n`,
      );
      break;
    case "csv":
      io.stdout(toMatrixCsv(result, { locale }));
      break;
    case "xlsx": {
      // The workbook writer (SheetJS) loads only when a workbook is asked for.
      const { matrixAnalysisSheets, writeWorkbookFile } = await import("./xlsx-export.js");
      writeWorkbookFile(io, str(values.out), matrixAnalysisSheets(result, diagnostics, locale));
      io.stdout(`${str(values.out)}\n`);
      break;
    }
    case "markdown":
      // Both escape every document string with core's escapeMarkdown.
      io.stdout(formatMatrixMarkdown(result, { locale }));
      if (audit) io.stdout(`\n${formatAuditMarkdown(audit, { locale })}`);
      break;
    case "poam":
      await poamOf(io, diagnostics, result.matrix?.id ?? "responsibility-matrix", now);
      break;
    case "assessment-results":
      // The reviewed controls are the matrix's own, so a clean control reads as reviewed too.
      await assessmentResultsOf(
        io,
        diagnostics,
        result.matrix?.id ?? "responsibility-matrix",
        now,
        result.controls.map((c) => c.control),
      );
      break;
    case "oscal": {
      if (!result.matrix) {
        // Standard output is for OSCAL JSON only: a pipe must never receive text instead.
        io.stderr(formatStylish(diagnostics, { color: false, locale }));
        return 1;
      }
      // last-modified is the analysis date (`--now`, else the clock), as a date-time in UTC.
      const lastModified = lastModifiedOf(now);
      io.stdout(
        `${JSON.stringify(toOscalSsp(toProviderAttestation(result), { lastModified }), null, 2)}\n`,
      );
      break;
    }
    default:
      io.stdout(toTerminalText(text(result, audit, locale)));
      io.stdout(`\n${formatStylish(diagnostics, { color: useColor(io), locale })}`);
  }
  return hasErrors(diagnostics) ? 1 : 0;
}
