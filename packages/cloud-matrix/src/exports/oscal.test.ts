import { readFileSync } from "node:fs";
import { validateDocument } from "@mamori/core";
import { parseSource } from "@mamori/core/source";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { analyzeMatrix } from "../analysis/analyze.js";
import { importCaiqCsv } from "../attestation/caiq.js";
import { importOscalSsp, MAMORI_OSCAL_NS } from "../attestation/oscal-ssp.js";
import { BUILTIN_CATALOGS, ISO27002_2005 } from "../catalogs/builtin.js";
import { importOscalCatalog } from "../catalogs/oscal-catalog.js";
import { ProviderAttestationSchema } from "../schema.js";
import { uuidV5 } from "../util/uuid.js";
import { toOscalComponentDefinition, toOscalSsp, toProviderAttestation } from "./oscal.js";
import { toOscalCatalog } from "./oscal-catalog.js";

const root = new URL("../../../../", import.meta.url);
const text = (p: string) => readFileSync(new URL(p, root), "utf8");
const json = (p: string) => JSON.parse(text(p));

function validator(schemaFile: string, release = "oscal-1.2.1") {
  // The OSCAL schemas are draft-07: plain Ajv, formats on, strict off for their keywords.
  // Every export declares OSCAL 1.2.1 and is checked against NIST's schemas of that release.
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  return ajv.compile(json(`fixtures/${release}/${schemaFile}`));
}
const sspValid = validator("oscal_ssp_schema.json");
const componentValid = validator("oscal_component_schema.json");

const skyAttestation = () => {
  const r = validateDocument(
    ProviderAttestationSchema,
    parseSource(text("examples/data/attestations/skycloud.yaml")).data,
  );
  return r.value as NonNullable<typeof r.value>;
};

