import type { Locale } from "@mamori/core";
import {
  esc,
  fitText,
  fmt,
  INK,
  MUTED,
  maxOf,
  svgRoot,
  text,
  textOn,
  textWidth,
  titleText,
} from "./svg.js";
import { wordsFor } from "./words.js";

/**
 * A table of counts for {@link countHeatmapSvg}: column headings and, per row, a label and
 * one count per column — all text already in the reader's language. The shape of
 * `@mamori/cloud-matrix`'s `countControlsByLayer` (controls per layer and owner).
 *
 * @example
 * ```ts
 * import type { CountTable } from "@mamori/bia/charts";
 * const t: CountTable = { columns: ["customer", "provider"], rows: [{ label: "Data", counts: [3, 1] }] };
 * ```
 *
 * @category Charts
 */
export interface CountTable {
  /** Column headings. */
  columns: readonly string[];
  /** Rows, each with one count per column. */
  rows: readonly { label: string; counts: readonly number[] }[];
}

/** The colour of a count: from a pale grey-blue (0) to deep blue (the largest count). */
function shade(count: number, max: number): string {
  if (count <= 0 || max <= 0) return "#f3f5f9";
  const t = Math.min(1, count / max);
  // from #d6e6f5 (t → 0) to #08306b (t = 1)
  const mix = (a: number, b: number) =>
    Math.round(a + (b - a) * t)
      .toString(16)
      .padStart(2, "0");
  return `#${mix(0xd6, 0x08)}${mix(0xe6, 0x30)}${mix(0xf5, 0x6b)}`;
}

/**
 * A heat map of counts as an SVG picture (a string): one cell per row and column showing its
 * count, coloured from pale (few) to deep blue (the most), a total per row on the right, and
 * a legend of the colour scale. Row labels and columns are as wide as their longest text
 * (within limits, cut beyond), so nothing is clipped; a count reads white or dark, whichever
 * contrasts more with its cell. Deterministic; every text escaped.
 *
 * @param table - The counts, with their headings (see {@link CountTable}).
 * @param options - The title, and the locale of the few fixed words (`total`, 計).
 * @returns The `<svg>` element as a string.
 *
 * @example
 * ```ts
 * import { countHeatmapSvg } from "@mamori/bia/charts";
 * const svg = countHeatmapSvg(
 *   { columns: ["customer", "provider"], rows: [{ label: "Data", counts: [3, 1] }] },
 *   { title: "Controls per layer and owner" },
 * );
 * svg.includes('data-count="3"'); // true
 * ```
 *
 * @category Charts
 */
