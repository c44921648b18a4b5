import type { RuleCase } from "../../test/harness.js";

/**
 * Failing cases of the `process/*` rules: a change to the clean plan and the exact findings the
 * rule must then report (run by `process.test.ts`; the first case of a rule also gives the options
 * of its passing test).
 *
 * @category Rules
 */
export const processCases: RuleCase[] = [
  {
    rule: "process/detection-phase",
    name: "the process starts at activation",
    mutate: (p) => {
      p.emergency.process.phases.shift();
    },
    expect: [{ path: "/emergency/process/phases" }],
  },
  {
    rule: "process/failback-defined",
    name: "there is no failback phase and the ERP procedure has no failback",
    mutate: (p) => {
      p.emergency.process.phases.splice(5, 1);
      delete p.emergency.procedures[2].failback;
    },
    expect: [
      { path: "/emergency/procedures/2", messageId: "procedure", data: { procedure: "proc-erp" } },
      { path: "/emergency/process/phases" },
    ],
  },
  {
    rule: "process/activation-rto-criterion",
    name: "activation waits for the site to be unusable",
    mutate: (p) => {
      p.emergency.process.activation.criteria.shift();
    },
    expect: [{ path: "/emergency/process/activation/criteria" }],
  },
  {
    rule: "process/escalation-triggers",
    name: "no escalation is defined",
    mutate: (p) => {
      p.emergency.process.escalation = [];
    },
    expect: [{ path: "/emergency/process" }],
  },
];
