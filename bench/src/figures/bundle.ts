import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import type { Figure } from "../figure.js";
import { BENCH_DIR } from "../paths.js";

/** A browser bundle's size, and what it is made of. */
export interface BundleSize {
  entry: string;
  minifiedBytes: number;
  gzipBytes: number;
  /** Bytes of minified output per package (node_modules path or workspace package), largest first. */
  byPackage: Array<{ package: string; bytes: number }>;
}

function packageOf(input: string): string {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
  if (m) return m[1] as string;
  const w = /packages\/([^/]+)\//.exec(input);
  return w ? `@mamori/${w[1]}` : input;
}

/**
 * Bundle an entry for browsers the way an app would ship it: esbuild, platform browser, ESM,
 * minified, tree-shaken; then gzip (level 9, node:zlib).
 */
export async function bundleSize(entry: string): Promise<BundleSize> {
  const result = await build({
    stdin: { contents: entry, resolveDir: BENCH_DIR, loader: "js", sourcefile: "entry.js" },
    bundle: true,
    platform: "browser",
    format: "esm",
    target: "es2022",
    minify: true,
    write: false,
    metafile: true,
    logLevel: "error",
  });
  const code = (result.outputFiles[0] as { contents: Uint8Array }).contents;
  const byPackage = new Map<string, number>();
  for (const out of Object.values(result.metafile.outputs)) {
    for (const [input, info] of Object.entries(out.inputs)) {
      const p = packageOf(input);
      byPackage.set(p, (byPackage.get(p) ?? 0) + info.bytesInOutput);
    }
  }
  return {
    entry,
    minifiedBytes: code.length,
    gzipBytes: gzipSync(code, { level: 9 }).length,
    byPackage: [...byPackage]
      .map(([pkg, bytes]) => ({ package: pkg, bytes }))
      .sort((a, b) => b.bytes - a.bytes),
  };
}

/** What the bundle figure measured. */
export interface BundleRun {
  mamori: BundleSize;
  ajv: BundleSize;
}

export async function measureBundles(): Promise<BundleRun> {
  return {
    mamori: await bundleSize('export { validatePlan } from "@mamori/plan-validator";'),
    ajv: await bundleSize('export { default } from "ajv";'),
  };
}

export function bundleFigure(run: BundleRun, limitKB: number): Figure {
  const kb = (b: number) => `${(b / 1000).toFixed(1)} kB`;
  const ratio = run.mamori.gzipBytes / run.ajv.gzipBytes;
  return {
    id: "browser-bundle",
    title: "browser bundle of validatePlan (min+gzip)",
    mamori: `${kb(run.mamori.gzipBytes)} gzip (${kb(run.mamori.minifiedBytes)} min)`,
    peerName: "ajv",
    peer: `${kb(run.ajv.gzipBytes)} gzip (${kb(run.ajv.minifiedBytes)} min)`,
    ratio,
    target: `≤ ${limitKB} kB`,
    pass: run.mamori.gzipBytes <= limitKB * 1000,
    data: { ...run },
  };
}
