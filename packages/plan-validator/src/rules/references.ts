import type { Located } from "../engine/index-plan.js";
import { memoOf } from "../engine/memo.js";
import type { RuleContext } from "../engine/rule.js";
import { lostPieces } from "../engine/salvage.js";
import { REF, rule } from "./shared/build.js";

type Target =
  | "role"
  | "service"
  | "communications"
  | "measure"
  | "site"
  | "primarySite"
  | "anySite"
  | "audience"
  | "activity"
  | "scenario";

/** Where the ids of each target are listed. */
const LISTS: Readonly<Record<Target, readonly string[]>> = {
  role: ["/roles"],
  service: ["/preIncident/requirements"],
  communications: ["/emergency/communications"],
  measure: ["/preIncident/measures"],
  site: ["/preIncident/alternateSites"],
  primarySite: ["/preIncident/primarySites"],
  anySite: ["/preIncident/primarySites", "/preIncident/alternateSites"],
  audience: ["/training/audiences"],
  activity: ["/training/activities"],
  scenario: ["/scenarios"],
};

type Findings = readonly { owner?: string; reportedTo?: string }[] | undefined;

/**
 * Checks references against the plan's index and reports those that do not resolve. Call sites
 * pass the pieces of the JSON pointer, which is built only for a reference that fails: a large
 * plan has thousands of references and almost all of them resolve.
 */
function resolver(ctx: RuleContext) {
  const i = ctx.index;
  // Primary and alternate sites together, built only when a reference may name either.
  let anySite: Map<string, Located> | undefined;
  // Activities and scenarios are named only by results: indexed here, when first needed.
  let activities: Map<string, Located> | undefined;
  let scenarios: Map<string, Located> | undefined;
  const byId = (items: readonly { id: string }[] | undefined, base: string) => {
    const out = new Map<string, Located>();
    (items ?? []).forEach((item, index) => {
      if (!out.has(item.id)) out.set(item.id, { index, path: `${base}/${index}` });
    });
    return out;
  };
  const maps: Record<Target, Map<string, Located>> = {
    role: i.roles,
    service: i.services,
    communications: i.communications,
    measure: i.measures,
    site: i.sites,
    primarySite: i.primarySites,
    get anySite() {
      anySite ??= new Map([...i.primarySites, ...i.sites]);
      return anySite;
    },
    audience: i.audiences,
    get activity() {
      activities ??= byId(ctx.plan.training?.activities, "/training/activities");
      return activities;
    },
    get scenario() {
      scenarios ??= byId(ctx.plan.scenarios, "/scenarios");
      return scenarios;
    },
  };
  const report = (kind: Target, id: string, path: string) => {
    // A list that lost pieces to the schema may have held the id: say nothing rather than guess.
    if (LISTS[kind].some((list) => lostPieces(i, list))) return;
    ctx.report({ path, messageId: kind, data: { ref: id } });
  };
  return {
    maps,
    report,
    /** One reference at a fixed pointer. */
    one(kind: Target, id: string | undefined, path: string): void {
      if (id !== undefined && !maps[kind].has(id)) report(kind, id, path);
    },
    /** One reference at `base/index/field`. */
    oneAt(kind: Target, id: string | undefined, base: string, index: number, field: string): void {
      if (id !== undefined && !maps[kind].has(id)) report(kind, id, `${base}/${index}/${field}`);
    },
    /** A list of references at `path`, or at `path/index/field` when `index` is given. */
    list(
      kind: Target,
      ids: readonly string[] | undefined,
      path: string,
      index?: number,
      field?: string,
    ): void {
      if (!ids) return;
      const map = maps[kind];
      for (let k = 0; k < ids.length; k++) {
        const id = ids[k] as string;
        if (!map.has(id))
          report(kind, id, index === undefined ? `${path}/${k}` : `${path}/${index}/${field}/${k}`);
      }
    },
    /** The owner and `reportedTo` of the findings at `base/index/findings`. */
    findings(list: Findings, base: string, index: number): void {
      const roles = maps.role;
      for (let k = 0; k < (list?.length ?? 0); k++) {
        const f = list?.[k];
        if (f?.owner !== undefined && !roles.has(f.owner))
          report("role", f.owner, `${base}/${index}/findings/${k}/owner`);
        if (f?.reportedTo !== undefined && !roles.has(f.reportedTo))
          report("role", f.reportedTo, `${base}/${index}/findings/${k}/reportedTo`);
      }
    },
  };
}

/**
 * `references/resolve`: every id the plan refers to is defined in it.
 *
 * @category Rules
 */
