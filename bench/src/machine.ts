import { cpus, freemem, loadavg, platform, release, totalmem } from "node:os";

/** The machine a run was measured on. */
export interface Machine {
  cpu: string;
  cores: number;
  node: string;
  v8: string;
  platform: string;
  totalMemoryMB: number;
  freeMemoryMB: number;
  /** 1-, 5- and 15-minute load averages when the run started (other work on the machine). */
  loadAverage: number[];
}

export function describeMachine(): Machine {
  const list = cpus();
  return {
    cpu: list[0]?.model.trim() ?? "unknown",
    cores: list.length,
    node: process.version,
    v8: process.versions.v8,
    platform: `${platform()} ${release()}`,
    totalMemoryMB: Math.round(totalmem() / 2 ** 20),
    freeMemoryMB: Math.round(freemem() / 2 ** 20),
    loadAverage: loadavg().map((x) => Math.round(x * 100) / 100),
  };
}
