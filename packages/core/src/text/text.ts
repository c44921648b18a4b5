// Document strings are data an attacker may write. Every human-readable output (terminal
// text, Markdown) passes them through here, so a name can neither drive the terminal nor the
// Markdown renderer, and a 10 MB name costs its length once, not once per place it appears.

/**
 * C0 controls but tab and line feed (so CR, ESC, BEL), DEL, C1 controls (including the 8-bit
 * CSI and OSC), and the Unicode bidi embeddings, overrides and isolates plus the Arabic letter
 * mark, which reorder what a reviewer reads (Trojan Source, CVE-2021-42574).
 */
const UNSAFE =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Make text safe to print to a terminal: every control character that can move the cursor,
 * retitle or clear the terminal, ring its bell (ESC, OSC, CSI, BEL, CR…) and every
 * bidirectional override or isolate becomes U+FFFD, visibly. Tabs and line feeds stay.
 *
 * @param text - The text to print, such as a name taken from a document.
 *
 * @example
 * ```ts
 * import { toTerminalText } from "@mamori/core/internal";
 * toTerminalText("erp\u001b]0;pwned\u0007"); // "erp\uFFFD]0;pwned\uFFFD"
 * toTerminalText("invoice\u202Etxt.exe"); // "invoice\uFFFDtxt.exe"
 * ```
 *
 * @category Text and CSV
 */
export function toTerminalText(text: string): string {
  return text.replace(UNSAFE, "\uFFFD");
}

/**
 * Shorten text to at most `max` UTF-16 code units, ending in `…` when it was cut (never
 * splitting a surrogate pair). Outputs use it for labels repeated in tables and charts, so
 * their size stays linear in the input; the full text is written once elsewhere.
 *
 * @param text - The text to shorten; text within `max` is returned unchanged.
 * @param max - The most UTF-16 code units in the result, the `…` included.
 *
 * @example
 * ```ts
 * import { elideText } from "@mamori/core/internal";
 * elideText("order intake and fulfilment", 12); // "order intak…"
 * elideText("ERP", 12); // "ERP"
 * ```
 *
 * @category Text and CSV
 */
export function elideText(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = Math.max(0, max - 1);
  const last = text.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut--;
  return `${text.slice(0, cut)}…`;
}

/**
 * The ASCII punctuation that can start or end a Markdown construct: emphasis, code, links and
 * images, HTML and entities, headings, tables, strikethrough, math. CommonMark lets any ASCII
 * punctuation be escaped with a backslash, so the escaped text renders as written.
 */
const MARKDOWN_SPECIAL = /[\\`*_{}[\]()<>#+!|~&$]/g;

/**
 * Escape text for inline Markdown — a table cell, a heading, a list item — so it renders as
 * exactly those characters: every Markdown and HTML special character gets a backslash
 * (`<plaintext>` stays text, `|` cannot end a cell, `[x](y)` is no link), line breaks become
 * `<br>` (the one piece of HTML written on purpose), and terminal control characters and bidi
 * overrides become U+FFFD (see {@link toTerminalText}). The one Markdown escaping of mamori.
 *
 * @param text - The text to escape, such as a name taken from a document.
 *
 * @example
 * ```ts
 * import { escapeMarkdown } from "@mamori/core/internal";
 * escapeMarkdown("<plaintext> | *x*"); // "\\<plaintext\\> \\| \\*x\\*"
 * escapeMarkdown("line 1\nline 2"); // "line 1<br>line 2"
 * ```
 *
 * @category Text and CSV
 */
export function escapeMarkdown(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => toTerminalText(line.replace(MARKDOWN_SPECIAL, (c) => `\\${c}`)))
    .join("<br>");
}

/**
 * Whether a code point is East Asian wide or full-width (CJK, kana, hangul, full-width
 * forms…): it takes two columns in a terminal and about one em in a proportional font.
 *
 * @example
 * ```ts
 * import { isWideCharacter } from "@mamori/core/internal";
 * isWideCharacter("業".codePointAt(0) ?? 0); // true
 * isWideCharacter("A".codePointAt(0) ?? 0); // false
 * ```
 *
 * @category Text and CSV
 */
export function isWideCharacter(codePoint: number): boolean {
  const c = codePoint;
  return (
    (c >= 0x1100 && c <= 0x115f) ||
    (c >= 0x2e80 && c <= 0xa4cf) ||
    (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xff60) ||
    (c >= 0xffe0 && c <= 0xffe6) ||
    c >= 0x20000
  );
}
