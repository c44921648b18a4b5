import { createDiagnostic, type Diagnostic, describeValue, type Locale } from "@mamori/core";
import { MAMORI_OSCAL_NS } from "../attestation/oscal-ssp.js";
import { cloudMatrixMessages as M, REFS } from "../messages.js";
import type { Catalog, CatalogControl } from "../schema.js";

/**
 * Options of {@link importOscalCatalog}.
 *
 * @example
 * ```ts
 * import type { OscalCatalogOptions } from "@mamori/cloud-matrix";
 * const o: OscalCatalogOptions = { id: "nist-800-53", defaultLayers: ["applications"] };
 * ```
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
 * mamori namespace become layers. A missing uuid or id and wrong nesting are diagnostics
 * with JSON pointers into the OSCAL document; nothing throws.
 *
 * @example
 * ```ts
 * import { importOscalCatalog } from "@mamori/cloud-matrix";
 * const { catalog } = importOscalCatalog({ catalog: { uuid: "1f0e6c8a-1111-4a4a-8a8a-000000000001",
 *   metadata: { title: "Mini" }, controls: [{ id: "x-1", title: "Do X" }] } });
 * catalog?.controls[0]?.id; // "x-1"
 * ```
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
  const title =
    isObj(cat.metadata) && typeof cat.metadata.title === "string"
      ? cat.metadata.title
      : "OSCAL catalog";
  const controls: CatalogControl[] = [];
  const groups: NonNullable<Catalog["groups"]> = [];
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
      const layers: string[] = [];
      if (Array.isArray(c.props)) {
        for (const p of c.props) {
          if (
            isObj(p) &&
            p.ns === MAMORI_OSCAL_NS &&
            p.name === "layer" &&
            typeof p.value === "string"
          )
            layers.push(p.value);
        }
      }
      const control: CatalogControl = {
        id: c.id,
        title: { en: typeof c.title === "string" ? c.title : c.id },
        layers: layers.length > 0 ? layers : [...(options.defaultLayers ?? [])],
      };
      if (group !== undefined) control.group = group;
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
      const id = typeof g.id === "string" ? g.id : `group-${i}`;
      groups.push({ id, title: { en: typeof g.title === "string" ? g.title : id } });
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
    id: options.id ?? slug(title),
    name: { en: title },
    controls,
  };
  if (groups.length > 0) catalog.groups = groups;
  return { catalog, diagnostics };
}
