// Text helpers of mamori's SVG and HTML output (the report's and @mamori/bia/charts'), kept
// in one place so that both escape and measure text the same way.
import { isWideCharacter } from "./text.js";

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
const UNSAFE =
  /[&<>"']|[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Escape text for HTML, SVG and XML content and attribute values: a name such as
 * `<img src=x onerror=alert(1)>` is shown as those characters and runs nothing. Control
 * characters and lone surrogates become U+FFFD, so the output stays valid UTF-8 XML. One native
 * pass: a 10 MB name is escaped without 10 million string concatenations.
 *
 * @param value - Any value; not a string is written with `String` (null and undefined as "").
 * @returns The escaped text.
 *
 * @example
 * ```ts
 * import { escapeXml } from "@mamori/core/internal";
 * escapeXml('<b title="x">'); // "&lt;b title=&quot;x&quot;&gt;"
 * ```
 *
 * @category Text and CSV
 */
export function escapeXml(value: unknown): string {
  const text = typeof value === "string" ? value : String(value ?? "");
  return text.replace(UNSAFE, (c) => ENTITIES[c] ?? "\uFFFD");
}

/**
 * The largest value, or `floor` when that is larger, without spreading a possibly huge array
 * into a call's arguments (which overflows the stack past about 100,000 values).
 *
 * @param values - The values.
 * @param floor - The least result.
 * @returns The largest of `values` and `floor`.
 *
 * @example
 * ```ts
 * import { maxOf } from "@mamori/core/internal";
 * maxOf([3, 7, 2], 5); // 7
 * maxOf([], 5); // 5
 * ```
 *
 * @category Text and CSV
 */
export function maxOf(values: Iterable<number>, floor: number): number {
  let m = floor;
  for (const v of values) if (v > m) m = v;
  return m;
}

/**
 * Estimated width of a line of text in pixels: a full-width (CJK, kana, full-width forms)
 * character counts one em, anything else 0.62 em — a little wider than system-ui's average,
 * so a label sized with it is not clipped in a real browser.
 *
 * @param text - The line.
 * @param fontSize - The font size in pixels (default 11).
 * @returns The estimated width in pixels.
 *
 * @example
 * ```ts
 * import { textWidth } from "@mamori/core/internal";
 * textWidth("業務", 10); // 20
 * ```
 *
 * @category Text and CSV
 */
export function textWidth(text: string, fontSize = 11): number {
  let w = 0;
  for (const ch of text) w += isWideCharacter(ch.codePointAt(0) ?? 0) ? fontSize : 0.62 * fontSize;
  return w;
}

/**
 * `text`, cut with "…" so that its estimated width ({@link textWidth}) fits in `maxWidth`
 * pixels. A name of megabytes is read no further than its first few dozen characters.
 *
 * @param text - The text.
 * @param maxWidth - The width available, in pixels.
 * @param fontSize - The font size in pixels (default 11).
 * @returns `text` itself when it fits, else its longest prefix that fits with "…" after it.
 *
 * @example
 * ```ts
 * import { fitText } from "@mamori/core/internal";
 * fitText("事業影響度分析", 40, 10); // "事業影…"
 * ```
 *
 * @category Text and CSV
 */
export function fitText(text: string, maxWidth: number, fontSize = 11): string {
  // No character is narrower than 0.62 em: more than this many can never fit.
  const most = Math.ceil(maxWidth / (0.62 * fontSize)) + 1;
  const chars: string[] = [];
  for (const ch of text) {
    chars.push(ch);
    if (chars.length > most) break;
  }
  const whole = chars.length <= most && chars.join("").length === text.length;
  if (whole && textWidth(text, fontSize) <= maxWidth) return text;
  let n = Math.min(chars.length, most);
  while (n > 0 && textWidth(`${chars.slice(0, n).join("")}…`, fontSize) > maxWidth) n--;
  return n > 0 ? `${chars.slice(0, n).join("")}…` : "…";
}
