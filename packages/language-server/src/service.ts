import type { BiaProcessResult } from "@mamori/bia";
import { type Diagnostic, formatDuration, type Locale, localize } from "@mamori/core";
import { ruleDocs, rules } from "@mamori/plan-validator";
import {
  type CodeAction,
  CodeActionKind,
  type CompletionItem,
  CompletionItemKind,
  DiagnosticSeverity,
  type Hover,
  type Location,
  type Diagnostic as LspDiagnostic,
  MarkupKind,
  type Position,
  type Range,
} from "vscode-languageserver";
import { AnalysisCache, DOCUMENT_KINDS, diagnose, distance } from "./analysis.js";
import { type Doc, folderOf, makeDoc } from "./documents.js";
import { schemasAt, segments, type Target, targetAt, toLspRange } from "./locate.js";

type Pos = Position;

/**
 * Options of {@link createLanguageService}.
 *
 * @example
 * ```ts
 * import type { LanguageServiceOptions } from "@mamori/language-server";
 * const o: LanguageServiceOptions = { locale: "ja", now: "2026-11-27" };
 * ```
 *
 * @category Language service
 */
export interface LanguageServiceOptions {
  /** Locale of messages (default `en`; the server takes the client's). */
  locale?: Locale;
  /** The day the date rules check against (an ISO date); default: the day of each check. */
  now?: string;
  /**
   * The other documents of a folder, not open in the editor: URI and text of each `.yaml`,
   * `.yml` and `.json` file. The stdio server reads them from disk; without it only open
   * documents are cross-checked.
   */
  listFolder?: (folderUri: string) => ReadonlyArray<{ uri: string; text: string }>;
}

/**
 * mamori's language features on plain data — what the server answers, without a connection,
 * so it can run anywhere (a web worker, a test). Positions and ranges are LSP's: zero-based,
 * in UTF-16 code units.
 *
 * @example
 * ```ts
 * import { createLanguageService } from "@mamori/language-server";
 * const service = createLanguageService({ now: "2026-11-27" });
 * service.open("file:///org/organisation.yaml", "kind: Organisation\nschemaVersion: '1.0'\nid: x\nname: X\nscope: individual\nbogus: 1\n");
 * service.diagnostics("file:///org/organisation.yaml")[0]?.code; // "schema/unknown-key"
 * ```
 *
 * @category Language service
 */
