// mamori quickstart: analyse a BIA, check a cloud responsibility matrix, and validate a
// continuity plan against both — the three libraries on the sample organisation.
// Run it with `npm start -w @mamori-examples/quickstart` (after `npm ci` and a build).
import { readFileSync } from "node:fs";
import { analyzeBia } from "@mamori/bia";
import { analyzeMatrix } from "@mamori/cloud-matrix";
import { formatDuration, formatStylish } from "@mamori/core";
import { attachRanges, parseSource } from "@mamori/core/source";
import { validatePlan } from "@mamori/plan-validator";

const locale = process.argv.includes("--ja") ? "ja" : "en";
const now = "2026-11-27"; // the libraries never read the clock: you say what "today" is

// 1. Read YAML (or JSON) with positions, so findings can point at line:column.
const read = (file) => {
  const url = new URL(`../data/${file}`, import.meta.url);
  return { file: `examples/data/${file}`, ...parseSource(readFileSync(url, "utf8"), { file }) };
};
const biaSource = read("bia.yaml");
const matrixSource = read("matrix-skycloud.yaml");
const planSource = read("plan.yaml");

// 2. The business impact analysis: MTPD → RTO per process, what can really be achieved.
const bia = analyzeBia(biaSource.data, { locale });
console.log(locale === "ja" ? "業務ごとの目標復旧時間:" : "Recovery time objective per process:");
for (const p of bia.processes.filter((x) => x.timeCritical)) {
  const rto = formatDuration(p.rtoMinutes ?? 0, locale);
  const achievable =
    p.achievableMinutes === null ? "?" : formatDuration(p.achievableMinutes, locale);
  const flag =
    p.achievableMinutes !== null && p.rtoMinutes !== null && p.achievableMinutes > p.rtoMinutes
      ? "  ← GAP"
      : "";
  console.log(`  ${p.name.padEnd(28)} RTO ${rto.padEnd(16)} achievable ${achievable}${flag}`);
}
console.log(
  `${locale === "ja" ? "単一障害点" : "Single points of failure"}: ${bia.spofs
    .slice(0, 5)
    .map((s) => s.node)
    .join(", ")}…`,
);

// 3. The cloud matrix: who owns each control, and where the provider's attestation disagrees.
const attestation = parseSource(
  readFileSync(new URL("../data/attestations/skycloud.yaml", import.meta.url), "utf8"),
).data;
const matrix = analyzeMatrix(matrixSource.data, { locale, now, attestation });
console.log(
  `SkyCloud: ${Object.entries(matrix.counts.findings)
    .map(([k, n]) => `${k} ${n}`)
    .join(", ")}`,
);

// 4. The plan, cross-checked with both; diagnostics get line:column from the source map.
const result = validatePlan(planSource.data, { bia, matrix, locale, now });
const diagnostics = attachRanges(result.diagnostics, planSource.positions, planSource.file);
console.log(
  formatStylish(diagnostics.filter((d) => d.severity === "error").slice(0, 8), { locale }),
);
console.log(
  locale === "ja"
    ? `計画: エラー ${result.summary.bySeverity.error} 件、警告 ${result.summary.bySeverity.warning} 件、必須項目 ${result.summary.coverage.present}/${result.summary.coverage.required}`
    : `Plan: ${result.summary.bySeverity.error} errors, ${result.summary.bySeverity.warning} warnings, required items ${result.summary.coverage.present}/${result.summary.coverage.required}`,
);
