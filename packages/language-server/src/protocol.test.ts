// The server as an editor meets it: the built binary in a child process, driven over stdio by
// a JSON-RPC client, request by request, with the exact answers asserted.
import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createProtocolConnection,
  type ProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
} from "vscode-languageserver-protocol/node";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const bin = join(root, "packages/language-server/bin/mamori-language-server.js");
const dataDir = join(root, "examples/data");
const planUri = pathToFileURL(join(dataDir, "plan.yaml")).href;
const planText = readFileSync(join(dataDir, "plan.yaml"), "utf8");

interface Published {
  uri: string;
  version?: number;
  diagnostics: Array<{ code: string; range: { start: { line: number } }; message: string }>;
}

let child: ChildProcess;
let client: ProtocolConnection;
const published: Published[] = [];
let stderr = "";

/** The next diagnostics published for `uri` after `count` publications. */
async function diagnosticsFor(uri: string, after: number): Promise<Published> {
  for (let i = 0; i < 600; i++) {
    const hit = published.slice(after).find((p) => p.uri === uri);
    if (hit) return hit;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`no diagnostics for ${uri}; stderr: ${stderr}`);
}

beforeAll(async () => {
  child = spawn(process.execPath, [bin, "--stdio"], { stdio: ["pipe", "pipe", "pipe"] });
  child.stderr?.on("data", (b) => {
    stderr += String(b);
  });
  client = createProtocolConnection(
    new StreamMessageReader(child.stdout!),
    new StreamMessageWriter(child.stdin!),
  );
  client.onNotification("textDocument/publishDiagnostics", (p: unknown) => {
    published.push(p as Published);
  });
  client.listen();
  const init = (await client.sendRequest("initialize", {
    processId: process.pid,
    rootUri: pathToFileURL(dataDir).href,
    capabilities: {},
    locale: "en",
    initializationOptions: { now: "2026-11-27" },
  })) as { capabilities: Record<string, unknown>; serverInfo: { name: string } };
  expect(init.serverInfo.name).toBe("mamori");
  expect(init.capabilities).toMatchObject({
    textDocumentSync: 1,
    hoverProvider: true,
    definitionProvider: true,
    referencesProvider: true,
  });
  await client.sendNotification("initialized", {});
});

afterAll(async () => {
  try {
    await client.sendRequest("shutdown");
    await client.sendNotification("exit");
  } finally {
    client.dispose();
    child.kill();
  }
});

describe("the language server over stdio", () => {
  it("publishes a plan's diagnostics on open, cross-checked with the folder's documents", async () => {
    const before = published.length;
    await client.sendNotification("textDocument/didOpen", {
      textDocument: { uri: planUri, languageId: "yaml", version: 1, text: planText },
    });
    const p = await diagnosticsFor(planUri, before);
    expect(p.version).toBe(1);
    // The expired evidence of tokyo-dc-operator (2026-06-30 < 2026-11-27) on line 153.
    const expired = p.diagnostics.find((d) => d.code === "external/evidence-current");
    expect(expired?.message).toBe("The evidence of 'tokyo-dc-operator' expired on 2026-06-30.");
    expect(expired?.range.start.line).toBe(152);
    // The BIA of the folder is read: its RTOs are checked against the plan's.
    expect(p.diagnostics.some((d) => d.code.startsWith("bia/"))).toBe(true);
  });

  it("publishes again after a change, with the new version", async () => {
    const before = published.length;
    const text = planText.replace('expires: "2026-06-30"', 'expires: "2027-06-30"');
    await client.sendNotification("textDocument/didChange", {
      textDocument: { uri: planUri, version: 2 },
      contentChanges: [{ text }],
    });
    const p = await diagnosticsFor(planUri, before);
    expect(p.version).toBe(2);
    expect(p.diagnostics.some((d) => d.code === "external/evidence-current")).toBe(false);
  });

  it("answers hover, completion, definition, references and code actions", async () => {
    const line = planText.split("\n")[44] as string;
    const at = { line: 44, character: line.indexOf("erp-db") + 2 };
    const hover = (await client.sendRequest("textDocument/hover", {
      textDocument: { uri: planUri },
      position: at,
    })) as { contents: { value: string } };
    // erp-db in the folder's BIA: required within 6 hours, achievable in 13 (bia.yaml).
    expect(hover.contents.value).toContain("**ERP database** (erp-db, service)");
    expect(hover.contents.value).toContain("- Achievable recovery time: 13 hours");
    const defs = (await client.sendRequest("textDocument/definition", {
      textDocument: { uri: planUri },
      position: at,
    })) as Array<{ uri: string; range: { start: { line: number } } }>;
    expect(defs.map((d) => [d.uri.slice(d.uri.lastIndexOf("/") + 1), d.range.start.line])).toEqual([
      ["bia.yaml", 160],
      ["plan.yaml", 44],
    ]);
    const refs = (await client.sendRequest("textDocument/references", {
      textDocument: { uri: planUri },
      position: at,
      context: { includeDeclaration: true },
    })) as unknown[];
    expect(refs.length).toBeGreaterThan(2);
    const items = (await client.sendRequest("textDocument/completion", {
      textDocument: { uri: planUri },
      position: { line: 0, character: 0 },
    })) as unknown[];
    expect(Array.isArray(items)).toBe(true);
    const actions = (await client.sendRequest("textDocument/codeAction", {
      textDocument: { uri: planUri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [] },
    })) as unknown[];
    expect(actions).toEqual([]);
  });

  it("stays up whatever positions and texts a client sends", async () => {
    const uri = pathToFileURL(join(dataDir, "fuzz.yaml")).href;
    await client.sendNotification("textDocument/didOpen", {
      textDocument: { uri, languageId: "yaml", version: 1, text: "kind: Organisation\n" },
    });
    await fc.assert(
      fc.asyncProperty(
        fc.string({ maxLength: 300 }),
        fc.integer({ min: -5, max: 10_000 }),
        fc.integer({ min: -5, max: 10_000 }),
        async (text, line, character) => {
          await client.sendNotification("textDocument/didChange", {
            textDocument: { uri, version: 2 },
            contentChanges: [{ text: `kind: ContinuityPlan\n${text}` }],
          });
          const position = { line, character };
          for (const method of [
            "textDocument/hover",
            "textDocument/completion",
            "textDocument/definition",
          ])
            await client.sendRequest(method, { textDocument: { uri }, position });
        },
      ),
      { numRuns: 60, seed: 20261207 },
    );
    // Still answering, and nothing went to stderr but the server's own log lines.
    const hover = await client.sendRequest("textDocument/hover", {
      textDocument: { uri: planUri },
      position: { line: 44, character: 20 },
    });
    expect(hover).not.toBeNull();
    expect(child.exitCode).toBeNull();
  });
});
