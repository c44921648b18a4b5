#!/usr/bin/env node
// Runs the TSDoc `@example`s that scripts/check-examples.mjs extracts and type-checks, and checks
// the values they state.
//
// An expression statement of an example followed on its line by a comment that starts with a
// value — `computeMtpd(model)[0]?.mtpdMinutes; // 1440`, `r.gaps[0]?.path; // ["hq:sales",
// "th:line"]`, `r.diagnostics.length > 0; // true: not a BusinessImpactAnalysis` — states what it
// evaluates to (for `console.log(x); // value`, the value of x). The value is a JavaScript literal
// (string, number, boolean, null, undefined, array or object of those); what follows it is prose.
// Each such statement is recorded while the example runs as a module (transpiled, inside the
// repository, so `@mamori/*` are the BUILT packages) and compared, deeply and strictly, with its
// literal (a Map or Set as the array of its entries). Elisions are honoured: a number followed by
// `…` (`0.034…`) and a string ending in `...` or `…` state how the value starts. Comments that do
// not start with a literal are prose ("e.g. steel-supplier") and are not checked, nor are
// comments on declarations (`const o = { rlo: 50 }; // 50 % of normal`: they describe).
//
// All examples run one after another in ONE child process (a process per example would take
// minutes); `process.exit` is disabled there, and what the examples print is captured.
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import ts from "typescript";

const defaultRoot = fileURLToPath(new URL("../", import.meta.url));
const RECORD = "__mamoriExampleValue";

/**
 * The literal a result comment starts with, or undefined when it starts with prose.
 * @param {string} comment the text after `//`
 */
export function leadingLiteral(comment) {
  const text = comment.trim();
  const scanner = ts.createScanner(
    ts.ScriptTarget.Latest,
    false,
    ts.LanguageVariant.Standard,
    text,
  );
  const K = ts.SyntaxKind;
  const scalar = new Set([
    K.StringLiteral,
    K.NumericLiteral,
    K.TrueKeyword,
    K.FalseKeyword,
    K.NullKeyword,
    K.NoSubstitutionTemplateLiteral,
    K.UndefinedKeyword, // the scanner's token for `undefined`
  ]);
  let depth = 0;
  let end;
  let token = scanner.scan();
  if (token === K.MinusToken) token = scanner.scan();
  for (; token !== K.EndOfFileToken; token = scanner.scan()) {
    if (token === K.OpenBracketToken || token === K.OpenBraceToken) depth++;
    else if (token === K.CloseBracketToken || token === K.CloseBraceToken) depth--;
    else if (depth === 0 && !scalar.has(token)) return undefined;
    if (depth < 0) return undefined;
    if (depth === 0) {
      end = scanner.getTokenEnd();
      break;
    }
  }
  if (end === undefined) return undefined;
  const literal = text.slice(0, end);
  // Only literals inside: no call, no name other than a property key or undefined.
  const sf = ts.createSourceFile("literal.ts", `(${literal});`, ts.ScriptTarget.Latest, true);
  if (sf.parseDiagnostics.length > 0) return undefined;
  let ok = true;
  const visit = (node) => {
    if (ts.isIdentifier(node)) {
      const parent = node.parent;
      const key =
        (ts.isPropertyAssignment(parent) && parent.name === node) ||
        ts.isShorthandPropertyAssignment(parent);
      if (!key && node.text !== "undefined") ok = false;
      if (ts.isShorthandPropertyAssignment(parent)) ok = false;
    } else if (
      !(
        ts.isParenthesizedExpression(node) ||
        ts.isArrayLiteralExpression(node) ||
        ts.isObjectLiteralExpression(node) ||
        ts.isPropertyAssignment(node) ||
        ts.isStringLiteral(node) ||
        ts.isNumericLiteral(node) ||
        ts.isNoSubstitutionTemplateLiteral(node) ||
        ts.isPrefixUnaryExpression(node) ||
        ts.isExpressionStatement(node) ||
        node.kind === K.TrueKeyword ||
        node.kind === K.FalseKeyword ||
        node.kind === K.NullKeyword ||
        node.kind === K.EndOfFileToken
      )
    )
      ok = false;
    ts.forEachChild(node, visit);
  };
  sf.statements.forEach(visit);
  return ok ? literal : undefined;
}