describe("toOscalSsp", () => {
  it("exports SkyCloud's attestation as a schema-valid SSP with export.provided/responsibilities", () => {
    const ssp = toOscalSsp(skyAttestation(), {
      title: "SkyCloud IaaS",
      lastModified: "2026-11-27T00:00:00Z",
    });
    expect(sspValid(ssp), JSON.stringify(sspValid.errors?.slice(0, 3))).toBe(true);
    const reqs = (ssp["system-security-plan"] as any)["control-implementation"][
      "implemented-requirements"
    ];
    expect(reqs).toHaveLength(7);
    // 10.5 is customer-owned: only a responsibility, no provided capability.
    // "10.5" is not an OSCAL token: it is written "_10.5", the original kept in a prop.
    const backup = reqs.find((r: any) => r["control-id"] === "_10.5");
    expect(backup.props).toContainEqual({
      name: "control-id",
      ns: "https://mamori.dev/ns/oscal",
      value: "10.5",
    });
    expect(reqs.map((r: any) => r["control-id"])).toEqual([
      "_9.1",
      "_9.2",
      "_10.5",
      "_10.6",
      "CLD.8.1.5",
      "CLD.9.5.1",
      "CLD.13.1.4",
    ]);
    expect(Object.keys(backup["by-components"][0].export)).toEqual(["responsibilities"]);
    // uuids are name-based: the same on every run.
    // Python: uuid.uuid5(UUID("8448349b-dd91-5f84-9515-f9e10441f067"), "skycloud/iso27002-2005/10.5").
    expect(backup.uuid).toBe("b14670a0-5445-5e1f-9813-42e85bed2f36");
    expect(JSON.stringify(toOscalSsp(skyAttestation()))).toBe(
      JSON.stringify(toOscalSsp(skyAttestation())),
    );
  });
  it("round-trips: attestation -> SSP -> attestation loses nothing (SkyCloud, KumoMail CSV)", () => {
    const a = skyAttestation();
    expect(importOscalSsp(toOscalSsp(a)).attestation).toEqual(a);
    const k = importCaiqCsv(text("examples/data/attestations/kumomail-caiq.csv"), {
      provider: "kumomail",
    }).attestation;
    expect(k && importOscalSsp(toOscalSsp(k)).attestation).toEqual(k);
  });
  it("re-exports the NIST leveraged example schema-valid and reads it back unchanged", () => {
    const first = importOscalSsp(json("fixtures/oscal/oscal_leveraged-example_ssp.json"), {
      provider: "csp-iaas",
    });
    const again = toOscalSsp(first.attestation as NonNullable<typeof first.attestation>);
    expect(sspValid(again), JSON.stringify(sspValid.errors?.slice(0, 3))).toBe(true);
    expect(importOscalSsp(again).attestation).toEqual(first.attestation);
    const lvg = importOscalSsp(json("fixtures/oscal/oscal_leveraging-example_ssp.json"), {
      provider: "csp-saas",
    });
    expect(sspValid(toOscalSsp(lvg.attestation as NonNullable<typeof lvg.attestation>))).toBe(true);
  });
  it("carries status, planned completion, origination, statement, roles and parameters, schema-valid", () => {
    const a = skyAttestation();
    Object.assign(a.controls[0] as object, {
      status: "planned",
      plannedCompletion: "2027-03-31",
      origination: ["sp-system", "inherited"],
      statement: "Badge readers at every door of the Tokyo data halls.",
      responsibleRoles: ["facilities-manager"],
      parameters: [{ param: "pe-3_prm_1", values: ["all entrances"] }],
    });
    Object.assign(a.controls[1] as object, { status: "partial" });
    const ssp = toOscalSsp(a);
    expect(sspValid(ssp), JSON.stringify(sspValid.errors?.slice(0, 3))).toBe(true);
    const bc = (ssp["system-security-plan"] as any)["control-implementation"][
      "implemented-requirements"
    ][0]["by-components"][0];
    // standard OSCAL where OSCAL has the field, so other tools read it too
    expect(bc["implementation-status"]).toEqual({ state: "planned" });
    expect(bc["responsible-roles"]).toEqual([{ "role-id": "facilities-manager" }]);
    // the role is defined, and FedRAMP's props are in FedRAMP's namespace
    const meta = (ssp["system-security-plan"] as any).metadata;
    expect(meta.roles.map((r: { id: string }) => r.id)).toContain("facilities-manager");
    const req = (ssp["system-security-plan"] as any)["control-implementation"][
      "implemented-requirements"
    ][0];
    expect(
      req.props
        .filter((p: { ns: string }) => p.ns === "https://fedramp.gov/ns/oscal")
        .map((p: { name: string; value: string }) => `${p.name}=${p.value}`),
    ).toEqual([
      "planned-completion-date=2027-03-31",
      "control-origination=sp-system",
      "control-origination=inherited",
    ]);
    expect(bc.description).toBe("Badge readers at every door of the Tokyo data halls.");
    expect(importOscalSsp(ssp).attestation).toEqual(a);
  });
  it("refuses parameters and roles OSCAL cannot carry", () => {
    const bad = (extra: object) =>
      ProviderAttestationSchema.safeParse({
        ...skyAttestation(),
        controls: [{ ...skyAttestation().controls[0], ...extra }],
      }).success;
    expect(bad({ parameters: [{ param: "pe-3_prm_1", values: ["all entrances"] }] })).toBe(true);
    expect(bad({ parameters: [{ param: "pe-3 prm", values: ["x"] }] })).toBe(false); // not a token
    expect(bad({ parameters: [{ param: "pe-3_prm_1", values: [] }] })).toBe(false); // no value
    expect(bad({ responsibleRoles: ["Facilities Manager"] })).toBe(false); // not a token
  });

  it("encodes ownership in standard OSCAL: a reader without mamori's props sees the same owners", () => {
    // Drop every prop of mamori's namespace, as a tool that knows only OSCAL would ignore them.
    const foreign = (v: unknown): unknown =>
      Array.isArray(v)
        ? v
            .filter(
              (x) =>
                !(
                  typeof x === "object" &&
                  x !== null &&
                  (x as { ns?: string }).ns === MAMORI_OSCAL_NS
                ),
            )
            .map(foreign)
        : typeof v === "object" && v !== null
          ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, foreign(x)]))
          : v;
    const kumo = analyzeMatrix(parseSource(text("examples/data/matrix-kumomail.yaml")).data);
    const kumoAttestation = toProviderAttestation(kumo);
    // the case the old encoding got wrong: a control that is not shared yet states both sides
    // (the old export wrote both `provided` and a responsibility, which reads back as shared)
    const bothSides = (a: typeof kumoAttestation) =>
      a.controls.filter(
        (c) =>
          c.owner !== "shared" &&
          c.providerImplementation !== undefined &&
          c.customerResponsibility !== undefined,
      ).length;
    expect(bothSides(kumoAttestation) + bothSides(skyAttestation())).toBeGreaterThan(0);
    for (const a of [skyAttestation(), kumoAttestation]) {
      const ssp = toOscalSsp(a);
      expect(sspValid(ssp), JSON.stringify(sspValid.errors?.slice(0, 3))).toBe(true);
      const back = importOscalSsp(foreign(ssp), { catalog: "x" }).attestation;
      // the roles are referenced (provided → provider, responsibility → customer), each
      // reference names a defined role, and the provider is a party holding its role
      const meta = (ssp["system-security-plan"] as any).metadata;
      const defined = new Set(meta.roles.map((r: { id: string }) => r.id));
      const used = [...JSON.stringify(ssp).matchAll(/"role-id":"([^"]+)"/g)].map((m) => m[1]);
      expect(new Set(used)).toEqual(
        new Set(["provider", "customer"].filter((r) => used.includes(r))),
      );
      expect(used.filter((r) => !defined.has(r))).toEqual([]);
      expect(used).toContain("provider");
      expect(meta["responsible-parties"][0]["party-uuids"]).toEqual([meta.parties[0].uuid]);
      // provider, customer and shared read back as they were, control by control (not-applicable
      // and unassigned have no standard OSCAL form: a control with nothing exported is the
      // system's own)
      const compared = a.controls
        .map((c, i) => [c.owner, back?.controls[i]?.owner] as const)
        .filter(([o]) => o === "provider" || o === "customer" || o === "shared");
      expect(compared.length).toBeGreaterThan(0);
      expect(compared.filter(([o, b]) => o !== b)).toEqual([]);
      // and the statements of the owner's side are the provider's own words
      a.controls.forEach((c, i) => {
        if (c.owner === "provider" && c.providerImplementation)
          expect(back?.controls[i]?.providerImplementation).toBe(c.providerImplementation);
      });
    }
  });
  it("declares OSCAL 1.2.1, and the samples' SSPs still validate against 1.0.6 for older tools", () => {
    const older = validator("oscal_ssp_schema.json", "oscal");
    const kumo = analyzeMatrix(parseSource(text("examples/data/matrix-kumomail.yaml")).data);
    for (const a of [skyAttestation(), toProviderAttestation(kumo)]) {
      const ssp = toOscalSsp(a) as any;
      expect(ssp["system-security-plan"].metadata["oscal-version"]).toBe("1.2.1");
      expect(sspValid(ssp), JSON.stringify(sspValid.errors?.slice(0, 3))).toBe(true);
      expect(older(ssp), JSON.stringify(older.errors?.slice(0, 3))).toBe(true);
    }
  });
  it("exports a derived matrix too", () => {
    const r = analyzeMatrix(parseSource(text("examples/data/matrix-kumomail.yaml")).data);
    const ssp = toOscalSsp(toProviderAttestation(r));
    expect(sspValid(ssp), JSON.stringify(sspValid.errors?.slice(0, 3))).toBe(true);
    expect(importOscalSsp(ssp).attestation?.controls.map((c) => c.owner)).toEqual(
      r.controls.map((c) => c.owner),
    );
  });
});

