#!/usr/bin/env node
// Type-checks every ```ts block inside a TSDoc `@example` tag of packages/*/src/**/*.ts.
//
// Each example is written as its own module to test-output/examples/<package>/<file>-<line>.ts
// (inside the repository, so `@mamori/*` resolve through node_modules to the BUILT packages'
// declaration files, as they would for a reader who installed them) and all of them are
// compiled in ONE TypeScript program. An error is reported at the line of the source file
// it comes from, so `packages/core/src/duration/duration.ts:90` points at the example line.
//
// Usage: node scripts/check-examples.mjs   (build the packages first: npx turbo run build)
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import ts from "typescript";

const defaultRoot = fileURLToPath(new URL("../", import.meta.url));

/** Compiler options a careful reader's project would use (strict, bundler resolution). */
export const exampleCompilerOptions = {
  noEmit: true,
  strict: true,
  noUncheckedIndexedAccess: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  moduleDetection: ts.ModuleDetectionKind.Force,
  lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
  types: ["node"],
  isolatedModules: false,
  skipLibCheck: true,
  resolveJsonModule: true,
};

function sourceFiles(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(full));
    else if (
      /\.tsx?$/.test(entry.name) &&
      !/\.test\.tsx?$/.test(entry.name) &&
      !entry.name.endsWith(".d.ts")
    )
      out.push(full);
  }
  return out.sort();
}

