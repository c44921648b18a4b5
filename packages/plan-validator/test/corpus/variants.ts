// The seeded-defect corpus: single changes to a clean organisation (examples/data-clean/plan.yaml,
// examples/data-clean/bia.yaml, examples/data/matrix-skycloud.yaml, examples/data/organisation.yaml)
// that validates with no diagnostic at all. Each defect is written from a lesson of the 2011
// earthquake, a clause of the guideline or a standard, and names the finding an auditor expects;
// each near miss is a change that a careless rule would flag and an auditor would not.

import { cleanResults } from "../evidence.js";

// biome-ignore lint/suspicious/noExplicitAny: variants edit the documents freely
type Doc = any;

/** The four documents of the organisation, as parsed YAML (mutable copies). */
export interface Documents {
  plan: Doc;
  bia: Doc;
  matrix: Doc;
  organisation: Doc;
}

/** One single-change variant of the clean organisation. */
export interface Variant {
  /** Short id, unique in the corpus. */
  id: string;
  /** What was changed, in words. */
  change: string;
  /** The guideline lesson, clause or standard the change breaks (or, for a near miss, respects). */
  basis: string;
  /** Edit the documents in place. */
  mutate: (d: Documents) => void;
  /** Defects: the rule id an auditor expects among the findings (at warning or error). */
  expect?: string;
  /** Where the finding must be (a JSON-pointer prefix), when the rule can fire elsewhere too. */
  expectPath?: string;
}

const byId = (list: Doc[], id: string): Doc => {
  const found = list.find((x) => x.id === id || x.service === id);
  if (!found) throw new Error(`corpus: no item '${id}'`);
  return found;
};
const role = (d: Documents, id: string) => byId(d.plan.roles, id);
const requirement = (d: Documents, id: string) => byId(d.plan.preIncident.requirements, id);
const measure = (d: Documents, id: string) => byId(d.plan.preIncident.measures, id);
const activity = (d: Documents, id: string) => byId(d.plan.training.activities, id);
const scenario = (d: Documents, id: string) => byId(d.plan.scenarios, id);
const osaka = (d: Documents) => byId(d.plan.preIncident.alternateSites, "osaka-backup");
/** Record the clean exercise and test results (test/evidence.ts) in the plan and return them. */
const results = (d: Documents): Doc[] => {
  d.plan.training.results = cleanResults();
  return d.plan.training.results;
};
const result = (d: Documents, id: string) => byId(d.plan.training.results, id);
/** The CEO's acceptance of the ERP database's slow switch-over (an exception in force). */
const ACCEPTANCE = {
  rule: "evidence/rto-met",
  target: "erp-db",
  reason:
    "ERP database switch-over takes 26 h until log pre-staging is in place (milestone 2027-01-31)",
  acceptedBy: "ceo",
  accepted: "2026-11-01",
  until: "2027-03-31",
};