describe("toOscalComponentDefinition", () => {
  it("is schema-valid, one control implementation per catalog, roles per owner", () => {
    const cd = toOscalComponentDefinition(skyAttestation(), {
      lastModified: "2026-11-27T00:00:00Z",
    });
    expect(componentValid(cd), JSON.stringify(componentValid.errors?.slice(0, 3))).toBe(true);
    const impls = (cd["component-definition"] as any).components[0]["control-implementations"];
    expect(impls.map((i: any) => [i.source, i["implemented-requirements"].length])).toEqual([
      ["https://mamori.dev/catalogs/iso27002-2005", 4],
      ["https://mamori.dev/catalogs/iso27017", 3],
    ]);
    const shared = impls[0]["implemented-requirements"].find(
      (r: any) => r["control-id"] === "_9.2",
    );
    expect(shared["responsible-roles"]).toEqual([
      { "role-id": "provider" },
      { "role-id": "customer" },
    ]);
  });
  it("catches a broken export: the schema rejects a requirement without uuid", () => {
    const cd = toOscalComponentDefinition(skyAttestation()) as any;
    delete cd["component-definition"].components[0]["control-implementations"][0][
      "implemented-requirements"
    ][0].uuid;
    expect(componentValid(cd)).toBe(false);
  });
});