export interface LanguageService {
  /**
   * The editor opened a document.
   *
   * @param uri - The document's URI, such as `file:///org/plan.yaml`; clients' different percent-encodings of one path are the same document.
   * @param text - The document's whole text, YAML or JSON.
   */
  open(uri: string, text: string): void;
  /**
   * The editor changed an open document (its full new text).
   *
   * @param uri - The document's URI, such as `file:///org/plan.yaml`.
   * @param text - The document's whole new text (full-text sync, not an edit).
   */
  change(uri: string, text: string): void;
  /**
   * The editor closed a document: its text on disk counts again.
   *
   * @param uri - The document's URI, such as `file:///org/plan.yaml`.
   */
  close(uri: string): void;
  /**
   * A file of a folder changed on disk (`text` undefined: deleted). Open documents keep the editor's text.
   *
   * @param uri - The changed file's URI.
   * @param text - The file's new text, or `undefined` when it was deleted.
   */
  fileChanged(uri: string, text: string | undefined): void;
  /**
   * The open documents whose diagnostics depend on `uri` (itself included, if open): the folder's.
   *
   * @param uri - The URI of the document that changed, open or not.
   */
  affected(uri: string): string[];
  /**
   * The diagnostics of a document, LSP-shaped: the rule id as `code`, its page as `codeDescription`.
   *
   * @param uri - The document's URI; a document the service has not been given gives an empty list.
   */
  diagnostics(uri: string): LspDiagnostic[];
  /**
   * Hover: a property's description, a rule's docs, a BIA node's computed objectives.
   *
   * @param uri - The document's URI, such as `file:///org/plan.yaml`.
   * @param position - The cursor: zero-based line and character, in UTF-16 code units; a position outside the document gets an empty answer.
   */
  hover(uri: string, position: Pos): Hover | null;
  /**
   * Completion: keys, enum values, and ids that a reference may name.
   *
   * @param uri - The document's URI, such as `file:///org/plan.yaml`.
   * @param position - The cursor: zero-based line and character, in UTF-16 code units; a position outside the document gets an empty answer.
   */
  completion(uri: string, position: Pos): CompletionItem[];
  /**
   * Where the id under the cursor is defined, in the folder's documents.
   *
   * @param uri - The document's URI, such as `file:///org/plan.yaml`.
   * @param position - The cursor: zero-based line and character, in UTF-16 code units; a position outside the document gets an empty answer.
   */
  definition(uri: string, position: Pos): Location[];
  /**
   * Every use of the id under the cursor in the folder's documents, its definition included.
   *
   * @param uri - The document's URI, such as `file:///org/plan.yaml`.
   * @param position - The cursor: zero-based line and character, in UTF-16 code units; a position outside the document gets an empty answer.
   */
  references(uri: string, position: Pos): Location[];
  /**
   * Quick fixes for the given diagnostics: a did-you-mean replaced, where the fix is certain.
   *
   * @param uri - The document's URI, such as `file:///org/plan.yaml`.
   * @param range - The selection the client asks about, zero-based, in UTF-16 code units.
   * @param diagnostics - The diagnostics the client sends with the request, as {@link LanguageService.diagnostics} gave them; only those get fixes.
   */
  codeActions(uri: string, range: Range, diagnostics: readonly LspDiagnostic[]): CodeAction[];
  /**
   * Change the locale of messages and hovers.
   *
   * @param locale - The new language, `en` or `ja`; every later answer uses it.
   */
  setLocale(locale: Locale): void;
}

/**
 * One spelling of a URI: clients encode paths differently (VS Code writes `%28` for `(` and
 * `c%3A` for a drive; Node's pathToFileURL does neither), so documents are keyed by their
 * path segments decoded and encoded again one way, a drive letter in lower case.
 */
function canonical(uri: string): string {
  const m = /^([a-z][a-z0-9+.-]*:\/\/[^/]*)(\/.*)?$/i.exec(uri);
  if (!m) return uri;
  const path = (m[2] ?? "")
    .split("/")
    .map((seg) => {
      let raw = seg;
      try {
        raw = decodeURIComponent(seg);
      } catch {
        // Not percent-encoding: as written.
      }
      return encodeURIComponent(raw).replace(
        /[!'()*]/g,
        (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
      );
    })
    .join("/")
    .replace(/^\/([a-zA-Z])%3A/, (_, d: string) => `/${d.toLowerCase()}%3A`);
  return `${(m[1] as string).toLowerCase()}${path}`;
}

/** The `kind` of each reference property: what its ids name. */
const REFERENCE_COLLECTIONS: Readonly<Record<string, readonly string[]>> = {
  roles: ["roles"],
  role: ["roles"],
  successors: ["roles"],
  lead: ["roles"],
  members: ["roles"],
  owner: ["roles", "units"],
  approver: ["roles"],
  activationAuthority: ["roles"],
  direct: ["roles"],
  evaluate: ["roles"],
  monitor: ["roles"],
  report: ["roles"],
  oversee: ["roles"],
  implement: ["roles"],
  service: ["services", "requirements", "processes"],
  services: ["services", "requirements", "processes"],
  process: ["processes"],
  processes: ["processes"],
  dependsOn: ["services", "resources", "externals", "processes", "requirements"],
  anyOf: ["services", "resources", "externals"],
  source: ["resources"],
  site: ["sites", "alternateSites"],
  sites: ["sites", "alternateSites"],
  measure: ["measures"],
  scenario: ["scenarios"],
  activity: ["activities"],
  team: ["teams"],
};

/** One id defined in a document: where, and in which collection (`roles`, `processes`…). */
interface Definition {
  id: string;
  collection: string;
  uri: string;
  pointer: string;
  range: Range;
  name?: string;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

const definitionCache = new WeakMap<Doc, Definition[]>();

/** `findDefinitions`, once per document text: a document is a new object after each change. */
function definitionsOf(doc: Doc): Definition[] {
  let found = definitionCache.get(doc);
  if (!found) {
    found = findDefinitions(doc);
    definitionCache.set(doc, found);
  }
  return found;
}

/** The ids a document defines: members of a list of objects with an `id` (or a plan requirement's `service`). */
function findDefinitions(doc: Doc): Definition[] {
  const parsed = doc.parsed.data !== undefined ? doc.parsed : doc.lastGood;
  if (!parsed) return [];
  const out: Definition[] = [];
  const walk = (value: unknown, pointer: string, name: string) => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        const p = `${pointer}/${i}`;
        if (isObj(item)) {
          const key =
            typeof item.id === "string"
              ? "id"
              : name === "requirements" && typeof item.service === "string"
                ? "service"
                : undefined;
          if (key) {
            const loc = parsed.positions.get(`${p}/${key}`);
            if (loc)
              out.push({
                id: item[key] as string,
                collection: name,
                uri: doc.uri,
                pointer: `${p}/${key}`,
                range: toLspRange(loc.value),
                ...(typeof item.name === "string" ? { name: item.name } : {}),
              });
          }
        }
        walk(item, p, name);
      });
    } else if (isObj(value)) {
      for (const [k, v] of Object.entries(value))
        walk(v, `${pointer}/${k.replace(/~/g, "~0").replace(/\//g, "~1")}`, k);
    }
  };
  walk(parsed.data, "", "");
  return out;
}