const LESSON = {
  bcp: "Guideline (2012) lesson: position the IT-BCP inside the BCP; state its purpose and what must be protected",
  approval:
    "Guideline: the pre-incident plan is approved by management as the organisation's action plan",
  bia: "Guideline (2012) lesson: absorb the unforeseen through BIA (22.3% met a disaster beyond their assumptions)",
  objectives:
    "Guideline: RTO/RPO/RLO are outputs of the strategy requirements fixed by BCM (ISO/IEC 27031)",
  power:
    "Guideline (2012) lesson: planned and long power outages (67.1% of affected sites stopped for a power cut)",
  site: "Survey 2011: only 31.2% weighed power supply when choosing a backup site",
  backup:
    "Survey 2011: 96.0% did not use their backup, 0.4% tried and it failed (ISO/IEC 27002:2005 10.5.1)",
  detection: "ISO/IEC 27031: detection is part of the incident response process",
  failback: "Survey 2011: switching back to production was not defined (23.5% still on backup)",
  comms:
    "Survey 2011: 50.2% stopped for cut communications; 17.6% lacked means to call the BCP into action",
  people:
    "Survey 2011: 50.7% stopped because staff were hurt or could not commute; 7.7% lost the chain of command",
  audit:
    "ISO/IEC 27014: auditors oversee on behalf of the governing body, independent of implementation",
  safety: "Guideline (2012) lesson: safety-confirmation (安否確認) systems",
  copies: "NIST SP 800-34 Rev. 1: keep copies of the plan off site, readable without systems",
  training:
    "Guideline: education and training plan — switch-over tests and comprehensive exercises with business staff",
  maintenance:
    "Guideline: maintenance and improvement plan; ISO/IEC 27001 PDCA (review at least yearly)",
  scenarios:
    "Survey 2011: 22.3% met a disaster whose scale, area or length exceeded the plan's assumptions",
  cloud:
    "METI cloud security management guideline (2011): providers audited by a third party, reports disclosed",
  security:
    "Guideline (2012) lesson: the security level in an emergency is balanced, not simply lowered",
  scope:
    "Survey 2011: 46.7% of affected firms stopped because a business partner was hit (group and value chain)",
  dates:
    "ISO/IEC 27001: records are evidence of what was done; a date after now records nothing done",
  evidence:
    "Survey 2011: 96.0% never used their backup and 0.4% tried and failed; only a test shows whether the objectives hold",
  act: "ISO/IEC 27001 PDCA: a test's failures and issues are acted on and re-tested",
} as const;

