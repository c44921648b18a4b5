import type { Located } from "../engine/index-plan.js";
import type { RuleContext } from "../engine/rule.js";
import { REF, rule } from "./build.js";

type Target = "role" | "service" | "communications" | "measure" | "site" | "audience";

function targets(ctx: RuleContext): Record<Target, Map<string, Located>> {
  const i = ctx.index;
  return {
    role: i.roles,
    service: i.services,
    communications: i.communications,
    measure: i.measures,
    site: i.sites,
    audience: i.audiences,
  };
}

/** `references/resolve`: every id the plan refers to is defined in it. */
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
    audience: [
      "'{ref}' is not a training audience of the plan.",
      "'{ref}' は計画の訓練対象者にありません。",
    ],
    "": ["'{ref}' does not resolve.", "'{ref}' を解決できません。"],
  },
  check(ctx) {
    const t = targets(ctx);
    const p = ctx.plan;
    const ref = (kind: Target, id: string | undefined, path: string) => {
      if (id !== undefined && !t[kind].has(id))
        ctx.report({ path, messageId: kind, data: { ref: id } });
    };
    const refs = (kind: Target, ids: readonly string[] | undefined, path: string) => {
      (ids ?? []).forEach((id, i) => {
        ref(kind, id, `${path}/${i}`);
      });
    };
    ref("role", p.metadata.owner, "/metadata/owner");
    ref("role", p.metadata.approval?.approver, "/metadata/approval/approver");
    (p.roles ?? []).forEach((r, i) => {
      refs("role", r.successors, `/roles/${i}/successors`);
      refs("communications", r.contact, `/roles/${i}/contact`);
    });
    for (const key of [
      "direct",
      "evaluate",
      "monitor",
      "report",
      "oversee",
      "implement",
    ] as const) {
      refs("role", p.governance?.[key], `/governance/${key}`);
    }
    const pre = p.preIncident;
    (pre?.measures ?? []).forEach((m, i) => {
      refs("service", m.services, `/preIncident/measures/${i}/services`);
      ref("site", m.site, `/preIncident/measures/${i}/site`);
    });
    (pre?.schedule ?? []).forEach((m, i) => {
      ref("measure", m.measure, `/preIncident/schedule/${i}/measure`);
    });
    (pre?.investment ?? []).forEach((m, i) => {
      ref("measure", m.measure, `/preIncident/investment/${i}/measure`);
    });
    const em = p.emergency;
    ref(
      "role",
      em?.organisation?.activationAuthority,
      "/emergency/organisation/activationAuthority",
    );
    (em?.organisation?.teams ?? []).forEach((team, i) => {
      ref("role", team.lead, `/emergency/organisation/teams/${i}/lead`);
      refs("role", team.members, `/emergency/organisation/teams/${i}/members`);
    });
    (em?.process?.phases ?? []).forEach((ph, i) => {
      ref("role", ph.owner, `/emergency/process/phases/${i}/owner`);
    });
    refs(
      "communications",
      em?.process?.activation?.notifyVia,
      "/emergency/process/activation/notifyVia",
    );
    (em?.process?.escalation ?? []).forEach((e, i) => {
      ref("role", e.to, `/emergency/process/escalation/${i}/to`);
    });
    (em?.procedures ?? []).forEach((pr, i) => {
      ref("service", pr.service, `/emergency/procedures/${i}/service`);
      (pr.steps ?? []).forEach((st, j) => {
        ref("role", st.owner, `/emergency/procedures/${i}/steps/${j}/owner`);
      });
    });
    refs("service", em?.recoveryOrder, "/emergency/recoveryOrder");
    ref("service", em?.safetyConfirmation?.service, "/emergency/safetyConfirmation/service");
    (em?.externalServices ?? []).forEach((x, i) => {
      refs("service", x.services, `/emergency/externalServices/${i}/services`);
    });
    const findings = (
      list: readonly { owner?: string; reportedTo?: string }[] | undefined,
      base: string,
    ) => {
      (list ?? []).forEach((f, i) => {
        ref("role", f.owner, `${base}/${i}/owner`);
        ref("role", f.reportedTo, `${base}/${i}/reportedTo`);
      });
    };
    (p.training?.activities ?? []).forEach((a, i) => {
      refs("audience", a.audiences, `/training/activities/${i}/audiences`);
      refs("service", a.services, `/training/activities/${i}/services`);
      findings(a.findings, `/training/activities/${i}/findings`);
    });
    const ma = p.maintenance;
    ref("role", ma?.organisation?.owner, "/maintenance/organisation/owner");
    refs("role", ma?.organisation?.members, "/maintenance/organisation/members");
    (ma?.inspections ?? []).forEach((x, i) => {
      ref("role", x.owner, `/maintenance/inspections/${i}/owner`);
      findings(x.findings, `/maintenance/inspections/${i}/findings`);
    });
    (ma?.reviewLog ?? []).forEach((x, i) => {
      ref("role", x.by, `/maintenance/reviewLog/${i}/by`);
      findings(x.findings, `/maintenance/reviewLog/${i}/findings`);
    });
  },
});

/** `references/unique-ids`: ids are not repeated within a list. */
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
