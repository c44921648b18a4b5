import { createDiagnostic, type Diagnostic, type Locale } from "@mamori/core";
import type { ControlMapEntry, ControlMapping, MappingRelationship } from "../catalogs/mapping.js";
import { cloudMatrixMessages as M, REFS } from "../messages.js";
import {
  MAMORI_OSCAL_NS,
  markupLine,
  oscalString,
  mamoriProp as prop,
} from "../util/oscal-props.js";
import { uuidV5 } from "../util/uuid.js";
import {
  OSCAL_VERSION,
  type OscalExportOptions,
  type OscalJson,
  toOscalToken,
} from "./oscal-common.js";

const RELATIONSHIPS: ReadonlySet<string> = new Set<MappingRelationship>([
  "equivalent-to",
  "equal-to",
  "subset-of",
  "superset-of",
  "intersects-with",
  "no-relationship",
]);

/** Where a catalog is, for a mapping's `source-resource` / `target-resource`. */
const catalogHref = (id: string) => `https://mamori.dev/catalogs/${encodeURIComponent(id)}`;

/**
 * Write a {@link ControlMapping} as an OSCAL 1.2.1 mapping collection: one mapping from the
 * source catalog to the target, one `map` per entry (its relationship, its source and target
 * controls), and the controls without counterpart as the source's and the target's gap
 * summaries. Control ids are written as they are (OSCAL's `id-ref` is a string), the catalog
 * ids in mamori props beside the resource references, so `importOscalMapping` reads it back
 * equal. Uuids are name-based.
 *
 * @param mapping - The control mapping to write.
 * @param options - The document's title, `last-modified` time stamp and version; see `OscalExportOptions`.
 *
 * @example
 * ```ts
 * import { CCM_V40_TO_V41_MAPPING } from "@mamori/cloud-matrix/catalogs";
 * import { importOscalMapping, toOscalMapping } from "@mamori/cloud-matrix/oscal";
 * const oscal = toOscalMapping(CCM_V40_TO_V41_MAPPING);
 * importOscalMapping(oscal).mapping?.entries.length; // 181
 * ```
 *
 * @category OSCAL
 */
export function toOscalMapping(
  mapping: ControlMapping,
  options: OscalExportOptions = {},
): OscalJson {
  const key = `mapping/${mapping.source}/${mapping.target}`;
  const resource = (id: string, role: "source" | "target") => ({
    type: "catalog",
    href: catalogHref(id),
    props: [prop(`${role}-catalog`, id)],
  });
  // with-ids are OSCAL tokens (I&S-01 is not one): the ids as written travel in mamori props.
  const gap = (controls: readonly string[], role: string) => ({
    uuid: uuidV5(`${key}/${role}-gap`),
    "unmapped-controls": [{ "with-ids": controls.map(toOscalToken) }],
  });
  const props = [
    ...mapping.sourceUnmapped.map((c) => prop("source-unmapped", c)),
    ...mapping.targetUnmapped.map((c) => prop("target-unmapped", c)),
  ];
  if (!mapping.description?.trim()) props.push(prop("no-description", "true"));
  const description =
    mapping.description?.trim() ||
    `Controls of ${mapping.source} and their counterparts in ${mapping.target}.`;
  const body: OscalJson = {
    uuid: uuidV5(`${key}/mapping`),
    "source-resource": resource(mapping.source, "source"),
    "target-resource": resource(mapping.target, "target"),
    maps: mapping.entries.map((e, i) => ({
      uuid: uuidV5(`${key}/map/${e.sources.join(",")}/${e.targets.join(",")}/${i}`),
      relationship: e.relationship,
      sources: e.sources.map((id) => ({ type: "control", "id-ref": oscalString(id, "_") })),
      targets: e.targets.map((id) => ({ type: "control", "id-ref": oscalString(id, "_") })),
    })),
  };
  if (props.length > 0) body.props = props;
  if (mapping.sourceUnmapped.length > 0)
    body["source-gap-summary"] = gap(mapping.sourceUnmapped, "source");
  if (mapping.targetUnmapped.length > 0)
    body["target-gap-summary"] = gap(mapping.targetUnmapped, "target");
  return {
    "mapping-collection": {
      uuid: uuidV5(`${key}/collection`),
      metadata: {
        title: markupLine(
          options.title ?? `${mapping.source} to ${mapping.target}`,
          "Control mapping",
        ),
        "last-modified": options.lastModified ?? "1970-01-01T00:00:00Z",
        version: oscalString(options.version ?? "1.0", "1.0"),
        "oscal-version": OSCAL_VERSION,
      },
      provenance: {
        method: "automation",
        "matching-rationale": "semantic",
        status: "complete",
        "mapping-description": description,
      },
      mappings: [body],
    },
  };
}

