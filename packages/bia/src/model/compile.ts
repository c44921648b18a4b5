import {
  type Diagnostic,
  type Locale,
  parseDuration,
  sortDiagnostics,
  toPointer,
  validateDocument,
} from "@mamori/core";
import { DEFAULT_IMPACT_SCALE, IMPACT_CATEGORIES } from "@mamori/core/domain";
import type { TierDefinition } from "../recovery/tiers.js";
import { BusinessImpactAnalysisSchema } from "../schema.js";
import { flatConcat, makePool, sized } from "./compact.js";
import { makeReporter } from "./reporter.js";

/**
 * The four kinds of node in a BIA dependency graph.
 *
 * @example
 * ```ts
 * import type { BiaNodeType } from "@mamori/bia";
 * const supplier: BiaNodeType = "external"; // e.g. steel-supplier or kita-th:rayong-line
 * ```
 */
export type BiaNodeType = "process" | "service" | "resource" | "external";

/**
 * An impact category as the analysis uses it: names and the level from which impact is
 * unacceptable.
 *
 * @example
 * ```ts
 * import type { CategoryInfo } from "@mamori/bia";
 * const c: CategoryInfo = { id: "financial", name: "Financial", nameJa: "財務", unacceptableLevel: 4 };
 * ```
 */
export interface CategoryInfo {
  /** Category id. */
  id: string;
  /** English name. */
  name: string;
  /** Japanese name. */
  nameJa: string;
  /** The level from which impact in this category is unacceptable. */
  unacceptableLevel: number;
}

/**
 * The BIA-specific data of one business process, in minutes and numbers.
 *
 * @example
 * ```ts
 * import { compileBia } from "@mamori/bia";
 * const { model } = compileBia({ kind: "BusinessImpactAnalysis", schemaVersion: "1.0", timePoints: ["PT4H"], unacceptableLevel: 4, processes: [{ id: "p", name: "P" }] });
 * model.processes[0]?.node; // 0
 * ```
 */
export interface ProcessInfo {
  /** Index of the process node in the model. */
  node: number;
  /** Time points of its document, in minutes, ascending. */
  timePoints: number[];
  /** Time points as written (ISO 8601), aligned with `timePoints`. */
  timePointTexts: string[];
  /** Categories of its document. */
  categories: CategoryInfo[];
  /**
   * Ratings per category (same order as `categories`) per time point, after carrying a
   * missing point forward; `null` before the first rating. Equal rows are one frozen array
   * shared between processes (a large BIA repeats a few hundred rows thousands of times).
   */
  levels: (readonly (number | null)[])[];
  /** Work recovery time in minutes (0 when not given). */
  wrtMinutes: number;
  /** RTO margin of its document, in minutes. */
  marginMinutes: number;
  /** Loss per hour of outage, or null. */
  lossPerHour: number | null;
  /** Currency of the loss figures, or null. */
  currency: string | null;
  /** Cumulative loss curve (minutes, amount), ascending, or null. */
  lossCurve: { minutes: number; amount: number }[] | null;
  /** Minimum capacity (RLO/MBCO, %) it needs, or null. */
  minimumCapacity: number | null;
  /** The RLO as written, or null. */
  rlo: number | string | null;
}

/**
 * A scenario as read from a document, with the JSON pointer it came from.
 *
 * @example
 * ```ts
 * import type { ScenarioEntry } from "@mamori/bia";
 * const s: ScenarioEntry = { path: "/scenarios/0", org: null, scenario: { id: "x", name: "X", type: "site-loss", site: "sendai-dc", duration: "P3D" } };
 * ```
 */
export interface ScenarioEntry {
  /** JSON pointer of the scenario. */
  path: string;
  /** Organisation prefix used to resolve its references (group analysis), or null. */
  org: string | null;
  /** The scenario object as written (checked when expanded). */
  scenario: Record<string, unknown>;
}

