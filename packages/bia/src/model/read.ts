import { validateDocument } from "@mamori/core";
import { DEFAULT_IMPACT_SCALE, IMPACT_CATEGORIES } from "@mamori/core/domain";
import type { TierDefinition } from "../recovery/tiers.js";
import { BusinessImpactAnalysisSchema } from "../schema.js";
import { flatConcat } from "./compact.js";
import type { DurationReader } from "./durations.js";
import type { Reporter } from "./reporter.js";
import type {
  BiaNodeType,
  CategoryInfo,
  CompileOptions,
  CompileSource,
  ScenarioEntry,
} from "./types.js";

// The read pass of compileBia: each document is validated by its schema, then read as plain
// data (a document with problems is still read as far as it goes), and its nodes are
// registered. Later passes (adjacency, minutes, ratings) work on the node table built here.

/** A plain object as read from a document. @internal */
export type Rec = Record<string, unknown>;
/** True for a plain object (not null, not an array). @internal */
export const isRec = (v: unknown): v is Rec =>
  typeof v === "object" && v !== null && !Array.isArray(v);
/** The array, or an empty one. @internal */
export const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
/** A non-empty string, or null. @internal */
export const str = (v: unknown): string | null =>
  typeof v === "string" && v.length > 0 ? v : null;

/** Minutes of a duration, or NaN when absent or unusable (its problem reported once). @internal */
export function minutesOrNaN(durations: DurationReader, value: unknown, path: string): number {
  return durations.minutes(value, path) ?? Number.NaN;
}

/**
 * Report the problems of the durations a scenario's type reads (negative, calendar units,
 * too large), where every other duration of the document is reported: `expandScenario`
 * then reads them without a word. A custom scenario reads its failures' `start` and
 * `duration`; the other types their own, and a power outage its rolling-blackout windows'.
 */
function reportScenarioDurations(s: Rec, path: string, durations: DurationReader): void {
  const check = (o: unknown, p: string) => {
    if (!isRec(o)) return;
    durations.minutes(o.start, `${p}/start`);
    durations.minutes(o.duration, `${p}/duration`);
  };
  if (s.type === "custom") {
    arr(s.failures).forEach((f, i) => {
      check(f, `${path}/failures/${i}`);
    });
    return;
  }
  check(s, path);
  if (s.type === "power-outage")
    arr(s.rollingBlackout).forEach((w, i) => {
      check(w, `${path}/rollingBlackout/${i}`);
    });
}

/** Ratings of a process as read, before carrying forward. @internal */
export interface PendingProcess {
  node: number;
  raw: Rec;
  path: string;
  timePoints: number[];
  timePointTexts: string[];
  categories: CategoryInfo[];
  scaleValues: Set<number>;
  margin: number;
  /** Category id → position in `categories` (one Map per document, not per process). */
  catIndex: Map<string, number>;
  /** Time point in minutes → position in `timePoints`. */
  tIndex: Map<number, number>;
}

/** The nodes registered so far, one entry per node in every list. @internal */
export interface NodeTable {
  ids: string[];
  names: string[];
  namesJa: string[];
  types: BiaNodeType[];
  paths: string[];
  kinds: (string | null)[];
  sites: (string | null)[];
  hosting: (string | null)[];
  raws: Rec[];
  nodeOrg: (string | null)[];
  indexOf: Map<string, number>;
}

/** What the read pass returns. @internal */
export interface ReadResult {
  table: NodeTable;
  /** Processes in node order, with what their ratings are read against. */
  pending: PendingProcess[];
  scenarios: ScenarioEntry[];
  tiers: TierDefinition[] | null;
}

/** `org:id` for a plain id inside an organisation's document; an `x:y` id is kept. @internal */
export const qualify = (org: string | null, id: string): string =>
  org !== null && !id.includes(":") ? `${org}:${id}` : id;

/** Add a node to the table; its index. @internal */
export function addNode(
  t: NodeTable,
  id: string,
  type: BiaNodeType,
  raw: Rec,
  path: string,
  org: string | null,
): number {
  const i = t.ids.length;
  t.ids.push(id);
  t.names.push(str(raw.name) ?? id);
  t.namesJa.push(str(raw.nameJa) ?? str(raw.name) ?? id);
  t.types.push(type);
  t.paths.push(path);
  t.kinds.push(str(raw.kind));
  const h = isRec(raw.hosting) ? raw.hosting : {};
  t.sites.push(str(raw.site) ?? str(h.site));
  t.hosting.push(str(h.type));
  t.raws.push(raw);
  t.nodeOrg.push(org);
  t.indexOf.set(id, i);
  return i;
}

