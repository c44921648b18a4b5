import type { RuleCase } from "../../test/harness.js";

/**
 * Failing cases of the `matrix/*` rules: a change to the clean plan and the exact findings the
 * rule must then report (run by `matrix.test.ts`; the first case of a rule also gives the options
 * of its passing test).
 *
 * @category Rules
 */
export const matrixCases: RuleCase[] = [
  {
    rule: "matrix/clause14-owned",
    name: "a clause 14 control is unassigned",
    mutate: () => {},
    passOptions: {
      matrix: {
        controls: [
          { catalog: "iso27002-2005", control: "14.1.1", clause: "14", owner: "shared" },
          { catalog: "iso27002-2005", control: "14.1.4", clause: "14", owner: "customer" },
          { catalog: "iso27002-2005", control: "10.5.1", clause: "10", owner: "unassigned" },
        ],
      },
    },
    options: {
      matrix: {
        controls: [
          { catalog: "iso27002-2005", control: "14.1.1", clause: "14", owner: "shared" },
          { catalog: "iso27002-2005", control: "14.1.4", clause: "14", owner: "unassigned" },
          { catalog: "iso27002-2005", control: "10.5.1", clause: "10", owner: "unassigned" },
          { catalog: "iso27017", control: "14.1.3", clause: "14.1", owner: "customer" },
        ],
      },
    },
    // only 14.1.4 is both clause 14 and unassigned (10.5.1 is clause 10)
    expect: [
      {
        path: "/emergency/externalServices",
        data: { catalog: "iso27002-2005", control: "14.1.4" },
      },
    ],
  },
  {
    rule: "matrix/customer-continuity-shown",
    name: "the customer owns backup (BCR-08) of the services on a provider that the plan does not back up",
    mutate: () => {},
    // Passing: every customer-side continuity control is shown for erp-db (backed up by
    // m-erp-backup, at the Osaka alternate site, exercised by failover-erp, a requirement).
    passOptions: {
      matrix: {
        matrix: { services: ["erp-db"] },
        controls: [
          { catalog: "ccm-v4.1", control: "BCR-08", owner: "customer" },
          { catalog: "ccm-v4.1", control: "BCR-10", owner: "shared" },
          { catalog: "ccm-v4.1", control: "BCR-11", owner: "customer" },
          { catalog: "iso27002-2005", control: "14.1", clause: "14", owner: "customer" },
        ],
      },
    },
    options: {
      matrix: {
        // The clean plan hosts backup-storage, consolidation, customer-portal and wms on
        // skycloud; none of them has a backup measure.
        matrix: { provider: "skycloud", services: [] },
        controls: [
          { catalog: "ccm-v4.1", control: "BCR-08", owner: "customer" },
          { catalog: "ccm-v4.1", control: "BCR-09", owner: "provider" },
        ],
      },
    },
    expect: [
      {
        path: "/preIncident/measures",
        data: {
          catalog: "ccm-v4.1",
          control: "BCR-08",
          provider: "skycloud",
          services: "'backup-storage', 'consolidation', 'customer-portal', 'wms'",
        },
      },
    ],
  },
  {
    rule: "matrix/customer-continuity-shown",
    name: "the customer shares exercises (BCR-10) and owns planning (BCR-01) of services the plan neither exercises nor lists",
    mutate: () => {},
    options: {
      matrix: {
        // 'ghost' runs on skycloud per the matrix but has no requirement in the plan: only the
        // planning control (BCR-01) reports it; the exercise control reports the four planned
        // skycloud services, which no exercise covers.
        matrix: { provider: "skycloud", services: ["ghost"] },
        controls: [
          { catalog: "ccm-v4.1", control: "BCR-10", owner: "shared" },
          { catalog: "ccm-v4.1", control: "BCR-01", owner: "customer" },
          { catalog: "ccm-v4.1", control: "BCR-11", owner: "provider" },
        ],
      },
    },
    expect: [
      {
        path: "/preIncident/requirements",
        messageId: "requirement",
        data: { catalog: "ccm-v4.1", control: "BCR-01", provider: "skycloud", services: "'ghost'" },
      },
      {
        path: "/training/activities",
        messageId: "exercise",
        data: {
          catalog: "ccm-v4.1",
          control: "BCR-10",
          provider: "skycloud",
          services: "'backup-storage', 'consolidation', 'customer-portal', 'wms'",
        },
      },
    ],
  },
  {
    rule: "matrix/customer-continuity-shown",
    name: "the plan drops the only failover test of erp while ISO 27002 14.1.5 (testing) is the customer's",
    mutate: (plan) => {
      plan.training.activities = plan.training.activities.filter(
        (a: { id: string }) => a.id !== "failover-erp",
      );
    },
    options: {
      matrix: {
        matrix: { services: ["erp", "erp-db"] },
        controls: [
          { catalog: "iso27002-2005", control: "14.1.5", clause: "14", owner: "customer" },
        ],
      },
    },
    // erp-db is still exercised by restore-erp-db (a backup-restore test); erp by nothing.
    expect: [
      {
        path: "/training/activities",
        messageId: "exercise",
        data: { catalog: "iso27002-2005", control: "14.1.5", provider: "-", services: "'erp'" },
      },
    ],
  },
];
