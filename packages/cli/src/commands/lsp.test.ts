import { spawn } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
} from "vscode-languageserver-protocol/node";
import { runCli } from "../run.js";

const root = fileURLToPath(new URL("../../../../", import.meta.url));

describe("mamori lsp", () => {
  it("serves the language server over stdio and exits 0 on shutdown and exit", async () => {
    const child = spawn(process.execPath, [
      join(root, "packages/cli/bin/mamori.js"),
      "lsp",
      "--stdio",
    ]);
    const client = createProtocolConnection(
      new StreamMessageReader(child.stdout),
      new StreamMessageWriter(child.stdin),
    );
    client.listen();
    const init = (await client.sendRequest("initialize", {
      processId: process.pid,
      rootUri: null,
      capabilities: {},
    })) as { serverInfo: { name: string } };
    expect(init.serverInfo.name).toBe("mamori");
    const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
    await client.sendRequest("shutdown");
    await client.sendNotification("exit");
    // LSP: `exit` after `shutdown` ends the server with status 0.
    expect(await exited).toBe(0);
    client.dispose();
  });

  it("refuses to start without --stdio (exit 2)", async () => {
    const err: string[] = [];
    const code = await runCli(["lsp"], {
      stdout: () => {},
      stderr: (t) => err.push(t),
      cwd: root,
      env: {},
      stdoutIsTTY: false,
      stderrIsTTY: false,
    });
    expect(code).toBe(2);
    expect(err.join("")).toContain("lsp needs --stdio");
  });
});
