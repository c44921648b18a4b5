import { readFileSync } from "node:fs";
import Ajv04 from "ajv-draft-04";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createValidatorServer } from "./server.js";

const data = (name) => readFileSync(new URL(`../../data/${name}`, import.meta.url), "utf8");
const planYaml = data("plan.yaml");
const sarifSchema = JSON.parse(
  readFileSync(new URL("../../../fixtures/sarif/sarif-schema-2.1.0.json", import.meta.url), "utf8"),
);

let server;
let base;

beforeAll(async () => {
  server = createValidatorServer({ maxBodyBytes: 256 * 1024 });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${server.address().port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

const post = (body, type = "application/yaml", query = "") =>
  fetch(`${base}/validate${query}`, { method: "POST", headers: { "content-type": type }, body });

describe("vendor-embed HTTP service", () => {
  it("validates the sample YAML plan and answers diagnostics with line:column", async () => {
    const res = await post(planYaml, "application/yaml", "?now=2026-11-27");
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.summary.bySeverity.error).toBeGreaterThan(0);
    const located = body.diagnostics.filter((d) => d.range);
    expect(located.length).toBeGreaterThan(0);
    expect(located[0].range.start.line).toBeGreaterThan(0);
    expect(body.diagnostics.every((d) => d.path.startsWith("/"))).toBe(true);
  });

  it("accepts a JSON envelope with a BIA and a matrix, and answers in Japanese", async () => {
    const { parseSource } = await import("@mamori/core/source");
    const envelope = {
      plan: parseSource(planYaml).data,
      bia: parseSource(data("bia.yaml")).data,
      matrix: parseSource(data("matrix-skycloud.yaml")).data,
      attestation: parseSource(data("attestations/skycloud.yaml")).data,
    };
    const res = await post(
      JSON.stringify(envelope),
      "application/json",
      "?locale=ja&now=2026-11-27",
    );
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.diagnostics.some((d) => d.path.startsWith("/plan/"))).toBe(true);
    // The BIA's findings come back too, located in the request text, and the plan is
    // cross-checked with it (bia/* rules fire only when a BIA is given).
    expect(body.diagnostics.some((d) => d.path.startsWith("/bia/") && d.range)).toBe(true);
    expect(
      body.diagnostics.some((d) => d.path.startsWith("/matrix/") || d.path === "/matrix"),
    ).toBe(true);
    expect(body.diagnostics.some((d) => d.code === "bia/rto-consistent")).toBe(true);
    expect(body.diagnostics[0].message).toBe(body.diagnostics[0].messages.ja);
  });

  it("answers SARIF that validates against the SARIF 2.1.0 schema", async () => {
    const res = await post(planYaml, "application/yaml", "?format=sarif&now=2026-11-27");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/sarif+json");
    const validate = new Ajv04({ strict: false }).compile(sarifSchema);
    const log = await res.json();
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(log.runs[0].results.length).toBeGreaterThan(0);
  });

  it("refuses what it cannot take with the right status, never a 500", async () => {
    // 413: over the 256 KiB limit set above.
    expect((await post("a".repeat(300 * 1024))).status).toBe(413);
    // 415: plain text is not a document type.
    const r415 = await post("kind: x", "text/plain");
    expect(r415.status).toBe(415);
    expect((await r415.json()).error.title).toBe("Unsupported media type");
    // 400: malformed JSON, with the parser's message.
    const r400 = await post('{"plan": [1, }', "application/json");
    expect(r400.status).toBe(400);
    expect((await r400.json()).error.detail).toMatch(/JSON/);
    // 400: valid JSON that is not a document.
    expect((await post("[1, 2]", "application/json")).status).toBe(400);
    expect((await post('{"nothing": 1}', "application/json")).status).toBe(400);
    // 200 with diagnostics: a document that is wrong is an answer, not an error.
    const wrong = await post(
      '{"kind": "ContinuityPlan", "schemaVersion": "1.0"}',
      "application/json",
    );
    expect(wrong.status).toBe(200);
    expect((await wrong.json()).summary.bySeverity.error).toBeGreaterThan(0);
    // Routing.
    expect((await fetch(`${base}/nope`)).status).toBe(404);
    expect((await fetch(`${base}/validate`)).status).toBe(405);
    expect((await fetch(`${base}/health`)).status).toBe(200);
  });

  it("serves concurrent requests independently and deterministically", async () => {
    const bodies = await Promise.all(
      Array.from({ length: 16 }, (_, i) =>
        post(planYaml, "application/yaml", `?now=2026-11-27&locale=${i % 2 ? "ja" : "en"}`).then(
          (r) => r.text(),
        ),
      ),
    );
    expect(new Set(bodies.filter((_, i) => i % 2 === 0)).size).toBe(1);
    expect(new Set(bodies.filter((_, i) => i % 2 === 1)).size).toBe(1);
    expect(bodies[0]).not.toBe(bodies[1]);
  });
});
