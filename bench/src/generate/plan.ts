import { createRandom } from "./random.js";

/** Size and seed of a generated `ContinuityPlan`. */
export interface PlanSize {
  /** IT services with a continuity requirement; every other list grows with it. */
  services: number;
  /** Seed of the generator. */
  seed: number;
}

/** A generated plan, a BIA of the same services (for the BIA cross-check rules) and the date to judge at. */
export interface GeneratedPlan {
  plan: Record<string, unknown>;
  bia: Record<string, unknown>;
  now: string;
}

/**
 * Services per business unit. Dependencies stay inside a unit and each unit has one
 * time-critical process, so a plan of 10·n services holds ten units' worth of the same mix as
 * a plan of n (for n a multiple of the unit): the scaling figure compares like with like.
 */
export const PLAN_UNIT = 200;

const DATE = (r: { int(n: number): number }, year: number) =>
  `${year}-${String(1 + r.int(12)).padStart(2, "0")}-${String(1 + r.int(28)).padStart(2, "0")}`;

/**
 * A full `ContinuityPlan` with `services` IT services: a requirement and a recovery
 * procedure (two steps) per service, a measure per four services, a role, a milestone and an
 * investment item per twenty, a provider and a training activity per fifty, a team and an
 * inspection per hundred, an alternate site per two hundred; all the scenarios, phases and
 * communications a complete plan names. The services form business units of
 * {@link PLAN_UNIT}: service i depends on up to two services of its unit with a higher number,
 * and the recovery order lists dependencies first. It is valid against the schema
 * and trips a realistic handful of rules (overdue items, expired evidence, a missing
 * procedure here and there). Also returns a BIA over the same services.
 */