/**
 * An example's code with each stated value recorded: `expr; // 3` becomes
 * `__mamoriExampleValue(0, () => (expr), () => (3), line);`.
 * @returns `{ code, checks }` where checks are `{ index, line, literal }` (line: 0-based in the example)
 */
export function instrument(source) {
  const sf = ts.createSourceFile("example.ts", source, ts.ScriptTarget.Latest, true);
  const edits = [];
  const checks = [];
  for (const statement of sf.statements) {
    const comment = ts
      .getTrailingCommentRanges(source, statement.end)
      ?.find((c) => c.kind === ts.SyntaxKind.SingleLineCommentTrivia);
    if (!comment) continue;
    if (!ts.isExpressionStatement(statement)) continue;
    const text = source.slice(comment.pos + 2, comment.end).trim();
    const literal = leadingLiteral(text);
    if (literal === undefined) continue;
    const line = sf.getLineAndCharacterOfPosition(statement.getStart(sf)).line;
    const index = checks.length;
    // `0.034…`: the number's digits start the value's; `"Unknown key ..."`: the text starts it.
    const elidedNumber = /^-?[\d.]+$/.test(literal) && text.slice(literal.length).startsWith("…");
    const elidedText = /^["'`][\s\S]*(?:\.\.\.|…)["'`]$/.test(literal);
    const expected = elidedNumber
      ? `() => ({ startsWith: ${JSON.stringify(literal)} })`
      : elidedText
        ? `() => ({ startsWith: (${literal}).replace(/(?:\\.\\.\\.|…)$/, "") })`
        : `() => (${literal})`;
    {
      let expr = statement.expression;
      // console.log(x): what it prints, the value of x.
      if (
        ts.isCallExpression(expr) &&
        expr.getText(sf).startsWith("console.log(") &&
        expr.arguments.length === 1
      )
        expr = expr.arguments[0];
      edits.push({
        start: statement.getStart(sf),
        end: statement.end,
        text: `${RECORD}(${index}, () => (${expr.getText(sf)}), ${expected});`,
      });
    }
    checks.push({ index, line, literal: text.slice(0, literal.length + (elidedNumber ? 1 : 0)) });
  }
  let code = source;
  for (const e of edits.sort((a, b) => b.start - a.start))
    code = code.slice(0, e.start) + e.text + code.slice(e.end);
  return { code, checks };
}

/** The child process: imports each module in turn and reports every recorded value. */
const RUNNER = `
import { isDeepStrictEqual, inspect } from "node:util";
const files = JSON.parse(process.argv[2]);
let current;
globalThis.${RECORD} = (index, actual, expected) => {
  const check = { index };
  try {
    let value = actual();
    if (value instanceof Map) value = [...value];
    if (value instanceof Set) value = [...value];
    const want = expected();
    if (want && typeof want === "object" && !Array.isArray(want) && Object.keys(want).join() === "startsWith")
      check.ok = (typeof value === "string" || typeof value === "number") && String(value).startsWith(want.startsWith);
    else check.ok = isDeepStrictEqual(JSON.parse(JSON.stringify(value) ?? "null"), JSON.parse(JSON.stringify(want) ?? "null")) && (value === undefined) === (want === undefined);
    if (!check.ok) check.actual = inspect(value, { depth: 6, breakLength: Infinity });
  } catch (e) {
    check.ok = false;
    check.actual = "threw " + (e && e.message);
  }
  current.checks.push(check);
};
const quiet = () => {};
for (const k of ["log", "info", "warn", "error", "debug", "table", "dir"]) console[k] = quiet;
process.exit = (code) => { throw new Error("process.exit(" + code + ") called"); };
for (const file of files) {
  current = { file, checks: [] };
  process.stdout.write(JSON.stringify({ start: file }) + "\\n");
  try {
    await import(file);
  } catch (e) {
    current.error = String((e && e.stack) || e).split("\\n").slice(0, 3).join("\\n");
  }
  process.stdout.write(JSON.stringify(current) + "\\n");
}
process.stdout.write(JSON.stringify({ done: true }) + "\\n");
process.exitCode = 0;
setImmediate(() => process.reallyExit(0));
`;

/**
 * Run examples (as `checkExamples` lists them: `{ source, line, file }`), except those in `skip`
 * (a Map from `source:line` to the reason it cannot run in Node).
 * @returns `{ ran, skipped, failures, checked }`: `ran`/`skipped` are the examples, `checked` the
 * number of stated values compared, `failures` `{ source, line, message }` with `line` in the
 * source file.
 */
export function runExamples(examples, { root = defaultRoot, skip = new Map() } = {}) {
  const outDir = join(root, "test-output", "examples-run");
  rmSync(outDir, { recursive: true, force: true });
  const ran = [];
  const skipped = [];
  const plans = new Map();
  for (const e of examples) {
    const key = `${e.source}:${e.line}`;
    if (skip.has(key)) {
      skipped.push(e);
      continue;
    }
    const source = ts.sys.readFile(e.file) ?? "";
    const { code, checks } = instrument(source);
    const js = ts.transpileModule(code, {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
      fileName: e.file,
    }).outputText;
    const out = join(outDir, relative(join(root, "test-output", "examples"), e.file)).replace(
      /\.ts$/,
      ".mjs",
    );
    mkdirSync(dirname(out), { recursive: true });
    // An empty export keeps a module without imports a module.
    writeFileSync(out, `${js}\nexport {};\n`);
    plans.set(pathToFileURL(out).href, { example: e, checks });
    ran.push(e);
  }
  const runner = join(outDir, "runner.mjs");
  writeFileSync(runner, RUNNER);
  const r = spawnSync(process.execPath, [runner, JSON.stringify([...plans.keys()])], {
    cwd: root,
    encoding: "utf8",
    timeout: 120_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  const lines = r.stdout
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l));
  const results = lines.filter((l) => l.file);
  if (!lines.some((l) => l.done)) {
    // The runner died: the example it had started is the culprit.
    const last = lines.filter((l) => l.start).at(-1)?.start;
    const example = plans.get(last)?.example;
    throw new Error(
      `the example runner stopped (${r.status ?? r.signal}) in ${example ? `${example.source}:${example.line}` : "?"}: ${r.stderr.slice(0, 2000)}`,
    );
  }
  const failures = [];
  let checked = 0;
  for (const result of results) {
    const { example, checks } = plans.get(result.file);
    const at = (line) => example.line + line;
    if (result.error)
      failures.push({ source: example.source, line: example.line, message: result.error });
    for (const c of checks) {
      const got = result.checks.find((x) => x.index === c.index);
      checked++;
      if (!got) {
        if (!result.error)
          failures.push({ source: example.source, line: at(c.line), message: "never reached" });
      } else if (!got.ok)
        failures.push({
          source: example.source,
          line: at(c.line),
          message: `says ${c.literal}, is ${got.actual}`,
        });
    }
  }
  return { ran, skipped, failures, checked };
}

/** One line per failure: `path:line message`. */
export function formatRunFailures(failures) {
  return failures.map((f) => `${f.source}:${f.line} ${f.message}`).join("\n");
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { checkExamples } = await import("./check-examples.mjs");
  const { EXAMPLES_NOT_RUN } = await import("./examples-not-run.mjs");
  const started = performance.now();
  const { examples } = checkExamples();
  const { ran, skipped, failures, checked } = runExamples(examples, { skip: EXAMPLES_NOT_RUN });
  if (failures.length > 0) console.error(formatRunFailures(failures));
  console.log(
    `${ran.length} examples run, ${skipped.length} not run, ${checked} stated values checked, ${failures.length} failures, ${Math.round(performance.now() - started)} ms`,
  );
  process.exitCode = failures.length > 0 ? 1 : 0;
}
