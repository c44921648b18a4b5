// The report's own bar charts (loss per process, measured recovery against RTO). The BIA's
// charts and the matrix heat map are drawn by @mamori/bia/charts, shared with the workbench.
import { isWideCharacter } from "@mamori/core/internal";
import { escapeHtml as esc } from "./escape.js";

/** Largest value (or `floor` when larger), without spreading a possibly huge array into arguments. */
export function maxOf(values: Iterable<number>, floor: number): number {
  let m = floor;
  for (const v of values) if (v > m) m = v;
  return m;
}

const fmt = (n: number) => (Number.isFinite(n) ? (Math.round(n * 10) / 10).toString() : "0");

/**
 * Estimated width of a line of text in pixels: a full-width (CJK, kana, full-width forms)
 * character counts one em, anything else 0.62 em. A little wider than system-ui's average,
 * so a label sized with it is not clipped in a real browser.
 */
export function textWidth(text: string, fontSize = 11): number {
  let w = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    const wide = isWideCharacter(c);
    w += wide ? fontSize : 0.62 * fontSize;
  }
  return w;
}

/** `text`, cut with "…" so that its estimated width fits in `maxWidth` pixels. */
export function fitText(text: string, maxWidth: number, fontSize = 11): string {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  const chars = [...text];
  let n = chars.length;
  while (n > 0 && textWidth(`${chars.slice(0, n).join("")}…`, fontSize) > maxWidth) n--;
  return n > 0 ? `${chars.slice(0, n).join("")}…` : "…";
}

/** Horizontal bars (e.g. loss per process in a scenario), values formatted by the caller. */
export function barChart(
  title: string,
  bars: { label: string; value: number; text: string; highlight?: boolean }[],
): string {
  const left = 190;
  const width = 760;
  const rowH = 20;
  const top = 30;
  const plotW = width - left - 120;
  const max = maxOf(
    bars.map((b) => b.value),
    1,
  );
  const height = top + bars.length * rowH + 10;
  const parts: string[] = [`<text x="10" y="16" class="chart-title">${esc(title)}</text>`];
  bars.forEach((b, i) => {
    const y = top + i * rowH;
    const w = Math.max(1, (plotW * Math.max(0, b.value)) / max);
    parts.push(
      `<text x="${left - 6}" y="${y + 13}" text-anchor="end" class="axis">${esc(b.label)}</text>`,
    );
    parts.push(
      `<rect x="${left}" y="${y + 3}" width="${fmt(w)}" height="${rowH - 6}" class="bar${b.highlight ? " late" : ""}"/>`,
    );
    parts.push(`<text x="${fmt(left + w + 6)}" y="${y + 13}" class="axis">${esc(b.text)}</text>`);
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${esc(title)}">${parts.join("")}</svg>`;
}