/**
 * A BIA indexed once for analysis: nodes numbered 0..n−1, dependencies in compressed
 * adjacency arrays (`Int32Array`), numbers in minutes. Built by {@link compileBia}; every
 * analysis function reads it and none changes it.
 *
 * Dependencies of node `v` are its groups `groupStart[v] .. groupStart[v+1]−1`; the members
 * of group `g` are `members[memberStart[g] .. memberStart[g+1]−1]`. A group with more than
 * one member is an any-of group (up while one member is up). `revStart`/`rev` list, for
 * each node, the nodes that depend on it.
 *
 * @example
 * ```ts
 * import { compileBia } from "@mamori/bia";
 * const { model } = compileBia({
 *   kind: "BusinessImpactAnalysis", schemaVersion: "1.0", timePoints: ["PT4H"], unacceptableLevel: 4,
 *   processes: [{ id: "p", name: "P", dependsOn: ["s"] }], services: [{ id: "s", name: "S" }],
 * });
 * model.n; // 2
 * ```
 */
export interface BiaModel {
  /** Number of nodes. */
  n: number;
  /** Node ids (qualified `org:id` in a group analysis). */
  ids: string[];
  /** Node names. */
  names: string[];
  /** Japanese node names (or the name). */
  namesJa: string[];
  /** Node types. */
  types: BiaNodeType[];
  /** JSON pointer of each node's definition (`""` for implicit external nodes). */
  paths: string[];
  /** Node index by id. */
  indexOf: Map<string, number>;
  /** Resource/external kind, or null. */
  kinds: (string | null)[];
  /** Site of the node (its `site` or `hosting.site`), or null. */
  sites: (string | null)[];
  /** Hosting type, or null. */
  hosting: (string | null)[];
  /** First group of each node (length n+1). */
  groupStart: Int32Array;
  /** First member of each group (length groups+1). */
  memberStart: Int32Array;
  /** Group members (node indexes). */
  members: Int32Array;
  /** Index of each group's entry in its node's `dependsOn` list (its JSON pointer is `paths[v]/dependsOn/i`). */
  groupEntry: Int32Array;
  /** First dependent of each node (length n+1). */
  revStart: Int32Array;
  /** Dependents (node indexes); a node appears once per edge. */
  rev: Int32Array;
  /** Own recovery time in minutes; NaN when not given. */
  recoveryMinutes: Float64Array;
  /** Data-loss capability (backup interval + replication lag) in minutes; NaN when not given. */
  dataLossMinutes: Float64Array;
  /** Explicit RTO in minutes; NaN when not given. */
  explicitRto: Float64Array;
  /** Explicit RPO in minutes; NaN when not given. */
  explicitRpo: Float64Array;
  /** 1 for a node that keeps data (its own `holdsData`, or {@link holdsDataByDefault}). */
  holdsData: Uint8Array;
  /** Power class, or null. */
  powerClass: ("protect" | "may-stop" | null)[];
  /** Backup power runtime in minutes; NaN when not given. */
  backupRuntime: Float64Array;
  /** Process data, one entry per process node. */
  processes: ProcessInfo[];
  /** Process entry index by node index (−1 for non-processes). */
  processOf: Int32Array;
  /** Scenarios of the document(s). */
  scenarios: ScenarioEntry[];
  /**
   * The document's own tier table (its valid rows), or null when it has none. In a group
   * analysis, the first member's that has one.
   */
  tiers: TierDefinition[] | null;
  /** Locale of diagnostics. */
  locale: Locale;
}

/**
 * Options of {@link compileBia}.
 *
 * @example
 * ```ts
 * import type { CompileOptions } from "@mamori/bia";
 * const o: CompileOptions = { locale: "ja", rtoMargin: 60 };
 * ```
 */
export interface CompileOptions {
  /** Locale of diagnostics. Default `en`. */
  locale?: Locale;
  /** RTO margin in minutes, overriding the document's `rtoMargin`. */
  rtoMargin?: number;
}

/**
 * The outcome of {@link compileBia}: the model (always present, possibly empty) and every
 * diagnostic found while reading.
 *
 * @example
 * ```ts
 * import { compileBia, type CompileResult } from "@mamori/bia";
 * const r: CompileResult = compileBia(null);
 * r.diagnostics[0]?.code; // "document/not-an-object"
 * ```
 */
