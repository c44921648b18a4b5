/**
 * Text folded for comparison: Unicode NFKC (full-width to half-width), lower case, and every
 * run of white space or of the given separators as one space, trimmed. One rule for the
 * labels, names and levels that documents spell in more than one way.
 *
 * @category Validation
 */
export function foldText(text: string, separators = ""): string {
  const escaped = separators.replace(/[\\\]^-]/g, "\\$&");
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(new RegExp(`[\\s${escaped}]+`, "gu"), " ")
    .trim();
}
