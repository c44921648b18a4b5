import { readFileSync } from "node:fs";
import { request } from "node:http";
import { connect } from "node:net";
import Ajv04 from "ajv-draft-04";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createValidatorServer, SERVER_LIMITS } from "./server.js";

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

  it("answers a request target starting with // with 404, not a 500 or another route", async () => {
    const raw = (path) =>
      new Promise((resolve, reject) => {
        const req = request(
          `${base}/`,
          { method: "POST", path, headers: { "content-type": "application/json" } },
          (res) => {
            res.resume();
            res.on("end", () => resolve(res.statusCode));
          },
        );
        req.on("error", reject);
        req.end("{}");
      });
    expect(await raw("//x/validate")).toBe(404);
    expect(await raw("//validate")).toBe(404);
    expect(await raw("http://evil.example/validate")).toBe(400);
  });

  it("refuses a body that is not UTF-8 with its line, and an impossible now", async () => {
    const bytes = Buffer.concat([
      Buffer.from('{"kind": "ContinuityPlan",\n "id": "caf'),
      Buffer.from([0xe9]),
      Buffer.from('"}'),
    ]);
    const res = await post(bytes, "application/json");
    expect(res.status).toBe(400);
    expect((await res.json()).error.detail).toBe(
      "The body is not valid UTF-8 (line 2, column 12); send UTF-8 text.",
    );
    const bad = await post(planYaml, "application/yaml", "?now=2026-02-30");
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.title).toBe("Bad now");
  });
});

describe("vendor-embed limits", () => {
  it("has limits suited to a validation service, not Node's 300 s default", () => {
    expect(SERVER_LIMITS).toEqual({
      maxBodyBytes: 1048576,
      headersTimeoutMs: 10000,
      requestTimeoutMs: 30000,
      keepAliveTimeoutMs: 5000,
      maxConnections: 256,
    });
    const s = createValidatorServer();
    expect([s.headersTimeout, s.requestTimeout, s.keepAliveTimeout, s.maxConnections]).toEqual([
      10000, 30000, 5000, 256,
    ]);
  });

  it("answers 408 to a client that sends its body too slowly", async () => {
    const slow = createValidatorServer({ headersTimeoutMs: 300, requestTimeoutMs: 600 });
    await new Promise((resolve) => slow.listen(0, "127.0.0.1", resolve));
    try {
      const answer = await new Promise((resolve) => {
        const socket = connect(slow.address().port, "127.0.0.1", () => {
          socket.write(
            "POST /validate HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{",
          );
        });
        let text = "";
        socket.on("data", (d) => {
          text += d;
        });
        socket.on("close", () => resolve(text));
      });
      expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    } finally {
      await new Promise((resolve) => slow.close(resolve));
    }
  });
});
