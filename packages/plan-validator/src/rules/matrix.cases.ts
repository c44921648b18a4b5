import type { RuleCase } from "../../test/harness.js";

/**
 * Failing cases of the `matrix/*` rules: a change to the clean plan and the exact findings the
 * rule must then report (run by `matrix.test.ts`; the first case of a rule also gives the options
 * of its passing test).
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
];
