// The report's own bar charts (loss per process, measured recovery against RTO). The BIA's
// charts and the matrix heat map are drawn by @mamori/bia/charts, shared with the workbench.
import { fitText, maxOf, textWidth } from "@mamori/core/internal";
import { escapeHtml as esc } from "./escape.js";

export { fitText, textWidth };

const fmt = (n: number) => (Number.isFinite(n) ? (Math.round(n * 10) / 10).toString() : "0");

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
