// The one place that decides which Chromium the browser tests launch. Order:
//   1. MAMORI_CHROMIUM, when set (a path to a Chromium or Chrome executable);
//   2. an installed Chromium: /usr/bin/chromium, then `chromium` or `chromium-browser` on PATH;
//   3. the Chromium inside the npm package @sparticuz/chromium (a devDependency), which is
//      unpacked into the temp folder on first use, so a machine with Node.js and npm alone
//      can run every browser test: no apt-get, no download at test time.
// A test never skips for want of a browser: when none can be found, launching fails loudly.
import { accessSync, constants } from "node:fs";
import { delimiter, join } from "node:path";

/** Where the chosen browser came from, printed by the tests. */
export type ChromiumSource = "MAMORI_CHROMIUM" | "installed" | "npm";

/** A browser to launch: its executable and the flags this machine needs. */
export interface ChromiumChoice {
  readonly source: ChromiumSource;
  readonly executablePath: string;
  readonly args: readonly string[];
}

/** What the choice reads from the machine; injectable so the order itself is tested. */
export interface ChromiumProbe {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly isExecutable: (path: string) => boolean;
  /** Unpacks the npm package's Chromium and returns its path and the flags it needs. */
  readonly fromNpm: () => Promise<{ executablePath: string; args: readonly string[] }>;
}

// Flags for any Chromium here: headless as root, no GPU, and none of the background
// connections that a closed network refuses many at a time.
export const BASE_ARGS: readonly string[] = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

const INSTALLED_PATHS = ["/usr/bin/chromium"];
const PATH_NAMES = ["chromium", "chromium-browser"];

function isExecutableFile(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

const machine: ChromiumProbe = {
  env: process.env,
  isExecutable: isExecutableFile,
  async fromNpm() {
    // Loaded only when needed: unpacking costs a second or two and ~200 MB of temp space.
    const { default: chromium } = await import("@sparticuz/chromium");
    return { executablePath: await chromium.executablePath(), args: chromium.args };
  },
};

/**
 * Chooses the Chromium to launch, in the order above. A MAMORI_CHROMIUM that names no
 * executable is an error, not a silent fall-back to another browser.
 */
export async function chooseChromium(probe: ChromiumProbe = machine): Promise<ChromiumChoice> {
  const forced = probe.env.MAMORI_CHROMIUM;
  if (forced !== undefined && forced !== "") {
    if (!probe.isExecutable(forced))
      throw new Error(`MAMORI_CHROMIUM=${forced} is not an executable file`);
    return { source: "MAMORI_CHROMIUM", executablePath: forced, args: BASE_ARGS };
  }
  const onPath = (probe.env.PATH ?? "")
    .split(delimiter)
    .filter((dir) => dir !== "")
    .flatMap((dir) => PATH_NAMES.map((name) => join(dir, name)));
  for (const candidate of [...INSTALLED_PATHS, ...onPath])
    if (probe.isExecutable(candidate))
      return { source: "installed", executablePath: candidate, args: BASE_ARGS };
  const npm = await probe.fromNpm();
  // The package's own flags first (single process, software GL, its headless mode), then
  // ours where the package sets no value for the same switch.
  const flag = (arg: string) => arg.split("=")[0];
  const set = new Set(npm.args.map(flag));
  const args = [...npm.args, ...BASE_ARGS.filter((a) => !set.has(flag(a)))];
  return { source: "npm", executablePath: npm.executablePath, args };
}
