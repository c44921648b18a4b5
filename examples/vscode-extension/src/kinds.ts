// Which documents start the server: no `vscode` import, so it is tested outside the editor.

/** The document kinds mamori reads (the server ignores any other document). */
export const KINDS = [
  "BusinessImpactAnalysis",
  "Catalog",
  "ContinuityPlan",
  "LayerTemplate",
  "Organisation",
  "ProviderAttestation",
  "ResponsibilityMatrix",
  "StatementOfApplicability",
];

/** True for a YAML or JSON text whose top-level `kind` is one of {@link KINDS}. */
export function isMamoriDocument(languageId: string, text: string): boolean {
  if (languageId !== "yaml" && languageId !== "json") return false;
  const head = text.slice(0, 4096);
  const kind = /^kind:\s*["']?([A-Za-z]+)/m.exec(head) ?? /"kind"\s*:\s*"([A-Za-z]+)"/.exec(head);
  return kind !== null && KINDS.includes(kind[1] as string);
}