/** Defects: each breaks one lesson and must be flagged. */
export const defects: Variant[] = [
  {
    id: "bcp-purpose-missing",
    change: "the BCP's purpose is deleted",
    basis: LESSON.bcp,
    mutate: (d) => delete d.plan.metadata.bcp.purpose,
    expect: "metadata/bcp-purpose",
  },
  {
    id: "protect-missing",
    change: "what the company must protect (守るべきもの) is deleted",
    basis: LESSON.bcp,
    mutate: (d) => delete d.plan.metadata.bcp.protect,
    expect: "metadata/bcp-purpose",
  },
  {
    id: "approved-by-owner",
    change: "the plan's owner, the Director of IT, approves it",
    basis: LESSON.approval,
    mutate: (d) => {
      d.plan.metadata.approval.approver = "it-director";
    },
    expect: "metadata/approval",
  },
  {
    id: "approval-future",
    change: "the approval is dated 2027-02-01 (validated at 2026-11-27)",
    basis: LESSON.approval,
    mutate: (d) => {
      d.plan.metadata.approval.date = "2027-02-01";
    },
    expect: "metadata/approval",
  },
  {
    id: "bia-not-referenced",
    change: "the plan no longer names the BIA it rests on",
    basis: LESSON.bia,
    mutate: (d) => delete d.plan.metadata.bia,
    expect: "metadata/bia-referenced",
  },
  {
    id: "group-member-not-covered",
    change: "the Mexican subsidiary is dropped from a consolidated-group plan",
    basis: LESSON.scope,
    mutate: (d) => {
      d.plan.metadata.members = ["kita-seiki", "kita-th"];
    },
    expect: "metadata/scope-coverage",
  },
  {
    id: "erp-rto-beyond-bia",
    change: "the ERP's RTO is relaxed to P3D while order intake needs it within 48 h",
    basis: LESSON.objectives,
    mutate: (d) => {
      requirement(d, "erp").objectives.rto = "P3D";
    },
    expect: "bia/rto-consistent",
  },
  {
    id: "erp-db-rpo-beyond-bia",
    change: "the ERP database's RPO is relaxed to PT4H while order intake needs PT1H",
    basis: LESSON.objectives,
    mutate: (d) => {
      requirement(d, "erp-db").objectives.rpo = "PT4H";
    },
    expect: "bia/rpo-consistent",
  },
  {
    id: "nightly-backup-hourly-rpo",
    change: "the ERP backup runs nightly (P1D) against an RPO of one hour",
    basis: LESSON.backup,
    mutate: (d) => {
      measure(d, "m-erp-backup").backup.interval = "P1D";
    },
    expect: "backup/interval-meets-rpo",
  },
  {
    id: "backup-onsite",
    change: "the ERP backup is kept in the Sendai server room",
    basis: LESSON.backup,
    mutate: (d) => {
      const m = measure(d, "m-erp-backup");
      m.backup.offsite = false;
      m.backup.location = "Sendai server room";
    },
    expect: "backup/offsite",
  },
  {
    id: "power-unclassified",
    change: "the file server is sorted neither protect nor may-stop",
    basis: LESSON.power,
    mutate: (d) => delete requirement(d, "file-server").power,
    expect: "power/classified",
  },
  {
    id: "generator-8h",
    change: "the ERP database's generator fuel lasts 8 hours against a 72-hour outage",
    basis: LESSON.power,
    mutate: (d) => {
      requirement(d, "erp-db").power.backupRuntime = "PT8H";
    },
    expect: "power/backup-runtime",
  },
  {
    id: "site-power-not-weighed",
    change: "the Osaka site was chosen on security and distance only",
    basis: LESSON.site,
    mutate: (d) => {
      osaka(d).selectionCriteria = ["security", "distance", "earthquake-resistance"];
    },
    expect: "site/power-weighed",
  },
  {
    id: "site-same-grid",
    change: "the backup office moves to Yamagata, on the same Tohoku grid, 46 km away",
    basis: LESSON.site,
    mutate: (d) => {
      Object.assign(osaka(d), {
        location: "Yamagata, JP",
        grid: "Tohoku Electric Power Network (50 Hz)",
        hazardAreas: ["yamagata-basin-fault"],
        coordinates: { lat: 38.2554, lon: 140.3396 },
        distanceKm: 60,
      });
    },
    expect: "site/geographic-separation",
    expectPath: "/preIncident/alternateSites/0/grid",
  },
  {
    id: "site-shared-hazard",
    change: "the backup site lies in the same Japan Trench earthquake zone as Sendai",
    basis: LESSON.scenarios,
    mutate: (d) => {
      osaka(d).hazardAreas = ["nankai-trough-earthquake", "japan-trench-earthquake"];
    },
    expect: "site/geographic-separation",
    expectPath: "/preIncident/alternateSites/0/hazardAreas",
  },
  {
    id: "no-detection",
    change: "the emergency process starts at activation, with no detection phase",
    basis: LESSON.detection,
    mutate: (d) => {
      d.plan.emergency.process.phases = d.plan.emergency.process.phases.filter(
        (p: Doc) => p.phase !== "detection",
      );
    },
    expect: "process/detection-phase",
  },
  {
    id: "no-failback",
    change: "the failback phase is dropped",
    basis: LESSON.failback,
    mutate: (d) => {
      d.plan.emergency.process.phases = d.plan.emergency.process.phases.filter(
        (p: Doc) => p.phase !== "failback",
      );
    },
    expect: "process/failback-defined",
  },
  {
    id: "activation-email-only",
    change: "activation is notified by e-mail only",
    basis: LESSON.comms,
    mutate: (d) => {
      d.plan.emergency.process.activation.notifyVia = ["email"];
    },
    expect: "communications/activation-redundant",
  },
  {
    id: "activation-public-only",
    change: "activation is notified by mobile phone and fixed line, both on public carriers",
    basis: LESSON.comms,
    mutate: (d) => {
      d.plan.emergency.process.activation.notifyVia = ["mobile", "landline"];
    },
    expect: "communications/activation-survives-public-outage",
  },
  {
    id: "one-network-two-labels",
    change:
      "the means are a mobile phone and a messaging app on the same carrier, labelled 'Mobile-Network' and 'mobile network'",
    basis: LESSON.comms,
    mutate: (d) => {
      d.plan.emergency.communications = [
        { id: "mobile", kind: "mobile", network: "Mobile-Network" },
        { id: "chat", kind: "messaging", network: "mobile network" },
      ];
      for (const r of d.plan.roles) r.contact = ["mobile", "chat"];
      d.plan.emergency.process.activation.notifyVia = ["mobile", "chat"];
    },
    expect: "communications/independent-means",
  },
  {
    id: "no-successor",
    change: "the CEO, who activates the plan, has no successor",
    basis: LESSON.people,
    mutate: (d) => delete role(d, "ceo").successors,
    expect: "people/activation-successor",
  },
  {
    id: "successor-same-person",
    change: "the CEO also holds the CISO role, the CEO's successor, which hands back to the CEO",
    basis: LESSON.people,
    mutate: (d) => {
      Object.assign(role(d, "ciso"), { holder: "H. Kitamura", successors: ["ceo"] });
    },
    expect: "people/activation-successor",
  },
  {
    id: "successor-self",
    change: "the CEO is listed as the CEO's own successor",
    basis: LESSON.people,
    mutate: (d) => {
      role(d, "ceo").successors = ["ceo"];
    },
    expect: "people/activation-successor",
  },
  {
    id: "team-successor-same-person",
    change: "the IT operations lead is Y. Suzuki, the Director of IT, spelled 'Suzuki Y.'",
    basis: LESSON.people,
    mutate: (d) => {
      role(d, "it-ops-lead").holder = "y.  suzuki";
    },
    expect: "people/role-successor",
  },
  {
    id: "auditor-implements-as-person",
    change: "the head of internal audit is K. Abe, the IT operations lead",
    basis: LESSON.audit,
    mutate: (d) => {
      role(d, "auditor").holder = "K. Abe";
    },
    expect: "governance/auditor-independent",
  },
  {
    id: "auditor-implements-as-role",
    change: "the auditor role is also listed among the implementers",
    basis: LESSON.audit,
    mutate: (d) => {
      d.plan.governance.implement.push("auditor");
    },
    expect: "governance/auditor-independent",
  },
  {
    id: "safety-untested",
    change: "the safety-confirmation service was last tested in June 2025",
    basis: LESSON.safety,
    mutate: (d) => {
      d.plan.emergency.safetyConfirmation.lastTested = "2025-06-01";
    },
    expect: "people/safety-confirmation",
  },
  {
    id: "copy-in-server-room",
    change: "the only paper copy is a binder in the Sendai server room",
    basis: LESSON.copies,
    mutate: (d) => {
      d.plan.emergency.planCopies = [
        { location: "Binder in the server room", site: "sendai-dc", medium: "paper" },
        { location: "Intranet", medium: "intranet" },
      ];
    },
    expect: "emergency/plan-copies-offline",
  },
  {
    id: "copy-intranet-only",
    change: "the plan is kept on the intranet and the file server only",
    basis: LESSON.copies,
    mutate: (d) => {
      d.plan.emergency.planCopies = [
        { location: "Intranet", medium: "intranet" },
        { location: "File server", medium: "file-server" },
      ];
    },
    expect: "emergency/plan-copies-offline",
  },
  {
    id: "failover-dated-future",
    change: "the ERP failover test is dated 2027-01-10, after the validation date",
    basis: LESSON.dates,
    mutate: (d) => {
      activity(d, "failover-erp").lastDone = "2027-01-10";
    },
    expect: "dates/not-in-future",
  },
  {
    id: "failover-stale",
    change: "the ERP failover test was last done in September 2025 (cadence P1Y)",
    basis: LESSON.training,
    mutate: (d) => {
      activity(d, "failover-erp").lastDone = "2025-09-01";
    },
    expect: "training/failover-test-cadence",
  },
  {
    id: "mes-never-switched",
    change: "the failover test covers the ERP and its database, not MES, which also moves to Osaka",
    basis: LESSON.training,
    mutate: (d) => {
      const a = activity(d, "failover-erp");
      a.services = ["erp", "erp-db"];
      delete a.measures;
    },
    expect: "training/switch-over-per-service",
  },
  {
    id: "no-restore-test",
    change: "the backup restore test is removed",
    basis: LESSON.backup,
    mutate: (d) => {
      d.plan.training.activities = d.plan.training.activities.filter(
        (a: Doc) => a.kind !== "backup-restore-test",
      );
    },
    expect: "backup/restore-tested",
  },
  {
    id: "exercise-without-business",
    change: "the comprehensive exercise is held by executives and IT staff only",
    basis: LESSON.training,
    mutate: (d) => {
      activity(d, "exercise-2026").audiences = ["executives", "it-staff"];
    },
    expect: "training/business-staff",
  },
  {
    id: "review-stale",
    change: "the last review was in June 2025",
    basis: LESSON.maintenance,
    mutate: (d) => {
      d.plan.metadata.lastReview = "2025-06-01";
      d.plan.maintenance.reviewLog[0].date = "2025-06-01";
    },
    expect: "maintenance/review-interval",
  },
  {
    id: "review-dated-future",
    change: "the last review is dated 2027-03-01",
    basis: LESSON.dates,
    mutate: (d) => {
      d.plan.metadata.lastReview = "2027-03-01";
    },
    expect: "dates/not-in-future",
  },
  {
    id: "milestone-done-future",
    change: "the generator fuel tank milestone is marked done on 2027-01-20",
    basis: LESSON.dates,
    mutate: (d) => {
      d.plan.preIncident.schedule[0].done = "2027-01-20";
    },
    expect: "dates/not-in-future",
  },
  {
    id: "no-wide-area-scenario",
    change: "the earthquake is assumed to last two days and the long outage to be regional",
    basis: LESSON.scenarios,
    mutate: (d) => {
      scenario(d, "wide-area-quake").duration = "P2D";
      scenario(d, "wide-area-quake").impacts.powerOutage = "P2D";
      scenario(d, "long-power-outage").area = "regional";
    },
    expect: "scenarios/wide-area-long-duration",
  },
  {
    id: "no-communications-scenario",
    change: "no scenario assumes a communications outage",
    basis: LESSON.comms,
    mutate: (d) => {
      d.plan.scenarios = d.plan.scenarios.filter((s: Doc) => s.id !== "wan-cut");
      scenario(d, "wide-area-quake").impacts.communications = false;
    },
    expect: "scenarios/communications-outage",
  },
  {
    id: "evidence-expired",
    change: "SkyCloud's ISO/IEC 27017 certificate expired on 2026-06-30",
    basis: LESSON.cloud,
    mutate: (d) => {
      d.plan.emergency.externalServices[0].evidence.expires = "2026-06-30";
    },
    expect: "external/evidence-current",
  },
  {
    id: "evidence-not-issued",
    change: "KumoMail's SOC 2 report is dated 2027-01-15, after the validation date",
    basis: LESSON.dates,
    mutate: (d) => {
      d.plan.emergency.externalServices[2].evidence.issued = "2027-01-15";
    },
    expect: "dates/not-in-future",
  },
  {
    id: "erp-before-database",
    change: "the recovery order starts the ERP before its database",
    basis: LESSON.objectives,
    mutate: (d) => {
      d.plan.emergency.recoveryOrder = [
        "backup-storage",
        "safety-confirmation",
        "erp",
        "erp-db",
        "edi",
        "mes",
        "wms",
        "customer-portal",
        "email",
      ];
    },
    expect: "recovery/order-dependencies",
  },
  {
    id: "time-critical-without-procedure",
    change: "the EDI recovery procedure is removed; order intake (time-critical) needs EDI",
    basis: LESSON.bia,
    mutate: (d) => {
      d.plan.emergency.procedures = d.plan.emergency.procedures.filter(
        (p: Doc) => p.service !== "edi",
      );
    },
    expect: "procedures/time-critical-covered",
  },
  {
    id: "security-not-balanced",
    change: "the emergency security level states no rationale for its balance",
    basis: LESSON.security,
    mutate: (d) => delete d.plan.emergency.securityLevel.rationale,
    expect: "security/emergency-cia-balance",
  },
  {
    id: "continuity-control-unowned",
    change: "the responsibility matrix leaves ISO/IEC 27002 14.1 (business continuity) unassigned",
    basis: LESSON.cloud,
    mutate: (d) => {
      const o = d.matrix.overrides.find((x: Doc) => x.control.control === "14.1");
      o.owner = "unassigned";
    },
    expect: "matrix/clause14-owned",
  },
  {
    id: "result-rto-exceeded",
    change: "the ERP database's switch-over took PT26H against its RTO of PT24H",
    basis: LESSON.evidence,
    mutate: (d) => {
      results(d);
      result(d, "r-ft-2026").services[0].recoveryTime = "PT26H";
    },
    expect: "evidence/rto-met",
  },
  {
    id: "result-data-loss",
    change: "the MES switch-over lost PT5H of data against its RPO of PT4H",
    basis: LESSON.evidence,
    mutate: (d) => {
      results(d);
      result(d, "r-ft-2026").services[2].dataLoss = "PT5H";
    },
    expect: "evidence/rpo-met",
  },
  {
    id: "result-level-short",
    change: "the ERP came back at 70 % of normal service against its RLO of 80 %",
    basis: LESSON.evidence,
    mutate: (d) => {
      results(d);
      result(d, "r-ft-2026").services[1].levelReached = 70;
    },
    expect: "evidence/rlo-met",
  },
  {
    id: "result-failed-not-rerun",
    change: "a tabletop exercise failed on 2026-05-20 and was never run again",
    basis: LESSON.act,
    mutate: (d) => {
      results(d).push({ id: "r-tt", date: "2026-05-20", kind: "tabletop", outcome: "fail" });
    },
    expect: "evidence/failed-retested",
  },
  {
    id: "result-action-overdue",
    change: "the corrective action of the failover test's issue was due on 2026-11-01",
    basis: LESSON.act,
    mutate: (d) => {
      results(d);
      result(d, "r-ft-2026").issues[0].correctiveAction.due = "2026-11-01";
    },
    expect: "evidence/corrective-actions",
  },
  {
    id: "result-action-unowned",
    change: "the corrective action of the failover test's issue has no owner",
    basis: LESSON.act,
    mutate: (d) => {
      results(d);
      delete result(d, "r-ft-2026").issues[0].correctiveAction.owner;
    },
    expect: "evidence/corrective-actions",
  },
  {
    id: "result-expired",
    change: "the backup storage last passed its restore test on 2026-05-01, with a P6M cadence",
    basis: LESSON.evidence,
    mutate: (d) => {
      results(d);
      result(d, "r-restore-2026").date = "2026-05-01";
    },
    expect: "evidence/time-critical-proven",
  },
  {
    id: "result-unproven",
    change: "the safety-confirmation drill is not recorded, so that service was never proven",
    basis: LESSON.safety,
    mutate: (d) => {
      const r = results(d);
      r.splice(r.indexOf(result(d, "r-safety-2026")), 1);
    },
    expect: "evidence/time-critical-proven",
  },
  {
    id: "result-same-scenario",
    change: "every exercise that names a scenario rehearsed the wide-area earthquake",
    basis: LESSON.scenarios,
    mutate: (d) => {
      results(d);
      result(d, "r-ex-2026").scenario = "wide-area-quake";
    },
    expect: "evidence/scenario-variety",
  },
  {
    id: "result-no-failback",
    change: "the services switched to Osaka were never switched back in a test",
    basis: LESSON.failback,
    mutate: (d) => {
      const r = results(d);
      r.splice(r.indexOf(result(d, "r-fb-2026")), 1);
    },
    expect: "evidence/failback-exercised",
  },
  {
    id: "result-business-absent",
    change: "the full-scale exercise held had executives only",
    basis: LESSON.training,
    mutate: (d) => {
      results(d);
      result(d, "r-ex-2026").scope.audiences = ["executives"];
    },
    expect: "evidence/business-staff-exercised",
  },
  {
    id: "result-unknown-service",
    change: "a result measures a service the plan does not have ('erp-dbx')",
    basis: LESSON.evidence,
    mutate: (d) => {
      results(d);
      result(d, "r-ft-2026").services[0].service = "erp-dbx";
    },
    expect: "references/resolve",
  },
  {
    id: "result-future",
    change: "the safety-confirmation drill is dated 2027-01-10 (validated at 2026-11-27)",
    basis: LESSON.dates,
    mutate: (d) => {
      results(d);
      result(d, "r-safety-2026").date = "2027-01-10";
    },
    expect: "dates/not-in-future",
  },
  {
    id: "exception-by-implementer",
    change:
      "the Director of IT, who implements the plan, accepts the ERP database's slow switch-over",
    basis: LESSON.audit,
    mutate: (d) => {
      results(d);
      result(d, "r-ft-2026").services[0].recoveryTime = "PT26H";
      d.plan.exceptions = [{ ...ACCEPTANCE, acceptedBy: "it-director" }];
    },
    expect: "exceptions/authority",
  },
  {
    id: "exception-expired",
    change: "the CEO's acceptance of the slow switch-over ran until 2026-11-01",
    basis: LESSON.maintenance,
    mutate: (d) => {
      results(d);
      result(d, "r-ft-2026").services[0].recoveryTime = "PT26H";
      d.plan.exceptions = [{ ...ACCEPTANCE, until: "2026-11-01" }];
    },
    expect: "exceptions/expired",
  },
];

