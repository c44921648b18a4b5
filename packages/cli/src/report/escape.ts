/**
 * Escape text for HTML and SVG content and attribute values. Every string that comes from a
 * document goes through here before it reaches the report, so a process named
 * `<img src=x onerror=alert(1)>` renders as those characters and runs nothing. Lone
 * surrogates and control characters are replaced, so the file stays valid UTF-8 XML.
 */
export function escapeHtml(value: unknown): string {
  const text = typeof value === "string" ? value : String(value ?? "");
  // One native pass: a 10 MB name is escaped without 10 million string concatenations.
  return text.replace(UNSAFE_HTML, (c) => ENTITIES[c] ?? "\uFFFD");
}

const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/**
 * Markup characters, C0 controls but tab, LF and CR, DEL and C1 controls, the noncharacters
 * U+FFFE and U+FFFF, and lone surrogates (a high one not followed by a low one, a low one not
 * preceded by a high one).
 */
const UNSAFE_HTML =
  /[&<>"']|[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