/**
 * Validate each document and register its nodes (another organisation's node described as an
 * external is registered last: in a group, the organisation that owns it may define it for
 * real), its scenarios and its tier table. @internal
 */
export function readSources(
  sources: readonly CompileSource[],
  options: CompileOptions,
  rep: Reporter,
  durations: DurationReader,
): ReadResult {
  const locale = options.locale ?? "en";
  const group = sources.length > 1 || sources.some((s) => s.org !== null);
  const table: NodeTable = {
    ids: [],
    names: [],
    namesJa: [],
    types: [],
    paths: [],
    kinds: [],
    sites: [],
    hosting: [],
    raws: [],
    nodeOrg: [],
    indexOf: new Map(),
  };
  const pending: PendingProcess[] = [];
  const scenarios: ScenarioEntry[] = [];
  let tiers: TierDefinition[] | null = null;
  let tiersKey = "";

  type Entry = { raw: Rec; type: BiaNodeType; path: string; org: string | null; id: string };
  const deferred: Entry[] = [];
  /** Adds the entry's node unless its id is taken; its index, or -1. */
  const register = (e: Entry, aliasOk = false): number => {
    const first = table.indexOf.get(e.id);
    if (first !== undefined) {
      if (aliasOk) return -1;
      rep.add(
        "document/duplicate-id",
        "error",
        `${e.path}/id`,
        { id: e.raw.id as string },
        {
          related: [{ path: `${table.paths[first]}/id` }],
        },
      );
      return -1;
    }
    return addNode(table, e.id, e.type, e.raw, e.path, e.org);
  };

  for (const src of sources) {
    const base = src.basePath;
    const v = validateDocument(BusinessImpactAnalysisSchema, src.input, {
      locale,
      kind: "BusinessImpactAnalysis",
    });
    const first = rep.list.length;
    for (const d of v.diagnostics) rep.list.push(base ? { ...d, path: base + d.path } : d);
    durations.noteSchema(first);
    if (!isRec(src.input) || src.input.kind !== "BusinessImpactAnalysis") continue;
    const doc = src.input;
    const org = group ? (src.org ?? str(doc.organisation)) : null;

    // Time points: approximate months (P1M) are normal in impact tables.
    const tps: { m: number; t: string }[] = [];
    arr(doc.timePoints).forEach((t, i) => {
      const m = durations.minutes(t, `${base}/timePoints/${i}`, "approximate");
      if (m !== undefined) tps.push({ m, t: String(t) });
    });
    for (let i = 1; i < tps.length; i++) {
      if ((tps[i] as { m: number }).m <= (tps[i - 1] as { m: number }).m) {
        rep.add("bia/time-points-unsorted", "warning", `${base}/timePoints`);
        break;
      }
    }
    tps.sort((a, b) => a.m - b.m);
    const timePoints = tps.map((t) => t.m);
    const timePointTexts = tps.map((t) => t.t);
    const unacceptable =
      typeof doc.unacceptableLevel === "number" ? doc.unacceptableLevel : Number.POSITIVE_INFINITY;
    const scale = isRec(doc.impactScale) ? doc.impactScale : DEFAULT_IMPACT_SCALE;
    const scaleValues = new Set<number>();
    for (const l of arr(scale.levels))
      if (isRec(l) && typeof l.value === "number") scaleValues.add(l.value);
    const categories: CategoryInfo[] = [];
    const docCats = Array.isArray(doc.categories) ? doc.categories : IMPACT_CATEGORIES;
    for (let ci = 0; ci < docCats.length; ci++) {
      const c = docCats[ci] as unknown;
      if (!isRec(c) || !str(c.id)) continue;
      if ((c.id as string).startsWith("x-")) {
        // `x-` keys of an impact table are extension data, never ratings: a category with
        // such an id could never be rated, so say so instead of silently ignoring it.
        rep.add("bia/reserved-category-id", "error", `${base}/categories/${ci}/id`, {
          id: c.id as string,
        });
        continue;
      }
      const builtIn = IMPACT_CATEGORIES.find((b) => b.id === c.id);
      categories.push({
        id: c.id as string,
        name: str(c.name) ?? builtIn?.name ?? (c.id as string),
        nameJa: str(c.nameJa) ?? builtIn?.nameJa ?? str(c.name) ?? (c.id as string),
        unacceptableLevel:
          typeof c.unacceptableLevel === "number" ? c.unacceptableLevel : unacceptable,
      });
    }
    let margin = 0;
    if (options.rtoMargin !== undefined) margin = options.rtoMargin;
    else if (doc.rtoMargin !== undefined) {
      margin = durations.minutes(doc.rtoMargin, `${base}/rtoMargin`) ?? 0;
    }

    // What every process of this document is read against (one object per document).
    const meta = {
      timePoints,
      timePointTexts,
      categories,
      scaleValues,
      margin,
      catIndex: new Map(categories.map((c, i) => [c.id, i])),
      tIndex: new Map(timePoints.map((m, i) => [m, i])),
    };
    const lists: [string, BiaNodeType][] = [
      ["processes", "process"],
      ["services", "service"],
      ["resources", "resource"],
      ["externals", "external"],
    ];
    for (const [key, type] of lists) {
      const prefix = `${base}/${key}/`;
      arr(doc[key]).forEach((raw, i) => {
        if (!isRec(raw) || !str(raw.id)) return;
        const entry = {
          raw,
          type,
          path: flatConcat(prefix, i),
          org,
          id: qualify(org, raw.id as string),
        };
        // Another organisation's node described here is registered last: in a group, the
        // organisation that owns it may define it for real.
        if (type === "external" && (raw.id as string).includes(":")) deferred.push(entry);
        else {
          const v = register(entry);
          // Processes are registered in index order, so `pending` is too.
          if (v >= 0 && type === "process")
            pending.push({ node: v, raw, path: entry.path, ...meta });
        }
      });
    }
    arr(doc.scenarios).forEach((s, i) => {
      if (!isRec(s)) return;
      const path = `${base}/scenarios/${i}`;
      reportScenarioDurations(s, path, durations);
      scenarios.push({ path, org, scenario: s });
    });
    if (Array.isArray(doc.tiers)) {
      const own = readTiers(doc.tiers, `${base}/tiers`, rep, durations);
      const key = JSON.stringify(own);
      if (tiers === null) {
        tiers = own;
        tiersKey = key;
      } else if (key !== tiersKey) rep.add("bia/tiers-differ", "warning", `${base}/tiers`);
    }
  }

  for (const e of deferred) register(e, group);

  return { table, pending, scenarios, tiers };
}

