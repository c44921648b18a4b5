import type { Catalog, CatalogControl } from "../schema.js";
import {
  MAMORI_OSCAL_NS,
  oscalString,
  mamoriProp as prop,
  titleOf,
  xFieldProps,
} from "../util/oscal-props.js";
import { uuidV5 } from "../util/uuid.js";
import {
  OSCAL_VERSION,
  type OscalExportOptions,
  type OscalJson,
  toOscalToken,
} from "./oscal-common.js";

function textPart(name: string, text: { en: string; ja?: string | undefined }): OscalJson {
  const part: OscalJson = { name, ns: MAMORI_OSCAL_NS };
  const props = xFieldProps(text);
  if (props.length > 0) part.props = props;
  part.prose = text.en;
  if (text.ja !== undefined) part.parts = [{ name: "ja", ns: MAMORI_OSCAL_NS, prose: text.ja }];
  return part;
}

function control(c: CatalogControl): OscalJson {
  const { title, props } = titleOf(c.title.en, c.id);
  if (toOscalToken(c.id) !== c.id) props.push(prop("control-id", c.id));
  if (c.title.ja !== undefined) props.push(prop("title-ja", c.title.ja));
  if (c.clause === null) props.push(prop("no-clause", "true"));
  else if (c.clause !== undefined) props.push(prop("clause", c.clause));
  for (const l of c.layers) props.push(prop("layer", l));
  // Guidance and expectations are parts, which carry their own x- fields.
  props.push(...xFieldProps(c, ["customerGuidance", "providerExpectations"]));
  const out: OscalJson = { id: toOscalToken(c.id), title };
  if (props.length > 0) out.props = props;
  const parts: OscalJson[] = [];
  if (c.customerGuidance) parts.push(textPart("customer-guidance", c.customerGuidance));
  if (c.providerExpectations) parts.push(textPart("provider-expectations", c.providerExpectations));
  if (parts.length > 0) out.parts = parts;
  return out;
}

/**
 * Export a `Catalog` as an OSCAL 1.2.1 catalog: groups and controls (ids made OSCAL tokens,
 * originals kept in mamori props), layers, clause and Japanese titles as props, guidance as
 * parts; `importOscalCatalog` reads it back unchanged. Uuids are name-based.
 *
 * The output is schema-valid whatever the strings hold: a title with a line break (OSCAL 1.2
 * titles are single lines) is written folded, with the original in a `title-original` prop;
 * a prop value OSCAL would refuse
 * (empty, padded or multi-line) is written as a JSON string literal with `class: "json"`.
 * `x-` fields (of the catalog, its groups, controls and their texts) travel as JSON in an
 * `x-fields` prop of the nearest OSCAL node; a value JSON cannot hold (NaN, a BigInt…) is
 * named in an `x-fields-omitted` prop instead, which the import reports.
 *
 * @param catalog - The catalog to write, such as a built-in one.
 * @param options - The document's title, `last-modified` time stamp and version; see `OscalExportOptions`.
 *
 * @example
 * ```ts
 * import { importOscalCatalog, toOscalCatalog } from "@mamori/cloud-matrix/oscal";
 * import { ISO27017_CLD } from "@mamori/cloud-matrix/catalogs";
 * importOscalCatalog(toOscalCatalog(ISO27017_CLD)).catalog; // deep-equals ISO27017_CLD
 * ```
 *
 * @category OSCAL
 */
export function toOscalCatalog(catalog: Catalog, options: OscalExportOptions = {}): OscalJson {
  const metaTitle = titleOf(options.title ?? catalog.name.en, catalog.id);
  const metaProps = [prop("catalog-id", catalog.id)];
  if (catalog.name.ja !== undefined) metaProps.push(prop("name-ja", catalog.name.ja));
  if (catalog.version !== undefined) metaProps.push(prop("catalog-version", catalog.version));
  metaProps.push(...metaTitle.props, ...xFieldProps(catalog));
  const grouped = new Map<string, OscalJson[]>();
  const loose: OscalJson[] = [];
  const groupIds = new Set((catalog.groups ?? []).map((g) => g.id));
  for (const c of catalog.controls) {
    if (c.group !== undefined && groupIds.has(c.group)) {
      const list = grouped.get(c.group) ?? [];
      list.push(control(c));
      grouped.set(c.group, list);
    } else {
      const out = control(c);
      // A group the catalog does not list: keep the name in a prop.
      if (c.group !== undefined)
        out.props = [...((out.props as OscalJson[] | undefined) ?? []), prop("group", c.group)];
      loose.push(out);
    }
  }
  const body: OscalJson = {
    uuid: uuidV5(`catalog/${catalog.id}`),
    metadata: {
      title: metaTitle.title,
      "last-modified": options.lastModified ?? "1970-01-01T00:00:00Z",
      // The catalog's own version travels in a prop; this one must be an OSCAL string.
      version: oscalString(options.version ?? catalog.version ?? "1.0", "1.0"),
      "oscal-version": OSCAL_VERSION,
      props: metaProps,
    },
  };
  if (catalog.groups && catalog.groups.length > 0) {
    body.groups = catalog.groups.map((g) => {
      const t = titleOf(g.title.en, g.id);
      const out: OscalJson = { id: toOscalToken(g.id), title: t.title };
      const props = [prop("group-id", g.id), ...t.props];
      if (g.title.ja !== undefined) props.push(prop("title-ja", g.title.ja));
      props.push(...xFieldProps(g));
      out.props = props;
      const list = grouped.get(g.id);
      if (list) out.controls = list;
      return out;
    });
  }
  if (loose.length > 0) body.controls = loose;
  return { catalog: body };
}
