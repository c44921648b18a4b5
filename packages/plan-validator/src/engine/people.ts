import { foldText } from "./fold.js";
import type { RuleContext } from "./rule.js";

/**
 * The people behind the plan's roles. Roles are positions; the checks that are about people
 * (a successor who is someone else, an approver who is management, an auditor who is not
 * also an implementer) compare the persons who hold them. Two roles with the same `holder`
 * (after Unicode NFKC, case folding, and folding runs of white space, dots and commas) are
 * one person. A role without a holder is taken as a person of its own: the plan does not say
 * otherwise, and the checks never guess that two roles are one person.
 *
 * @category Validation
 */
export interface People {
  /** The person key of a role, or undefined for an id that is not a role of the plan. */
  personOf(roleId: string): string | undefined;
  /** The holder's name as the plan writes it (the role id when no holder is given). */
  nameOf(roleId: string): string;
  /** Every role the person of `roleId` holds, in document order (itself included). */
  rolesOfPerson(roleId: string): string[];
  /** True when the role is top management: marked `management`, or a direct/evaluate role. */
  isManagement(roleId: string): boolean;
  /** True when the person of `roleId` holds any management role. */
  personIsManagement(roleId: string): boolean;
  /** True when the plan says who management is (a marked role, or direct/evaluate roles). */
  managementKnown: boolean;
}

/**
 * The person key of a holder's name: NFKC, lower case, separators folded to one space.
 *
 * @category Validation
 */
export function personKey(holder: string): string {
  return foldText(holder, ".,、。・");
}

const cache = new WeakMap<object, People>();

/**
 * The people of the plan in `ctx`, built once per validation.
 *
 * @category Validation
 */
export function peopleOf(ctx: Pick<RuleContext, "plan" | "index">): People {
  const hit = cache.get(ctx.index);
  if (hit) return hit;
  const roles = ctx.plan.roles ?? [];
  const keyOf = new Map<string, string>();
  const byPerson = new Map<string, string[]>();
  for (const role of roles) {
    if (keyOf.has(role.id)) continue;
    const holder = role.holder?.trim();
    const key = holder ? `person:${personKey(holder)}` : `role:${role.id}`;
    keyOf.set(role.id, key);
    const list = byPerson.get(key);
    if (list) list.push(role.id);
    else byPerson.set(key, [role.id]);
  }
  const g = ctx.plan.governance;
  const management = new Set<string>([...(g?.direct ?? []), ...(g?.evaluate ?? [])]);
  for (const role of roles) if (role.management === true) management.add(role.id);
  const people: People = {
    personOf: (id) => keyOf.get(id),
    nameOf(id) {
      const at = ctx.index.roles.get(id);
      const holder = at ? roles[at.index]?.holder?.trim() : undefined;
      return holder ? holder : id;
    },
    rolesOfPerson(id) {
      const key = keyOf.get(id);
      return key ? [...(byPerson.get(key) ?? [])] : [id];
    },
    isManagement: (id) => management.has(id),
    personIsManagement(id) {
      return people.rolesOfPerson(id).some((r) => management.has(r));
    },
    managementKnown: management.size > 0,
  };
  cache.set(ctx.index, people);
  return people;
}

/**
 * Why a role has no successor who is another person.
 *
 * @category Validation
 */
export type SuccessionGap =
  | { kind: "none" }
  | { kind: "self" }
  /** Every successor reachable from the role is held by the role's own holder. */
  | { kind: "same-person"; successors: string[] };

/**
 * Whether a role has a successor who is another person: a role reachable through `successors`
 * (a successor's successor stands in when the first is also away) whose holder is not the
 * role's holder. `successors` holds the first one found, in breadth-first order: the search
 * stops there, so a long chain of successors costs one step, not the whole chain per role.
 * Undefined `gap` means one exists; otherwise it says why not.
 *
 * @category Validation
 */
export function successionOf(
  ctx: RuleContext,
  roleId: string,
): { successors: string[]; gap: SuccessionGap | undefined } {
  const people = peopleOf(ctx);
  const me = people.personOf(roleId);
  const roles = ctx.plan.roles ?? [];
  const successorsOf = (id: string): readonly string[] => {
    const at = ctx.index.roles.get(id);
    return (at ? roles[at.index]?.successors : undefined) ?? [];
  };
  const direct = successorsOf(roleId);
  const others: string[] = [];
  const seen = new Set<string>([roleId]);
  const chain: string[] = [roleId];
  const queue = [...direct];
  for (let head = 0; head < queue.length; head++) {
    const id = queue[head] as string;
    if (seen.has(id)) continue;
    seen.add(id);
    chain.push(id);
    const person = people.personOf(id);
    // A successor that is not a role of the plan is references/resolve's finding; here it
    // cannot be judged a person, so it is not counted as one.
    if (person === undefined) continue;
    if (person !== me) {
      others.push(id);
      break;
    }
    queue.push(...successorsOf(id));
  }
  if (others.length > 0) return { successors: others, gap: undefined };
  // A successor that names no role cannot be judged (references/resolve reports it).
  if (direct.some((id) => people.personOf(id) === undefined))
    return { successors: [], gap: undefined };
  const reached = chain.slice(1).filter((id) => people.personOf(id) !== undefined);
  if (reached.length > 0)
    return { successors: [], gap: { kind: "same-person", successors: reached } };
  if (direct.some((id) => id === roleId)) return { successors: [], gap: { kind: "self" } };
  return { successors: [], gap: { kind: "none" } };
}