/**
 * Read a document's tier table: rows in ascending order, each from `from` (inclusive; default
 * just above the previous row's `upTo`) to `upTo` (inclusive; default no limit). A row whose
 * `from` is after its `upTo` (`bia/tier-empty-range`), that does not start above the previous
 * row (`bia/tiers-overlap`, also any row after one without `upTo`) or whose id repeats
 * (`document/duplicate-id`) is reported and left out; gaps between rows are allowed.
 */
function readTiers(
  rows: unknown[],
  path: string,
  rep: Reporter,
  durations: DurationReader,
): TierDefinition[] {
  const out: TierDefinition[] = [];
  const seen = new Map<string, number>();
  rows.forEach((row, i) => {
    if (!isRec(row) || !str(row.id)) return;
    const id = row.id as string;
    const p = `${path}/${i}`;
    const first = seen.get(id);
    if (first !== undefined) {
      rep.add(
        "document/duplicate-id",
        "error",
        `${p}/id`,
        { id },
        { related: [{ path: `${path}/${first}/id` }] },
      );
      return;
    }
    seen.set(id, i);
    const minutes = (v: unknown, field: string): number | null | undefined => {
      if (v === undefined) return undefined;
      return durations.minutes(v, `${p}/${field}`) ?? null;
    };
    const from = minutes(row.from, "from");
    const upTo = minutes(row.upTo, "upTo");
    // A malformed bound is reported by the schema: leave the row out rather than guess.
    if (from === null || upTo === null) return;
    if (from !== undefined && upTo !== undefined && from > upTo) {
      rep.add("bia/tier-empty-range", "error", p, { id });
      return;
    }
    const prev = out[out.length - 1];
    if (
      prev !== undefined &&
      (prev.maxMinutes === null ||
        (from !== undefined && from <= prev.maxMinutes) ||
        (upTo !== undefined && upTo <= prev.maxMinutes))
    ) {
      rep.add("bia/tiers-overlap", "error", p, { id, previous: prev.id });
      return;
    }
    const name = str(row.name) ?? id;
    out.push({
      id,
      ...(from !== undefined ? { minMinutes: from } : {}),
      maxMinutes: upTo ?? null,
      name,
      nameJa: str(row.nameJa) ?? name,
    });
  });
  return out;
}