export function countHeatmapSvg(
  table: CountTable,
  options: { title: string; locale?: Locale },
): string {
  const W = wordsFor(options.locale);
  const { columns, rows } = table;
  const max = maxOf(
    rows.flatMap((r) => r.counts),
    0,
  );
  const labelW = Math.min(
    260,
    maxOf(
      rows.map((r) => textWidth(r.label)),
      40,
    ),
  );
  const left = 10 + labelW + 8;
  const cellW = Math.ceil(
    Math.min(
      150,
      maxOf(
        columns.map((c) => textWidth(c)),
        36,
      ) + 14,
    ),
  );
  const cellH = 22;
  const top = 44;
  const totals = rows.map((r) => r.counts.reduce((a, b) => a + b, 0));
  const totalW = Math.ceil(
    maxOf(
      [W.total, ...totals.map(String)].map((t) => textWidth(t)),
      20,
    ) + 16,
  );
  const gridRight = left + columns.length * cellW;
  // legend: five steps of the scale, 0 … max
  const steps = [...new Set([0, 0.25, 0.5, 0.75, 1].map((f) => Math.round(f * max)))];
  const legendW = steps.reduce((w, s) => w + 20 + textWidth(String(s)) + 14, 0);
  const width = Math.max(gridRight + totalW + 10, 20 + legendW, textWidth(options.title, 13) + 20);
  const legendTop = top + rows.length * cellH + 20;
  const height = legendTop + 12;
  const parts: string[] = [titleText(options.title, width)];
  columns.forEach((c, j) => {
    parts.push(
      text(left + j * cellW + cellW / 2 - 1, top - 8, fitText(c, cellW - 4), {
        "text-anchor": "middle",
        class: "axis",
        fill: MUTED,
      }),
    );
  });
  parts.push(
    text(gridRight + totalW - 8, top - 8, W.total, {
      "text-anchor": "end",
      class: "axis",
      fill: MUTED,
    }),
  );
  rows.forEach((r, i) => {
    const y = top + i * cellH;
    parts.push(
      text(left - 8, y + 15, fitText(r.label, labelW), {
        "text-anchor": "end",
        class: "axis",
        fill: MUTED,
      }),
    );
    columns.forEach((c, j) => {
      const n = r.counts[j] ?? 0;
      const fill = shade(n, max);
      parts.push(
        `<rect x="${fmt(left + j * cellW)}" y="${y}" width="${cellW - 2}" height="${cellH - 2}" fill="${fill}" class="cell" data-count="${esc(String(n))}"><title>${esc(`${r.label} × ${c}: ${n}`)}</title></rect>`,
        text(left + j * cellW + cellW / 2 - 1, y + 15, String(n), {
          "text-anchor": "middle",
          class: "count",
          fill: n === 0 ? "#9aa4b8" : textOn(fill),
        }),
      );
    });
    parts.push(
      text(gridRight + totalW - 8, y + 15, String(totals[i] ?? 0), {
        "text-anchor": "end",
        class: "total",
        "font-weight": 600,
        fill: INK,
      }),
    );
  });
  let lx = 10;
  for (const s of steps) {
    parts.push(
      `<rect x="${fmt(lx)}" y="${legendTop - 9}" width="14" height="12" fill="${shade(s, max)}" stroke="#d0d5df"/>`,
      text(lx + 20, legendTop + 1, String(s), { class: "legend" }),
    );
    lx += 20 + textWidth(String(s)) + 14;
  }
  return svgRoot("heatmap", width, height, options.title, parts.join(""));
}

/**
 * A table of categories for {@link categoryHeatmapSvg}: column headings, per row a label and one
 * value per column (or null: nothing there), an optional right-hand note per row, and the
 * legend — each value's words and colour. All text already in the reader's language. The shape
 * of `@mamori/cloud-matrix`'s layer template heat map (who runs each layer, per service model).
 *
 * @example
 * ```ts
 * import type { CategoryTable } from "@mamori/bia/charts";
 * const t: CategoryTable = {
 *   columns: ["IaaS", "SaaS"],
 *   rows: [{ label: "Data", values: ["customer", "shared"], note: "6" }],
 *   legend: [
 *     { value: "customer", label: "customer", colour: "#1f77b4" },
 *     { value: "shared", label: "shared", colour: "#9467bd" },
 *   ],
 * };
 * ```
 *
 * @category Charts
 */
export interface CategoryTable {
  /** Column headings. */
  columns: readonly string[];
  /** Rows, each with one value (a legend entry's `value`, or null) per column. */
  rows: readonly { label: string; values: readonly (string | null)[]; note?: string }[];
  /** The heading of the notes column, when rows carry notes. */
  noteHeader?: string;
  /** Each value's words (shown in its cells and the legend) and colour (`#rrggbb`). */
  legend: readonly { value: string; label: string; colour: string }[];
}

/**
 * A heat map of categories as an SVG picture (a string): one cell per row and column, coloured
 * and labelled by its value (such as who runs a layer in a service model), an optional note per
 * row on the right, and a legend. Row labels, cells and legend entries are as wide as their
 * longest text (within limits, cut beyond), so nothing is clipped; a cell's words read white or
 * dark, whichever contrasts more. A value the legend does not list is drawn grey with its own
 * text. Deterministic; every text escaped.
 *
 * @param table - The values, with their headings and legend (see {@link CategoryTable}).
 * @param options - The title.
 * @returns The `<svg>` element as a string.
 *
 * @example
 * ```ts
 * import { categoryHeatmapSvg } from "@mamori/bia/charts";
 * const svg = categoryHeatmapSvg(
 *   {
 *     columns: ["IaaS", "SaaS"],
 *     rows: [{ label: "Data", values: ["customer", null] }],
 *     legend: [{ value: "customer", label: "customer", colour: "#1f77b4" }],
 *   },
 *   { title: "Who runs each layer" },
 * );
 * svg.includes('data-value="customer"'); // true
 * ```
 *
 * @category Charts
 */