/**
 * Options of {@link importOscalMapping}.
 *
 * @example
 * ```ts
 * import type { OscalMappingOptions } from "@mamori/cloud-matrix/oscal";
 * const o: OscalMappingOptions = { source: "iso27002-2005", target: "ccm-v4.1" };
 * ```
 *
 * @category OSCAL
 */
export interface OscalMappingOptions {
  /** The source catalog's id in mamori; default: the mamori prop, else the last segment of `source-resource.href`. */
  source?: string;
  /** The target catalog's id in mamori; default: as for `source`. */
  target?: string;
  /** Message locale; default `en`. */
  locale?: Locale;
}

/**
 * The result of {@link importOscalMapping}.
 *
 * @example
 * ```ts
 * import type { OscalMappingImport } from "@mamori/cloud-matrix/oscal";
 * const r: OscalMappingImport = { mapping: undefined, diagnostics: [] };
 * ```
 *
 * @category OSCAL
 */
export interface OscalMappingImport {
  /** The crosswalk, or undefined when the document holds no usable mapping. */
  mapping: ControlMapping | undefined;
  /** What could not be read: a missing mapping, a map without sources or targets, an unknown relationship. */
  diagnostics: Diagnostic[];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Read an OSCAL mapping collection (1.2.x; a document a user brings, or one
 * {@link toOscalMapping} wrote) as a {@link ControlMapping}, for `migrateMatrix`: the first
 * mapping's maps (sources and targets of type `control`; statements are skipped with a
 * warning), its relationships (NIST IR 8477's; any other is a warning and the map is left
 * out) and its gap summaries. Never throws: anything unreadable is a diagnostic
 * (`cloud-matrix/oscal-malformed`, `cloud-matrix/mapping-unreadable`).
 *
 * @param input - The OSCAL mapping collection, parsed JSON; any value is accepted.
 * @param options - The source and target catalog ids in mamori (default the mamori prop, else the last segment of the resource's `href`), and the locale of the diagnostics (default `en`).
 *
 * @example
 * ```ts
 * import { importOscalMapping } from "@mamori/cloud-matrix/oscal";
 * const r = importOscalMapping({ "mapping-collection": { mappings: [{
 *   "source-resource": { type: "catalog", href: "https://example.org/iso27002-2005" },
 *   "target-resource": { type: "catalog", href: "https://example.org/ccm-v4.1" },
 *   maps: [{ relationship: "intersects-with", sources: [{ type: "control", "id-ref": "10.5.1" }],
 *            targets: [{ type: "control", "id-ref": "BCR-08" }] }] }] } });
 * r.mapping?.source; // "iso27002-2005"
 * r.mapping?.entries[0]?.relationship; // "intersects-with"
 * ```
 *
 * @category OSCAL
 */
export function importOscalMapping(
  input: unknown,
  options: OscalMappingOptions = {},
): OscalMappingImport {
  const locale = options.locale ?? "en";
  const diagnostics: Diagnostic[] = [];
  const unreadable = (path: string, what: string) =>
    diagnostics.push(
      createDiagnostic(M, locale, {
        code: "cloud-matrix/mapping-unreadable",
        severity: "warning",
        path,
        data: { what },
        ref: REFS.mapping,
      }),
    );
  const collection = isObj(input) ? input["mapping-collection"] : undefined;
  const mappings = isObj(collection) ? collection.mappings : undefined;
  // OSCAL's JSON allows one mapping as an object as well as a list of them.
  const list = Array.isArray(mappings) ? mappings : isObj(mappings) ? [mappings] : [];
  const first = list[0];
  if (!isObj(first)) {
    diagnostics.push(
      createDiagnostic(M, locale, {
        code: "cloud-matrix/oscal-malformed",
        severity: "error",
        path: isObj(collection) ? "/mapping-collection/mappings" : "/mapping-collection",
        data: {
          expected: "a mapping-collection with at least one mapping",
          received: describe(mappings ?? collection),
        },
        ref: REFS.mapping,
      }),
    );
    return { mapping: undefined, diagnostics };
  }
  const base = Array.isArray(mappings)
    ? "/mapping-collection/mappings/0"
    : "/mapping-collection/mappings";
  if (list.length > 1) unreadable("/mapping-collection/mappings/1", "mappings after the first");
  const catalogOf = (ref: unknown, role: "source" | "target"): string => {
    const given = options[role];
    if (given) return given;
    if (isObj(ref)) {
      const props = Array.isArray(ref.props) ? ref.props : [];
      const own = props.find(
        (p) =>
          isObj(p) &&
          p.ns === MAMORI_OSCAL_NS &&
          p.name === `${role}-catalog` &&
          typeof p.value === "string",
      ) as Obj | undefined;
      if (own) return own.value as string;
      if (typeof ref.href === "string") {
        const segment =
          ref.href
            .replace(/[#?].*$/, "")
            .replace(/\/+$/, "")
            .split("/")
            .pop() ?? "";
        let decoded = segment;
        try {
          decoded = decodeURIComponent(segment);
        } catch {
          // Not valid percent-encoding: the segment as written.
        }
        const id = decoded.replace(/\.json$/i, "");
        if (id) return id;
      }
    }
    // A back-matter reference (#uuid) or no href: no catalog id to read. Say so rather than
    // name a catalog no matrix has (migrateMatrix would then quietly do nothing).
    unreadable(`${base}/${role}-resource`, `the ${role} catalog (pass options.${role})`);
    return role;
  };
  /** The control ids of a map's sources or targets, and whether any item was left out. */
  const items = (list: unknown, path: string): { ids: string[]; partial: boolean } => {
    if (!Array.isArray(list)) return { ids: [], partial: false };
    const ids: string[] = [];
    let partial = false;
    for (const [i, it] of list.entries()) {
      if (!isObj(it) || typeof it["id-ref"] !== "string") {
        unreadable(`${path}/${i}`, "an item without id-ref");
        partial = true;
      } else if (it.type !== "control") {
        unreadable(`${path}/${i}/type`, `an item of type '${String(it.type)}'`);
        partial = true;
      } else ids.push(it["id-ref"]);
    }
    return { ids, partial };
  };
  const entries: ControlMapEntry[] = [];
  if (!Array.isArray(first.maps)) unreadable(`${base}/maps`, "a mapping without a list of maps");
  const maps = Array.isArray(first.maps) ? first.maps : [];
  for (const [i, m] of maps.entries()) {
    const path = `${base}/maps/${i}`;
    if (!isObj(m)) {
      unreadable(path, "a map that is not an object");
      continue;
    }
    if (typeof m.relationship !== "string" || !RELATIONSHIPS.has(m.relationship)) {
      unreadable(`${path}/relationship`, `the relationship '${String(m.relationship)}'`);
      continue;
    }
    const sources = items(m.sources, `${path}/sources`);
    const targets = items(m.targets, `${path}/targets`);
    if (sources.ids.length === 0 || targets.ids.length === 0) {
      unreadable(path, "a map without control sources or targets");
      continue;
    }
    // A relationship stated for a set that included statements holds for the controls only
    // in part: never carry it as an equivalence.
    const relationship =
      (sources.partial || targets.partial) && m.relationship !== "no-relationship"
        ? "intersects-with"
        : (m.relationship as MappingRelationship);
    entries.push({ sources: sources.ids, targets: targets.ids, relationship });
  }
  const gap = (summary: unknown): string[] => {
    if (!isObj(summary) || !Array.isArray(summary["unmapped-controls"])) return [];
    return summary["unmapped-controls"].flatMap((sel) =>
      isObj(sel) && Array.isArray(sel["with-ids"])
        ? sel["with-ids"].filter((x): x is string => typeof x === "string")
        : [],
    );
  };
  const own = (name: string): string[] =>
    (Array.isArray(first.props) ? first.props : [])
      .filter((p): p is Obj => isObj(p) && p.ns === MAMORI_OSCAL_NS && p.name === name)
      .map((p) => {
        if (p.class !== "json") return String(p.value);
        try {
          return String(JSON.parse(String(p.value)));
        } catch {
          return String(p.value);
        }
      });
  const sourceOwn = own("source-unmapped");
  const targetOwn = own("target-unmapped");
  const mapping: ControlMapping = {
    source: catalogOf(first["source-resource"], "source"),
    target: catalogOf(first["target-resource"], "target"),
    entries,
    sourceUnmapped: sourceOwn.length > 0 ? sourceOwn : gap(first["source-gap-summary"]),
    targetUnmapped: targetOwn.length > 0 ? targetOwn : gap(first["target-gap-summary"]),
  };
  const provenance = isObj(collection) ? collection.provenance : undefined;
  const description = isObj(provenance) ? provenance["mapping-description"] : undefined;
  if (
    typeof description === "string" &&
    description.trim() !== "" &&
    own("no-description").length === 0
  )
    mapping.description = description;
  return { mapping, diagnostics };
}

function describe(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value))
    return value.length === 0 ? "an empty list" : "a list without a mapping object";
  return typeof value;
}
