import { delimiter } from "node:path";
import { describe, expect, it } from "vitest";
import { BASE_ARGS, type ChromiumProbe, chooseChromium } from "./chromium.js";

// A machine described by hand: which files are executable, what the environment says, and
// what the npm package would unpack. fromNpm counts its calls: it must not unpack needlessly.
function probe(executables: string[], env: Record<string, string | undefined>) {
  let unpacked = 0;
  const p: ChromiumProbe = {
    env,
    isExecutable: (path) => executables.includes(path),
    async fromNpm() {
      unpacked += 1;
      return {
        executablePath: "/tmp/chromium",
        args: ["--single-process", "--headless='shell'", "--no-sandbox"],
      };
    },
  };
  return { p, unpacked: () => unpacked };
}

describe("chooseChromium", () => {
  it("takes MAMORI_CHROMIUM first, even when Chromium is installed", async () => {
    const m = probe(["/opt/chrome/chrome", "/usr/bin/chromium"], {
      MAMORI_CHROMIUM: "/opt/chrome/chrome",
      PATH: "/usr/bin",
    });
    const c = await chooseChromium(m.p);
    expect(c).toEqual({
      source: "MAMORI_CHROMIUM",
      executablePath: "/opt/chrome/chrome",
      args: BASE_ARGS,
    });
    expect(m.unpacked()).toBe(0);
  });

  it("refuses a MAMORI_CHROMIUM that is not executable instead of falling back", async () => {
    const m = probe(["/usr/bin/chromium"], { MAMORI_CHROMIUM: "/nowhere/chrome" });
    await expect(chooseChromium(m.p)).rejects.toThrow(
      "MAMORI_CHROMIUM=/nowhere/chrome is not an executable file",
    );
  });

  it("prefers /usr/bin/chromium over one on PATH", async () => {
    const m = probe(["/usr/bin/chromium", "/snap/bin/chromium"], { PATH: "/snap/bin" });
    expect((await chooseChromium(m.p)).executablePath).toBe("/usr/bin/chromium");
  });

  it("finds chromium or chromium-browser on PATH, in PATH order", async () => {
    const m = probe(["/b/chromium", "/a/chromium-browser"], {
      PATH: ["", "/a", "/b"].join(delimiter),
    });
    const c = await chooseChromium(m.p);
    // /a comes first on PATH; in /a only chromium-browser exists.
    expect(c.source).toBe("installed");
    expect(c.executablePath).toBe("/a/chromium-browser");
    expect(m.unpacked()).toBe(0);
  });

  it("falls back to the npm package's Chromium, with its flags first and ours after", async () => {
    const m = probe([], { PATH: "/usr/local/bin", MAMORI_CHROMIUM: "" });
    const c = await chooseChromium(m.p);
    expect(c.source).toBe("npm");
    expect(c.executablePath).toBe("/tmp/chromium");
    // The package sets --headless='shell' and --no-sandbox: ours are not repeated; the other
    // six of BASE_ARGS' eight follow in their own order.
    expect(c.args).toEqual([
      "--single-process",
      "--headless='shell'",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ]);
    expect(m.unpacked()).toBe(1);
  });
});
