import { parseDuration } from "@mamori/core";
import { toDate } from "./dates.js";
import type { PlanIndex } from "./index-plan.js";
import type { BiaInput } from "./inputs.js";

type BiaNode = NonNullable<BiaInput["nodes"]>[number];

/** A BIA's nodes by id, and the ids given to more than one node (none in a `@mamori/bia` result). */
export interface BiaNodes {
  byId: ReadonlyMap<string, BiaNode>;
  repeated: ReadonlySet<string>;
}

/**
 * Values several rules derive from the same input, computed once per validation: a plan
 * repeats a handful of duration and date texts over thousands of items, and three rules walk
 * the BIA's nodes by id.
 */
export interface Memo {
  /** Minutes of a duration text (calendar units approximate), or undefined when it is not one. */
  minutes(text: string): number | undefined;
  /** A date text as an instant, or undefined when absent or not a date. */
  date(text: string | undefined): Date | undefined;
  /** The BIA's nodes by id (the last of a repeated id wins), empty without a BIA. */
  biaNodes(bia: BiaInput | undefined): BiaNodes;
}

function createMemo(): Memo {
  const minutes = new Map<string, number | undefined>();
  const dates = new Map<string, Date | undefined>();
  let nodes: BiaNodes | undefined;
  let nodesOf: BiaInput | undefined;
  return {
    minutes(text) {
      const known = minutes.get(text);
      if (known !== undefined || minutes.has(text)) return known;
      const m = parseDuration(text, { calendarUnits: "approximate" }).minutes;
      minutes.set(text, m);
      return m;
    },
    date(text) {
      if (text === undefined) return undefined;
      const known = dates.get(text);
      if (known !== undefined || dates.has(text)) return known;
      const d = toDate(text);
      dates.set(text, d);
      return d;
    },
    biaNodes(bia) {
      if (nodes && nodesOf === bia) return nodes;
      const byId = new Map<string, BiaNode>();
      const repeated = new Set<string>();
      for (const n of bia?.nodes ?? []) {
        const size = byId.size;
        byId.set(n.id, n);
        if (byId.size === size) repeated.add(n.id); // the id was there: one Map operation, not two
      }
      nodes = { byId, repeated };
      nodesOf = bia;
      return nodes;
    },
  };
}

// Keyed by the index validatePlan builds once per call, so the memo lives exactly as long as
// one validation and is never shared between calls (the input may change in between).
const memos = new WeakMap<PlanIndex, Memo>();

/** The memo of the validation a rule runs in (one per `PlanIndex`). */
export function memoOf(index: PlanIndex): Memo {
  let m = memos.get(index);
  if (!m) {
    m = createMemo();
    memos.set(index, m);
  }
  return m;
}