/** Near misses: changes an auditor accepts; a careless rule would flag them. */
export const nearMisses: Variant[] = [
  {
    id: "cloud-service-short-battery",
    change:
      "the warehouse system on SkyCloud has 8 hours of backup power; the 72-hour outage strikes Sendai only",
    basis: "A scenario applies where it strikes: the cloud region runs on its provider's power",
    mutate: (d) => {
      requirement(d, "wms").power.backupRuntime = "PT8H";
    },
  },
  {
    id: "stateless-gateway-rpo",
    change: "EDI is marked as keeping no data, with an RPO of P1D against the BIA's PT1H",
    basis: "An RPO applies to what holds data; a message gateway keeps none",
    mutate: (d) => {
      Object.assign(requirement(d, "edi"), { holdsData: false });
      requirement(d, "edi").objectives.rpo = "P1D";
    },
  },
  {
    id: "approver-marked-management",
    change: "the CISO, a board member marked as management, approves the plan",
    basis: LESSON.approval,
    mutate: (d) => {
      role(d, "ciso").management = true;
      d.plan.metadata.approval.approver = "ciso";
    },
  },
  {
    id: "successor-through-same-person",
    change: "the CEO also holds the CISO role, whose successor is the Director of IT",
    basis: "Succession reaches another person through the successor's successor",
    mutate: (d) => {
      role(d, "ciso").holder = "H. Kitamura";
    },
  },
  {
    id: "same-surname",
    change: "the internal auditor is K. Sato, another person than M. Sato, the CISO",
    basis: LESSON.audit,
    mutate: (d) => {
      role(d, "auditor").holder = "K. Sato";
      d.plan.governance.monitor = ["ciso"];
    },
  },
  {
    id: "extra-copy-at-primary",
    change: "a third paper copy is kept in the Sendai server room, besides the Osaka one",
    basis: LESSON.copies,
    mutate: (d) => {
      d.plan.emergency.planCopies.push({
        location: "Server room binder",
        site: "sendai-dc",
        medium: "paper",
      });
    },
  },
  {
    id: "dates-ahead-that-are-plans",
    change: "an exercise is planned for 2027-03-11 and a finding is due 2027-05-01",
    basis: "Planned and due dates lie ahead by nature; only dates of things done cannot",
    mutate: (d) => {
      activity(d, "exercise-2026").nextPlanned = "2027-03-11";
      activity(d, "failover-erp").findings[0].due = "2027-05-01";
    },
  },
  {
    id: "failover-names-measure",
    change: "the failover test names the Osaka measure instead of listing every service",
    basis: LESSON.training,
    mutate: (d) => {
      const a = activity(d, "failover-erp");
      a.services = ["erp"];
      a.measures = ["m-osaka-site"];
    },
  },
  {
    id: "tokyo-backup-site",
    change: "the backup office is in Tokyo: TEPCO grid, 305 km away, its own hazard zones",
    basis: LESSON.site,
    mutate: (d) => {
      Object.assign(osaka(d), {
        location: "Tokyo, JP",
        region: "kanto",
        grid: "TEPCO Power Grid (50 Hz)",
        hazardAreas: ["tokyo-bay-north-earthquake"],
        coordinates: { lat: 35.6812, lon: 139.7671 },
        distanceKm: 350,
      });
    },
  },
  {
    id: "activation-by-mca-radio",
    change: "activation is notified by mobile phone and MCA radio (no satellite phone in the list)",
    basis: LESSON.comms,
    mutate: (d) => {
      d.plan.emergency.communications.push({
        id: "mca-radio",
        kind: "radio",
        network: "MCA digital radio",
      });
      d.plan.emergency.process.activation.notifyVia = ["mobile", "mca-radio"];
    },
  },
  {
    id: "disaster-priority-line",
    change: "activation uses mobile and a disaster-priority fixed line (災害時優先電話)",
    basis: LESSON.comms,
    mutate: (d) => {
      const landline = byId(d.plan.emergency.communications, "landline");
      landline.network = "NTT disaster-priority line";
      landline.failureDomains = ["priority-line"];
      d.plan.emergency.process.activation.notifyVia = ["mobile", "landline"];
    },
  },
  {
    id: "evidence-issued-today",
    change: "the Tokyo data centre's audit report was issued on the validation date",
    basis: LESSON.cloud,
    mutate: (d) => {
      d.plan.emergency.externalServices[1].evidence.issued = "2026-11-27";
    },
  },
  {
    id: "backup-more-often",
    change: "the ERP backup runs every 30 minutes (more often than the 1-hour RPO)",
    basis: LESSON.backup,
    mutate: (d) => {
      measure(d, "m-erp-backup").backup.interval = "PT30M";
    },
  },
  {
    id: "results-recorded",
    change: "the exercise and test results of 2026 are recorded, all within the objectives",
    basis: LESSON.evidence,
    mutate: (d) => {
      results(d);
    },
  },
  {
    id: "result-exactly-rto",
    change: "the ERP database's switch-over took exactly its RTO, PT24H",
    basis: "An objective is met when the measured time equals it",
    mutate: (d) => {
      results(d);
      result(d, "r-ft-2026").services[0].recoveryTime = "PT24H";
    },
  },
  {
    id: "result-failure-superseded",
    change: "the 2025 switch-over failed at PT30H; the 2026 one passed at PT5H",
    basis: LESSON.act,
    mutate: (d) => {
      results(d).push({
        id: "r-ft-2025",
        date: "2025-10-15",
        kind: "switch-over",
        activity: "failover-erp",
        outcome: "fail",
        services: [{ service: "erp-db", recoveryTime: "PT30H" }],
      });
    },
  },
  {
    id: "exception-accepted",
    change:
      "the ERP database's switch-over took PT26H and the CEO accepted it until 2027-03-31, with a reason",
    basis:
      "ISO/IEC 27014: the governing body may accept a risk, with a reason and a term; the finding stays visible, suppressed",
    mutate: (d) => {
      results(d);
      result(d, "r-ft-2026").services[0].recoveryTime = "PT26H";
      d.plan.exceptions = [{ ...ACCEPTANCE }];
    },
  },
  {
    id: "result-failure-recent",
    change: "a tabletop exercise failed on 2026-10-01; its re-run is not due before 2027-01-01",
    basis: LESSON.act,
    mutate: (d) => {
      results(d).push({ id: "r-tt", date: "2026-10-01", kind: "tabletop", outcome: "fail" });
    },
  },
];