export function categoryHeatmapSvg(table: CategoryTable, options: { title: string }): string {
  const { columns, rows, legend } = table;
  const known = new Map(legend.map((l) => [l.value, l]));
  const words = (v: string) => known.get(v)?.label ?? v;
  const colourOf = (v: string) => {
    const c = known.get(v)?.colour ?? "";
    return /^#[0-9a-fA-F]{6}$/.test(c) ? c : "#dddddd";
  };
  const labelW = Math.min(
    260,
    maxOf(
      rows.map((r) => textWidth(r.label)),
      40,
    ),
  );
  const left = 10 + labelW + 8;
  const cellW = Math.ceil(
    Math.min(
      170,
      maxOf(
        [
          ...columns.map((c) => textWidth(c)),
          ...rows.flatMap((r) => r.values.map((v) => (v === null ? 0 : textWidth(words(v), 10)))),
        ],
        66,
      ) + 14,
    ),
  );
  const cellH = 22;
  const top = 44;
  const hasNotes = rows.some((r) => r.note !== undefined);
  const notesW = hasNotes
    ? Math.ceil(
        maxOf(
          [table.noteHeader ?? "", ...rows.map((r) => r.note ?? "")].map((t) => textWidth(t)),
          20,
        ) + 16,
      )
    : 0;
  const gridRight = left + columns.length * cellW;
  const legendColW = Math.ceil(
    Math.min(
      300,
      maxOf(
        legend.map((l) => textWidth(l.label)),
        40,
      ) + 30,
    ),
  );
  const width = Math.max(gridRight + notesW + 10, 20 + legendColW, 200);
  const legendCols = Math.max(1, Math.floor((width - 20) / legendColW));
  const legendTop = top + rows.length * cellH + 20;
  const height = legendTop + 16 * Math.ceil(legend.length / legendCols);
  const parts: string[] = [titleText(options.title, width)];
  columns.forEach((c, j) => {
    parts.push(
      text(left + j * cellW + cellW / 2 - 1, top - 8, fitText(c, cellW - 4), {
        "text-anchor": "middle",
        fill: MUTED,
      }),
    );
  });
  if (hasNotes && table.noteHeader)
    parts.push(
      text(gridRight + notesW - 8, top - 8, table.noteHeader, {
        "text-anchor": "end",
        fill: MUTED,
      }),
    );
  rows.forEach((r, i) => {
    const y = top + i * cellH;
    parts.push(text(left - 8, y + 15, fitText(r.label, labelW), { "text-anchor": "end" }));
    columns.forEach((c, j) => {
      const v = r.values[j] ?? null;
      const fill = v === null ? "#f3f3f3" : colourOf(v);
      parts.push(
        `<rect x="${fmt(left + j * cellW)}" y="${fmt(y)}" width="${fmt(cellW - 2)}" height="${fmt(cellH - 2)}" fill="${fill}" class="cell"${v === null ? "" : ` data-value="${esc(v)}"`}><title>${esc(`${r.label} × ${c}: ${v === null ? "—" : words(v)}`)}</title></rect>`,
      );
      if (v !== null)
        parts.push(
          text(left + j * cellW + cellW / 2 - 1, y + 14, fitText(words(v), cellW - 8, 10), {
            "text-anchor": "middle",
            "font-size": 10,
            fill: textOn(fill),
          }),
        );
    });
    if (r.note !== undefined)
      parts.push(text(gridRight + notesW - 8, y + 15, r.note, { "text-anchor": "end", fill: INK }));
  });
  legend.forEach((l, k) => {
    const lx = 10 + (k % legendCols) * legendColW;
    const yy = legendTop + Math.floor(k / legendCols) * 16;
    parts.push(
      `<rect x="${fmt(lx)}" y="${fmt(yy - 9)}" width="12" height="12" fill="${colourOf(l.value)}"/>`,
    );
    parts.push(text(lx + 16, yy + 1, fitText(l.label, legendColW - 24), { fill: MUTED }));
  });
  return svgRoot("category-heatmap", width, height, options.title, parts.join(""));
}
