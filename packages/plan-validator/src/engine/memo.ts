import { parseDuration } from "@mamori/core";
import { toDate } from "./dates.js";
import type { PlanIndex } from "./index-plan.js";
import type { BiaInput } from "./inputs.js";

type BiaNode = NonNullable<BiaInput["nodes"]>[number];

/**
 * A BIA's nodes resolved against the plan's index once, so rules that join the two look no id
 * up twice: a BIA node that is a plan service is reached through `PlanIndex.services` (the
 * position of the service's first requirement); only the other nodes get a Map of their own.
 *
 * @category Validation
 */
export interface BiaNodes {
  /** For BIA node k, the position of the first requirement of the plan service with its id, or -1. */
  requirementOf: Int32Array;
  /** The BIA node with this id (the last of a repeated id wins), or undefined. */
  get(id: string): BiaNode | undefined;
}

/**
 * The BIA's dependency edges resolved once, for the rules that walk them: the dependencies of
 * BIA node k are positions `start[k]` to `start[k + 1]` of `node` (the BIA node the id names,
 * as {@link BiaNodes.get} finds it, or -1) and `requirement` (the position of the first
 * requirement of the plan service with that id, or -1).
 *
 * @category Validation
 */
export interface BiaEdges {
  /** Where each node's dependencies start; one more entry than nodes. */
  start: Int32Array;
  /** The BIA node each dependency names, or -1. */
  node: Int32Array;
  /** The requirement of the plan service each dependency names, or -1. */
  requirement: Int32Array;
  /** The BIA node with this id, as {@link BiaNodes.get} finds it, or -1. */
  indexOf(id: string): number;
}

/**
 * The recovery objectives a BIA requires of the plan's services, by the position of each
 * service's first requirement (`PlanIndex.services`): for each id, the value of the last BIA
 * node with that id that has one; `undefined` where the BIA gives none.
 *
 * @category Validation
 */
export interface BiaObjectives {
  /** Required RTO in minutes. */
  rto: readonly (number | undefined)[];
  /** Required RPO in minutes. */
  rpo: readonly (number | undefined)[];
}

/**
 * Values several rules derive from the same input, computed once per validation: a plan
 * repeats a handful of duration and date texts over thousands of items, and rules join the
 * BIA's nodes to the plan's services.
 *
 * @category Validation
 */
export interface Memo {
  /** Minutes of a duration text (calendar units approximate), or undefined when it is not one. */
  minutes(text: string): number | undefined;
  /** A date text as an instant, or undefined when absent or not a date. */
  date(text: string | undefined): Date | undefined;
  /** The BIA's nodes resolved against the plan's services (no nodes without a BIA). */
  biaNodes(bia: BiaInput | undefined): BiaNodes;
  /** The objectives the BIA requires of the plan's services. */
  biaObjectives(bia: BiaInput | undefined): BiaObjectives;
  /** The BIA's dependency edges, resolved against its nodes and the plan's services. */
  biaEdges(bia: BiaInput | undefined): BiaEdges;
  /**
   * For each position of a recovery order (`emergency.recoveryOrder`), the position of the
   * first requirement of the plan service it names, or -1: `references/resolve` and
   * `recovery/order-dependencies` both need it.
   */
  orderRequirements(order: readonly string[] | undefined): Int32Array;
}

/** One past the highest requirement position in the index (0 for none). */
function requirementSlots(index: PlanIndex): number {
  let length = 0;
  for (const at of index.services.values()) if (at.index >= length) length = at.index + 1;
  return length;
}

/** What the memo keeps of a BIA's nodes: the public part, and the edges built from it on demand. */
interface ResolvedBiaNodes extends BiaNodes {
  indexOf(id: string): number;
  edges(): BiaEdges;
}

