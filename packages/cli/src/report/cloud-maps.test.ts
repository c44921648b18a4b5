import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../run.js";

const root = fileURLToPath(new URL("../../../../", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "mamori-report-maps-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function report(locale: "en" | "ja"): Promise<string> {
  const out = join(dir, `report-${locale}.html`);
  await runCli(
    ["report", "examples/data", "--out", out, "--now", "2026-11-27", "--locale", locale],
    {
      stdout: () => {},
      stderr: () => {},
      cwd: root,
      env: {},
      stdoutIsTTY: false,
      stderrIsTTY: false,
    },
  );
  return readFileSync(out, "utf8");
}

describe("the report's cloud section draws both maps of each matrix", () => {
  it("who runs each layer per service model (the template's view), and the counts with their note", async () => {
    const html = await report("en");
    const ownerMaps = [
      ...html.matchAll(/<svg [^>]*class="mamori-chart category-heatmap"[^>]*aria-label="([^"]*)"/g),
    ].map((m) => m[1]);
    // Two matrices (KumoMail, SkyCloud), both on the classic layer template.
    expect(ownerMaps).toHaveLength(2);
    for (const t of ownerMaps) expect(t).toMatch(/^Who runs each layer, per service model — /);
    // The template gives the facilities to the provider in every service model: an IaaS cell
    // of a layer the provider runs.
    expect(html).toMatch(/data-value="provider"><title>[^<]* × IaaS: provider<\/title>/);
    // The counts chart follows each owner map, with the note on how controls are counted.
    expect(html.match(/class="mamori-chart heatmap"/g)).toHaveLength(2);
    expect(html).toContain("the rows add up to more than the matrix");
  });

  it("in Japanese", async () => {
    const html = await report("ja");
    expect(html).toMatch(/aria-label="サービスモデル別・レイヤーの実施主体 — /);
    expect(html).toMatch(/data-value="provider"><title>[^<]* × IaaS: 事業者<\/title>/);
    expect(html).toContain("行を足すと責任分担表の管理策数より多くなります");
  });
});