describe("toOscalCatalog", () => {
  const catalogValid = validator("oscal_catalog_schema.json");
  it("exports every built-in catalog schema-valid and imports it back unchanged", () => {
    for (const catalog of Object.values(BUILTIN_CATALOGS)) {
      const oscal = toOscalCatalog(catalog);
      expect(
        catalogValid(oscal),
        `${catalog.id}: ${JSON.stringify(catalogValid.errors?.slice(0, 2))}`,
      ).toBe(true);
      const back = importOscalCatalog(oscal);
      expect(back.diagnostics).toEqual([]);
      expect(back.catalog).toEqual(catalog);
    }
  });
  it("writes clause numbers as OSCAL tokens and keeps the originals", () => {
    const oscal = toOscalCatalog(ISO27002_2005) as any;
    const g14 = oscal.catalog.groups[9];
    expect([g14.id, g14.title, g14.controls[0].id, g14.controls[0].title]).toEqual([
      "_14",
      "Business continuity management",
      "_14.1",
      "Security in business continuity management",
    ]);
    expect(oscal.catalog.uuid).toBe(uuidV5("catalog/iso27002-2005"));
  });
});

describe("OSCAL exports with a lone surrogate in a catalog id", () => {
  it("the component definition's source URL gets U+FFFD instead of throwing URIError", async () => {
    // Found by the reliability fuzzer: a valid ProviderAttestation whose control catalog was
    // "\ud800" made encodeURIComponent throw "URI malformed".
    const { ProviderAttestationSchema } = await import("../schema.js");
    const { toOscalComponentDefinition } = await import("./oscal.js");
    const input = {
      kind: "ProviderAttestation",
      schemaVersion: "1.0",
      provider: "skycloud",
      evidence: [],
      controls: [{ control: { catalog: "\ud800", control: "9.1" }, owner: "provider" }],
    };
    const a = validateDocument(ProviderAttestationSchema, input).value;
    expect(a).toBeDefined();
    const cd = JSON.stringify(toOscalComponentDefinition(a as never));
    // U+FFFD is %EF%BF%BD in a URL.
    expect(cd).toContain("https://mamori.dev/catalogs/%EF%BF%BD");
  });
});

// Strings OSCAL's StringDatatype (^\S(.*\S)?$) refuses as prop values, and some it accepts
// that look like the encoding (a quoted string) or sit at its edges.
const HOSTILE = [
  "",
  " leading",
  "trailing ",
  "two\nlines",
  "\t",
  "  ",
  "cr\r\nlf",
  "line\u2028separator",
  "\u3000全角の空白",
  "nbsp\u00a0",
  "\ud800",
  '"quoted"',
  '["not", "json", "class"]',
  "<b>&amp;</b>",
  "=1+1",
  "ok",
];

/** A catalog with `h` in every string it has: ids, titles, clause, group, version, guidance. */
function hostileCatalog(h: string) {
  const text = { en: h, ja: h };
  return {
    kind: "Catalog",
    schemaVersion: "1.0",
    id: h,
    name: text,
    version: h,
    groups: [{ id: h, title: text }],
    controls: [
      {
        id: h,
        title: text,
        group: h,
        clause: h,
        layers: [h, "data"],
        customerGuidance: text,
        providerExpectations: { en: h },
      },
      { id: `${h}#2`, title: { en: h }, group: `${h}/loose`, clause: null, layers: [] },
    ],
  } as const;
}

/** An attestation with `h` in every string it has, the provider id included. */
function hostileAttestation(h: string) {
  return {
    kind: "ProviderAttestation",
    schemaVersion: "1.0",
    provider: h,
    evidence: [
      { id: h, type: "certification", title: h, issuer: h, issued: "2026-01-10", expires: h },
    ],
    controls: [
      {
        control: { catalog: h, control: h },
        owner: "shared",
        providerImplementation: h,
        customerResponsibility: h,
        evidence: [h],
      },
      { control: { catalog: "iso27017", control: "CLD.9.5.1" }, owner: "customer" },
    ],
  } as const;
}

