import type { RuleCase } from "../../test/harness.js";

/**
 * Failing cases of the `security/*` rules: a change to the clean plan and the exact findings the
 * rule must then report (run by `security.test.ts`; the first case of a rule also gives the options
 * of its passing test).
 *
 * @category Rules
 */
export const securityCases: RuleCase[] = [
  {
    rule: "security/emergency-cia-balance",
    name: "confidentiality and the rationale are not stated",
    mutate: (p) => {
      delete p.emergency.securityLevel.confidentiality;
      delete p.emergency.securityLevel.rationale;
    },
    expect: [{ path: "/emergency/securityLevel", data: { missing: "confidentiality, rationale" } }],
  },
];
