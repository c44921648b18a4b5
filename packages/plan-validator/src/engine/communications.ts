import type { ContinuityPlan } from "../schema/plan.js";
import { foldText } from "./fold.js";

type Means = NonNullable<NonNullable<ContinuityPlan["emergency"]>["communications"]>[number];

/**
 * What must fail for a means of communication to fail, by its kind, when the plan does not
 * say (`failureDomains`). In 2011 fixed lines, mobile phones and leased lines failed together
 * because they ride the same public carriers; satellite phones and dedicated (MCA) radio kept
 * working. `public-fixed`, `public-mobile` and `internet` are the public networks; `satellite`
 * and `private-radio` are not. A means of kind `other` has no default: the plan must say.
 *
 * @example
 * ```ts
 * import { COMMUNICATION_FAILURE_DOMAINS } from "@mamori/plan-validator";
 * COMMUNICATION_FAILURE_DOMAINS.mobile; // ["public-mobile"]
 * ```
 *
 * @category Documents
 */
export const COMMUNICATION_FAILURE_DOMAINS: Readonly<
  Record<
    | "landline"
    | "mobile"
    | "satellite-phone"
    | "email"
    | "messaging"
    | "radio"
    | "leased-line"
    | "in-person"
    | "other",
    readonly string[]
  >
> = {
  landline: ["public-fixed"],
  mobile: ["public-mobile"],
  "satellite-phone": ["satellite"],
  email: ["internet"],
  messaging: ["internet"],
  radio: ["private-radio"],
  "leased-line": ["public-fixed"],
  "in-person": ["in-person"],
  other: [],
};

/**
 * A label folded for comparison: Unicode NFKC, lower case, and runs of white space,
 * hyphens, underscores and dots as one space (`Mobile-Network` = `mobile network`).
 *
 * @category Documents
 */
export function foldLabel(label: string): string {
  return foldText(label, "-_.・");
}

/**
 * The failure domains of a means (folded): its own list, or its kind's default.
 *
 * @category Documents
 */
export function failureDomainsOf(means: Means): string[] {
  const own = means.failureDomains ?? COMMUNICATION_FAILURE_DOMAINS[means.kind];
  return own.map(foldLabel);
}

/**
 * How many independent groups the means form: two means are in one group when they share a
 * folded network label or a failure domain (directly or through other means), since one
 * outage then takes both.
 *
 * @category Documents
 */
export function independentGroups(means: readonly Means[]): number {
  const parent = means.map((_, i) => i);
  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r] as number;
    parent[i] = r;
    return r;
  };
  const owner = new Map<string, number>();
  means.forEach((m, i) => {
    for (const key of [
      `network:${foldLabel(m.network)}`,
      ...failureDomainsOf(m).map((d) => `domain:${d}`),
    ]) {
      const j = owner.get(key);
      if (j === undefined) owner.set(key, i);
      else parent[find(i)] = find(j);
    }
  });
  let groups = 0;
  means.forEach((_, i) => {
    if (find(i) === i) groups++;
  });
  return groups;
}
