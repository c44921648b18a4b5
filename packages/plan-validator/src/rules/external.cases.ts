import type { RuleCase } from "../../test/harness.js";

/**
 * Failing cases of the `external/*` rules: a change to the clean plan and the exact findings the
 * rule must then report (run by `external.test.ts`; the first case of a rule also gives the options
 * of its passing test).
 *
 * @category Rules
 */
export const externalCases: RuleCase[] = [
  {
    rule: "external/provider-evidence",
    name: "KumoMail has no evidence and SkyCloud is not listed",
    mutate: (p) => {
      delete p.emergency.externalServices[2].evidence;
      p.emergency.externalServices.shift();
    },
    // SkyCloud hosts backup-storage (4), wms (6), customer-portal (7), consolidation (11)
    expect: [
      { path: "/emergency/externalServices/1", data: { provider: "kumomail" } },
      {
        path: "/preIncident/requirements/4/hosting/provider",
        messageId: "unlisted",
        data: { service: "backup-storage", provider: "skycloud" },
      },
      {
        path: "/preIncident/requirements/6/hosting/provider",
        messageId: "unlisted",
        data: { service: "wms", provider: "skycloud" },
      },
      {
        path: "/preIncident/requirements/7/hosting/provider",
        messageId: "unlisted",
        data: { service: "customer-portal", provider: "skycloud" },
      },
      {
        path: "/preIncident/requirements/11/hosting/provider",
        messageId: "unlisted",
        data: { service: "consolidation", provider: "skycloud" },
      },
    ],
  },
  {
    rule: "external/evidence-current",
    name: "the data centre's audit report expired on 2026-06-30",
    mutate: (p) => {
      p.emergency.externalServices[1].evidence.expires = "2026-06-30";
    },
    expect: [
      {
        path: "/emergency/externalServices/1/evidence/expires",
        data: { provider: "tokyo-dc-operator", expires: "2026-06-30" },
      },
    ],
  },
];