describe("OSCAL exports: schema-valid whatever the strings hold, and nothing lost on import", () => {
  const catalogValid = validator("oscal_catalog_schema.json");
  const errors = (v: { errors?: unknown[] | null }) => JSON.stringify(v.errors?.slice(0, 2));

  it("toOscalCatalog → importOscalCatalog, with a hostile string in every field", () => {
    for (const h of HOSTILE) {
      const catalog = hostileCatalog(h);
      const oscal = JSON.parse(JSON.stringify(toOscalCatalog(catalog as never)));
      expect(catalogValid(oscal), `${JSON.stringify(h)}: ${errors(catalogValid)}`).toBe(true);
      const back = importOscalCatalog(oscal);
      expect(back.diagnostics).toEqual([]);
      expect(back.catalog, JSON.stringify(h)).toEqual(catalog);
    }
  });
  it("toOscalSsp → importOscalSsp, and the component definition, with a hostile string in every field", () => {
    for (const h of HOSTILE) {
      const a = hostileAttestation(h);
      const ssp = JSON.parse(JSON.stringify(toOscalSsp(a as never)));
      expect(sspValid(ssp), `${JSON.stringify(h)}: ${errors(sspValid)}`).toBe(true);
      const cd = JSON.parse(JSON.stringify(toOscalComponentDefinition(a as never)));
      expect(componentValid(cd), `${JSON.stringify(h)}: ${errors(componentValid)}`).toBe(true);
      const back = importOscalSsp(ssp);
      expect(back.diagnostics).toEqual([]);
      expect(back.attestation, JSON.stringify(h)).toEqual(a);
    }
  });
  it("writes a value OSCAL accepts as it is, and one it refuses as a JSON string with class json", () => {
    const props = (toOscalCatalog(hostileCatalog("two\nlines") as never) as any).catalog.metadata
      .props;
    expect(props.slice(0, 2)).toEqual([
      // "two\nlines" as JSON text: the quotes and the escaped line break are part of the value
      {
        name: "catalog-id",
        ns: "https://mamori.dev/ns/oscal",
        class: "json",
        value: '"two\\nlines"',
      },
      { name: "name-ja", ns: "https://mamori.dev/ns/oscal", class: "json", value: '"two\\nlines"' },
    ]);
    const plain = (toOscalCatalog(hostileCatalog('"quoted"') as never) as any).catalog.metadata
      .props[0];
    expect(plain).toEqual({
      name: "catalog-id",
      ns: "https://mamori.dev/ns/oscal",
      value: '"quoted"',
    });
    // A title is one line in OSCAL 1.2 (markup-line): the line break becomes a space and the
    // original travels in a title-original prop; metadata.version must be an OSCAL string.
    const meta = (toOscalCatalog(hostileCatalog(" a \n b ") as never) as any).catalog.metadata;
    expect([meta.title, meta.version]).toEqual([" a   b ", "a b"]);
    expect(meta.props.find((p: { name: string }) => p.name === "title-original")).toEqual({
      name: "title-original",
      ns: "https://mamori.dev/ns/oscal",
      class: "json",
      value: '" a \\n b "',
    });
    expect((toOscalCatalog(hostileCatalog("\t") as never) as any).catalog.metadata.version).toBe(
      "1.0",
    );
  });
});

