// The changelog page (issue 31): every pending changeset — the user-visible changes to the
// published packages since 0.1.0, each with its migration notes — grouped by package, generated
// from .changeset/*.md. `MAMORI_WRITE_DOCS=1` rewrites docs/changelog.md; otherwise it must match.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../", import.meta.url));
const write = process.env.MAMORI_WRITE_DOCS === "1";
const BUMPS = ["major", "minor", "patch"] as const;

interface Change {
  file: string;
  packages: Array<{ name: string; bump: string }>;
  body: string;
}

function changes(): Change[] {
  const dir = join(root, ".changeset");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".md") && f !== "README.md")
    .sort()
    .map((file) => {
      const text = readFileSync(join(dir, file), "utf8").replace(/\r\n/g, "\n");
      const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
      if (!m) throw new Error(`${file}: no changeset front matter`);
      const packages = [...(m[1] as string).matchAll(/^"([^"]+)":\s*(\w+)\s*$/gm)].map((x) => ({
        name: x[1] as string,
        bump: x[2] as string,
      }));
      return { file, packages, body: (m[2] as string).trim() };
    });
}

/** The changelog: per package, its changes from the biggest bump down, each with its full text. */
function changelog(list: readonly Change[]): string {
  const names = [...new Set(list.flatMap((c) => c.packages.map((p) => p.name)))].sort();
  const lines = [
    "---",
    "",
    "title: Changelog",
    "group: Guides",
    "---",
    "",
    "# Changelog",
    "",
    "What changed since 0.1.0 in each published package, not yet released: the changesets that",
    "the next release turns into each package's CHANGELOG.md. Changes that rename or remove an",
    "export carry their migration notes (a table of old and new names) in their text.",
    "",
  ];
  for (const name of names) {
    lines.push(`## ${name}`, "");
    for (const bump of BUMPS) {
      const mine = list.filter((c) => c.packages.some((p) => p.name === name && p.bump === bump));
      if (mine.length === 0) continue;
      lines.push(
        `### ${bump === "major" ? "Major" : bump === "minor" ? "Minor" : "Patch"} changes`,
        "",
      );
      for (const c of mine) {
        // Each change as a list item; its own headings become bold lines inside it.
        const body = c.body
          .split("\n")
          .map((l) => (/^#+\s/.test(l) ? `**${l.replace(/^#+\s*/, "")}**` : l))
          .map((l, i) => (i === 0 ? `- ${l}` : l === "" ? "" : `  ${l}`))
          .join("\n");
        lines.push(body, "");
      }
    }
  }
  return `${lines.join("\n").replace(/\n{3,}/g, "\n\n")}\n`;
}

describe("the changelog page", () => {
  it("docs/changelog.md lists every changeset under each package it changes", () => {
    const file = join(root, "docs/changelog.md");
    const text = changelog(changes());
    if (write) writeFileSync(file, text);
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, "utf8")).toBe(text);
  });

  it("groups by package and bump, biggest first", () => {
    const text = changelog([
      { file: "a.md", packages: [{ name: "@mamori/core", bump: "patch" }], body: "Fixed a thing." },
      {
        file: "b.md",
        packages: [
          { name: "@mamori/core", bump: "minor" },
          { name: "@mamori/bia", bump: "minor" },
        ],
        body: "Added a thing.\n\n## Migration\n\n| old | new |",
      },
    ]);
    expect(text).toContain(
      "## @mamori/bia\n\n### Minor changes\n\n- Added a thing.\n\n  **Migration**\n\n  | old | new |\n",
    );
    expect(text.indexOf("### Minor changes\n\n- Added")).toBeLessThan(
      text.indexOf("### Patch changes\n\n- Fixed"),
    );
  });
});
