// Building blocks of the charts: XML escaping, number formatting, text width estimates and
// the outer <svg> element. Internal to `@mamori/bia/charts`.
import { elideText, escapeXml, fitText, maxOf, textWidth } from "@mamori/core/internal";

/** Escape text for SVG content and attribute values (core's `escapeXml`). */
export const esc = escapeXml;

/** A coordinate with at most one decimal, the same on every machine. */
export const fmt = (n: number): string =>
  Number.isFinite(n) ? (Math.round(n * 10) / 10).toString() : "0";

/** Colours (colour-blind-safe palette, Okabe–Ito). */
export const PALETTE = [
  "#0072B2",
  "#E69F00",
  "#009E73",
  "#D55E00",
  "#CC79A7",
  "#56B4E9",
  "#F0E442",
  "#000000",
];

/** Text colours and fonts shared by every chart. */
export const INK = "#1d2433";
export const MUTED = "#5b6475";
export const GRID = "#eceff5";
export const ALERT = "#D55E00";
export const NAVY = "#14213d";
export const FONT =
  'system-ui, -apple-system, "Segoe UI", "Hiragino Sans", "Noto Sans JP", sans-serif';

export { fitText, maxOf, textWidth };

/**
 * A name where it is repeated (a chart's accessible title, a tooltip other than the graph
 * node's own): at most 80 UTF-16 units, so that a 10 MB name costs its length once per
 * report, not once per chart.
 */
export const short = (text: string): string => elideText(text, 80);

/**
 * Spread label positions so that neighbours are at least `gap` apart and all stay within
 * `min..max`, moving each as little as the order allows. Returns them in the input order.
 */
export function spreadLabels(positions: number[], gap: number, min: number, max: number): number[] {
  const order = positions.map((p, i) => [p, i] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const placed = order.map(([p]) => Math.min(max, Math.max(min, p)));
  for (let k = 1; k < placed.length; k++)
    placed[k] = Math.max(placed[k] as number, (placed[k - 1] as number) + gap);
  if (placed.length > 0 && (placed[placed.length - 1] as number) > max) {
    placed[placed.length - 1] = max;
    for (let k = placed.length - 2; k >= 0; k--)
      placed[k] = Math.min(placed[k] as number, (placed[k + 1] as number) - gap);
  }
  const out = new Array<number>(positions.length);
  order.forEach(([, i], k) => {
    out[i] = placed[k] as number;
  });
  return out;
}

/** Relative luminance (WCAG 2) of a `#rrggbb` colour. */
function luminance(hex: string): number {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return 1;
  const lin = (h: string | undefined) => {
    const c = Number.parseInt(h ?? "ff", 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(m[1]) + 0.7152 * lin(m[2]) + 0.0722 * lin(m[3]);
}

/** White or near-black text, whichever contrasts more with the fill (WCAG contrast ratio). */
export function textOn(fill: string): string {
  const l = luminance(fill);
  return 1.05 / (l + 0.05) > (l + 0.05) / 0.05 ? "#ffffff" : INK;
}

/** A `<text>` element; `attrs` are written as given (numbers through {@link fmt}). */
export function text(
  x: number,
  y: number,
  content: string,
  attrs: Record<string, string | number | undefined> = {},
): string {
  return `<text x="${fmt(x)}" y="${fmt(y)}"${attributes(attrs)}>${esc(content)}</text>`;
}

/** ` name="value"` pairs, escaped, in the order given; undefined values left out. */
export function attributes(attrs: Record<string, string | number | undefined>): string {
  let out = "";
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined) continue;
    out += ` ${k}="${typeof v === "number" ? fmt(v) : esc(v)}"`;
  }
  return out;
}

/**
 * The outer element: a self-contained picture (presentation attributes, no stylesheet needed)
 * at its own pixel size, titled for screen readers.
 */
export function svgRoot(
  kind: string,
  width: number,
  height: number,
  title: string,
  body: string,
): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" class="mamori-chart ${kind}" viewBox="0 0 ${fmt(width)} ${fmt(height)}" width="${fmt(width)}" height="${fmt(height)}" role="img" aria-label="${esc(title)}" font-family="${esc(FONT)}" font-size="11" fill="${INK}">${body}</svg>`;
}

/** The chart's title line. */
export function titleText(title: string, width: number): string {
  return text(10, 16, fitText(title, width - 20, 13), {
    class: "chart-title",
    "font-size": 13,
    "font-weight": 600,
  });
}