/** Every `/** … *\/` comment of a file, found through the parser (so strings and regexes cannot fool it). */
function docComments(sourceFile) {
  const text = sourceFile.text;
  const seen = new Map();
  const visit = (node) => {
    for (const range of ts.getLeadingCommentRanges(text, node.pos) ?? []) {
      if (range.kind === ts.SyntaxKind.MultiLineCommentTrivia && text.startsWith("/**", range.pos))
        seen.set(range.pos, range);
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  // Comments before the end-of-file token are attached to it.
  visit(sourceFile.endOfFileToken);
  return [...seen.values()].sort((a, b) => a.pos - b.pos);
}

/**
 * The ```ts blocks of the `@example` tags of one source text.
 * @returns `{ line, code }` where `line` is the 1-based line of the block's first code line.
 */
export function extractExamples(text, fileName = "example.ts") {
  const sourceFile = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const examples = [];
  for (const range of docComments(sourceFile)) {
    const firstLine = sourceFile.getLineAndCharacterOfPosition(range.pos).line; // 0-based
    const lines = text
      .slice(range.pos, range.end)
      .split("\n")
      .map((raw) =>
        raw
          .replace(/^\s*\/\*\*\s?/, "")
          .replace(/\s*\*\/\s*$/, "")
          .replace(/^\s*\* ?/, ""),
      );
    let inExample = false;
    let fence = null; // { start, lang, code: [] }
    lines.forEach((line, i) => {
      if (fence) {
        if (/^\s*```\s*$/.test(line)) {
          if (fence.collect)
            examples.push({ line: fence.start + 1, code: `${fence.code.join("\n")}\n` });
          fence = null;
        } else fence.code.push(line);
        return;
      }
      const tag = /^\s*@(\w+)/.exec(line);
      if (tag) inExample = tag[1] === "example";
      const open = /^\s*```\s*(\w*)/.exec(line);
      if (open) {
        const lang = open[1].toLowerCase();
        fence = {
          start: firstLine + i + 1,
          collect: inExample && (lang === "ts" || lang === "typescript"),
          code: [],
        };
      }
    });
  }
  return examples;
}

/**
 * Extract, write and type-check every example.
 * @returns `{ examples, failures, undocumented }`: examples as `{ source, line, file }` (source relative to the
 * root), failures as `{ source, line, example, message }`: `line` is the line of the error
 * inside the source file, `example` the first line of its example; undocumented as
 * `{ export, missing }` for every export of a published entry point (`exports` of the
 * package.json, its `.d.ts`) without a summary or an `@example`.
 */
export function checkExamples({ root = defaultRoot, packages } = {}) {
  const packagesDir = join(root, "packages");
  const names =
    packages ??
    readdirSync(packagesDir)
      .filter((n) => existsSync(join(packagesDir, n, "src")))
      .sort();
  const outDir = join(root, "test-output", "examples");
  rmSync(outDir, { recursive: true, force: true });

  const examples = [];
  for (const name of names) {
    const srcDir = join(packagesDir, name, "src");
    for (const file of sourceFiles(srcDir)) {
      const rel = relative(srcDir, file)
        .split(sep)
        .join("/")
        .replace(/\.tsx?$/, "");
      for (const { line, code } of extractExamples(readFileSync(file, "utf8"), file)) {
        const out = join(outDir, name, `${rel}-${line}.ts`);
        mkdirSync(dirname(out), { recursive: true });
        writeFileSync(out, code);
        examples.push({ source: relative(root, file).split(sep).join("/"), line, file: out });
      }
    }
  }

  // The published entry points' declaration files, to check that every export has an example.
  const entries = [];
  for (const name of names) {
    const manifest = JSON.parse(readFileSync(join(packagesDir, name, "package.json"), "utf8"));
    for (const [subpath, target] of Object.entries(manifest.exports ?? {})) {
      const types = target?.import?.types;
      if (typeof types === "string" && existsSync(join(packagesDir, name, types)))
        entries.push({
          specifier: join(manifest.name, subpath),
          file: join(packagesDir, name, types),
        });
    }
  }

  const program = ts.createProgram({
    rootNames: [...examples.map((e) => e.file), ...entries.map((e) => e.file)],
    options: {
      ...exampleCompilerOptions,
      typeRoots: [join(defaultRoot, "node_modules", "@types")],
    },
  });
  const byFile = new Map(examples.map((e) => [ts.sys.resolvePath(e.file), e]));
  const failures = [];
  const diagnostics = [...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics()];
  for (const sf of program.getSourceFiles()) {
    if (!byFile.has(ts.sys.resolvePath(sf.fileName))) continue;
    diagnostics.push(...program.getSyntacticDiagnostics(sf), ...program.getSemanticDiagnostics(sf));
  }
  for (const d of diagnostics) {
    const message = ts.flattenDiagnosticMessageText(d.messageText, "\n");
    const example = d.file ? byFile.get(ts.sys.resolvePath(d.file.fileName)) : undefined;
    if (!example) {
      failures.push({
        source: d.file ? relative(root, d.file.fileName) : "(program)",
        line: 0,
        message: `TS${d.code}: ${message}`,
      });
      continue;
    }
    const at = d.start === undefined ? 0 : d.file.getLineAndCharacterOfPosition(d.start).line;
    failures.push({
      source: example.source,
      line: example.line + at,
      example: example.line,
      message: `TS${d.code}: ${message}`,
    });
  }
  const checker = program.getTypeChecker();
  const undocumented = [];
  const api = new Map();
  for (const entry of entries) {
    const sf = program.getSourceFile(entry.file);
    const moduleSymbol = sf && checker.getSymbolAtLocation(sf);
    if (!moduleSymbol) continue;
    const list = [];
    api.set(entry.specifier, list);
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      const symbol =
        exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      list.push({ name: exported.name, kind: kindOf(symbol) });
      const declarations = symbol.declarations ?? [];
      const summary =
        ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim() !== "";
      const example = declarations.some((d) =>
        ts.getJSDocTags(d).some((t) => t.tagName.text === "example"),
      );
      if (!summary || !example)
        undocumented.push({
          export: `${entry.specifier}#${exported.name}`,
          missing: [summary ? null : "summary", example ? null : "@example"]
            .filter(Boolean)
            .join(" and "),
        });
    }
  }
  for (const name of names) {
    if (!existsSync(join(packagesDir, name, "dist")))
      failures.unshift({
        source: `packages/${name}`,
        line: 0,
        message: "not built (run `npx turbo run build` first)",
      });
  }
  return { examples, failures, undocumented, api };
}

/** What an export is, in the API report: `function`, `const`, `class`, `interface`, `type`. */
function kindOf(symbol) {
  const kinds = [];
  const f = symbol.flags;
  if (f & ts.SymbolFlags.Function) kinds.push("function");
  if (f & ts.SymbolFlags.Class) kinds.push("class");
  if (f & ts.SymbolFlags.Variable) kinds.push("const");
  if (f & ts.SymbolFlags.Enum) kinds.push("enum");
  if (f & ts.SymbolFlags.Interface) kinds.push("interface");
  if (f & ts.SymbolFlags.TypeAlias) kinds.push("type");
  return kinds.join(" & ") || "other";
}

/**
 * The API report of one package: every export of every published entry point, sorted, with
 * its kind and the count per entry point. Checked in as `packages/<name>/api-report.md`, so a
 * change to the public API shows in review as a change to that file (API Extractor's idea).
 */
export function formatApiReport(name, api) {
  const lines = [
    `# API report: @mamori/${name}`,
    "",
    "Generated by `MAMORI_WRITE_API=1 npx vitest run --project docs examples.test.ts`; the docs",
    "test fails when the published entry points export anything not listed here, or less.",
    "",
  ];
  for (const [specifier, list] of [...api].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (!specifier.startsWith(`@mamori/${name}`)) continue;
    const sorted = [...list].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    lines.push(`## ${specifier} (${sorted.length} exports)`, "");
    for (const e of sorted) lines.push(`- \`${e.name}\` ${e.kind}`);
    lines.push("");
  }
  return lines.join("\n");
}

/** One line per failure: `path:line TSnnnn: message`. */
export function formatFailures(failures) {
  return failures
    .map((f) => `${f.source}:${f.line} ${f.message.replace(/\n/g, "\n    ")}`)
    .join("\n");
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const started = performance.now();
  const { examples, failures, undocumented } = checkExamples();
  if (failures.length > 0) console.error(formatFailures(failures));
  for (const u of undocumented) console.error(`${u.export}: no ${u.missing}`);
  const failing = new Set(failures.map((f) => `${f.source}:${f.example ?? f.line}`));
  console.log(
    `${examples.length} examples, ${examples.length - failing.size} compile, ${failures.length} errors, ${Math.round(performance.now() - started)} ms`,
  );
  if (undocumented.length > 0)
    console.log(`${undocumented.length} exports without a summary or an @example`);
  process.exitCode = failures.length > 0 || undocumented.length > 0 ? 1 : 0;
}