function resolveBiaNodes(index: PlanIndex, bia: BiaInput | undefined): ResolvedBiaNodes {
  const list = bia?.nodes ?? [];
  const services = index.services;
  const requirementOf = new Int32Array(list.length);
  // By requirement position: the last BIA node with the service's id; others by id.
  const nodeAt = new Int32Array(requirementSlots(index)).fill(-1);
  let others: Map<string, number> | undefined;
  for (let k = 0; k < list.length; k++) {
    const n = list[k] as BiaNode;
    const at = services.get(n.id);
    requirementOf[k] = at ? at.index : -1;
    if (at) nodeAt[at.index] = k;
    else {
      others ??= new Map();
      others.set(n.id, k);
    }
  }
  const indexOf = (id: string): number => {
    const at = services.get(id);
    if (!at) return others?.get(id) ?? -1;
    return nodeAt[at.index] as number;
  };
  return {
    requirementOf,
    indexOf,
    get(id) {
      const k = indexOf(id);
      return k < 0 ? undefined : list[k];
    },
    edges() {
      // One look-up per dependency: the id's requirement, then its node through it. A
      // `dependsOn` that is not an array (a BIA built by hand) has no edges.
      const depsOf = (n: BiaNode): readonly unknown[] =>
        Array.isArray(n.dependsOn) ? n.dependsOn : [];
      let count = 0;
      for (const n of list) count += depsOf(n).length;
      const start = new Int32Array(list.length + 1);
      const node = new Int32Array(count);
      const requirement = new Int32Array(count);
      let e = 0;
      for (let k = 0; k < list.length; k++) {
        start[k] = e;
        for (const id of depsOf(list[k] as BiaNode)) {
          const at = typeof id === "string" ? services.get(id) : undefined;
          if (at) {
            requirement[e] = at.index;
            node[e] = nodeAt[at.index] as number;
          } else {
            requirement[e] = -1;
            node[e] = typeof id === "string" ? (others?.get(id) ?? -1) : -1;
          }
          e++;
        }
      }
      start[list.length] = e;
      return { start, node, requirement, indexOf };
    },
  };
}

function createMemo(index: PlanIndex): Memo {
  const minutes = new Map<string, number | undefined>();
  const dates = new Map<string, Date | undefined>();
  let nodes: ResolvedBiaNodes | undefined;
  let nodesOf: BiaInput | undefined;
  let edges: BiaEdges | undefined;
  let edgesOf: BiaInput | undefined;
  let orderAt: Int32Array | undefined;
  let orderOf: readonly string[] | undefined;
  let objectives: BiaObjectives | undefined;
  let objectivesOf: BiaInput | undefined;
  const resolved = (bia: BiaInput | undefined): ResolvedBiaNodes => {
    if (nodes && nodesOf === bia) return nodes;
    nodes = resolveBiaNodes(index, bia);
    nodesOf = bia;
    return nodes;
  };
  const memo: Memo = {
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
    biaNodes: (bia) => resolved(bia),
    biaEdges(bia) {
      if (edges && edgesOf === bia) return edges;
      edges = resolved(bia).edges();
      edgesOf = bia;
      return edges;
    },
    orderRequirements(order) {
      if (orderAt && orderOf === order) return orderAt;
      const list = order ?? [];
      orderAt = new Int32Array(list.length);
      for (let i = 0; i < list.length; i++)
        orderAt[i] = index.services.get(list[i] as string)?.index ?? -1;
      orderOf = order;
      return orderAt;
    },
    biaObjectives(bia) {
      if (objectives && objectivesOf === bia) return objectives;
      const length = requirementSlots(index);
      const rto: (number | undefined)[] = new Array(length).fill(undefined);
      const rpo: (number | undefined)[] = new Array(length).fill(undefined);
      const list = bia?.nodes ?? [];
      const { requirementOf } = memo.biaNodes(bia);
      for (let k = 0; k < list.length; k++) {
        const q = requirementOf[k] as number;
        if (q < 0) continue;
        const n = list[k] as BiaNode;
        if (typeof n.requiredRtoMinutes === "number") rto[q] = n.requiredRtoMinutes;
        if (typeof n.requiredRpoMinutes === "number") rpo[q] = n.requiredRpoMinutes;
      }
      objectives = { rto, rpo };
      objectivesOf = bia;
      return objectives;
    },
  };
  return memo;
}

/**
 * Where an index keeps its memo: a symbol-keyed, non-enumerable property, invisible to
 * `Object.keys`, JSON and structured clone. validatePlan builds one index per call, so the memo
 * lives and dies with one validation and is never shared between calls (the input may change
 * in between). (A WeakMap from index to memo did the same, but its entries are ephemerons: every
 * scavenge of a run of validations had to trace them, and each took 13–16 ms instead of 0.5.)
 */
const MEMO: unique symbol = Symbol("mamori.plan-validator.memo");

type Memoised = PlanIndex & { [MEMO]?: Memo };

/**
 * The memo of the validation a rule runs in (one per `PlanIndex`).
 *
 * @category Validation
 */
export function memoOf(index: PlanIndex): Memo {
  const at = index as Memoised;
  const known = at[MEMO];
  if (known) return known;
  const m = createMemo(index);
  // A frozen index (built by hand, outside validatePlan) gets a memo per call: correct, slower.
  if (Object.isExtensible(at)) {
    Object.defineProperty(at, MEMO, { value: m, enumerable: false, configurable: true });
  }
  return m;
}
