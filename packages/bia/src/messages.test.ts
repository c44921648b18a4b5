import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { checkMessageCatalog } from "@mamori/core";
import { describe, expect, it } from "vitest";
import { biaMessages } from "./messages.js";

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return sources(p);
    return p.endsWith(".ts") && !p.endsWith(".test.ts") ? [p] : [];
  });
}

describe("biaMessages", () => {
  it("has every message in English and Japanese with the same placeholders", () => {
    expect(checkMessageCatalog(biaMessages)).toEqual([]);
  });

  it("has a message for every code the package emits, and no unused one", () => {
    const dir = new URL(".", import.meta.url).pathname;
    const used = new Set<string>();
    for (const f of sources(dir)) {
      for (const m of readFileSync(f, "utf8").matchAll(/"(bia\/[a-z/-]+)"/g))
        used.add(m[1] as string);
    }
    expect([...used].sort()).toEqual(Object.keys(biaMessages.en).sort());
  });
});
