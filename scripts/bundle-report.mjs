#!/usr/bin/env node
import { fileURLToPath } from "node:url";
// Where a browser bundle's bytes go (issue 19): bundle an entry the way bench/'s bundle figure
// does (esbuild, browser, ESM, minified, tree-shaken; gzip level 9), then print the minified
// bytes per package and per source module (esbuild's metafile, from the packages' sources
// through the "@mamori/source" condition), and how much of the gzip is string literals.
//
//   node scripts/bundle-report.mjs                       # validatePlan
//   node scripts/bundle-report.mjs 'export { analyzeBia } from "@mamori/bia";' 20
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const entry = process.argv[2] ?? 'export { validatePlan } from "@mamori/plan-validator";';
const top = Number(process.argv[3] ?? 25);
const root = fileURLToPath(new URL("..", import.meta.url));

const result = await build({
  stdin: { contents: entry, resolveDir: root, loader: "js", sourcefile: "entry.js" },
  bundle: true,
  platform: "browser",
  format: "esm",
  target: "es2022",
  minify: true,
  charset: "utf8",
  write: false,
  metafile: true,
  logLevel: "error",
  conditions: ["@mamori/source"],
});
const code = Buffer.from(result.outputFiles[0].contents).toString("utf8");
const gz = (text) => gzipSync(Buffer.from(text), { level: 9 }).length;
const kB = (n) => `${(n / 1000).toFixed(1)} kB`;

const modules = [];
for (const out of Object.values(result.metafile.outputs))
  for (const [input, info] of Object.entries(out.inputs))
    if (info.bytesInOutput > 0) modules.push([input, info.bytesInOutput]);
modules.sort((a, b) => b[1] - a[1]);
const group = (input) =>
  /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1] ??
  (/packages\/([^/]+)\/src\/([^/]+)\//.exec(input)?.slice(1).join("/") || input);
const groups = new Map();
for (const [input, bytes] of modules)
  groups.set(group(input), (groups.get(group(input)) ?? 0) + bytes);

const strings = [];
const rest = code.replace(/"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`|'(?:[^'\\\n]|\\.)*'/g, (s) => {
  strings.push(s);
  return '""';
});
const japanese = /[\u3000-\u9fff\uff00-\uffef]/;
const ja = strings.filter((s) => japanese.test(s));
const en = strings.filter((s) => !japanese.test(s));

console.log(`${entry}\n${kB(code.length)} minified, ${kB(gz(code))} gzip (UTF-8 output)\n`);
console.log("minified bytes by package or source folder:");
for (const [g, bytes] of [...groups].sort((a, b) => b[1] - a[1]))
  console.log(`  ${kB(bytes).padStart(9)}  ${g}`);
console.log(`\nlargest modules:`);
for (const [input, bytes] of modules.slice(0, top))
  console.log(`  ${kB(bytes).padStart(9)}  ${input.replace(/^(\.\.\/)+/, "")}`);
console.log(
  `\ngzip of the parts alone: code without string literals ${kB(gz(rest))}; ` +
    `${strings.length} string literals ${kB(gz(strings.join("\n")))} ` +
    `(English ${kB(Buffer.byteLength(en.join("")))} → ${kB(gz(en.join("\n")))}, ` +
    `Japanese ${kB(Buffer.byteLength(ja.join("")))} → ${kB(gz(ja.join("\n")))})`,
);
