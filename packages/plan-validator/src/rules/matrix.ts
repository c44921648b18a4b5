import { REF, rule } from "./shared/build.js";

/**
 * `matrix/clause14-owned`: business-continuity controls (ISO/IEC 27002:2005 clause 14) have an owner.
 *
 * @category Rules
 */
export const clause14Owned = rule({
  id: "matrix/clause14-owned",
  category: "cross-check",
  severity: "error",
  requires: "matrix",
  references: [REF.iso27002, "METI cloud security management guideline (2011)"],
  messages: {
    "": [
      "Business-continuity control {catalog}:{control} has no owner in the responsibility matrix.",
      "事業継続の管理策 {catalog}:{control} に責任分担表上の担当者がいません。",
    ],
  },
  check(ctx) {
    const path = ctx.plan.emergency?.externalServices ? "/emergency/externalServices" : "";
    for (const c of ctx.matrix?.controls ?? []) {
      const clause = c.clause ?? "";
      if (
        (clause === "14" || clause.startsWith("14.")) &&
        (c.owner === undefined || c.owner === "unassigned")
      ) {
        ctx.report({ path, data: { catalog: c.catalog, control: c.control } });
      }
    }
  },
});

/** What a customer-owned continuity control asks the plan to show for each service. */
type ContinuityNeed = "backup" | "exercise" | "redundancy" | "requirement";

/**
 * The continuity control a matrix entry is, if any: CCM's BCR domain (BCR-08 backup, BCR-06
 * and BCR-10 exercises, BCR-11 equipment redundancy, the rest planning) and ISO/IEC
 * 27002:2005 clause 14 (14.1.5 testing) and 10.5 (back-up), by the clause the matrix gives.
 */
function continuityNeed(c: {
  catalog: string;
  control: string;
  clause?: string | null | undefined;
}): ContinuityNeed | undefined {
  const clause = c.clause ?? "";
  if (c.catalog.startsWith("ccm-v4") && c.control.startsWith("BCR")) {
    if (c.control === "BCR-08") return "backup";
    if (c.control === "BCR-06" || c.control === "BCR-10") return "exercise";
    if (c.control === "BCR-11") return "redundancy";
    return "requirement";
  }
  if (c.control === "14.1.5" || clause === "14.1.5") return "exercise";
  if (clause === "10.5" || clause.startsWith("10.5.") || c.control.startsWith("10.5"))
    return "backup";
  if (clause === "14" || clause.startsWith("14.")) return "requirement";
  return undefined;
}

/**
 * `matrix/customer-continuity-shown`: a business-continuity control the customer owns or
 * shares is shown in the plan for every service that runs on the provider.
 *
 * @category Rules
 */
export const customerContinuityShown = rule({
  id: "matrix/customer-continuity-shown",
  category: "cross-check",
  severity: "warning",
  requires: "matrix",
  references: [
    "ISO/IEC 27017:2015 (cloud services), ISO/IEC 27002:2005 clauses 10.5 and 14",
    "CSA Cloud Controls Matrix v4: BCR domain",
    REF.guideline,
  ],
  messages: {
    "": [
      "The matrix makes the customer responsible for backup ({catalog}:{control}) of {services} on {provider}, but the plan has no backup measure for them.",
      "責任分担表では {provider} 上の {services} のバックアップ（{catalog}:{control}）は利用者の責任ですが、計画にそのバックアップ対策がありません。",
    ],
    exercise: [
      "The matrix makes the customer responsible for continuity exercises ({catalog}:{control}) of {services} on {provider}, but no exercise in the plan covers them.",
      "責任分担表では {provider} 上の {services} の継続訓練（{catalog}:{control}）は利用者の責任ですが、計画にそれらを対象とする訓練がありません。",
    ],
    redundancy: [
      "The matrix makes the customer responsible for redundancy ({catalog}:{control}) of {services} on {provider}, but the plan has no redundancy or alternate-site measure for them.",
      "責任分担表では {provider} 上の {services} の冗長化（{catalog}:{control}）は利用者の責任ですが、計画に冗長化または代替拠点の対策がありません。",
    ],
    requirement: [
      "The matrix makes the customer responsible for continuity ({catalog}:{control}) of {services} on {provider}, but the plan states no continuity requirement for them.",
      "責任分担表では {provider} 上の {services} の事業継続（{catalog}:{control}）は利用者の責任ですが、計画にそれらの継続要件がありません。",
    ],
  },
  check(ctx) {
    const m = ctx.matrix?.matrix;
    if (!m) return;
    const requirements = ctx.plan.preIncident?.requirements ?? [];
    const planned = new Set(requirements.map((r) => r.service));
    // The services that run on this provider: the matrix's own list, and the plan's
    // requirements hosted with it.
    const scope = new Set<string>(m.services ?? []);
    if (m.provider !== undefined)
      for (const r of requirements) if (r.hosting?.provider === m.provider) scope.add(r.service);
    if (scope.size === 0) return;
    // What the plan shows, per service, indexed once.
    const measures = ctx.plan.preIncident?.measures ?? [];
    const backedUp = new Set<string>();
    const redundant = new Set<string>();
    const measureServices = new Map<string, readonly string[]>();
    for (const x of measures) {
      measureServices.set(x.id, x.services ?? []);
      for (const s of x.services ?? []) {
        if (x.kind === "backup") backedUp.add(s);
        if (x.kind === "redundancy" || x.kind === "alternate-site") redundant.add(s);
      }
    }
    const exercised = new Set<string>();
    for (const a of ctx.plan.training?.activities ?? []) {
      if (a.kind === "education") continue;
      for (const s of a.services ?? []) exercised.add(s);
      for (const id of a.measures ?? [])
        for (const s of measureServices.get(id) ?? []) exercised.add(s);
    }
    for (const r of ctx.plan.training?.results ?? [])
      for (const s of r.services ?? []) exercised.add(s.service);
    const shown: Record<ContinuityNeed, (s: string) => boolean> = {
      backup: (s) => backedUp.has(s),
      exercise: (s) => exercised.has(s),
      redundancy: (s) => redundant.has(s),
      requirement: (s) => planned.has(s),
    };
    const pathOf: Record<ContinuityNeed, string> = {
      backup: ctx.plan.preIncident?.measures ? "/preIncident/measures" : "/preIncident",
      exercise: ctx.plan.training?.activities ? "/training/activities" : "/training",
      redundancy: ctx.plan.preIncident?.measures ? "/preIncident/measures" : "/preIncident",
      requirement: ctx.plan.preIncident?.requirements
        ? "/preIncident/requirements"
        : "/preIncident",
    };
    const services = [...scope].sort();
    for (const c of ctx.matrix?.controls ?? []) {
      if (c.owner !== "customer" && c.owner !== "shared") continue;
      const need = continuityNeed(c);
      if (!need) continue;
      // A service the plan does not list at all is only the requirement's concern.
      const missing = services.filter(
        (s) => (need === "requirement" || planned.has(s)) && !shown[need](s),
      );
      if (missing.length === 0) continue;
      ctx.report({
        path: pathOf[need],
        ...(need === "backup" ? {} : { messageId: need }),
        data: {
          catalog: c.catalog,
          control: c.control,
          provider: m.provider ?? "-",
          services: missing.map((s) => `'${s}'`).join(", "),
        },
      });
    }
  },
});