describe("x- fields through OSCAL", () => {
  const catalogValid = validator("oscal_catalog_schema.json");
  // Every kind of JSON value, with strings OSCAL would refuse inside.
  const value = {
    text: "two\nlines\u2028and a separator",
    n: [0, -1.5, 1e21],
    flags: [true, false, null],
    nested: { deep: { "": "empty key", "x-y": ["\ud800", "全角"] } },
  };

  it("a catalog's x- fields, at every level, survive toOscalCatalog → importOscalCatalog", () => {
    const text = (tag: string) => ({ en: "T", ja: "テ", "x-tag": tag });
    const catalog = {
      kind: "Catalog",
      schemaVersion: "1.0",
      id: "mine",
      name: text("name"),
      "x-source": "ours",
      "x-value": value,
      groups: [{ id: "g", title: text("group title"), "x-group": 1 }],
      controls: [
        {
          id: "c.1",
          title: text("control title"),
          group: "g",
          layers: ["data"],
          customerGuidance: text("guidance"),
          providerExpectations: text("expectations"),
          "x-control": { owner: "ops" },
        },
        { id: "c.2", title: { en: "Loose" }, layers: [], "x-empty": "" },
      ],
    };
    const oscal = JSON.parse(JSON.stringify(toOscalCatalog(catalog as never)));
    expect(catalogValid(oscal), JSON.stringify(catalogValid.errors?.slice(0, 2))).toBe(true);
    const back = importOscalCatalog(oscal);
    expect(back.diagnostics).toEqual([]);
    expect(back.catalog).toEqual(catalog);
    // The control's own x- fields and its title's share one prop; guidance is a part with its own.
    const control = oscal.catalog.groups[0].controls[0];
    expect(control.props.at(-1)).toEqual({
      name: "x-fields",
      ns: "https://mamori.dev/ns/oscal",
      class: "json",
      value: '{"title":{"x-tag":"control title"},"x-control":{"owner":"ops"}}',
    });
    expect(control.parts[0].props).toEqual([
      {
        name: "x-fields",
        ns: "https://mamori.dev/ns/oscal",
        class: "json",
        value: '{"x-tag":"guidance"}',
      },
    ]);
    // A second trip writes the same bytes.
    expect(JSON.stringify(toOscalCatalog(back.catalog as never))).toBe(JSON.stringify(oscal));
  });
  it("an attestation's x- fields (its own, its evidence's, its controls' and their refs') survive toOscalSsp → importOscalSsp", () => {
    const a = {
      ...skyAttestation(),
      "x-source": "vendor portal",
      "x-value": value,
    } as Record<string, any>;
    a.evidence = a.evidence.map((e: object, i: number) => ({ ...e, "x-evidence": i }));
    a.controls = a.controls.map((c: any, i: number) => ({
      ...c,
      control: { ...c.control, "x-ref": `r${i}` },
      "x-control": [i],
    }));
    const ssp = JSON.parse(JSON.stringify(toOscalSsp(a as never)));
    expect(sspValid(ssp), JSON.stringify(sspValid.errors?.slice(0, 2))).toBe(true);
    const cd = JSON.parse(JSON.stringify(toOscalComponentDefinition(a as never)));
    expect(componentValid(cd), JSON.stringify(componentValid.errors?.slice(0, 2))).toBe(true);
    const back = importOscalSsp(ssp);
    expect(back.diagnostics).toEqual([]);
    expect(back.attestation).toEqual(a);
    expect(JSON.stringify(toOscalSsp(back.attestation as never))).toBe(JSON.stringify(ssp));
  });
  it("a value JSON cannot hold is left out, named in the export and reported on import", () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const catalog = {
      ...(hostileCatalog("ok") as object),
      "x-nan": Number.NaN,
      "x-big": { n: 10n },
      "x-cycle": cyclic,
      "x-undefined": undefined,
      "x-kept": "yes",
    };
    const oscal = JSON.parse(JSON.stringify(toOscalCatalog(catalog as never)));
    expect(catalogValid(oscal), JSON.stringify(catalogValid.errors?.slice(0, 2))).toBe(true);
    const back = importOscalCatalog(oscal);
    // metadata props: catalog-id, name-ja, catalog-version, x-fields, then x-fields-omitted (4)
    expect(oscal.catalog.metadata.props[4].value).toBe('["/x-nan","/x-big","/x-cycle"]');
    expect(back.diagnostics.map((d) => [d.code, d.severity, d.path, d.message])).toEqual(
      ["x-nan", "x-big", "x-cycle"].map((f) => [
        "cloud-matrix/oscal-x-field-omitted",
        "warning",
        "/catalog/metadata/props/4/value",
        `The x- field '/${f}' held a value JSON cannot represent (such as NaN, Infinity or a cycle), so the OSCAL export left it out.`,
      ]),
    );
    expect(back.catalog).toEqual({ ...hostileCatalog("ok"), "x-kept": "yes" });
  });
});
