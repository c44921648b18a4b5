import type { DurationReader } from "./durations.js";
import { isRec, minutesOrNaN, type NodeTable, type Rec } from "./read.js";
import type { BiaNodeType } from "./types.js";

/** Per-node numbers of a model, in minutes (NaN = not given). @internal */
export interface NodeMinutes {
  recoveryMinutes: Float64Array;
  dataLossMinutes: Float64Array;
  explicitRto: Float64Array;
  explicitRpo: Float64Array;
  backupRuntime: Float64Array;
  powerClass: ("protect" | "may-stop" | null)[];
  holdsData: Uint8Array;
  /** The RLO as written, per node, or null. */
  rlos: (number | string | null)[];
}

/**
 * The minutes pass of compileBia: every node's recovery capability, explicit objectives and
 * power arrangements, as numbers in minutes (durations are parsed once, here). @internal
 */
export function readNodeMinutes(
  t: NodeTable,
  explicitN: number,
  durations: DurationReader,
): NodeMinutes {
  const { raws, paths, types, kinds } = t;
  const n = t.ids.length;
  const recoveryMinutes = new Float64Array(n).fill(Number.NaN);
  const dataLossMinutes = new Float64Array(n).fill(Number.NaN);
  const explicitRto = new Float64Array(n).fill(Number.NaN);
  const explicitRpo = new Float64Array(n).fill(Number.NaN);
  const backupRuntime = new Float64Array(n).fill(Number.NaN);
  const powerClass: ("protect" | "may-stop" | null)[] = new Array(n).fill(null);
  const dur = (value: unknown, path: string): number => minutesOrNaN(durations, value, path);
  const holdsData = new Uint8Array(n);
  for (let v = 0; v < n; v++) {
    const own = (raws[v] as Rec | undefined)?.holdsData;
    holdsData[v] =
      typeof own === "boolean"
        ? Number(own)
        : Number(holdsDataByDefault(types[v] as BiaNodeType, kinds[v] ?? null));
  }
  const rlos: (number | string | null)[] = new Array(n).fill(null);
  for (let v = 0; v < explicitN; v++) {
    const raw = raws[v] as Rec;
    const p = paths[v] as string;
    if (isRec(raw.capability)) {
      const c = raw.capability;
      recoveryMinutes[v] = dur(c.recoveryTime, `${p}/capability/recoveryTime`);
      const b = dur(c.backupInterval, `${p}/capability/backupInterval`);
      const l = dur(c.replicationLag, `${p}/capability/replicationLag`);
      if (!Number.isNaN(b) || !Number.isNaN(l))
        dataLossMinutes[v] = (Number.isNaN(b) ? 0 : b) + (Number.isNaN(l) ? 0 : l);
    }
    if (isRec(raw.objectives)) {
      explicitRto[v] = dur(raw.objectives.rto, `${p}/objectives/rto`);
      explicitRpo[v] = dur(raw.objectives.rpo, `${p}/objectives/rpo`);
      const rlo = raw.objectives.rlo;
      // NaN and Infinity (possible from JavaScript callers, never from JSON) are no RLO.
      if (Number.isFinite(rlo) || (typeof rlo === "string" && rlo.length > 0))
        rlos[v] = rlo as number | string;
    }
    if (isRec(raw.power)) {
      const pc = raw.power.class;
      if (pc === "protect" || pc === "may-stop") powerClass[v] = pc;
      backupRuntime[v] = dur(raw.power.backupRuntime, `${p}/power/backupRuntime`);
    }
  }

  return {
    recoveryMinutes,
    dataLossMinutes,
    explicitRto,
    explicitRpo,
    backupRuntime,
    powerClass,
    holdsData,
    rlos,
  };
}

/** Resource kinds that keep data of their own (the others are lines, power, buildings, people). */
const DATA_KINDS: ReadonlySet<string> = new Set(["data", "application", "server", "cloud-service"]);

/**
 * Whether a node keeps data when its document does not say (`holdsData`): processes and IT
 * services do; resources of kind `data`, `application`, `server` and `cloud-service` do; other
 * resources (`network`, `power`, `facility`, `communications`, `people`, `supplier`) and
 * externals do not. An RPO binds only nodes that keep data: it still flows through the others
 * to what lies below them, but is not required of them.
 *
 * @param type - The node's type: `process`, `service`, `resource` or `external`.
 * @param kind - The resource's or external's `kind`, or `null` when it has none.
 *
 * @example
 * ```ts
 * import { holdsDataByDefault } from "@mamori/bia";
 * holdsDataByDefault("service", null); // true
 * holdsDataByDefault("resource", "network"); // false
 * ```
 *
 * @category Analysis steps
 */
export function holdsDataByDefault(type: BiaNodeType, kind: string | null): boolean {
  if (type === "process" || type === "service") return true;
  if (type === "resource") return kind !== null && DATA_KINDS.has(kind);
  return false;
}
