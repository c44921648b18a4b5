// Every property of every shipped JSON Schema has a description — in English, with the
// Japanese term — so an editor's hover (VS Code, yaml-language-server) is a field reference.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const packages = fileURLToPath(new URL("../packages/", import.meta.url));

/** Each property as `file: a.b.c` with its description (undefined when it has none). */
function properties(schema: unknown, path: string, out: Map<string, unknown>, seen = new Set()) {
  if (typeof schema !== "object" || schema === null || seen.has(schema)) return;
  seen.add(schema);
  if (Array.isArray(schema)) {
    for (const s of schema) properties(s, path, out, seen);
    return;
  }
  const node = schema as Record<string, unknown>;
  for (const [name, p] of Object.entries((node.properties ?? {}) as Record<string, unknown>)) {
    out.set(`${path}.${name}`, (p as { description?: unknown }).description);
    properties(p, `${path}.${name}`, out, seen);
  }
  for (const key of ["items", "additionalProperties", "anyOf", "oneOf", "allOf"])
    properties(node[key], path, out, seen);
  for (const key of ["patternProperties", "$defs"])
    for (const s of Object.values((node[key] ?? {}) as Record<string, unknown>))
      properties(s, path, out, seen);
}

describe("the shipped JSON Schemas describe every property", () => {
  const files = readdirSync(packages).flatMap((p) => {
    try {
      return readdirSync(join(packages, p, "schemas")).map((f) => join(packages, p, "schemas", f));
    } catch {
      return [];
    }
  });

  it("every property of every schema, in English with a Japanese term", () => {
    // organisation, business-impact-analysis, 5 cloud-matrix kinds, continuity-plan
    expect(files.length).toBeGreaterThanOrEqual(8);
    const missing: string[] = [];
    let count = 0;
    for (const file of files) {
      const all = new Map<string, unknown>();
      properties(JSON.parse(readFileSync(file, "utf8")), file.split("/").pop() as string, all);
      for (const [path, description] of all) {
        count++;
        const ok =
          typeof description === "string" &&
          /^[A-Z$]/.test(description) &&
          /[\u3040-\u30ff\u4e00-\u9fff]/.test(description);
        if (!ok) missing.push(path);
      }
    }
    expect(missing).toEqual([]);
    expect(count).toBeGreaterThan(400);
  });

  it("a property's own parent wins over the name alone", () => {
    const plan = JSON.parse(
      readFileSync(join(packages, "plan-validator/schemas/continuity-plan.schema.json"), "utf8"),
    );
    const all = new Map<string, unknown>();
    properties(plan, "plan", all);
    expect(all.get("plan.kind")).toMatch(/^The document's kind/);
    expect(all.get("plan.training.activities.kind")).toMatch(/^Kind of activity \(訓練の種類\)/);
    expect(all.get("plan.preIncident.requirements.objectives.rto")).toMatch(/目標復旧時間/);
  });
});
