import { createDiagnostic, type Diagnostic, type Locale } from "@mamori/core";
import { describeValue } from "@mamori/core/internal";
import { cloudMatrixMessages as M, REFS } from "../messages.js";
import type { Catalog, CatalogControl } from "../schema.js";
import {
  applyXFields,
  MAMORI_OSCAL_NS,
  type MamoriProps,
  readMamoriProps,
} from "../util/oscal-props.js";

/**
 * Options of {@link importOscalCatalog}.
 *
 * @example
 * ```ts
 * import type { OscalCatalogOptions } from "@mamori/cloud-matrix/oscal";
 * const o: OscalCatalogOptions = { id: "nist-800-53", defaultLayers: ["applications"] };
 * ```
 *
 * @category OSCAL
 */
export interface OscalCatalogOptions {
  /** Id of the resulting catalog (default: derived from the title). */
  id?: string;
  /** Layers of controls without a mamori `layer` prop (default none, i.e. governance). */
  defaultLayers?: readonly string[];
  /** Locale of messages. */
  locale?: Locale;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

function slug(text: string): string {
  const s = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return s.slice(0, 64) || "oscal-catalog";
}

/**
 * Import an OSCAL catalog (JSON, parsed) as a mamori `Catalog`: groups become groups,
 * controls and their enhancements become controls (in document order), `layer` props in the
 * mamori namespace become layers (with the other mamori props and parts that `toOscalCatalog`
 * writes: original ids, Japanese titles, clauses, guidance, and `x-` fields, which go back on
 * the objects they came from). Mamori props with `class: "json"` are decoded. A missing uuid
 * or id, wrong nesting and a `json` prop that does not parse are diagnostics with JSON
 * pointers into the OSCAL document; nothing throws.
 *
 * @param input - The OSCAL catalog, parsed JSON; any value is accepted.
 * @param options - The catalog id to give it (default derived from the title), the layers of controls without a `layer` prop (default none: governance), and the locale of the diagnostics (default `en`).
 *
 * @example
 * ```ts
 * import { importOscalCatalog } from "@mamori/cloud-matrix/oscal";
 * const { catalog } = importOscalCatalog({ catalog: { uuid: "1f0e6c8a-1111-4a4a-8a8a-000000000001",
 *   metadata: { title: "Mini" }, controls: [{ id: "x-1", title: "Do X" }] } });
 * catalog?.controls[0]?.id; // "x-1"
 * ```
 *
 * @category OSCAL
 */
export function importOscalCatalog(
  input: unknown,
  options: OscalCatalogOptions = {},
): { catalog: Catalog | undefined; diagnostics: Diagnostic[] } {
  const locale = options.locale ?? "en";
  const diagnostics: Diagnostic[] = [];
  const malformed = (path: string, expected: string, value: unknown) =>
    diagnostics.push(
      createDiagnostic(M, locale, {
        code: "cloud-matrix/oscal-malformed",
        severity: "error",
        path,
        data: { expected, received: describeValue(value) },
        ref: REFS.oscal,
      }),
    );
  if (!isObj(input) || !isObj(input.catalog)) {
    malformed("/catalog", "an object 'catalog'", isObj(input) ? input.catalog : input);
    return { catalog: undefined, diagnostics };
  }
  const cat = input.catalog;
  if (typeof cat.uuid !== "string" || cat.uuid === "") {
    diagnostics.push(
      createDiagnostic(M, locale, {
        code: "cloud-matrix/oscal-missing-uuid",
        severity: "error",
        path: "/catalog",
        data: { what: "catalog" },
        ref: REFS.oscal,
      }),
    );
  }
  const omitted = (field: string, path: string) =>
    diagnostics.push(
      createDiagnostic(M, locale, {
        code: "cloud-matrix/oscal-x-field-omitted",
        severity: "warning",
        path,
        data: { field },
        ref: REFS.oscal,
      }),
    );
  const mamoriProps = (node: Obj, path: string) => readMamoriProps(node, path, malformed);
  // x- fields go back on the object built from the node, once it is complete.
  const restore = (target: object, p: MamoriProps) => {
    for (const x of p.xFields) applyXFields(target as Obj, x.fields, x.path, malformed);
    for (const o of p.omitted) omitted(o.field, o.path);
  };
  const metadata = isObj(cat.metadata) ? cat.metadata : {};
  const metaProps = mamoriProps(metadata, "/catalog/metadata");
  const meta = metaProps.text;
  const title =
    meta.get("title-original")?.[0] ??
    (typeof metadata.title === "string" ? metadata.title : "OSCAL catalog");
  const controls: CatalogControl[] = [];
  const groups: NonNullable<Catalog["groups"]> = [];
  const localized = (en: string, ja: string | undefined) =>
    ja === undefined ? { en } : { en, ja };
  const partText = (parts: unknown, name: string, path: string) => {
    if (!Array.isArray(parts)) return undefined;
    const i = parts.findIndex((x) => isObj(x) && x.ns === MAMORI_OSCAL_NS && x.name === name);
    const p = parts[i] as Obj | undefined;
    if (!p || typeof p.prose !== "string") return undefined;
    const ja = Array.isArray(p.parts)
      ? (p.parts.find((x) => isObj(x) && x.name === "ja") as Obj | undefined)
      : undefined;
    const text = localized(p.prose, typeof ja?.prose === "string" ? ja.prose : undefined);
    restore(text, mamoriProps(p, `${path}/${i}`));
    return text;
  };
  const readControls = (list: unknown, path: string, group: string | undefined) => {
    if (list === undefined) return;
    if (!Array.isArray(list)) {
      malformed(path, "an array 'controls'", list);
      return;
    }
    list.forEach((c, i) => {
      const cp = `${path}/${i}`;
      if (!isObj(c)) {
        malformed(cp, "a control object", c);
        return;
      }
      if (typeof c.id !== "string" || c.id === "") {
        malformed(`${cp}/id`, "a string 'id'", c.id);
        return;
      }
      const props = mamoriProps(c, cp);
      const p = props.text;
      const layers = p.get("layer") ?? [];
      const control: CatalogControl = {
        id: p.get("control-id")?.[0] ?? c.id,
        title: localized(
          p.get("title-original")?.[0] ?? (typeof c.title === "string" ? c.title : c.id),
          p.get("title-ja")?.[0],
        ),
        layers: layers.length > 0 ? layers : [...(options.defaultLayers ?? [])],
      };
      const g = group ?? p.get("group")?.[0];
      if (g !== undefined) control.group = g;
      if (p.has("no-clause")) control.clause = null;
      else if (p.has("clause")) control.clause = p.get("clause")?.[0] as string;
      const guidance = partText(c.parts, "customer-guidance", `${cp}/parts`);
      const expectations = partText(c.parts, "provider-expectations", `${cp}/parts`);
      if (guidance) control.customerGuidance = guidance;
      if (expectations) control.providerExpectations = expectations;
      restore(control, props);
      controls.push(control);
      readControls(c.controls, `${cp}/controls`, group);
    });
  };
  const readGroups = (list: unknown, path: string) => {
    if (list === undefined) return;
    if (!Array.isArray(list)) {
      malformed(path, "an array 'groups'", list);
      return;
    }
    list.forEach((g, i) => {
      const gp = `${path}/${i}`;
      if (!isObj(g)) {
        malformed(gp, "a group object", g);
        return;
      }
      const props = mamoriProps(g, gp);
      const p = props.text;
      const id = p.get("group-id")?.[0] ?? (typeof g.id === "string" ? g.id : `group-${i}`);
      const group = {
        id,
        title: localized(
          p.get("title-original")?.[0] ?? (typeof g.title === "string" ? g.title : id),
          p.get("title-ja")?.[0],
        ),
      };
      restore(group, props);
      groups.push(group);
      if (g.control !== undefined) malformed(`${gp}/control`, "'controls' (an array)", g.control);
      readControls(g.controls, `${gp}/controls`, id);
      readGroups(g.groups, `${gp}/groups`);
    });
  };
  readGroups(cat.groups, "/catalog/groups");
  readControls(cat.controls, "/catalog/controls", undefined);
  const catalog: Catalog = {
    kind: "Catalog",
    schemaVersion: "1.0",
    id: options.id ?? meta.get("catalog-id")?.[0] ?? slug(title),
    name: localized(title, meta.get("name-ja")?.[0]),
    controls,
  };
  const version = meta.get("catalog-version")?.[0];
  if (version !== undefined) catalog.version = version;
  if (groups.length > 0) catalog.groups = groups;
  restore(catalog, metaProps);
  return { catalog, diagnostics };
}
