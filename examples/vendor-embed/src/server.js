// An HTTP service that embeds mamori's validators, the way a tool vendor (a GRC suite, an
// editor back end, a CI bot) would. Plain node:http, no framework: the point is to show
// what embedding takes — limits, content types, clear 4xx answers, never a 500 for bad input.
import { createServer } from "node:http";
import { analyzeBia } from "@mamori/bia";
import { analyzeMatrix } from "@mamori/cloud-matrix";
import { countBySeverity, parseIsoDate, toSarif } from "@mamori/core";
import { attachRanges, parseSource } from "@mamori/core/source";
import { validatePlan } from "@mamori/plan-validator";

/** Content types accepted for POST /validate, and the format each one means. */
const CONTENT_TYPES = new Map([
  ["application/json", "json"],
  ["application/yaml", "yaml"],
  ["application/x-yaml", "yaml"],
  ["text/yaml", "yaml"],
  ["text/x-yaml", "yaml"],
]);

function send(res, status, body, type = "application/json; charset=utf-8") {
  const text = typeof body === "string" ? body : `${JSON.stringify(body, null, 2)}\n`;
  res.writeHead(status, {
    "content-type": type,
    "content-length": Buffer.byteLength(text),
    "x-content-type-options": "nosniff",
  });
  res.end(text);
}

function problem(res, status, title, detail) {
  send(res, status, { error: { status, title, detail } });
}

/**
 * Limits suited to a validation service: a request is one document of at most a megabyte,
 * validated in milliseconds, so a client that takes longer than this to send it is slow on
 * purpose (slowloris) or broken. Node's defaults (300 s per request, 60 s for headers, no cap
 * on connections) would let a few hundred slow clients hold the service.
 */
export const SERVER_LIMITS = Object.freeze({
  /** Largest body accepted (bytes); more is 413. */
  maxBodyBytes: 1024 * 1024,
  /** Time to receive a request's headers (ms); then 408. */
  headersTimeoutMs: 10_000,
  /** Time to receive a whole request, headers and body (ms); then 408. */
  requestTimeoutMs: 30_000,
  /** An idle keep-alive connection is closed after this (ms). */
  keepAliveTimeoutMs: 5_000,
  /** Open connections at once; more are refused by closing them. */
  maxConnections: 256,
});

/**
 * The path and query of an origin-form request target (`/validate?now=…`), or undefined.
 * `new URL("//x/validate", base)` would read `x` as a host and route `/validate`; an
 * absolute-form or `*` target is not what this service answers either.
 */
function requestUrl(target) {
  if (typeof target !== "string" || !target.startsWith("/")) return undefined;
  try {
    return new URL(`http://localhost${target}`);
  } catch {
    return undefined;
  }
}

/**
 * The body as text, or why not: UTF-8 only, decoded strictly, so an invalid byte is a 400
 * naming its line and column, never a silent U+FFFD in an id or a name.
 */
export function decodeBody(bytes) {
  try {
    return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    const prefix = new TextDecoder("utf-8").decode(bytes);
    const bad = prefix.indexOf("\uFFFD");
    const before = prefix.slice(0, Math.max(bad, 0));
    const line = before.split("\n").length;
    const column = [...before.slice(before.lastIndexOf("\n") + 1)].length + 1;
    return {
      error: `The body is not valid UTF-8 (line ${line}, column ${column}); send UTF-8 text.`,
    };
  }
}

/** Read the request body up to `limit` bytes; resolves to null when the limit is passed. */
function readBody(req, limit) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    let over = false;
    req.on("data", (chunk) => {
      if (over) return;
      size += chunk.length;
      if (size > limit) {
        over = true;
        chunks.length = 0;
        resolve(null);
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => {
      if (!over) resolve(Buffer.concat(chunks));
    });
    req.on("error", reject);
  });
}

/**
 * Validate one request's documents. `body` is either a ContinuityPlan document, or an
 * envelope `{ plan, bia?, matrix?, attestation?, organisation? }` whose members are
 * documents (the attestation may also be CAIQ CSV text).
 */
