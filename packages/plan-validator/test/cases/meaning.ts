import type { RuleCase } from "../harness.js";

/**
 * Failing cases of the rules that judge what the plan means: dates that have not happened,
 * people behind roles, networks behind means, sites on the map, numbers that must agree.
 * The clean plan is judged at now = 2026-11-27.
 */
export const meaningCases: RuleCase[] = [
  // --- dates ------------------------------------------------------------------------------
  {
    rule: "dates/not-in-future",
    name: "the last review and a restore test are dated after now",
    mutate: (p) => {
      p.metadata.lastReview = "2027-01-15";
      p.training.activities[2].lastDone = "2026-12-01";
    },
    expect: [
      {
        path: "/metadata/lastReview",
        data: { field: "lastReview", date: "2027-01-15", now: "2026-11-27" },
      },
      {
        path: "/training/activities/2/lastDone",
        data: { field: "lastDone", date: "2026-12-01", now: "2026-11-27" },
      },
    ],
  },
  {
    // A future lastDone is no evidence: the restore test counts as never done.
    rule: "backup/restore-tested",
    name: "the only restore test is dated in the future",
    mutate: (p) => {
      p.training.activities[2].lastDone = "2026-12-01";
    },
    expect: [
      {
        path: "/training/activities/2",
        messageId: "never",
        data: { activity: "restore-erp-db" },
      },
    ],
  },
  {
    rule: "maintenance/review-interval",
    name: "the only reviews are dated in the future",
    mutate: (p) => {
      p.metadata.lastReview = "2027-01-15";
      p.maintenance.reviewLog[0].date = "2027-01-15";
    },
    expect: [{ path: "/metadata/lastReview", messageId: "none-past", data: { now: "2026-11-27" } }],
  },
  // --- people -----------------------------------------------------------------------------
  {
    rule: "people/activation-successor",
    name: "the CEO's successor role is held by the CEO, and hands back to the CEO",
    mutate: (p) => {
      p.roles[1].holder = "H. Kitamura"; // ciso, the CEO's only successor
      p.roles[1].successors = ["ceo"];
    },
    // ceo → ciso (H. Kitamura again) → ceo: nobody else can activate the plan
    expect: [
      {
        path: "/emergency/organisation/activationAuthority",
        messageId: "same-person",
        data: { role: "ceo", person: "H. Kitamura", successors: "'ciso'" },
      },
    ],
  },
  {
    rule: "people/activation-successor",
    name: "the CEO is listed as the CEO's own successor",
    mutate: (p) => {
      p.roles[0].successors = ["ceo"];
    },
    expect: [
      {
        path: "/emergency/organisation/activationAuthority",
        messageId: "self",
        data: { role: "ceo" },
      },
    ],
  },
  {
    rule: "people/role-successor",
    name: "the IT operations lead is the Director of IT under another spelling",
    mutate: (p) => {
      p.roles[3].holder = "y.  SUZUKI"; // folds to "y suzuki", as "Y. Suzuki" does
    },
    // it-director → it-ops-lead → it-director: one person in two roles, no one else
    expect: [
      {
        path: "/roles/2",
        messageId: "same-person",
        data: { role: "it-director", person: "Y. Suzuki", successors: "'it-ops-lead'" },
      },
      {
        path: "/roles/3",
        messageId: "same-person",
        data: { role: "it-ops-lead", person: "y.  SUZUKI", successors: "'it-director'" },
      },
    ],
  },
  {
    rule: "governance/auditor-independent",
    name: "the head of internal audit is also the IT operations lead",
    mutate: (p) => {
      p.roles[6].holder = "K. Abe";
    },
    expect: [
      {
        path: "/governance/oversee/0",
        messageId: "person",
        data: { role: "auditor", person: "K. Abe", implementer: "it-ops-lead" },
      },
    ],
  },
  {
    rule: "metadata/approval",
    name: "the plan's own owner approves it",
    mutate: (p) => {
      p.metadata.approval.approver = "it-director";
    },
    expect: [
      {
        path: "/metadata/approval/approver",
        messageId: "not-management",
        data: { approver: "it-director", person: "Y. Suzuki" },
      },
    ],
  },
  {
    rule: "metadata/approval",
    name: "nothing says who management is",
    mutate: (p) => {
      delete p.roles[0].management;
      delete p.governance.direct;
      delete p.governance.evaluate;
    },
    expect: [
      {
        path: "/metadata/approval/approver",
        messageId: "management-unknown",
        severity: "info",
        data: { approver: "ceo" },
      },
    ],
  },
  // --- communications ---------------------------------------------------------------------
  {
    rule: "communications/activation-survives-public-outage",
    name: "activation is by mobile and landline only",
    mutate: (p) => {
      p.emergency.process.activation.notifyVia = ["mobile", "landline"];
    },
    expect: [
      {
        path: "/emergency/process/activation/notifyVia",
        data: { means: "'mobile', 'landline'" },
      },
    ],
  },
  {
    rule: "communications/activation-survives-public-outage",
    name: "the public networks are configured to include satellite",
    mutate: () => {},
    options: {
      rules: {
        "communications/activation-survives-public-outage": [
          "error",
          { publicDomains: ["public-fixed", "public-mobile", "internet", "satellite"] },
        ],
      },
    },
    expect: [
      {
        path: "/emergency/process/activation/notifyVia",
        data: { means: "'mobile', 'satellite-phone'" },
      },
    ],
  },
  {
    rule: "communications/activation-survives-public-outage",
    name: "the satellite phone is replaced by a means of kind other with no failure domains",
    mutate: (p) => {
      p.emergency.communications[1].kind = "other";
    },
    expect: [
      {
        path: "/emergency/communications/1",
        messageId: "unknown",
        severity: "info",
        data: { id: "satellite-phone" },
      },
      // only the info: the unjudged means may be the one that survives, so no error claims
      // that every means rides a public network
    ],
  },
  {
    rule: "communications/activation-redundant",
    name: "the second activation means is the same mobile network under another label",
    mutate: (p) => {
      p.emergency.communications[1] = {
        id: "satellite-phone",
        kind: "other",
        network: "Mobile-Network", // = mobile-network, folded
      };
    },
    expect: [{ path: "/emergency/process/activation/notifyVia", data: { count: 1 } }],
  },
  {
    rule: "communications/independent-means",
    name: "landline, mobile, e-mail and satellite all declare the public fixed network",
    mutate: (p) => {
      for (const m of p.emergency.communications) m.failureDomains = ["Public Fixed"];
    },
    expect: [{ path: "/emergency/communications", data: { count: 1 } }],
  },
  // --- switch-over tests, plan copies -------------------------------------------------------
  {
    rule: "training/switch-over-per-service",
    name: "the failover test names ERP and its database but not MES or the measure",
    mutate: (p) => {
      p.training.activities[1].services = ["erp", "erp-db"];
      delete p.training.activities[1].measures;
    },
    expect: [
      {
        path: "/preIncident/measures/1/services/2",
        data: { service: "mes", measure: "m-osaka-site" },
      },
    ],
  },
  {
    rule: "emergency/plan-copies-offline",
    name: "the only paper copy is in the Sendai head office",
    mutate: (p) => {
      p.emergency.planCopies = [
        { location: "Server room binder", site: "sendai-hq", medium: "paper" },
        { location: "Intranet", medium: "intranet" },
      ];
    },
    expect: [
      { path: "/emergency/planCopies", messageId: "at-primary", data: { sites: "'sendai-hq'" } },
    ],
  },
  {
    rule: "emergency/plan-copies-offline",
    name: "the only offline copy does not say where it is kept",
    mutate: (p) => {
      p.emergency.planCopies = [
        { location: "Encrypted USB keys", medium: "offline-media" },
        { location: "Intranet", medium: "intranet" },
      ];
    },
    expect: [
      {
        path: "/emergency/planCopies/0",
        messageId: "site-unknown",
        severity: "info",
        data: { location: "Encrypted USB keys" },
      },
    ],
  },
  // --- geography ----------------------------------------------------------------------------
  {
    rule: "site/geographic-separation",
    name: "the Osaka site is on the Tohoku grid (another spelling)",
    mutate: (p) => {
      p.preIncident.alternateSites[0].grid = "TOHOKU electric power network (50 hz)";
    },
    expect: ["sendai-dc", "sendai-hq"].map((primary) => ({
      path: "/preIncident/alternateSites/0/grid",
      data: { site: "osaka-backup", primary, grid: "TOHOKU electric power network (50 hz)" },
    })),
  },
  {
    rule: "site/geographic-separation",
    name: "the alternate site is in Yamagata, across the mountains from Sendai",
    mutate: (p) => {
      const s = p.preIncident.alternateSites[0];
      s.coordinates = { lat: 38.2554, lon: 140.3396 };
      s.grid = "Tohoku Electric Power Network West";
      s.hazardAreas = ["yamagata-basin-fault"];
    },
    // haversine((38.2682, 140.8694), (38.2554, 140.3396)): Δlon 0.5298° × 111.19 km ×
    // cos 38.26° ≈ 46.3 km, Δlat 0.0128° ≈ 1.4 km → 46 km < 100 km
    expect: ["sendai-dc", "sendai-hq"].map((primary) => ({
      path: "/preIncident/alternateSites/0/coordinates",
      messageId: "distance",
      data: { site: "osaka-backup", primary, km: 46, min: 100 },
    })),
  },
  {
    rule: "site/geographic-separation",
    name: "Osaka is 623 km away but the configured minimum is 700 km",
    mutate: () => {},
    options: { rules: { "site/geographic-separation": ["error", { minDistanceKm: 700 }] } },
    // haversine((38.2682, 140.8694), (34.6937, 135.5023)) = 622.9 km
    expect: ["sendai-dc", "sendai-hq"].map((primary) => ({
      path: "/preIncident/alternateSites/0/coordinates",
      messageId: "distance",
      data: { site: "osaka-backup", primary, km: 622, min: 700 }, // 622.9, rounded down
    })),
  },
  {
    rule: "site/geographic-separation",
    name: "the Osaka site backs up only the head office and shares its tsunami zone",
    mutate: (p) => {
      const s = p.preIncident.alternateSites[0];
      s.backsUp = ["sendai-hq"];
      s.hazardAreas = ["nankai-trough-earthquake", "Sendai Bay Tsunami"];
    },
    expect: [
      {
        path: "/preIncident/alternateSites/0/hazardAreas",
        messageId: "hazard",
        data: { site: "osaka-backup", primary: "sendai-hq", hazards: "Sendai Bay Tsunami" },
      },
    ],
  },
  {
    rule: "site/geographic-separation",
    name: "the grid is not stated and there are no coordinates or distance",
    mutate: (p) => {
      const s = p.preIncident.alternateSites[0];
      delete s.grid;
      delete s.coordinates;
      delete s.distanceKm;
      s.backsUp = ["sendai-dc"];
    },
    expect: [
      {
        path: "/preIncident/alternateSites/0",
        messageId: "unknown",
        severity: "info",
        data: {
          site: "osaka-backup",
          primary: "sendai-dc",
          missing: "grid, coordinates or distanceKm",
        },
      },
    ],
  },
  {
    rule: "site/geographic-separation",
    name: "without coordinates, one distanceKm cannot be the distance to two primary sites",
    mutate: (p) => {
      delete p.preIncident.alternateSites[0].coordinates; // distanceKm 640 stays
    },
    expect: ["sendai-dc", "sendai-hq"].map((primary) => ({
      path: "/preIncident/alternateSites/0",
      messageId: "unknown",
      severity: "info" as const,
      data: { site: "osaka-backup", primary, missing: "coordinates or distanceKm" },
    })),
  },
  {
    rule: "power/backup-runtime",
    name: "a five-day Sendai outage also names EDI (in Tokyo) among its failing nodes",
    mutate: (p) => {
      p.scenarios[1].duration = "P5D";
      p.scenarios[1].impacts.nodes = ["edi"];
    },
    // the scenario strikes sendai-hq/sendai-dc (erp-db, erp, mes) and, by name, edi (index 3):
    // P3D (4320 min) of backup power < P5D (7200 min) for all four
    expect: [0, 1, 2, 3].map((i) => ({
      path: `/preIncident/requirements/${i}/power/backupRuntime`,
      data: {
        service: ["erp-db", "erp", "mes", "edi"][i] as string,
        runtime: "P3D",
        outage: "P5D",
        scenario: "long-power-outage",
      },
    })),
  },
  // --- numbers that must agree --------------------------------------------------------------
  {
    rule: "backup/interval-meets-rpo",
    name: "the ERP backup runs nightly against an RPO of one hour",
    mutate: (p) => {
      p.preIncident.measures[0].backup.interval = "P1D";
    },
    // erp-db and erp both state rpo PT1H (60 min) < P1D (1440 min)
    expect: ["erp", "erp-db"].map((service) => ({
      path: "/preIncident/measures/0/backup/interval",
      data: { measure: "m-erp-backup", service, interval: "P1D", driver: service, rpo: "PT1H" },
    })),
  },
  {
    rule: "backup/interval-meets-rpo",
    name: "the database's own RPO is relaxed but the ERP above it still needs one hour",
    mutate: (p) => {
      p.preIncident.measures[0].backup.interval = "PT4H";
      p.preIncident.measures[0].services = ["erp-db"];
      p.preIncident.requirements[0].objectives.rpo = "P1D";
      p.preIncident.requirements[1].holdsData = false; // erp keeps its data in erp-db
    },
    // erp-db's own P1D (1440 min) ≥ PT4H (240 min) is met; erp depends on erp-db and keeps no
    // data of its own, so its RPO PT1H (60 min) binds the database: 240 > 60. (edi, above erp,
    // also has PT1H; the first found, breadth first, names the finding.)
    expect: [
      {
        path: "/preIncident/measures/0/backup/interval",
        messageId: "dependent",
        data: {
          measure: "m-erp-backup",
          service: "erp-db",
          interval: "PT4H",
          driver: "erp",
          rpo: "PT1H",
        },
      },
    ],
  },
];
