import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { decodeUtf8, firstInvalidUtf8, openProblem } from "./io.js";
import { runCli } from "./run.js";

const dir = mkdtempSync(join(tmpdir(), "mamori-io-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    cwd: dir,
    env: {},
    stdoutIsTTY: false,
    stderrIsTTY: false,
  });
  return { code, stdout: out.join(""), stderr: err.join("") };
}

const BIA = "kind: BusinessImpactAnalysis\nschemaVersion: '1.0'\n";

describe("reading input", () => {
  it("refuses a device that never ends after limit + 1 bytes (stat says 0 bytes)", async () => {
    const r = await run(["bia", "/dev/zero"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      "mamori: /dev/zero is too large (more bytes; the limit is 20971520 bytes)\n",
    );
  });

  it("reports invalid UTF-8 with its line and column instead of replacing it", async () => {
    writeFileSync(
      join(dir, "latin1.yaml"),
      Buffer.concat([Buffer.from(`${BIA}id: caf`), Buffer.from([0xe9]), Buffer.from("\n")]),
    );
    const r = await run(["bia", "latin1.yaml"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      "mamori: cannot read latin1.yaml:3:8: not valid UTF-8 (byte 0xe9); mamori reads UTF-8 and does not alter text, so save the file as UTF-8\n",
    );
  });

  it("names UTF-16 text instead of 'must be an object with a kind'", async () => {
    writeFileSync(join(dir, "wide.yaml"), Buffer.from(`\uFEFF${BIA}`, "utf16le"));
    writeFileSync(join(dir, "wide-nobom.yaml"), Buffer.from(BIA, "utf16le"));
    writeFileSync(join(dir, "wide-be.yaml"), Buffer.from(`\uFEFF${BIA}`, "utf16le").swap16());
    for (const [file, encoding] of [
      ["wide.yaml", "UTF-16LE"],
      ["wide-nobom.yaml", "UTF-16LE"],
      ["wide-be.yaml", "UTF-16BE"],
    ]) {
      const r = await run(["bia", file!]);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(
        `mamori: cannot read ${file}: the text is ${encoding}; mamori reads UTF-8 (save the file as UTF-8)\n`,
      );
    }
  });

  it("reads a UTF-8 file with a byte order mark and CR-only line ends", async () => {
    writeFileSync(join(dir, "mac.yaml"), `\uFEFF# old Mac file\r${BIA.replace(/\n/g, "\r")}`);
    const r = await run(["bia", "mac.yaml", "--format", "json"]);
    expect(r.stderr).not.toContain("empty");
    expect(r.code).toBe(1); // a BIA without processes: its own findings, not "The input is empty."
    expect(JSON.parse(r.stdout).diagnostics[0].code).toMatch(/^schema\//);
  });

  it("says why a file cannot be opened", () => {
    const e = (code: string) => Object.assign(new Error(code), { code });
    expect(openProblem("a.yaml", e("ENOENT")).message).toBe("cannot read a.yaml: no such file");
    expect(openProblem("a.yaml", e("EACCES")).message).toBe(
      "cannot read a.yaml: permission denied",
    );
    expect(openProblem("d/a.yaml", e("ENOTDIR")).message).toBe(
      "cannot read d/a.yaml: a part of the path is not a directory",
    );
  });
});

describe("firstInvalidUtf8 and decodeUtf8", () => {
  it("finds overlong forms, surrogates, truncation and bytes above U+10FFFF", () => {
    expect(firstInvalidUtf8(Buffer.from("日本語 ok 😀"))).toBe(-1);
    expect(firstInvalidUtf8(Buffer.from([0x61, 0xc0, 0xaf]))).toBe(1); // overlong '/'
    expect(firstInvalidUtf8(Buffer.from([0x61, 0x62, 0xed, 0xa0, 0x80]))).toBe(2); // U+D800
    expect(firstInvalidUtf8(Buffer.from([0xe6, 0x97]))).toBe(0); // truncated
    expect(firstInvalidUtf8(Buffer.from([0xf4, 0x90, 0x80, 0x80]))).toBe(0); // U+110000
    expect(decodeUtf8("x", Buffer.from("\uFEFFa"))).toBe("\uFEFFa");
  });
});

describe("directories and --now", () => {
  it("answers exit 2 at once for a directory under /proc (Node's recursive mkdir spins there)", async () => {
    const schema = await run(["schema", "--out", "/proc/mamori-test/schemas"]);
    expect(schema.code).toBe(2);
    expect(schema.stderr).toBe(
      "mamori: cannot create /proc/mamori-test/schemas: this file system does not allow it\n",
    );
    const init = await run(["init", "/proc/self/mamori"]);
    expect(init.code).toBe(2);
    expect(init.stderr).toMatch(/^mamori: cannot create \/proc\/self\/mamori: /);
  });

  it("creates missing parents one level at a time", async () => {
    const r = await run(["schema", "--out", "a/b/c"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("schemas written.");
  });

  it("refuses an impossible --now as a usage error", async () => {
    writeFileSync(join(dir, "plan.yaml"), "kind: ContinuityPlan\nschemaVersion: '1.0'\n");
    for (const now of ["2026-02-30", "2026-11-27T24:00:00Z", "0000-01-01"]) {
      const r = await run(["validate", "plan.yaml", "--now", now]);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(
        `mamori: --now must be a real calendar date such as 2026-11-27, not '${now}'\n`,
      );
    }
    // Commands that have no use for --now refuse a bad one all the same.
    expect((await run(["bia", "x.yaml", "--now", "2026-02-30"])).code).toBe(2);
    expect((await run(["schema", "--out", "s", "--now", "2026-13-01"])).code).toBe(2);
    const garbage = await run(["matrix", "m.yaml", "--now", "garbage\u001b]0;x\u0007"]);
    expect(garbage.code).toBe(2);
    expect(garbage.stderr).toBe(
      "mamori: --now must be an ISO 8601 date such as 2026-11-27, not 'garbage\uFFFD]0;x\uFFFD'\n",
    );
  });
});
