import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { defineObject } from "../schema/object.js";
import { OrganisationSchema } from "../schema/organisation.js";
import { coreDocumentKinds, SCHEMA_BASE_URL } from "../schema/registry.js";
import { parseSource } from "../source/parse-source.js";
import { toJsonSchema } from "./to-json-schema.js";

const sample = parseSource(
  readFileSync(new URL("../../../../examples/data/organisation.yaml", import.meta.url), "utf8"),
).data;

describe("toJsonSchema", () => {
  const ajv = new Ajv2020({ strict: false, allErrors: true });

  it("exports every core document kind as a valid draft 2020-12 schema", () => {
    for (const k of coreDocumentKinds) {
      const schema = toJsonSchema(k.schema, { id: `${SCHEMA_BASE_URL}${k.file}`, title: k.kind });
      expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
      expect(ajv.validateSchema(schema), JSON.stringify(ajv.errors)).toBe(true);
    }
  });

  it("validates the sample organisation and agrees with zod on unknown and x- keys", () => {
    const validate = new Ajv2020({ strict: false }).compile(toJsonSchema(OrganisationSchema));
    expect(validate(sample), JSON.stringify(validate.errors)).toBe(true);
    const withX = { ...(sample as object), "x-anything": { a: 1 } };
    expect(validate(withX)).toBe(true);
    const withTypo = { ...(sample as object), scpoe: "individual" };
    expect(validate(withTypo)).toBe(false);
    expect(validate({ ...(sample as object), scope: "galaxy" })).toBe(false);
  });

  it("ships the same schema in the package (written by the build)", () => {
    const url = new URL("../../schemas/organisation.schema.json", import.meta.url);
    // No fallback for a missing file: `npm test` builds first, so a missing schema is a broken
    // build (or a test run without one), and that must fail, not pass quietly.
    const shipped: unknown = JSON.parse(readFileSync(url, "utf8"));
    expect(shipped).toEqual(
      toJsonSchema(OrganisationSchema, {
        id: `${SCHEMA_BASE_URL}organisation.schema.json`,
        title: "Organisation",
        description: coreDocumentKinds[0]?.description,
        descriptions: coreDocumentKinds[0]?.descriptions,
      }),
    );
  });
});

describe("toJsonSchema's property descriptions", () => {
  it("names by parent win over names alone; a property's own description is kept", () => {
    const schema = defineObject({
      kind: z.string(),
      items: z.array(defineObject({ kind: z.string(), rto: z.string() })),
      own: z.string().check(z.meta({ description: "Mine." })),
    });
    const js = toJsonSchema(schema, {
      descriptions: {
        kind: "Generic kind (種類).",
        "items.kind": "Item kind (項目の種類).",
        "root.kind": "Document kind (文書の種類).",
        rto: "RTO (目標復旧時間).",
        own: "Not used.",
      },
    }) as any;
    expect(js.properties.kind.description).toBe("Document kind (文書の種類).");
    const item = js.properties.items.items;
    expect(item.properties.kind.description).toBe("Item kind (項目の種類).");
    expect(item.properties.rto.description).toBe("RTO (目標復旧時間).");
    expect(js.properties.own.description).toBe("Mine.");
    // Without descriptions, nothing is added.
    expect((toJsonSchema(schema) as any).properties.kind.description).toBeUndefined();
  });
});