export interface CompileResult {
  /** The indexed model. */
  model: BiaModel;
  /** Problems found. */
  diagnostics: Diagnostic[];
}

/** One document to compile, with the organisation prefix used in a group analysis. @internal */
export interface CompileSource {
  input: unknown;
  basePath: string;
  org: string | null;
}

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === "object" && v !== null && !Array.isArray(v);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | null => (typeof v === "string" && v.length > 0 ? v : null);

/** Ratings of a process as read, before carrying forward. */
interface PendingProcess {
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

/** Compile several documents into one model (a group analysis uses several). @internal */
export function compileSources(
  sources: readonly CompileSource[],
  options: CompileOptions = {},
): CompileResult {
  const locale = options.locale ?? "en";
  const rep = makeReporter(locale);
  const group = sources.length > 1 || sources.some((s) => s.org !== null);

  const ids: string[] = [];
  const names: string[] = [];
  const namesJa: string[] = [];
  const types: BiaNodeType[] = [];
  const paths: string[] = [];
  const kinds: (string | null)[] = [];
  const sites: (string | null)[] = [];
  const hosting: (string | null)[] = [];
  const raws: Rec[] = [];
  const nodeOrg: (string | null)[] = [];
  const indexOf = new Map<string, number>();
  const pending: PendingProcess[] = [];
  const scenarios: ScenarioEntry[] = [];
  let tiers: TierDefinition[] | null = null;
  let tiersKey = "";

  const qualify = (org: string | null, id: string) =>
    org !== null && !id.includes(":") ? `${org}:${id}` : id;

  const addNode = (
    id: string,
    type: BiaNodeType,
    raw: Rec,
    path: string,
    org: string | null,
  ): number => {
    const i = ids.length;
    ids.push(id);
    names.push(str(raw.name) ?? id);
    namesJa.push(str(raw.nameJa) ?? str(raw.name) ?? id);
    types.push(type);
    paths.push(path);
    kinds.push(str(raw.kind));
    const h = isRec(raw.hosting) ? raw.hosting : {};
    sites.push(str(raw.site) ?? str(h.site));
    hosting.push(str(h.type));
    raws.push(raw);
    nodeOrg.push(org);
    indexOf.set(id, i);
    return i;
  };

  type Entry = { raw: Rec; type: BiaNodeType; path: string; org: string | null; id: string };
  const deferred: Entry[] = [];
  /** Adds the entry's node unless its id is taken; its index, or -1. */
  const register = (e: Entry, aliasOk = false): number => {
    const first = indexOf.get(e.id);
    if (first !== undefined) {
      if (aliasOk) return -1;
      rep.add(
        "document/duplicate-id",
        "error",
        `${e.path}/id`,
        { id: e.raw.id as string },
        {
          related: [{ path: `${paths[first]}/id` }],
        },
      );
      return -1;
    }
    return addNode(e.id, e.type, e.raw, e.path, e.org);
  };

  // Pass 1: validate each document and register its nodes.
  for (const src of sources) {
    const base = src.basePath;
    const v = validateDocument(BusinessImpactAnalysisSchema, src.input, {
      locale,
      kind: "BusinessImpactAnalysis",
    });
    for (const d of v.diagnostics) rep.list.push(base ? { ...d, path: base + d.path } : d);
    if (!isRec(src.input) || src.input.kind !== "BusinessImpactAnalysis") continue;
    const doc = src.input;
    const org = group ? (src.org ?? str(doc.organisation)) : null;

    // Time points: approximate months (P1M) are normal in impact tables.
    const tps: { m: number; t: string }[] = [];
    arr(doc.timePoints).forEach((t, i) => {
      const r = parseDuration(t, {
        calendarUnits: "approximate",
        path: `${base}/timePoints/${i}`,
        locale,
      });
      for (const d of r.diagnostics) rep.list.push(d);
      if (r.minutes !== undefined) tps.push({ m: r.minutes, t: String(t) });
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
      const r = parseDuration(doc.rtoMargin, { path: `${base}/rtoMargin`, locale });
      for (const d of r.diagnostics) rep.list.push(d);
      margin = r.minutes ?? 0;
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
      if (isRec(s)) scenarios.push({ path: `${base}/scenarios/${i}`, org, scenario: s });
    });
    if (Array.isArray(doc.tiers)) {
      const own = readTiers(doc.tiers, `${base}/tiers`, rep, locale);
      const key = JSON.stringify(own);
      if (tiers === null) {
        tiers = own;
        tiersKey = key;
      } else if (key !== tiersKey) rep.add("bia/tiers-differ", "warning", `${base}/tiers`);
    }
  }

  for (const e of deferred) register(e, group);

  // Pass 2: resolve dependencies into adjacency arrays. Paths are built only for a
  // diagnostic: a million edges must not mean a million strings.
  const explicitN = ids.length;
  // Count first, then fill typed arrays: no growing arrays for a million edges.
  let maxGroups = 0;
  let maxMembers = 0;
  for (let v = 0; v < explicitN; v++) {
    const deps = (raws[v] as Rec).dependsOn;
    if (!Array.isArray(deps)) continue;
    maxGroups += deps.length;
    for (const dep of deps)
      maxMembers += isRec(dep) && Array.isArray(dep.anyOf) ? dep.anyOf.length : 1;
  }
  const groupStartList: number[] = [];
  const memberStartBuf = new Int32Array(maxGroups + 1);
  const memberBuf = new Int32Array(maxMembers);
  const groupEntryBuf = new Int32Array(maxGroups);
  let gCount = 0;
  let mCount = 0;
  const depPath = (v: number, j: number, k?: number) =>
    k === undefined ? `${paths[v]}/dependsOn/${j}` : `${paths[v]}/dependsOn/${j}/anyOf/${k}`;
  const resolve = (ref: unknown, v: number, j: number, k?: number): number => {
    if (typeof ref !== "string" || ref.length === 0) return -1;
    const org = nodeOrg[v] ?? null;
    let idx = indexOf.get(org === null ? ref : qualify(org, ref));
    if (idx === undefined) {
      if (ref.includes(":")) {
        // Another organisation's node nobody described: analysed as an external node with
        // unknown recovery, and said so.
        rep.add("bia/external-unresolved", "warning", depPath(v, j, k), { ref });
        idx = addNode(ref, "external", { name: ref }, "", org);
      } else {
        rep.add("document/dangling-reference", "error", depPath(v, j, k), {
          ref,
          target: "process, service, resource or external node",
        });
        return -1;
      }
    }
    if (idx === v) {
      rep.add("bia/self-dependency", "error", depPath(v, j, k), { id: ids[v] as string });
      return -1;
    }
    return idx;
  };
  // Nodes are walked in index order, so the lists come out grouped by node. Implicit external
  // nodes (added while resolving) come last and have no dependencies.
  for (let v = 0; v < explicitN; v++) {
    groupStartList.push(gCount);
    const deps = (raws[v] as Rec).dependsOn;
    if (!Array.isArray(deps)) continue;
    for (let j = 0; j < deps.length; j++) {
      const dep = deps[j];
      if (isRec(dep) && "anyOf" in dep) {
        const list = arr(dep.anyOf);
        if (list.length === 0) {
          rep.add("bia/empty-any-of", "error", `${depPath(v, j)}/anyOf`, { id: ids[v] as string });
          continue;
        }
        const first = mCount;
        // A scan finds repeats in a small group; a set keeps a huge one linear.
        const seen = list.length > 16 ? new Set<number>() : null;
        for (let k = 0; k < list.length; k++) {
          const m = resolve(list[k], v, j, k);
          if (m < 0) continue;
          let dup = false;
          if (seen !== null) {
            dup = seen.has(m);
            seen.add(m);
          } else for (let x = first; x < mCount; x++) if (memberBuf[x] === m) dup = true;
          if (!dup) memberBuf[mCount++] = m;
        }
        if (mCount > first) {
          memberStartBuf[gCount] = first;
          groupEntryBuf[gCount++] = j;
        }
        continue;
      }
      const m = resolve(dep, v, j);
      if (m >= 0) {
        memberStartBuf[gCount] = mCount;
        groupEntryBuf[gCount++] = j;
        memberBuf[mCount++] = m;
      }
    }
  }
  const n = ids.length;
  for (let v = explicitN; v < n; v++) groupStartList.push(gCount);
  groupStartList.push(gCount);
  memberStartBuf[gCount] = mCount;
  const groupStart = Int32Array.from(groupStartList);
  // The counts above are exact unless references were dropped; only then copy to size.
  const fit = (a: Int32Array, length: number) => (length === a.length ? a : a.slice(0, length));
  const memberStart = fit(memberStartBuf, gCount + 1);
  const members = fit(memberBuf, mCount);
  const groupEntry = fit(groupEntryBuf, gCount);

  // Reverse adjacency (dependents), counting sort by member; dependents come out ascending.
  const revStart = new Int32Array(n + 1);
  for (let k = 0; k < members.length; k++) {
    const m1 = (members[k] as number) + 1;
    revStart[m1] = (revStart[m1] as number) + 1;
  }
  for (let v = 0; v < n; v++)
    revStart[v + 1] = (revStart[v + 1] as number) + (revStart[v] as number);
  const rev = new Int32Array(members.length);
  const fill = revStart.slice(0, n);
  for (let v = 0; v < n; v++) {
    for (
      let k = memberStart[groupStart[v] as number] as number;
      k < (memberStart[groupStart[v + 1] as number] as number);
      k++
    ) {
      const m = members[k] as number;
      rev[fill[m] as number] = v;
      fill[m] = (fill[m] as number) + 1;
    }
  }

  // Numbers in minutes.
  const recoveryMinutes = new Float64Array(n).fill(Number.NaN);
  const dataLossMinutes = new Float64Array(n).fill(Number.NaN);
  const explicitRto = new Float64Array(n).fill(Number.NaN);
  const explicitRpo = new Float64Array(n).fill(Number.NaN);
  const backupRuntime = new Float64Array(n).fill(Number.NaN);
  const powerClass: ("protect" | "may-stop" | null)[] = new Array(n).fill(null);
  const dur = (value: unknown, path: string): number => {
    if (value === undefined) return Number.NaN;
    const r = parseDuration(value, { path, locale });
    for (const d of r.diagnostics) rep.list.push(d);
    return r.minutes ?? Number.NaN;
  };
  const holdsData = new Uint8Array(n);
  for (let v = 0; v < n; v++) {
    const own = (raws[v] as Rec | undefined)?.holdsData;
    holdsData[v] =
      typeof own === "boolean"
        ? Number(own)
        : Number(holdsDataByDefault(types[v] as BiaNodeType, kinds[v] ?? null));
  }
  const rlos: (number | string | null)[] = new Array(n).fill(null);
  for (let v = 0; v < explicitN; v++) {
    const raw = raws[v] as Rec;
    const p = paths[v] as string;
    if (isRec(raw.capability)) {
      const c = raw.capability;
      recoveryMinutes[v] = dur(c.recoveryTime, `${p}/capability/recoveryTime`);
      const b = dur(c.backupInterval, `${p}/capability/backupInterval`);
      const l = dur(c.replicationLag, `${p}/capability/replicationLag`);
      if (!Number.isNaN(b) || !Number.isNaN(l))
        dataLossMinutes[v] = (Number.isNaN(b) ? 0 : b) + (Number.isNaN(l) ? 0 : l);
    }
    if (isRec(raw.objectives)) {
      explicitRto[v] = dur(raw.objectives.rto, `${p}/objectives/rto`);
      explicitRpo[v] = dur(raw.objectives.rpo, `${p}/objectives/rpo`);
      const rlo = raw.objectives.rlo;
      if (typeof rlo === "number" || (typeof rlo === "string" && rlo.length > 0)) rlos[v] = rlo;
    }
    if (isRec(raw.power)) {
      const pc = raw.power.class;
      if (pc === "protect" || pc === "may-stop") powerClass[v] = pc;
      backupRuntime[v] = dur(raw.power.backupRuntime, `${p}/power/backupRuntime`);
    }
  }

  // Processes: ratings carried forward, WRT, loss.
  const processOf = new Int32Array(n).fill(-1);
  const processes: ProcessInfo[] = [];
  const shareRow = makePool<(number | null)[]>();
  for (const pp of pending) {
    const raw = pp.raw;
    const { catIndex, tIndex } = pp;
    const explicit: (number | null)[][] = pp.categories.map(() => pp.timePoints.map(() => null));
    if (isRec(raw.impacts)) {
      for (const [cat, points] of Object.entries(raw.impacts)) {
        // `x-` entries are the user's own data: kept in the document, not rated.
        if (cat.startsWith("x-")) continue;
        const ci = catIndex.get(cat);
        const cpath = `${pp.path}/impacts/${toPointer([cat]).slice(1)}`;
        if (ci === undefined) {
          rep.add("bia/unknown-category", "error", cpath, {
            category: cat,
            known: pp.categories.map((c) => c.id).join(", "),
          });
          continue;
        }
        if (!isRec(points)) continue;
        for (const [tp, level] of Object.entries(points)) {
          if (tp.startsWith("x-")) continue;
          const lpath = `${cpath}/${toPointer([tp]).slice(1)}`;
          const r = parseDuration(tp, { calendarUnits: "approximate", path: lpath, locale });
          const ti = r.minutes === undefined ? undefined : tIndex.get(r.minutes);
          if (ti === undefined) {
            rep.add("bia/unknown-time-point", "error", lpath, {
              value: tp,
              known: pp.timePointTexts.join(", "),
            });
            continue;
          }
          if (typeof level !== "number" || !Number.isInteger(level)) continue;
          if (pp.scaleValues.size > 0 && !pp.scaleValues.has(level)) {
            rep.add("bia/unknown-impact-level", "error", lpath, {
              level,
              allowed: [...pp.scaleValues].join(", "),
            });
            continue;
          }
          (explicit[ci] as (number | null)[])[ti] = level;
        }
      }
    }
    const levels = explicit.map((row, ci) => {
      const out = sized<number | null>(row.length);
      let last: number | null = null;
      row.forEach((lv, ti) => {
        if (lv !== null) {
          if (last !== null && lv < last) {
            const cat = (pp.categories[ci] as CategoryInfo).id;
            rep.add(
              "bia/impact-decreases",
              "warning",
              `${pp.path}/impacts/${toPointer([cat]).slice(1)}/${pp.timePointTexts[ti]}`,
              {
                process: ids[pp.node] as string,
                category: cat,
                from: last,
                to: lv,
                at: pp.timePointTexts[ti] as string,
              },
            );
          }
          last = lv;
        }
        out[ti] = last;
      });
      // Ten thousand processes rated on a few levels share a few hundred distinct rows.
      return shareRow(`${out.length}:${out.join()}`, () => out);
    });
    const wrt = dur(raw.wrt, `${pp.path}/wrt`);
    const lph =
      isRec(raw.lossPerHour) && typeof raw.lossPerHour.amount === "number"
        ? raw.lossPerHour.amount
        : null;
    const currency = isRec(raw.lossPerHour) ? str(raw.lossPerHour.currency) : null;
    let lossCurve: { minutes: number; amount: number }[] | null = null;
    if (Array.isArray(raw.lossCurve)) {
      lossCurve = [];
      raw.lossCurve.forEach((pt, i) => {
        if (!isRec(pt) || typeof pt.amount !== "number") return;
        const r = parseDuration(pt.at, {
          calendarUnits: "approximate",
          path: `${pp.path}/lossCurve/${i}/at`,
          locale,
        });
        for (const d of r.diagnostics) rep.list.push(d);
        if (r.minutes !== undefined) lossCurve?.push({ minutes: r.minutes, amount: pt.amount });
      });
      lossCurve.sort((a, b) => a.minutes - b.minutes);
    }
    const mc = typeof raw.minimumCapacity === "number" ? raw.minimumCapacity : null;
    processOf[pp.node] = processes.length;
    processes.push({
      node: pp.node,
      timePoints: pp.timePoints,
      timePointTexts: pp.timePointTexts,
      categories: pp.categories,
      levels,
      wrtMinutes: Number.isNaN(wrt) ? 0 : wrt,
      marginMinutes: pp.margin,
      lossPerHour: lph,
      currency,
      lossCurve,
      minimumCapacity: mc,
      rlo: rlos[pp.node] ?? null,
    });
  }

  // The schema reports a malformed duration as `duration/malformed`; where parseDuration said
  // more precisely (negative), keep only its diagnostic.
  const precise = new Set(
    rep.list.filter((d) => d.code === "duration/negative").map((d) => d.path),
  );
  const seen = new Set<string>();
  const diagnostics = rep.list.filter((d) => {
    if (d.code === "duration/malformed" && precise.has(d.path)) return false;
    const key = `${d.code}\u0000${d.path}`;
    if (d.code.startsWith("duration/") || d.code.startsWith("date/")) {
      if (seen.has(key)) return false;
      seen.add(key);
    }
    return true;
  });

  return {
    model: {
      n,
      ids,
      names,
      namesJa,
      types,
      paths,
      indexOf,
      kinds,
      sites,
      hosting,
      groupStart,
      memberStart,
      members,
      groupEntry,
      revStart,
      rev,
      recoveryMinutes,
      dataLossMinutes,
      explicitRto,
      explicitRpo,
      holdsData,
      powerClass,
      backupRuntime,
      processes,
      processOf,
      scenarios,
      tiers,
      locale,
    },
    diagnostics: sortDiagnostics(diagnostics),
  };
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
  rep: ReturnType<typeof makeReporter>,
  locale: Locale,
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
      const r = parseDuration(v, { path: `${p}/${field}`, locale });
      for (const d of r.diagnostics) rep.list.push(d);
      return r.minutes ?? null;
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

/**
 * Validate a `BusinessImpactAnalysis` document and index it once for analysis. Never
 * throws: schema problems, malformed or negative durations, duplicate ids, dangling
 * references, self-dependencies and empty any-of groups become diagnostics with JSON
 * pointers, and whatever is usable is still indexed.
 *
 * @example
 * ```ts
 * import { compileBia } from "@mamori/bia";
 * const { model, diagnostics } = compileBia({
 *   kind: "BusinessImpactAnalysis", schemaVersion: "1.0", timePoints: ["PT4H"], unacceptableLevel: 4,
 *   processes: [{ id: "p", name: "P", dependsOn: ["nowhere"] }],
 * });
 * diagnostics[0]?.code; // "document/dangling-reference"
 * model.n; // 1
 * ```
 */
export function compileBia(input: unknown, options: CompileOptions = {}): CompileResult {
  return compileSources([{ input, basePath: "", org: null }], options);
}

/** Resource kinds that keep data of their own (the others are lines, power, buildings, people). */
const DATA_KINDS: ReadonlySet<string> = new Set(["data", "application", "server", "cloud-service"]);

/**
 * Whether a node keeps data when its document does not say (`holdsData`): processes and IT
 * services do; resources of kind `data`, `application`, `server` and `cloud-service` do; other
 * resources (`network`, `power`, `facility`, `communications`, `people`, `supplier`) and
 * externals do not. An RPO binds only nodes that keep data: it still flows through the others
 * to what lies below them, but is not required of them.
 *
 * @example
 * ```ts
 * import { holdsDataByDefault } from "@mamori/bia";
 * holdsDataByDefault("service", null); // true
 * holdsDataByDefault("resource", "network"); // false
 * ```
 */
export function holdsDataByDefault(type: BiaNodeType, kind: string | null): boolean {
  if (type === "process" || type === "service") return true;
  if (type === "resource") return kind !== null && DATA_KINDS.has(kind);
  return false;
}
