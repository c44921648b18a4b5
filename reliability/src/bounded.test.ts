// Bounded memory on inputs the CLI accepts or refuses (issue 30): the built `mamori` in a
// child process whose peak resident memory (maxRSS) must stay under a generous ceiling, and
// whose output must stay linear in its input. Ceilings, never wall-clock limits: the
// machine may be busy. The child's heap is capped too, so a regression aborts the child
// (exit 134) instead of taking gigabytes from the machine.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { mamoriMeasured } from "./measured.js";
import { samples } from "./samples.js";

const dir = mkdtempSync(join(tmpdir(), "mamori-bounded-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const s = samples();

/** Generous: reading a 10 MB document alone takes about 0.4-0.5 GB (parser nodes, positions). */
const CEILING_MB = 1500;
/** Refusing input must not read it: Node itself is about 50 MB. */
const REFUSAL_CEILING_MB = 300;

describe("output linear in the input: long names are cut where they repeat", () => {
  it("mamori report on a 10.5 MB BIA (one 10 MB process name, a 12-service chain)", () => {
    const bia = structuredClone(s.bia) as {
      processes: Array<{ name: string; dependsOn: unknown[] }>;
      services: unknown[];
    };
    bia.processes[0]!.name = "N".repeat(10_000_000);
    for (let i = 0; i < 12; i++) {
      bia.services.push({
        id: `chain-${i}`,
        name: `Chain ${i}`,
        class: "core",
        capability: { recoveryTime: "PT1H" },
        dependsOn: i < 11 ? [`chain-${i + 1}`] : [],
      });
    }
    bia.processes[0]!.dependsOn.push("chain-0");
    const docs = join(dir, "report");
    mkdirSync(docs);
    writeFileSync(join(docs, "bia.json"), JSON.stringify(bia));
    const input = statSync(join(docs, "bia.json")).size;
    const r = mamoriMeasured(["report", "report", "--out", "report.html", "--now", "2026-11-27"], {
      cwd: dir,
    });
    expect(r.stderr).toBe("");
    expect([0, 1]).toContain(r.code);
    expect(r.peakRssMb).toBeGreaterThan(0);
    expect(r.peakRssMb).toBeLessThan(CEILING_MB);
    // The full name twice (the process table, the graph's tooltip), cut everywhere else.
    const html = readFileSync(join(dir, "report.html"), "utf8");
    expect(html.length).toBeLessThan(2 * input + 1_000_000);
    expect(html.split("N".repeat(10_000_000)).length - 1).toBe(2);
  });

  it("mamori bia (text) on 400 processes, one with a 12 MB name", () => {
    const bia = structuredClone(s.bia) as { processes: Array<Record<string, unknown>> };
    const p0 = bia.processes[0]!;
    bia.processes = Array.from({ length: 400 }, (_, i) => ({
      ...p0,
      id: `p-${i}`,
      name: i === 7 ? "M".repeat(12_000_000) : `Process ${i}`,
    }));
    writeFileSync(join(dir, "many.json"), JSON.stringify(bia));
    const r = mamoriMeasured(["bia", "many.json"], { cwd: dir });
    expect(r.stderr).toBe("");
    expect([0, 1]).toContain(r.code);
    expect(r.peakRssMb).toBeGreaterThan(0);
    expect(r.peakRssMb).toBeLessThan(CEILING_MB);
    // Once in full under the table, not 400 rows padded to 12 MB.
    expect(r.stdoutBytes).toBeLessThan(12_000_000 + 1_000_000);
  });
});

describe("the input limit holds for every kind of file (stat says 0 for devices and pipes)", () => {
  it("mamori bia /dev/zero: refused after limit + 1 bytes", () => {
    const r = mamoriMeasured(["bia", "/dev/zero"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      "mamori: /dev/zero is too large (more bytes; the limit is 20971520 bytes)\n",
    );
    expect(r.peakRssMb).toBeLessThan(REFUSAL_CEILING_MB);
  });

  it("a 100 MB process substitution and a 100 MB pipe on standard input: refused, not read whole", () => {
    for (const shell of [
      "$MAMORI bia <(head -c 100000000 /dev/zero)",
      "head -c 100000000 /dev/zero | $MAMORI bia /dev/stdin",
    ]) {
      const r = mamoriMeasured([], { cwd: dir, shell });
      expect(r.code, shell).toBe(2);
      expect(r.stderr).toMatch(
        /^mamori: \/dev\/(fd\/\d+|stdin) is too large \(more bytes; the limit is 20971520 bytes\)\n$/,
      );
      expect(r.peakRssMb).toBeLessThan(REFUSAL_CEILING_MB);
    }
  });

  it("a small document through a process substitution is read like a file", () => {
    writeFileSync(join(dir, "small.json"), JSON.stringify(s.bia));
    const r = mamoriMeasured([], {
      cwd: dir,
      shell: "$MAMORI bia <(cat small.json) --format json",
    });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(1); // the sample's own findings (its RTO gap)
    expect(r.stdoutBytes).toBeGreaterThan(1000);
  });
});

describe("directories under /proc (Node 20's recursive mkdir spins there)", () => {
  it("mamori schema --out and mamori init answer exit 2", () => {
    const schema = mamoriMeasured(["schema", "--out", "/proc/mamori-reliability/schemas"], {
      cwd: dir,
    });
    expect(schema.code).toBe(2);
    expect(schema.stderr).toBe(
      "mamori: cannot create /proc/mamori-reliability/schemas: this file system does not allow it\n",
    );
    const init = mamoriMeasured(["init", "/proc/self/mamori"], { cwd: dir });
    expect(init.code).toBe(2);
    expect(init.stderr).toMatch(/^mamori: cannot create \/proc\/self\/mamori: .+\n$/);
  });
});
