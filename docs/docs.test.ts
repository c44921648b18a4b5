import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../", import.meta.url));

function markdownFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (name === "api" || name === "node_modules") continue;
    if (statSync(full).isDirectory()) out.push(...markdownFiles(full));
    else if (name.endsWith(".md")) out.push(full);
  }
  return out;
}

const files = [join(root, "README.md"), ...markdownFiles(join(root, "docs"))];

describe("documentation links", () => {
  it("every relative link in docs/ and README.md resolves to a file", () => {
    const broken: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, "utf8").replace(/```[\s\S]*?```/g, "");
      for (const m of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        const target = m[1]!;
        if (/^[a-z]+:/i.test(target) || target.startsWith("#")) continue;
        const path = resolve(dirname(file), target.split("#")[0]!);
        if (!existsSync(path)) broken.push(`${relative(root, file)} → ${target}`);
      }
    }
    expect(broken).toEqual([]);
    expect(files.length).toBeGreaterThanOrEqual(7);
  });
});

describe("getting-started guides", () => {
  // Each ```js block is run as a module inside the repository (so @mamori/* resolve to the
  // workspace packages, built by `npm test`); every `// → text` line must appear in its output.
  for (const guide of [
    "docs/index.md",
    "docs/guides/getting-started.md",
    "docs/ja/getting-started.md",
    "docs/guides/what-do-i-still-owe.md",
    "docs/guides/recipes.md",
    "docs/ja/what-do-i-still-owe.md",
  ]) {
    it(`${guide}: every JavaScript block runs and prints what the page says`, () => {
      const text = readFileSync(join(root, guide), "utf8");
      const blocks = [...text.matchAll(/```js\n([\s\S]*?)```/g)].map((m) => m[1]!);
      expect(blocks.length).toBeGreaterThanOrEqual(3);
      const dir = join(root, "test-output/doc-snippets");
      mkdirSync(dir, { recursive: true });
      blocks.forEach((code, i) => {
        const file = join(dir, `${guide.replace(/[/.]/g, "-")}-${i}.mjs`);
        writeFileSync(file, code);
        const r = spawnSync(process.execPath, [file], {
          encoding: "utf8",
          cwd: root,
          timeout: 60_000,
        });
        expect(r.stderr, `block ${i} of ${guide}`).toBe("");
        expect(r.status).toBe(0);
        const expected = [...code.matchAll(/^\/\/ → (.*)$/gm)].map((m) => m[1]!);
        expect(expected.length, `block ${i} has an expected-output line`).toBeGreaterThan(0);
        for (const line of expected) expect(r.stdout).toContain(line);
      });
    });
  }
});
