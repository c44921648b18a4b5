import { createLanguageService } from "@mamori/language-server";
import { parseDocument, stringify } from "yaml";
import type { Figure } from "../figure.js";
import { generatePlan } from "../generate/plan.js";
import { formatStats, type HarnessOptions, measure, type Stats } from "../harness.js";

/** What the editor figure measured. */
export interface EditorRun {
  services: number;
  mamori: Stats;
  yaml: Stats;
  diagnostics: number;
  documentBytes: number;
}

/**
 * The language server's hot path: one character typed into a plan of `services` IT services
 * whose folder holds its BIA, then the plan's diagnostics (parse with positions, schema, every
 * rule, the cross-checks with the cached BIA analysis). The peer is `yaml`'s bare
 * `parseDocument` of the same text: what any YAML editor support pays per keystroke.
 */
export async function timeEditor(
  services: number,
  seed: number,
  harness: HarnessOptions,
): Promise<EditorRun> {
  const { plan, bia, now } = generatePlan({ services, seed });
  const planText = stringify(plan);
  const biaText = stringify(bia);
  const service = createLanguageService({ now });
  const planUri = "file:///bench/plan.yaml";
  service.open("file:///bench/bia.yaml", biaText);
  service.open(planUri, planText);
  const first = service.diagnostics(planUri);
  // Two texts one character apart (a comment's last letter), typed in turns.
  const texts = [`${planText}# edit a\n`, `${planText}# edit b\n`];
  let turn = 0;
  const stats = await measure(
    [
      {
        name: "mamori",
        fn: () => {
          service.change(planUri, texts[turn++ % 2] as string);
          return service.diagnostics(planUri);
        },
      },
      { name: "yaml", fn: () => parseDocument(texts[turn++ % 2] as string) },
    ],
    harness,
  );
  return {
    services,
    mamori: stats.mamori as Stats,
    yaml: stats.yaml as Stats,
    diagnostics: first.length,
    documentBytes: planText.length,
  };
}

/** The editor figure: mamori's re-check after one edit against yaml's bare parse. */
export function editorFigure(run: EditorRun, target: number): Figure {
  const ratio = run.mamori.median / run.yaml.median;
  return {
    id: "lsp-edit",
    title: `language server: one edit, ${run.services} services`,
    mamori: formatStats(run.mamori),
    peerName: "yaml parseDocument",
    peer: formatStats(run.yaml),
    ratio,
    target: `≤ ${target}×`,
    pass: ratio <= target,
    data: { ...run },
  };
}