function severityOf(s: Diagnostic["severity"]): DiagnosticSeverity {
  return s === "error"
    ? DiagnosticSeverity.Error
    : s === "warning"
      ? DiagnosticSeverity.Warning
      : DiagnosticSeverity.Information;
}

/** The page of a rule (its `docs.url`), for `codeDescription`. */
function ruleUrl(code: string): string | undefined {
  const id = code.split(":")[0] as string;
  const rule = (rules as Readonly<Record<string, (typeof rules)[keyof typeof rules]>>)[id];
  return rule ? ruleDocs(rule)?.url : undefined;
}

/** A mamori diagnostic as LSP's. @internal */
export function toLspDiagnostic(d: Diagnostic): LspDiagnostic {
  const out: LspDiagnostic = {
    range: d.range
      ? toLspRange(d.range)
      : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: severityOf(d.severity),
    code: d.code,
    source: "mamori",
    message: d.message,
    data: { path: d.path, ...(d.data ? { data: d.data } : {}) },
  };
  const url = ruleUrl(d.code);
  if (url) out.codeDescription = { href: url };
  return out;
}

const minutes = (m: number | null, locale: Locale) =>
  m === null ? "—" : formatDuration(m, locale);

/** Hover text of a BIA process. */
function processHover(p: BiaProcessResult, locale: Locale): string {
  const ja = locale === "ja";
  const rows = ja
    ? [
        ["最大許容停止時間（MTPD）", minutes(p.mtpdMinutes, locale)],
        ["目標復旧時間（RTO）", minutes(p.rtoMinutes, locale)],
        ["目標復旧ポイント（RPO）", minutes(p.rpoMinutes, locale)],
        ["達成可能な復旧時間", minutes(p.achievableMinutes, locale)],
        ["ティア", p.tierNameJa ?? p.tierName ?? p.tier ?? "—"],
      ]
    : [
        ["Maximum tolerable period of disruption (MTPD)", minutes(p.mtpdMinutes, locale)],
        ["Recovery time objective (RTO)", minutes(p.rtoMinutes, locale)],
        ["Recovery point objective (RPO)", minutes(p.rpoMinutes, locale)],
        ["Achievable recovery time", minutes(p.achievableMinutes, locale)],
        ["Tier", p.tierName ?? p.tier ?? "—"],
      ];
  const head = `**${p.name}** (${p.id})${p.timeCritical ? (ja ? " — 時間的制約のある業務" : " — time-critical") : ""}`;
  const path =
    p.criticalPath.length > 1
      ? `\n\n${ja ? "クリティカルパス" : "Critical path"}: ${p.criticalPath.join(" → ")}`
      : "";
  return `${head}\n\n${rows.map(([k, v]) => `- ${k}: ${v}`).join("\n")}${path}`;
}