export const resolve = rule({
  id: "references/resolve",
  category: "references",
  severity: "error",
  references: [REF.guideline],
  messages: {
    role: ["'{ref}' is not a role of the plan.", "'{ref}' は計画の役割にありません。"],
    service: [
      "'{ref}' is not a service with a continuity requirement in the plan.",
      "'{ref}' は計画に継続要求事項のあるサービスではありません。",
    ],
    communications: [
      "'{ref}' is not a communications means of the plan.",
      "'{ref}' は計画の連絡手段にありません。",
    ],
    measure: ["'{ref}' is not a measure of the plan.", "'{ref}' は計画の対策にありません。"],
    site: [
      "'{ref}' is not an alternate site of the plan.",
      "'{ref}' は計画の代替拠点にありません。",
    ],
    primarySite: [
      "'{ref}' is not a primary site of the plan (preIncident.primarySites).",
      "'{ref}' は計画の主要拠点（preIncident.primarySites）にありません。",
    ],
    anySite: [
      "'{ref}' is not a primary or alternate site of the plan.",
      "'{ref}' は計画の主要拠点にも代替拠点にもありません。",
    ],
    audience: [
      "'{ref}' is not a training audience of the plan.",
      "'{ref}' は計画の訓練対象者にありません。",
    ],
    activity: [
      "'{ref}' is not a training activity of the plan.",
      "'{ref}' は計画の訓練活動にありません。",
    ],
    scenario: [
      "'{ref}' is not an assumed scenario of the plan.",
      "'{ref}' は計画の想定シナリオにありません。",
    ],
    "": ["'{ref}' does not resolve.", "'{ref}' を解決できません。"],
  },
  check(ctx) {
    const r = resolver(ctx);
    const p = ctx.plan;
    r.one("role", p.metadata.owner, "/metadata/owner");
    r.one("role", p.metadata.approval?.approver, "/metadata/approval/approver");
    const roles = p.roles ?? [];
    for (let i = 0; i < roles.length; i++) {
      const role = roles[i] as (typeof roles)[number];
      r.list("role", role.successors, "/roles", i, "successors");
      r.list("communications", role.contact, "/roles", i, "contact");
    }
    const g = p.governance;
    r.list("role", g?.direct, "/governance/direct");
    r.list("role", g?.evaluate, "/governance/evaluate");
    r.list("role", g?.monitor, "/governance/monitor");
    r.list("role", g?.report, "/governance/report");
    r.list("role", g?.oversee, "/governance/oversee");
    r.list("role", g?.implement, "/governance/implement");
    const pre = p.preIncident;
    const measures = pre?.measures ?? [];
    for (let i = 0; i < measures.length; i++) {
      const m = measures[i] as (typeof measures)[number];
      r.list("service", m.services, "/preIncident/measures", i, "services");
      r.oneAt("site", m.site, "/preIncident/measures", i, "site");
    }
    const alternates = pre?.alternateSites ?? [];
    for (let i = 0; i < alternates.length; i++)
      r.list("primarySite", alternates[i]?.backsUp, "/preIncident/alternateSites", i, "backsUp");
    const schedule = pre?.schedule ?? [];
    for (let i = 0; i < schedule.length; i++)
      r.oneAt("measure", schedule[i]?.measure, "/preIncident/schedule", i, "measure");
    const investment = pre?.investment ?? [];
    for (let i = 0; i < investment.length; i++)
      r.oneAt("measure", investment[i]?.measure, "/preIncident/investment", i, "measure");
    const em = p.emergency;
    r.one(
      "role",
      em?.organisation?.activationAuthority,
      "/emergency/organisation/activationAuthority",
    );
    const teams = em?.organisation?.teams ?? [];
    for (let i = 0; i < teams.length; i++) {
      const team = teams[i] as (typeof teams)[number];
      r.oneAt("role", team.lead, "/emergency/organisation/teams", i, "lead");
      r.list("role", team.members, "/emergency/organisation/teams", i, "members");
    }
    const phases = em?.process?.phases ?? [];
    for (let i = 0; i < phases.length; i++)
      r.oneAt("role", phases[i]?.owner, "/emergency/process/phases", i, "owner");
    r.list(
      "communications",
      em?.process?.activation?.notifyVia,
      "/emergency/process/activation/notifyVia",
    );
    const escalation = em?.process?.escalation ?? [];
    for (let i = 0; i < escalation.length; i++)
      r.oneAt("role", escalation[i]?.to, "/emergency/process/escalation", i, "to");
    const procedures = em?.procedures ?? [];
    const { role: roleIds, service: serviceIds } = r.maps;
    for (let i = 0; i < procedures.length; i++) {
      const pr = procedures[i] as (typeof procedures)[number];
      if (!serviceIds.has(pr.service))
        r.report("service", pr.service, `/emergency/procedures/${i}/service`);
      const steps = pr.steps ?? [];
      for (let j = 0; j < steps.length; j++) {
        const owner = steps[j]?.owner;
        if (owner !== undefined && !roleIds.has(owner))
          r.report("role", owner, `/emergency/procedures/${i}/steps/${j}/owner`);
      }
    }
    // The recovery order as resolved once per validation (recovery/order-dependencies uses it).
    const order = em?.recoveryOrder;
    if (order) {
      const at = memoOf(ctx.index).orderRequirements(order);
      for (let i = 0; i < order.length; i++)
        if ((at[i] as number) < 0)
          r.report("service", order[i] as string, `/emergency/recoveryOrder/${i}`);
    }
    r.one("service", em?.safetyConfirmation?.service, "/emergency/safetyConfirmation/service");
    const copies = em?.planCopies ?? [];
    for (let i = 0; i < copies.length; i++)
      r.oneAt("anySite", copies[i]?.site, "/emergency/planCopies", i, "site");
    const external = em?.externalServices ?? [];
    for (let i = 0; i < external.length; i++)
      r.list("service", external[i]?.services, "/emergency/externalServices", i, "services");
    const activities = p.training?.activities ?? [];
    for (let i = 0; i < activities.length; i++) {
      const a = activities[i] as (typeof activities)[number];
      r.list("audience", a.audiences, "/training/activities", i, "audiences");
      r.list("service", a.services, "/training/activities", i, "services");
      r.list("measure", a.measures, "/training/activities", i, "measures");
      r.findings(a.findings, "/training/activities", i);
    }
    const results = p.training?.results ?? [];
    for (let i = 0; i < results.length; i++) {
      const x = results[i] as (typeof results)[number];
      const base = `/training/results/${i}`;
      r.one("activity", x.activity, `${base}/activity`);
      r.one("scenario", x.scenario, `${base}/scenario`);
      r.list("anySite", x.scope?.sites, `${base}/scope/sites`);
      r.list("audience", x.scope?.audiences, `${base}/scope/audiences`);
      const entries = x.services ?? [];
      for (let k = 0; k < entries.length; k++)
        r.one("service", entries[k]?.service, `${base}/services/${k}/service`);
      const issues = x.issues ?? [];
      for (let k = 0; k < issues.length; k++) {
        r.one("service", issues[k]?.service, `${base}/issues/${k}/service`);
        r.one(
          "role",
          issues[k]?.correctiveAction?.owner,
          `${base}/issues/${k}/correctiveAction/owner`,
        );
      }
    }
    const scenarioList = p.scenarios ?? [];
    for (let i = 0; i < scenarioList.length; i++)
      r.list("anySite", scenarioList[i]?.impacts?.sites, "/scenarios", i, "impacts/sites");
    const exceptions = p.exceptions ?? [];
    for (let i = 0; i < exceptions.length; i++)
      r.oneAt("role", exceptions[i]?.acceptedBy, "/exceptions", i, "acceptedBy");
    const ma = p.maintenance;
    r.one("role", ma?.organisation?.owner, "/maintenance/organisation/owner");
    r.list("role", ma?.organisation?.members, "/maintenance/organisation/members");
    const inspections = ma?.inspections ?? [];
    for (let i = 0; i < inspections.length; i++) {
      const x = inspections[i] as (typeof inspections)[number];
      r.oneAt("role", x.owner, "/maintenance/inspections", i, "owner");
      r.findings(x.findings, "/maintenance/inspections", i);
    }
    const reviews = ma?.reviewLog ?? [];
    for (let i = 0; i < reviews.length; i++) {
      const x = reviews[i] as (typeof reviews)[number];
      r.oneAt("role", x.by, "/maintenance/reviewLog", i, "by");
      r.findings(x.findings, "/maintenance/reviewLog", i);
    }
  },
});

/**
 * `references/unique-ids`: ids are not repeated within a list.
 *
 * @category Rules
 */
export const uniqueIds = rule({
  id: "references/unique-ids",
  category: "references",
  severity: "error",
  references: [REF.guideline],
  messages: { "": ["The id '{id}' is used more than once.", "ID '{id}' が複数回使われています。"] },
  check(ctx) {
    for (const d of ctx.index.duplicates) {
      const id = d.data?.id ?? "";
      ctx.report({ path: d.path, data: { id }, ...(d.related ? { related: d.related } : {}) });
    }
  },
});
