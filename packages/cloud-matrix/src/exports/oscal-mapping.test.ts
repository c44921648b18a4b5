import { readFileSync } from "node:fs";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { CCM_V40_TO_V41_MAPPING } from "../catalogs/ccm-crosswalk.js";
import type { ControlMapping } from "../catalogs/mapping.js";
import { importOscalMapping, toOscalMapping } from "./oscal-mapping.js";

const root = new URL("../../../../", import.meta.url);
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
const mappingValid = ajv.compile(
  JSON.parse(readFileSync(new URL("fixtures/oscal-1.2.1/oscal_mapping_schema.json", root), "utf8")),
);
const errors = () => JSON.stringify(mappingValid.errors?.slice(0, 3));

describe("OSCAL mapping documents", () => {
  it("the CCM v4.0 → v4.1 crosswalk is a valid OSCAL 1.2.1 mapping and reads back equal", () => {
    const oscal = toOscalMapping(CCM_V40_TO_V41_MAPPING) as any;
    expect(mappingValid(oscal), errors()).toBe(true);
    const [mapping] = oscal["mapping-collection"].mappings;
    expect(mapping.maps).toHaveLength(181);
    // I&S-01 is no OSCAL token: the gap summary has a token, the mamori prop the id itself.
    const back = importOscalMapping(oscal);
    expect(back.diagnostics).toEqual([]);
    expect(back.mapping).toEqual(CCM_V40_TO_V41_MAPPING);
  });

  it("a mapping without description, with ids OSCAL tokens cannot hold, round-trips too", () => {
    const m: ControlMapping = {
      source: "iso27002-2005",
      target: "ccm-v4.1",
      entries: [
        { sources: ["10.5.1"], targets: ["BCR-08", "I&S-02"], relationship: "intersects-with" },
      ],
      sourceUnmapped: ["6.1.1"],
      targetUnmapped: ["I&S-01"],
    };
    const oscal = toOscalMapping(m, { lastModified: "2026-12-07T00:00:00Z" });
    expect(mappingValid(oscal), errors()).toBe(true);
    expect(importOscalMapping(oscal)).toEqual({ mapping: m, diagnostics: [] });
  });

  it("reads a mapping another tool wrote: catalogs from the hrefs, gaps from with-ids", () => {
    const foreign = {
      "mapping-collection": {
        uuid: "8a1b2c3d-0000-4000-8000-000000000001",
        provenance: { "mapping-description": "27002 to CCM" },
        mappings: [
          {
            "source-resource": {
              type: "catalog",
              href: "https://example.org/catalogs/iso27002-2005.json",
            },
            "target-resource": { type: "catalog", href: "https://example.org/catalogs/ccm-v4.1/" },
            maps: [
              {
                relationship: "subset-of",
                sources: [{ type: "control", "id-ref": "10.5.1" }],
                targets: [{ type: "control", "id-ref": "BCR-08" }],
              },
              {
                relationship: "close-to",
                sources: [{ type: "control", "id-ref": "x" }],
                targets: [{ type: "control", "id-ref": "y" }],
              },
              {
                relationship: "equivalent-to",
                sources: [{ type: "statement", "id-ref": "s1" }],
                targets: [{ type: "control", "id-ref": "y" }],
              },
            ],
            "source-gap-summary": { uuid: "u", "unmapped-controls": [{ "with-ids": ["ac-1"] }] },
          },
        ],
      },
    };
    const r = importOscalMapping(foreign);
    expect(r.mapping).toEqual({
      source: "iso27002-2005",
      target: "ccm-v4.1",
      entries: [{ sources: ["10.5.1"], targets: ["BCR-08"], relationship: "subset-of" }],
      sourceUnmapped: ["ac-1"],
      targetUnmapped: [],
      description: "27002 to CCM",
    });
    // An unknown relationship and a statement source: each a warning, the map left out.
    expect(r.diagnostics.map((d) => [d.code, d.path])).toEqual([
      ["cloud-matrix/mapping-unreadable", "/mapping-collection/mappings/0/maps/1/relationship"],
      ["cloud-matrix/mapping-unreadable", "/mapping-collection/mappings/0/maps/2/sources/0/type"],
      ["cloud-matrix/mapping-unreadable", "/mapping-collection/mappings/0/maps/2"],
    ]);
    // The caller can name the catalogs itself.
    expect(importOscalMapping(foreign, { source: "a", target: "b" }).mapping?.source).toBe("a");
  });

  it("says what it cannot read: a back-matter href, bad percent-encoding, statements mixed in, no maps", () => {
    const doc = (source: unknown, maps: unknown) => ({
      "mapping-collection": {
        mappings: [
          {
            "source-resource": source,
            "target-resource": { type: "catalog", href: "https://x/ccm-v4.1" },
            maps,
          },
        ],
      },
    });
    // "#uuid" names a back-matter resource: no catalog id there; the caller must name it.
    const backMatter = importOscalMapping(doc({ type: "catalog", href: "#3f2a" }, []));
    expect(backMatter.mapping?.source).toBe("source");
    expect(backMatter.diagnostics.map((d) => d.path)).toEqual([
      "/mapping-collection/mappings/0/source-resource",
    ]);
    // Malformed percent-encoding is read as written, never a URIError.
    expect(
      importOscalMapping(doc({ type: "catalog", href: "https://x/%zz" }, [])).mapping?.source,
    ).toBe("%zz");
    // A map whose sources mix a control and a statement: the control is kept, but the
    // equivalence held for the set, so it is carried only as intersects-with.
    const mixed = importOscalMapping(
      doc({ type: "catalog", href: "https://x/iso27002-2005" }, [
        {
          relationship: "equivalent-to",
          sources: [
            { type: "control", "id-ref": "10.5" },
            { type: "statement", "id-ref": "10.5_smt.a" },
          ],
          targets: [{ type: "control", "id-ref": "BCR-08" }],
        },
      ]),
    );
    expect(mixed.mapping?.entries).toEqual([
      { sources: ["10.5"], targets: ["BCR-08"], relationship: "intersects-with" },
    ]);
    expect(mixed.diagnostics.map((d) => d.path)).toEqual([
      "/mapping-collection/mappings/0/maps/0/sources/1/type",
    ]);
    // No list of maps at all is said, not silently an empty crosswalk.
    expect(
      importOscalMapping(doc({ type: "catalog", href: "https://x/a" }, undefined)).diagnostics.map(
        (d) => d.path,
      ),
    ).toEqual(["/mapping-collection/mappings/0/maps"]);
  });

  it("anything that is not a mapping collection is an error, never a throw", () => {
    for (const bad of [
      null,
      42,
      {},
      { "mapping-collection": {} },
      { "mapping-collection": { mappings: [] } },
    ]) {
      const r = importOscalMapping(bad);
      expect(r.mapping).toBeUndefined();
      expect(r.diagnostics.map((d) => d.code)).toEqual(["cloud-matrix/oscal-malformed"]);
    }
  });
});
