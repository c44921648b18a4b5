// The extension as a user installs it: bundled (npm test's build runs build.mjs), packaged with
// @vscode/vsce (never published), and its bundled server answering over stdio.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
} from "vscode-languageserver-protocol/node";
import { isMamoriDocument } from "./src/kinds.js";

const here = import.meta.dirname;
const root = join(here, "../..");
const vsce = join(root, "node_modules/@vscode/vsce/vsce");

describe("the VS Code extension", () => {
  it("starts only for YAML and JSON documents of a kind mamori reads", () => {
    expect(isMamoriDocument("yaml", "# plan\nkind: ContinuityPlan\nschemaVersion: '1.0'\n")).toBe(
      true,
    );
    expect(isMamoriDocument("json", '{ "kind": "BusinessImpactAnalysis" }')).toBe(true);
    expect(isMamoriDocument("yaml", "apiVersion: v1\nkind: Deployment\n")).toBe(false);
    expect(isMamoriDocument("markdown", "kind: ContinuityPlan\n")).toBe(false);
  });

  it("packages with vsce into a .vsix holding the manifest, the extension and the server", () => {
    const dir = mkdtempSync(join(tmpdir(), "mamori-vsix-"));
    try {
      const out = join(dir, "mamori.vsix");
      const pack = spawnSync(
        process.execPath,
        [vsce, "package", "--no-dependencies", "--out", out],
        {
          cwd: here,
          encoding: "utf8",
        },
      );
      expect(pack.status, pack.stderr).toBe(0);
      // A .vsix is a zip (its first bytes are "PK\x03\x04").
      expect([...readFileSync(out).subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
      const ls = spawnSync(process.execPath, [vsce, "ls", "--no-dependencies"], {
        cwd: here,
        encoding: "utf8",
      });
      expect(ls.stdout.split("\n").filter(Boolean).sort()).toEqual([
        "LICENSE",
        "README.md",
        "dist/extension.js",
        "dist/server.js",
        "package.json",
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("bundles a server that answers over stdio with a plan's diagnostics", async () => {
    const child = spawn(process.execPath, [join(here, "dist/server.js"), "--stdio"]);
    const client = createProtocolConnection(
      new StreamMessageReader(child.stdout),
      new StreamMessageWriter(child.stdin),
    );
    const published: Array<{ uri: string; diagnostics: Array<{ code: string }> }> = [];
    client.onNotification("textDocument/publishDiagnostics", (p: unknown) => {
      published.push(p as (typeof published)[number]);
    });
    client.listen();
    try {
      await client.sendRequest("initialize", { processId: null, rootUri: null, capabilities: {} });
      await client.sendNotification("initialized", {});
      const uri = pathToFileURL(join(root, "examples/data/organisation.yaml")).href;
      const text = readFileSync(join(root, "examples/data/organisation.yaml"), "utf8").replace(
        "industry:",
        "industy:",
      );
      await client.sendNotification("textDocument/didOpen", {
        textDocument: { uri, languageId: "yaml", version: 1, text },
      });
      for (let i = 0; i < 200 && published.length === 0; i++)
        await new Promise((r) => setTimeout(r, 50));
      expect(published[0]?.diagnostics.map((d) => d.code)).toEqual(["schema/unknown-key"]);
      await client.sendRequest("shutdown");
      await client.sendNotification("exit");
    } finally {
      client.dispose();
      child.kill();
    }
  });
});