export function validateRequest(text, format, { locale, now }) {
  const parsed = parseSource(text, { format, locale, file: "request" });
  if (parsed.data === undefined) {
    const d = parsed.diagnostics[0];
    const where = d?.range ? ` at line ${d.range.start.line}, column ${d.range.start.column}` : "";
    return {
      status: 400,
      title: "Malformed body",
      detail: `${d?.message ?? "cannot parse"}${where}`,
    };
  }
  const body = parsed.data;
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    return {
      status: 400,
      title: "Malformed body",
      detail: "The body must be a JSON or YAML object.",
    };
  }
  const envelope = Object.hasOwn(body, "kind") ? { plan: body } : body;
  if (!Object.hasOwn(envelope, "plan")) {
    return {
      status: 400,
      title: "Malformed body",
      detail:
        "Send a ContinuityPlan document, or an object { plan, bia?, matrix?, attestation?, organisation? }.",
    };
  }
  const prefix = envelope === body ? "/plan" : "";
  const bia = envelope.bia === undefined ? undefined : analyzeBia(envelope.bia, { locale });
  const matrix =
    envelope.matrix === undefined
      ? undefined
      : analyzeMatrix(envelope.matrix, {
          locale,
          now,
          ...(envelope.attestation === undefined ? {} : { attestation: envelope.attestation }),
        });
  const result = validatePlan(envelope.plan, {
    locale,
    now,
    ...(bia ? { bia } : {}),
    ...(matrix ? { matrix } : {}),
    ...(envelope.organisation ? { organisation: envelope.organisation } : {}),
  });
  // Diagnostics point into the plan; shift them so ranges come from the request text.
  const shift = (ds, base) => ds.map((d) => ({ ...d, path: `${base}${d.path}` }));
  const located = attachRanges(
    [
      ...parsed.diagnostics,
      ...shift(result.diagnostics, prefix),
      ...(bia ? shift(bia.diagnostics, "/bia") : []),
      ...(matrix ? shift(matrix.diagnostics, "/matrix") : []),
    ],
    parsed.positions,
  );
  return { status: 200, diagnostics: located, summary: result.summary };
}

/**
 * Create the service. Options: `maxBodyBytes`, `headersTimeoutMs`, `requestTimeoutMs`,
 * `keepAliveTimeoutMs` and `maxConnections` (defaults: {@link SERVER_LIMITS}).
 * Routes: `POST /validate[?format=json|sarif][&locale=en|ja][&now=YYYY-MM-DD]`, `GET /health`.
 */
export function createValidatorServer(options = {}) {
  const limits = { ...SERVER_LIMITS, ...options };
  const { maxBodyBytes } = limits;
  const server = createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      keepAliveTimeout: limits.keepAliveTimeoutMs,
      // Node checks the two timeouts above on this interval (default 30 s): check often enough
      // that they mean what they say.
      connectionsCheckingInterval: Math.min(1_000, limits.headersTimeoutMs),
    },
    async (req, res) => {
      try {
        const url = requestUrl(req.url);
        if (!url) {
          req.resume();
          return problem(res, 400, "Bad request target", "Send a path such as /validate.");
        }
        if (url.pathname === "/health") {
          if (req.method !== "GET")
            return problem(res, 405, "Method not allowed", "Use GET /health.");
          return send(res, 200, { status: "ok" });
        }
        if (url.pathname !== "/validate")
          return problem(res, 404, "Not found", "Try POST /validate.");
        if (req.method !== "POST") {
          res.setHeader("allow", "POST");
          return problem(res, 405, "Method not allowed", "Use POST /validate.");
        }
        const type = (req.headers["content-type"] ?? "").split(";")[0].trim().toLowerCase();
        const format = CONTENT_TYPES.get(type);
        if (!format) {
          req.resume();
          return problem(
            res,
            415,
            "Unsupported media type",
            `Send application/json or application/yaml, not '${type || "nothing"}'.`,
          );
        }
        const declared = Number(req.headers["content-length"] ?? "0");
        if (declared > maxBodyBytes) {
          req.resume();
          return problem(res, 413, "Payload too large", `The limit is ${maxBodyBytes} bytes.`);
        }
        const locale = url.searchParams.get("locale") === "ja" ? "ja" : "en";
        const outFormat =
          url.searchParams.get("format") ??
          (req.headers.accept?.includes("sarif") ? "sarif" : "json");
        if (outFormat !== "json" && outFormat !== "sarif") {
          req.resume();
          return problem(res, 400, "Bad format", "format must be json or sarif.");
        }
        const now = url.searchParams.get("now") ?? undefined;
        if (now !== undefined && parseIsoDate(now).date === undefined) {
          req.resume();
          return problem(
            res,
            400,
            "Bad now",
            "now must be a real ISO 8601 date such as 2026-11-27.",
          );
        }
        const bytes = await readBody(req, maxBodyBytes);
        if (bytes === null)
          return problem(res, 413, "Payload too large", `The limit is ${maxBodyBytes} bytes.`);
        const decoded = decodeBody(bytes);
        if (decoded.error !== undefined) return problem(res, 400, "Malformed body", decoded.error);
        const text = decoded.text;
        const outcome = validateRequest(text, format, { locale, now });
        if (outcome.status !== 200)
          return problem(res, outcome.status, outcome.title, outcome.detail);
        if (outFormat === "sarif") {
          return send(
            res,
            200,
            toSarif(outcome.diagnostics, { toolName: "mamori", defaultFile: "request" }),
            "application/sarif+json",
          );
        }
        return send(res, 200, {
          diagnostics: outcome.diagnostics,
          summary: { ...outcome.summary, bySeverity: countBySeverity(outcome.diagnostics) },
        });
      } catch (error) {
        // Only a defect gets here; say so without leaking a stack trace.
        return problem(
          res,
          500,
          "Internal error",
          error instanceof Error ? error.message : String(error),
        );
      }
    },
  );
  server.maxConnections = limits.maxConnections;
  return server;
}
