import type { RunResult } from "./run.js";

/** A results file as a Markdown table (for bench/README.md and results/latest.md). */
export function toMarkdown(r: RunResult): string {
  const m = r.machine;
  const esc = (s: string) => s.replace(/\|/g, "\\|");
  const lines = [
    `Run of ${r.date} on ${m.cpu} (${m.cores} cores, ${m.totalMemoryMB} MB), Node ${m.node}, load average at start ${m.loadAverage.join(" / ")}; ${r.durationSeconds} s.`,
    "",
    "| figure | mamori | peer | ratio | target | |",
    "|---|---|---|---|---|---|",
  ];
  for (const f of r.figures) {
    lines.push(
      `| ${esc(f.title)} | ${esc(f.mamori)} | ${esc(`${f.peerName} ${f.peer}`)} | ${Number.isFinite(f.ratio) ? `${f.ratio.toFixed(2)}×` : "—"} | ${esc(f.target)} | ${f.pass ? "met" : "**missed**"} |`,
    );
  }
  return `${lines.join("\n")}\n`;
}
