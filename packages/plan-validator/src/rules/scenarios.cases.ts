import type { RuleCase } from "../../test/harness.js";

/**
 * Failing cases of the `scenarios/*` rules: a change to the clean plan and the exact findings the
 * rule must then report (run by `scenarios.test.ts`; the first case of a rule also gives the options
 * of its passing test).
 *
 * @category Rules
 */
export const scenariosCases: RuleCase[] = [
  {
    rule: "scenarios/wide-area-long-duration",
    name: "the long outage is regional and the quake lasts two days",
    mutate: (p) => {
      p.scenarios[0].duration = "PT48H";
      p.scenarios[1].area = "regional";
      p.scenarios[4].area = "regional";
    },
    expect: [{ path: "/scenarios" }],
  },
  {
    rule: "scenarios/wide-area-long-duration",
    name: "the only wide-area scenario of 72 hours or more is the pandemic",
    mutate: (p) => {
      p.scenarios[0].duration = "PT48H"; // wide-area quake: 48 h < 72 h
      p.scenarios[1].area = "regional"; // long power outage: no longer wide-area
      // scenarios[4], the pandemic (P30D, wide-area), takes no power, line or site
    },
    expect: [{ path: "/scenarios" }],
  },
  {
    rule: "scenarios/wide-area-long-duration",
    name: "there are no scenarios",
    mutate: (p) => {
      delete p.scenarios;
    },
    expect: [{ path: "", messageId: "missing" }],
  },
  {
    rule: "scenarios/communications-outage",
    name: "no scenario cuts communications",
    mutate: (p) => {
      p.scenarios.splice(3, 1);
      p.scenarios[0].impacts.communications = false;
    },
    expect: [{ path: "/scenarios" }],
  },
  {
    rule: "scenarios/cyber-incident",
    name: "no cyber incident is assumed",
    mutate: (p) => {
      p.scenarios.pop();
    },
    expect: [{ path: "/scenarios" }],
  },
];
