import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { checkMessageCatalog } from "@mamori/core";
import { describe, expect, it } from "vitest";
import { cloudMatrixMessages } from "./messages.js";

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return sources(p);
    return p.endsWith(".ts") && !p.endsWith(".test.ts") && !p.endsWith("messages.ts") ? [p] : [];
  });
}

describe("cloudMatrixMessages", () => {
  it("has every message in English and Japanese with the same placeholders", () => {
    expect(checkMessageCatalog(cloudMatrixMessages)).toEqual([]);
    expect(Object.keys(cloudMatrixMessages.en)).toHaveLength(66); // 50 + the 6 mapping messages (moved, review, no-counterpart, new, collision, unreadable) + the 10 CRM messages
  });
  it("has a message for every code the source uses, and no unused code", () => {
    const used = new Set<string>();
    for (const file of sources(fileURLToPath(new URL(".", import.meta.url)))) {
      for (const m of readFileSync(file, "utf8").matchAll(
        /"((?:cloud-matrix|guidance)\/[a-z-]+)"/g,
      ))
        used.add(m[1] as string);
    }
    // Findings are built as `cloud-matrix/${finding}`.
    for (const f of ["gap", "conflict", "overlap", "unverified", "planned"])
      used.add(`cloud-matrix/${f}`);
    const defined = Object.keys(cloudMatrixMessages.en);
    expect([...used].filter((c) => !defined.includes(c))).toEqual([]);
    expect(defined.filter((c) => !used.has(c))).toEqual([]);
  });
});