/**
 * Create mamori's language service: documents in, LSP-shaped answers out.
 *
 * @param options - The locale (default `en`), the day date rules check against (default the day of each check), and how to list a folder's other documents (without it only open documents are cross-checked).
 *
 * @example
 * ```ts
 * import { createLanguageService } from "@mamori/language-server";
 * const service = createLanguageService();
 * service.open("file:///a/plan.yaml", "kind: ContinuityPlan\nschemaVersion: '1.0'\n");
 * service.completion("file:///a/plan.yaml", { line: 2, character: 0 }).some((c) => c.label === "preIncident"); // true
 * ```
 *
 * @category Language service
 */
export function createLanguageService(options: LanguageServiceOptions = {}): LanguageService {
  let locale: Locale = options.locale ?? "en";
  const docs = new Map<string, Doc>();
  const loadedFolders = new Set<string>();
  const cache = new AnalysisCache();
  const now = () => options.now ?? new Date().toISOString().slice(0, 10);

  // Documents and folders are keyed by one spelling of their URI (see `canonical`); each
  // document keeps the URI it came with, which is what the client is answered with.
  const key = (uri: string) => canonical(uri);
  const loadFolder = (folder: string) => {
    if (loadedFolders.has(key(folder)) || !options.listFolder) return;
    loadedFolders.add(key(folder));
    let files: ReadonlyArray<{ uri: string; text: string }> = [];
    try {
      files = options.listFolder(folder);
    } catch {
      files = [];
    }
    for (const f of files)
      if (!docs.has(key(f.uri))) docs.set(key(f.uri), makeDoc(f.uri, f.text, false));
  };
  /** Forget a folder's listing (and its parent's, for `attestations/`): read again when needed. */
  const forgetFolder = (uri: string) => {
    const folder = folderOf(key(uri));
    loadedFolders.delete(folder);
    if (folder.endsWith("/attestations")) loadedFolders.delete(folderOf(folder));
  };
  const folderDocs = (uri: string): Doc[] => {
    const folder = folderOf(uri);
    loadFolder(folder);
    loadFolder(`${folder}/attestations`);
    const here = folderOf(key(uri));
    return [...docs.values()].filter((d) => {
      const f = folderOf(key(d.uri));
      return f === here || f === `${here}/attestations`;
    });
  };
  const dataOf = (doc: Doc) => (doc.parsed.data !== undefined ? doc.parsed : doc.lastGood);

  const service: LanguageService = {
    open(uri, text) {
      loadFolder(folderOf(uri));
      docs.set(key(uri), makeDoc(uri, text, true, docs.get(key(uri))));
    },
    change(uri, text) {
      docs.set(key(uri), makeDoc(uri, text, true, docs.get(key(uri))));
    },
    close(uri) {
      const d = docs.get(key(uri));
      if (!d) return;
      // The disk's text counts again; the folder listing is read afresh when next needed.
      docs.delete(key(uri));
      forgetFolder(uri);
    },
    fileChanged(uri, text) {
      const d = docs.get(key(uri));
      if (d?.open) return;
      if (text === undefined) {
        // Changed, created or deleted on disk: read the folder again when next needed.
        docs.delete(key(uri));
        forgetFolder(uri);
      } else docs.set(key(uri), makeDoc(uri, text, false, d));
    },
    affected(uri) {
      const folder = folderOf(key(uri)).replace(/\/attestations$/, "");
      return [...docs.values()]
        .filter((d) => d.open && (folderOf(key(d.uri)) === folder || key(d.uri) === key(uri)))
        .map((d) => d.uri)
        .sort();
    },
    diagnostics(uri) {
      const doc = docs.get(key(uri));
      if (!doc) return [];
      return diagnose(doc, folderDocs(uri), cache, locale, now()).map(toLspDiagnostic);
    },
    hover(uri, position) {
      const doc = docs.get(key(uri));
      const parsed = doc && dataOf(doc);
      if (!doc || !parsed) return null;
      const target = targetAt(parsed.positions, position);
      if (!target) return null;
      const path = segments(target.pointer);
      const value = valueAt(parsed.data, path);
      // A rule id, wherever it is written (a config's `rules`, a plan's exceptions).
      const word =
        target.on === "key" ? path[path.length - 1] : typeof value === "string" ? value : undefined;
      const rule =
        word !== undefined
          ? (rules as Readonly<Record<string, (typeof rules)[keyof typeof rules]>>)[word]
          : undefined;
      if (rule) {
        const d = ruleDocs(rule);
        const text = d
          ? `**${rule.meta.id}**\n\n${localize(d.description, locale)}\n\n${localize(d.rationale, locale)}${d.url ? `\n\n[${rule.meta.id}](${d.url})` : ""}`
          : `**${rule.meta.id}**`;
        return { contents: { kind: MarkupKind.Markdown, value: text }, range: target.range };
      }
      // An id of a BIA process: its computed objectives.
      if (target.on === "value" && typeof value === "string") {
        const folder = folderDocs(uri);
        const biaDoc = folder
          .filter((d) => d.kind === "BusinessImpactAnalysis" && d.parsed.data !== undefined)
          .sort((a, b) => (a.uri < b.uri ? -1 : 1))[0];
        if (biaDoc) {
          const bia = cache.bia(biaDoc, locale);
          const p = bia.processes.find((x) => x.id === value);
          if (p)
            return {
              contents: { kind: MarkupKind.Markdown, value: processHover(p, locale) },
              range: target.range,
            };
          const node = bia.nodes.find((n) => n.id === value);
          if (node) {
            const ja = locale === "ja";
            const tierName = (id: string | null) => {
              const t = bia.tiers.find((x) => x.id === id);
              return (ja ? (t?.nameJa ?? t?.name) : t?.name) ?? id ?? "—";
            };
            const text = `**${node.name}** (${node.id}, ${node.type})\n\n- ${ja ? "必要な復旧時間" : "Required recovery time"}: ${minutes(node.requiredRtoMinutes, locale)}\n- ${ja ? "達成可能な復旧時間" : "Achievable recovery time"}: ${minutes(node.achievableMinutes, locale)}\n- ${ja ? "ティア" : "Tier"}: ${tierName(node.tier)}`;
            return { contents: { kind: MarkupKind.Markdown, value: text }, range: target.range };
          }
        }
      }
      // A property: its description from the schema.
      if (doc.kind) {
        const candidates = schemasAt(doc.kind, path, parsed.data);
        const description = candidates.map((s) => s.description).find((x) => typeof x === "string");
        if (typeof description === "string") {
          const name = path[path.length - 1] ?? doc.kind;
          return {
            contents: { kind: MarkupKind.Markdown, value: `**${name}**\n\n${description}` },
            range: target.range,
          };
        }
      }
      return null;
    },
    completion(uri, position) {
      const doc = docs.get(key(uri));
      if (!doc) return [];
      const parsed = dataOf(doc);
      const kind = doc.kind;
      const lines = doc.text.split(/\r?\n/);
      const line = lines[position.line] ?? "";
      const prefix = line.slice(0, position.character);
      // `key: |` or `key: [a, |`: a value of `key`.
      const valueMatch = /^(\s*)(?:-\s+)?([\w$-]+):\s*(?:\[(?:[^\]]*,)?\s*)?([\w.-]*)$/.exec(
        prefix,
      );
      const flowMatch = /([\w$-]+):\s*\[(?:[^\]]*,)?\s*([\w.-]*)$/.exec(prefix);
      const keyMatch = /^(\s*)(-\s+)?([\w$-]*)$/.exec(prefix);
      if (/^kind:\s*\w*$/.test(prefix.trim()))
        return [...DOCUMENT_KINDS.keys()]
          .sort()
          .map((k) => ({ label: k, kind: CompletionItemKind.EnumMember }));
      if (!kind) return [];
      const parentPath = parsed ? parentAt(parsed.positions, lines, position) : [];
      const match = flowMatch ?? valueMatch;
      if (match) {
        const key = (flowMatch ? flowMatch[1] : valueMatch?.[2]) as string;
        const items: CompletionItem[] = [];
        for (const s of parsed ? schemasAt(kind, [...parentPath, key], parsed.data) : []) {
          for (const e of enumsOf(s)) items.push({ label: e, kind: CompletionItemKind.EnumMember });
          if (s.type === "boolean" || (Array.isArray(s.type) && s.type.includes("boolean")))
            items.push(
              { label: "true", kind: CompletionItemKind.Value },
              { label: "false", kind: CompletionItemKind.Value },
            );
        }
        const collections = REFERENCE_COLLECTIONS[key];
        if (collections) {
          const seen = new Set(items.map((i) => i.label));
          for (const d of folderDocs(uri).flatMap(definitionsOf))
            if (collections.includes(d.collection) && !seen.has(d.id)) {
              seen.add(d.id);
              items.push({
                label: d.id,
                kind: CompletionItemKind.Reference,
                detail: `${d.collection}${d.name ? ` — ${d.name}` : ""}`,
              });
            }
        }
        return dedupe(items);
      }
      if (keyMatch && parsed) {
        const present = new Set(
          Object.keys((valueAt(parsed.data, parentPath) as Obj | undefined) ?? {}),
        );
        const items: CompletionItem[] = [];
        for (const s of schemasAt(kind, parentPath, parsed.data)) {
          const props = (s.properties ?? {}) as Record<string, Obj>;
          const required = new Set(Array.isArray(s.required) ? (s.required as string[]) : []);
          for (const [name, p] of Object.entries(props)) {
            if (present.has(name)) continue;
            items.push({
              label: name,
              kind: CompletionItemKind.Property,
              insertText: `${name}: `,
              ...(required.has(name)
                ? { sortText: `0${name}`, detail: locale === "ja" ? "必須" : "required" }
                : { sortText: `1${name}` }),
              ...(typeof p.description === "string"
                ? { documentation: { kind: MarkupKind.Markdown, value: p.description } }
                : {}),
            });
          }
        }
        return dedupe(items);
      }
      return [];
    },
    definition(uri, position) {
      const found = idAt(uri, position);
      if (!found) return [];
      return folderDocs(uri)
        .flatMap(definitionsOf)
        .filter((d) => d.id === found.id)
        .map((d) => ({ uri: d.uri, range: d.range }));
    },
    references(uri, position) {
      const found = idAt(uri, position);
      if (!found) return [];
      const out: Location[] = [];
      for (const doc of folderDocs(uri)) {
        const parsed = dataOf(doc);
        if (!parsed) continue;
        for (const [pointer, loc] of parsed.positions) {
          if (valueAt(parsed.data, segments(pointer)) === found.id)
            out.push({ uri: doc.uri, range: toLspRange(loc.value) });
        }
      }
      return out.sort((a, b) =>
        a.uri < b.uri
          ? -1
          : a.uri > b.uri
            ? 1
            : a.range.start.line - b.range.start.line ||
              a.range.start.character - b.range.start.character,
      );
    },
    codeActions(uri, _range, diagnostics) {
      const doc = docs.get(key(uri));
      if (!doc) return [];
      const lines = doc.text.split(/\r?\n/);
      const actions: CodeAction[] = [];
      const fix = (d: LspDiagnostic, title: string, range: Range, newText: string) =>
        actions.push({
          title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [d],
          isPreferred: true,
          edit: { changes: { [uri]: [{ range, newText }] } },
        });
      const replaceWith = (d: LspDiagnostic, quote: string, name: string) =>
        fix(
          d,
          locale === "ja" ? `'${name}' に置き換える` : `Replace with '${name}'`,
          d.range,
          `${quote}${name}${quote}`,
        );
      for (const d of diagnostics) {
        if (d.source !== "mamori") continue;
        const payload = d.data as { path?: string; data?: Record<string, unknown> } | undefined;
        const data = payload?.data;
        // A required key that is missing: scaffolded where the object is written in block style.
        if (d.code === "schema/required" && typeof payload?.path === "string") {
          const scaffold = scaffoldAt(doc, payload.path, lines);
          if (scaffold)
            fix(
              d,
              locale === "ja" ? `'${scaffold.key}' を追加する` : `Add '${scaffold.key}'`,
              scaffold.range,
              scaffold.text,
            );
          continue;
        }
        if (d.range.start.line !== d.range.end.line) continue;
        const text = (lines[d.range.start.line] ?? "").slice(
          d.range.start.character,
          d.range.end.character,
        );
        const bare = text.replace(/^["']|["']$/g, "");
        const quote = text !== bare ? (text[0] as string) : "";
        // A did-you-mean the diagnostic itself carries (keys, enum values, rule ids).
        const suggestion = data?.suggestion;
        if (typeof suggestion === "string") {
          const wrong = Object.values(data ?? {}).filter(
            (v) => typeof v === "string" && v !== suggestion,
          );
          if (wrong.includes(bare)) replaceWith(d, quote, suggestion);
          continue;
        }
        // A dangling id in a reference: the one defined id of that kind closest to it.
        const closest = closestId(uri, payload?.path, bare);
        if (closest) replaceWith(d, quote, closest);
      }
      return actions;
    },
    setLocale(next) {
      locale = next;
    },
  };

  /**
   * The defined id closest to a dangling reference at `path`: only when the value is defined
   * nowhere in the folder, its key names a kind of id, and one id of that kind is clearly the
   * closest (at most a third of its letters away, and nearer than any other).
   */
  function closestId(uri: string, path: string | undefined, value: string): string | undefined {
    if (path === undefined || value === "") return undefined;
    const key = segments(path)
      .filter((s) => !/^\d+$/.test(s))
      .pop();
    const collections = key === undefined ? undefined : REFERENCE_COLLECTIONS[key];
    if (!collections) return undefined;
    const defs = folderDocs(uri).flatMap(definitionsOf);
    if (defs.some((d) => d.id === value)) return undefined;
    const ids = [
      ...new Set(defs.filter((d) => collections.includes(d.collection)).map((d) => d.id)),
    ];
    const ranked = ids
      .map((id) => ({ id, d: distance(value, id) }))
      .sort((a, b) => a.d - b.d || (a.id < b.id ? -1 : 1));
    const [best, next] = ranked;
    if (!best || best.d > Math.max(1, Math.floor(value.length / 3))) return undefined;
    if (next && next.d === best.d) return undefined;
    return best.id;
  }

  /** The id under the cursor: a string value that some document of the folder defines. */
  function idAt(uri: string, position: Pos): { id: string; target: Target } | undefined {
    const doc = docs.get(key(uri));
    const parsed = doc ? dataOf(doc) : undefined;
    if (!doc || !parsed) return undefined;
    const target = targetAt(parsed.positions, position);
    if (target?.on !== "value") return undefined;
    const value = valueAt(parsed.data, segments(target.pointer));
    if (typeof value !== "string") return undefined;
    const defined = folderDocs(uri)
      .flatMap(definitionsOf)
      .some((d) => d.id === value);
    return defined ? { id: value, target } : undefined;
  }

  return service;
}

function dedupe(items: CompletionItem[]): CompletionItem[] {
  const seen = new Set<string>();
  return items.filter((i) => {
    if (seen.has(i.label)) return false;
    seen.add(i.label);
    return true;
  });
}

function enumsOf(s: Obj): string[] {
  if (Array.isArray(s.enum)) return s.enum.filter((x): x is string => typeof x === "string");
  if (typeof s.const === "string") return [s.const];
  if (isObj(s.items)) return enumsOf(s.items);
  return [];
}

function valueAt(data: unknown, path: readonly string[]): unknown {
  let v = data;
  for (const seg of path) {
    if (Array.isArray(v)) v = v[Number(seg)];
    else if (isObj(v)) v = v[seg];
    else return undefined;
  }
  return v;
}

/**
 * The path of the object a new key at `position` would go into, from the last good parse and
 * the indentation of the line: the object of the nearest key above with less indentation (or
 * the list item that starts on the line). Works on half-typed YAML that no longer parses.
 */
function parentAt(
  positions: ReadonlyMap<
    string,
    {
      key?: { start: { line: number; column: number } };
      value: { start: { line: number; column: number } };
    }
  >,
  lines: readonly string[],
  position: Pos,
): string[] {
  const text = lines[position.line] ?? "";
  const indent = /^(\s*)(-\s+)?/.exec(text)?.[0].length ?? 0;
  let best: { pointer: string; line: number } | undefined;
  for (const [pointer, loc] of positions) {
    if (!loc.key) continue;
    const l = loc.key.start.line - 1;
    const c = loc.key.start.column - 1;
    if (l >= position.line && !(l === position.line && c < indent)) continue;
    if (c === indent) {
      // A sibling: same object.
      if (!best || l > best.line)
        best = { pointer: pointer.slice(0, pointer.lastIndexOf("/")), line: l };
    } else if (c < indent) {
      if (!best || l > best.line) best = { pointer, line: l };
    }
  }
  if (!best) return [];
  // Under a key whose value is a list, a new key goes into its last item.
  const path = segments(best.pointer);
  const after = [...positions.keys()].filter(
    (p) => p.startsWith(`${best.pointer}/`) && /^\d+$/.test(p.slice(best.pointer.length + 1)),
  );
  if (after.length > 0 && /-\s+/.test(text.slice(0, indent))) {
    const last = Math.max(...after.map((p) => Number(p.slice(best.pointer.length + 1))));
    return [...path, String(last + 1)];
  }
  if (after.length > 0) {
    const last = Math.max(...after.map((p) => Number(p.slice(best.pointer.length + 1))));
    return [...path, String(last)];
  }
  return path;
}

/**
 * Where and what to insert for a missing required key (`pointer` names it): a line after the
 * last member of its object, at that member's indentation, with an empty value of the key's
 * type (`[]`, `{}`, or nothing for the editor's completion). Undefined where the object is
 * written in flow style (`{ a: 1 }`) or its members are not known: there the fix is not certain.
 */
function scaffoldAt(
  doc: Doc,
  pointer: string,
  lines: readonly string[],
): { key: string; range: Range; text: string } | undefined {
  const parsed = doc.parsed.data !== undefined ? doc.parsed : doc.lastGood;
  if (!parsed || !doc.kind) return undefined;
  const path = segments(pointer);
  const key = path[path.length - 1];
  if (key === undefined) return undefined;
  const parent = path.slice(0, -1);
  const parentPointer = pointer.slice(0, pointer.lastIndexOf("/"));
  const members = [...parsed.positions]
    .filter(
      ([p, loc]) =>
        loc.key &&
        p.startsWith(`${parentPointer}/`) &&
        !p.slice(parentPointer.length + 1).includes("/"),
    )
    .map(([, loc]) => loc);
  const last = members
    .sort((a, b) => a.value.end.line - b.value.end.line || a.value.end.column - b.value.end.column)
    .pop();
  if (!last?.key) return undefined;
  const keyLine = lines[last.key.start.line - 1] ?? "";
  // Flow style: the member's key is not the first thing on its line (after an optional "- ").
  const indent = last.key.start.column - 1;
  if (!/^\s*(-\s+)?$/.test(keyLine.slice(0, indent))) return undefined;
  const schemas = schemasAt(doc.kind, [...parent, key], parsed.data);
  const type = schemas.map((s) => s.type).find((t) => typeof t === "string");
  const empty = type === "array" ? " []" : type === "object" ? " {}" : "";
  // After the last line of the last member's value (a nested block ends where its value ends).
  let end = last.value.end.line - 1;
  if (last.value.end.column === 1 && end > last.key.start.line - 1) end -= 1;
  const at = { line: end, character: (lines[end] ?? "").length };
  return {
    key,
    range: { start: at, end: at },
    text: `\n${" ".repeat(indent)}${key}:${empty}`,
  };
}
