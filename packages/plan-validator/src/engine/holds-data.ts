import { memoOf } from "./memo.js";
import type { RuleContext } from "./rule.js";

/**
 * Whether a service keeps data of its own, as the documents say: `false` when the plan's
 * requirement says `holdsData: false`, or when the BIA's result says the node keeps none.
 * An RPO binds only what keeps data (bia/rpo-consistent, backup/interval-meets-rpo).
 *
 * @category Validation
 */
export function keepsData(ctx: RuleContext, service: string): boolean {
  const at = ctx.index.services.get(service);
  if (at && ctx.plan.preIncident?.requirements?.[at.index]?.holdsData === false) return false;
  return memoOf(ctx.index).biaNodes(ctx.bia).get(service)?.holdsData !== false;
}
