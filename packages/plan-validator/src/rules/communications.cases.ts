import type { RuleCase } from "../../test/harness.js";

/**
 * Failing cases of the `communications/*` rules: a change to the clean plan and the exact findings the
 * rule must then report (run by `communications.test.ts`; the first case of a rule also gives the options
 * of its passing test).
 *
 * @category Rules
 */
export const communicationsCases: RuleCase[] = [
  {
    rule: "communications/independent-means",
    name: "e-mail and groupware chat both ride on the internet",
    mutate: (p) => {
      p.emergency.communications = [
        { id: "mobile", kind: "email", network: "internet" },
        { id: "satellite-phone", kind: "messaging", network: "internet" },
        { id: "email", kind: "email", network: "internet" },
        { id: "landline", kind: "messaging", network: "internet" },
      ];
    },
    expect: [{ path: "/emergency/communications", data: { count: 1 } }],
  },
  {
    rule: "communications/activation-redundant",
    name: "activation goes out by e-mail only",
    mutate: (p) => {
      p.emergency.process.activation.notifyVia = ["email"];
    },
    expect: [{ path: "/emergency/process/activation/notifyVia", data: { count: 1 } }],
  },
  {
    rule: "communications/activation-redundant",
    name: "activation names two means on the same network",
    mutate: (p) => {
      p.emergency.communications[3].network = "mobile-network";
      p.emergency.process.activation.notifyVia = ["mobile", "landline"];
    },
    expect: [{ path: "/emergency/process/activation/notifyVia", data: { count: 1 } }],
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
];
