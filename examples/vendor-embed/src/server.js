// An HTTP service that embeds mamori's validators, the way a tool vendor (a GRC suite, an
// editor back end, a CI bot) would. Plain node:http, no framework: the point is to show
// what embedding takes — limits, content types, clear 4xx answers, never a 500 for bad input.
import { createServer } from "node:http";
import { analyzeBia } from "@mamori/bia";
import { analyzeMatrix } from "@mamori/cloud-matrix";
import { countBySeverity, toSarif } from "@mamori/core";
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
      if (!over) resolve(Buffer.concat(chunks).toString("utf8"));
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
 * Create the service. Options: `maxBodyBytes` (default 1 MiB).
 * Routes: `POST /validate[?format=json|sarif][&locale=en|ja][&now=YYYY-MM-DD]`, `GET /health`.
 */
export function createValidatorServer({ maxBodyBytes = 1024 * 1024 } = {}) {
  return createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? "/", "http://localhost");
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
      const text = await readBody(req, maxBodyBytes);
      if (text === null)
        return problem(res, 413, "Payload too large", `The limit is ${maxBodyBytes} bytes.`);
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
  });
}