export function generatePlan(size: PlanSize): GeneratedPlan {
  const r = createRandom(size.seed);
  const N = Math.max(1, Math.floor(size.services));
  const svc = (i: number) => `s${i}`;
  const nRoles = Math.max(6, Math.ceil(N / 20));
  const role = (k: number) => `role-${k % nRoles}`;
  const nSites = Math.max(1, Math.ceil(N / 200));
  const nProviders = Math.max(1, Math.ceil(N / 50));

  const roles = [];
  for (let k = 0; k < nRoles; k++) {
    roles.push({
      id: role(k),
      title: k === 0 ? "President and CEO" : k === 1 ? "Head of internal audit" : `Manager ${k}`,
      holder: `Person ${k}`,
      ...(k % 10 === 9 ? {} : { successors: [role(k + 2)] }),
      contact: k % 3 === 0 ? ["mobile", "satellite-phone"] : ["mobile", "email"],
    });
  }

  const requirements = [];
  const procedures = [];
  for (let i = 0; i < N; i++) {
    const priority = 1 + r.int(3);
    const deps = [];
    const end = Math.min(N, (Math.floor(i / PLAN_UNIT) + 1) * PLAN_UNIT);
    for (let d = 0; d < 2 && i + 1 + d < end; d++) deps.push(svc(i + 1 + r.int(end - i - 1)));
    const cloud = r.next() < 0.4;
    requirements.push({
      service: svc(i),
      name: `Service ${i}`,
      class: i % 3 === 0 ? "non-core" : "core",
      priority,
      timeCritical: priority === 1,
      objectives: {
        rto: `PT${[4, 8, 12, 24, 48, 72][r.int(6)]}H`,
        rpo: "PT1H",
        rlo: 50 + r.int(51),
      },
      power:
        priority === 3
          ? { class: "may-stop" }
          : { class: "protect", backupRuntime: i % 50 === 7 ? "PT8H" : "PT72H" },
      hosting: cloud
        ? { type: "cloud", provider: `prov-${r.int(nProviders)}`, serviceModel: "iaas" }
        : { type: "on-premises", site: `site-${r.int(nSites)}` },
      ...(deps.length > 0 ? { dependsOn: [...new Set(deps)] } : {}),
    });
    // One service in 97 has no procedure: a finding for procedures/time-critical-covered.
    if (i % 97 !== 96) {
      procedures.push({
        id: `proc-${svc(i)}`,
        service: svc(i),
        steps: [
          { action: `Restore ${svc(i)} from backup`, owner: role(i), duration: "PT2H" },
          { action: `Verify ${svc(i)} with its users`, owner: role(i + 1), duration: "PT1H" },
        ],
        failback: "Switch back after a verified restore and a business sign-off",
      });
    }
  }

  const kinds = ["backup", "redundancy", "alternate-site", "power", "communications", "other"];
  const measures = [];
  for (let m = 0; m * 4 < N; m++) {
    const kind = kinds[m % kinds.length] as string;
    const services = [];
    for (let k = m * 4; k < Math.min(N, m * 4 + 4); k++) services.push(svc(k));
    measures.push({
      id: `m${m}`,
      kind,
      services,
      description: `Measure ${m} (${kind})`,
      ...(kind === "alternate-site" ? { site: `site-${m % nSites}` } : {}),
      ...(kind === "backup"
        ? { backup: { interval: "PT1H", location: "Object storage", offsite: m % 60 !== 0 } }
        : {}),
    });
  }
  const alternateSites = [];
  for (let k = 0; k < nSites; k++) {
    alternateSites.push({
      id: `site-${k}`,
      name: `Backup site ${k}`,
      location: `City ${k}`,
      region: `region-${k % 4}`,
      distanceKm: 100 + r.int(900),
      earthquakeResistant: true,
      security: "Card access, CCTV",
      ...(k % 5 === 4 ? {} : { powerSupply: "Two utility feeds and a 72-hour generator" }),
      selectionCriteria: k % 5 === 4 ? ["security", "distance"] : ["power", "security", "distance"],
    });
  }
  const schedule = [];
  for (let k = 0; k * 20 < N; k++) {
    const done = k % 10 !== 9;
    schedule.push({
      milestone: `Milestone ${k}`,
      due: DATE(r, done ? 2026 : 2026 + r.int(2)),
      ...(done ? { done: DATE(r, 2026) } : {}),
      measure: `m${k % measures.length}`,
    });
  }
  // An investment item per measure but one in 25.
  const investment = [];
  for (let m = 0; m < measures.length; m++) {
    if (m % 25 === 24) continue;
    investment.push({
      item: `Investment ${m}`,
      measure: `m${m}`,
      cost: { amount: 100_000 * (1 + r.int(100)), currency: "JPY" },
    });
  }
  const teams = [];
  for (let k = 0; k * 100 < N; k++) {
    teams.push({
      id: `team-${k}`,
      name: `Recovery team ${k}`,
      lead: role(k + 2),
      members: [role(k + 3), role(k + 4)],
      duties: "Run the procedures of its services",
    });
  }
  const externalServices = [];
  for (let k = 0; k < nProviders; k++) {
    const services = [];
    for (let i = k; i < N; i += nProviders * 10) services.push(svc(i));
    externalServices.push({
      provider: `prov-${k}`,
      services,
      evidence: {
        kind: ["audit-report", "iso27001", "soc2", "sla"][k % 4],
        issued: DATE(r, 2025),
        expires: k % 9 === 8 ? DATE(r, 2025) : DATE(r, 2027),
      },
    });
  }
  const activityKinds = [
    "education",
    "failover-test",
    "backup-restore-test",
    "tabletop-exercise",
    "functional-exercise",
    "comprehensive-exercise",
  ];
  const activities = [];
  for (let k = 0; k * 50 < N; k++) {
    activities.push({
      id: `act-${k}`,
      kind: activityKinds[k % activityKinds.length],
      name: `Activity ${k}`,
      audiences: ["executives", "it", "business", "all"].slice(0, 1 + (k % 4)),
      services: [svc((k * 50) % N), svc((k * 50 + 1) % N)],
      cadence: "P1Y",
      lastDone: DATE(r, 2025 + r.int(2)),
      nextPlanned: DATE(r, 2027),
      findings: [
        {
          id: `f-act-${k}`,
          description: `Finding of activity ${k}`,
          owner: role(k),
          due: DATE(r, 2026 + r.int(2)),
          status: k % 2 === 0 ? "open" : "closed",
          reportedTo: role(0),
        },
      ],
    });
  }
  // Failover tests name the switch-over measures (redundancy, alternate site) they exercised,
  // shared out among them; one such measure in eight is never tested (a realistic finding
  // that grows with the plan: training/switch-over-per-service for each of its services).
  const failoverTests = activities.filter((a) => a.kind === "failover-test") as Array<
    (typeof activities)[number] & { measures?: string[] }
  >;
  const switchMeasures = measures.filter(
    (m) => m.kind === "redundancy" || m.kind === "alternate-site",
  );
  switchMeasures.forEach((m, j) => {
    if (j % 8 === 3 || failoverTests.length === 0) return;
    const test = failoverTests[j % failoverTests.length] as (typeof failoverTests)[number];
    test.measures ??= [];
    test.measures.push(m.id);
  });
  const inspections = [];
  for (let k = 0; k * 100 < N; k++) {
    inspections.push({
      item: `Inspection ${k}`,
      timing: "P6M",
      owner: role(k + 5),
      lastDone: DATE(r, 2026),
    });
  }
  const recoveryOrder = [];
  for (let i = N - 1; i >= 0; i--) recoveryOrder.push(svc(i));

  const plan = {
    kind: "ContinuityPlan",
    schemaVersion: "1.0",
    id: `bench-plan-${N}`,
    name: `Generated plan with ${N} IT services`,
    metadata: {
      organisation: "bench-org",
      scope: "consolidated-group",
      members: ["bench-org", "bench-th", "bench-mx"],
      criticalPartners: ["prov-0", "steel-supplier"],
      bcp: {
        purpose: "Keep supplying customers through a wide-area disaster",
        protect: ["Staff safety", "Deliveries", "Records"],
        document: "BCP v1",
      },
      owner: role(2),
      approval: { approver: role(0), date: "2026-04-01" },
      version: "1.0",
      lastReview: "2026-10-01",
      bia: { document: "bia.yaml", date: "2026-03-01" },
    },
    roles,
    governance: {
      direct: [role(0)],
      evaluate: [role(0)],
      monitor: [role(3)],
      report: [role(2)],
      oversee: [role(1)],
      implement: [role(2), role(4)],
    },
    preIncident: { requirements, measures, alternateSites, schedule, investment },
    emergency: {
      organisation: { activationAuthority: role(0), teams },
      process: {
        phases: [
          "detection",
          "activation",
          "assessment",
          "notification",
          "recovery",
          "failback",
          "deactivation",
        ].map((phase, k) => ({ phase, description: `Phase ${phase}`, owner: role(k) })),
        activation: {
          criteria: [
            { kind: "outage-exceeds-rto", description: "Outage expected to exceed an RTO" },
            { kind: "site-unusable", description: "A site is unusable" },
            { kind: "staff-unavailable", description: "Fewer than half the staff available" },
          ],
          notifyVia: ["mobile", "satellite-phone"],
        },
        escalation: [
          { trigger: "Assessment not finished within 2 hours", to: role(3), after: "PT2H" },
          { trigger: "A priority-1 service will miss its RTO", to: role(0) },
        ],
      },
      procedures,
      recoveryOrder,
      communications: [
        { id: "mobile", kind: "mobile", network: "mobile-network" },
        { id: "satellite-phone", kind: "satellite-phone", network: "satellite" },
        { id: "email", kind: "email", network: "internet" },
        { id: "landline", kind: "landline", network: "fixed-telephone" },
      ],
      safetyConfirmation: { method: "SaaS", service: svc(0), lastTested: "2026-09-01" },
      planCopies: [
        { location: "Headquarters cabinet", medium: "paper" },
        { location: "Encrypted USB keys", medium: "offline-media" },
      ],
      securityLevel: {
        confidentiality: "moderate",
        integrity: "high",
        availability: "high",
        rationale: "Integrity first",
      },
      externalServices,
    },
    training: {
      audiences: [
        { id: "executives", group: "executives", goal: "Decide activation" },
        { id: "it", group: "it-staff", goal: "Run procedures" },
        { id: "business", group: "business-staff", goal: "Work manually" },
        { id: "all", group: "all-staff", goal: "Know the plan" },
      ],
      activities,
    },
    maintenance: {
      purpose: "Keep the plan current",
      organisation: { owner: role(2), members: [role(3), role(4)] },
      inspections,
      reviewLog: [{ date: "2026-10-01", by: role(2), summary: "Annual review" }],
    },
    scenarios: [
      {
        id: "quake",
        kind: "wide-area-earthquake",
        area: "wide-area",
        duration: "PT72H",
        impacts: { power: true, communications: true, staffAvailable: 50 },
      },
      { id: "wan-cut", kind: "communications-outage", area: "regional", duration: "P2D" },
      { id: "flu", kind: "pandemic", area: "wide-area", duration: "P30D" },
      { id: "ransomware", kind: "cyber-incident", area: "site", duration: "P7D" },
    ],
  };

  // A BIA of the same services: a process per ten services, depending on three of them.
  // Most can wait a week (so the plan's RTOs of at most 72 hours satisfy the BIA); one per
  // business unit (one in twenty) is unacceptable after a day, which the plan misses for the
  // services it needs whose RTO is longer.
  const bprocesses = [];
  for (let k = 0; k * 10 < N; k++) {
    const deps = [];
    for (let i = k * 10; i < Math.min(N, k * 10 + 3); i++) deps.push(svc(i));
    bprocesses.push({
      id: `p${k}`,
      name: `Process ${k}`,
      wrt: "PT2H",
      impacts: {
        financial:
          k % (PLAN_UNIT / 10) === PLAN_UNIT / 20
            ? { PT4H: 2, P1D: 4, P3D: 5 }
            : { P1D: 2, P3D: 3, P1W: 4 },
      },
      dependsOn: deps,
    });
  }
  const bservices = requirements.map((q, i) => ({
    id: q.service,
    name: q.name,
    capability: { recoveryTime: `PT${1 + (i % 12)}H` },
    ...(q.dependsOn ? { dependsOn: q.dependsOn } : {}),
  }));
  const bia = {
    kind: "BusinessImpactAnalysis",
    schemaVersion: "1.0",
    timePoints: ["PT4H", "P1D", "P3D"],
    unacceptableLevel: 4,
    processes: bprocesses,
    services: bservices,
  };
  return { plan, bia, now: "2026-11-27" };
}
