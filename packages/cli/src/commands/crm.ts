import {
  analyzeMatrix,
  type CrmResult,
  computeCrm,
  type DifferentialAudit,
  differentialAudit,
  formatAuditMarkdown,
  formatCrmMarkdown,
  toCrmCsv,
} from "@mamori/cloud-matrix";
import { toOscalLeveragingSsp } from "@mamori/cloud-matrix/oscal";
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
import { type CliIo, type LoadedDocument, loadDocument, UsageError, useColor } from "../io.js";
import { countList } from "./matrix.js";
import { lastModifiedOf, locate } from "./shared.js";

const VERDICT: Record<Locale, Record<string, string>> = {
  en: { satisfied: "satisfied", unverified: "unverified", "not-satisfied": "not satisfied" },
  ja: { satisfied: "充足", unverified: "未検証", "not-satisfied": "未充足" },
};

function text(crm: CrmResult, audit: DifferentialAudit | undefined, locale: Locale): string {
  const ja = locale === "ja";
  const s = crm.summary;
  const lines: string[] = [];
  const chain = crm.systems.map((x) => x.title).join(" → ");
  lines.push(
    ja
      ? `${crm.customer || "利用者"} の責任（${chain}）`
      : `${crm.customer || "customer"}: what is still owed (${chain})`,
    ja
      ? `管理策${s.controls}件、利用者の責任${s.responsibilities}件（充足${s.satisfied}件、未検証${s.unverified}件、未充足${s.notSatisfied}件）、継承${s.inherited}件／提供${s.provided}件`
      : `${s.controls} controls, ${s.responsibilities} responsibilities (${s.satisfied} satisfied, ${s.unverified} unverified, ${s.notSatisfied} not satisfied), ${s.inherited} of ${s.provided} capabilities inherited`,
  );
  for (const c of crm.controls)
    for (const r of c.responsibilities) {
      if (r.status === "satisfied") continue;
      lines.push(
        `  ${c.catalog} ${c.control}  ${VERDICT[locale][r.status]}  ${r.system}: ${elideText(r.description.replace(/\s+/g, " "), 160)}`,
      );
    }
  if (audit) {
    lines.push(
      "",
      ja ? "差分監査（利用者の実施分）:" : "Differential audit (the customer's part):",
    );
    lines.push(`  ${countList(Object.entries(audit.counts), locale)}`);
  }
  return `${lines.join("\n")}\n`;
}

/**
 * `mamori crm [customer] --provider <ssp.json|attestation.yaml> [--via <file>]... [--soa f]
 * [--format text|json|csv|markdown|oscal]`: the customer responsibility matrix.
 */
export async function runCrm(args: string[], io: CliIo): Promise<number> {
  const options: Record<string, OptionSpec> = {
    provider: {
      type: "string",
      short: "p",
      value: "file",
      help: "The provider's system: its OSCAL SSP (.json) or a ProviderAttestation document.",
    },
    via: {
      type: "string",
      value: "file",
      multiple: true,
      help: "A system the provider itself runs on (a SaaS's IaaS), nearest first; repeat for a longer chain.",
    },
    soa: {
      type: "string",
      value: "file",
      help: "Your ISMS Statement of Applicability: the differential audit of the customer's part only (needs a matrix as the customer).",
    },
    format: {
      type: "string",
      short: "f",
      value: "text|json|csv|markdown|oscal|xlsx",
      help: "Output: text (default), json, csv, markdown, oscal — your leveraging SSP with inherited and satisfied entries — or xlsx (a workbook to filter and print; needs --out).",
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
        "usage: mamori crm [customer-matrix.yaml | customer-ssp.json] --provider <ssp.json | attestation.yaml> [options]\n\nWhat the customer still owes: each responsibility the provider (and the systems it runs on)\nleaves to the customer, satisfied (a claim with valid evidence), unverified or not satisfied.",
        options,
      ),
    );
    return 0;
  }
  const format = formatOf(
    str(values.format),
    ["text", "json", "csv", "markdown", "oscal", "xlsx"] as const,
    "text",
  );
  const locale = localeOf(str(values.locale));
  const now = nowOf(str(values.now));
  const providerFile = str(values.provider);
  if (providerFile === undefined)
    throw new UsageError("crm needs --provider <ssp.json | attestation.yaml>");
  if (positionals.length > 1) throw new UsageError("crm takes at most one customer document");
  const viaFiles = Array.isArray(values.via) ? (values.via as string[]) : [];
  const provider = await loadDocument(io, providerFile, locale);
  const via = await Promise.all(viaFiles.map((f) => loadDocument(io, f, locale)));
  const customerFile = positionals[0];
  const customer =
    customerFile === undefined ? undefined : await loadDocument(io, customerFile, locale);
  const crm = computeCrm(
    {
      provider: provider.data,
      via: via.map((v) => v.data),
      ...(customer ? { customer: customer.data } : {}),
    },
    { locale, now },
  );
  // Each diagnostic names its input; locate puts it in that file, with a line.
  const docs = new Map<string, LoadedDocument>([["provider", provider]]);
  for (const [i, v] of via.entries()) docs.set(`via/${i}`, v);
  if (customer) docs.set("customer", customer);
  const diagnostics: Diagnostic[] = [];
  for (const [label, doc] of docs)
    diagnostics.push(
      ...locate(
        doc,
        crm.diagnostics.filter((d) => d.file === label).map(({ file: _f, ...d }) => d),
      ),
    );
  let audit: DifferentialAudit | undefined;
  const soaFile = str(values.soa);
  if (soaFile !== undefined) {
    if (!customer || (customer.data as { kind?: unknown }).kind !== "ResponsibilityMatrix")
      throw new UsageError("--soa needs the customer's ResponsibilityMatrix as the document");
    const soa = await loadDocument(io, soaFile, locale);
    const matrix = analyzeMatrix(customer.data, { locale, now });
    audit = differentialAudit(soa.data, [matrix], { locale, part: "customer" });
    diagnostics.push(...locate(soa, audit.diagnostics));
  }
  switch (format) {
    case "json":
      io.stdout(
        `${JSON.stringify({ ...crm, diagnostics, ...(audit ? { audit } : {}) }, null, 2)}\n`,
      );
      break;
    case "csv":
      io.stdout(toCrmCsv(crm));
      break;
    case "xlsx": {
      const { crmSheets, writeWorkbookFile } = await import("./xlsx-export.js");
      writeWorkbookFile(io, str(values.out), crmSheets(crm, diagnostics, locale));
      io.stdout(`${str(values.out)}\n`);
      break;
    }
    case "markdown":
      io.stdout(formatCrmMarkdown(crm, { locale }));
      if (audit) io.stdout(`\n${formatAuditMarkdown(audit, { locale })}`);
      break;
    case "oscal":
      // No provider read, or nothing to write (OSCAL wants one requirement at least).
      if (crm.systems.length === 0 || crm.controls.length === 0) {
        // Standard output is for OSCAL JSON only: a pipe must never receive text instead.
        io.stderr(formatStylish(diagnostics, { color: false, locale }));
        return 1;
      }
      io.stdout(
        `${JSON.stringify(toOscalLeveragingSsp(crm, { lastModified: lastModifiedOf(now) }), null, 2)}\n`,
      );
      break;
    default:
      io.stdout(toTerminalText(text(crm, audit, locale)));
      io.stdout(`\n${formatStylish(diagnostics, { color: useColor(io), locale })}`);
  }
  return hasErrors(diagnostics) ? 1 : 0;
}
