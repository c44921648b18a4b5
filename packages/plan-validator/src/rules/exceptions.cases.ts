import { withException } from "../../test/case-helpers.js";
import type { RuleCase } from "../../test/harness.js";

/**
 * Failing cases of the `exceptions/*` rules: a change to the clean plan and the exact findings the
 * rule must then report (run by `exceptions.test.ts`; the first case of a rule also gives the options
 * of its passing test).
 *
 * @category Rules
 */
export const exceptionsCases: RuleCase[] = [
  {
    rule: "exceptions/expired",
    name: "the exception ran until 2026-11-01",
    // 2026-11-01 < 2026-11-27
    mutate: withException((e) => {
      e.until = "2026-11-01";
    }),
    expect: [
      {
        path: "/exceptions/0/until",
        data: { rule: "evidence/rto-met", until: "2026-11-01" },
      },
    ],
  },
  {
    rule: "exceptions/authority",
    name: "the CISO, not management, accepted it",
    mutate: withException((e) => {
      e.acceptedBy = "ciso";
    }),
    expect: [
      {
        path: "/exceptions/0/acceptedBy",
        data: { rule: "evidence/rto-met", role: "ciso", person: "M. Sato" },
      },
    ],
  },
  {
    rule: "exceptions/authority",
    name: "the IT operations lead, an implementer and not management, accepted it",
    mutate: withException((e) => {
      e.acceptedBy = "it-ops-lead";
    }),
    // Same path and severity: sorted by message ("…who also implements" < "…who holds no").
    expect: [
      {
        path: "/exceptions/0/acceptedBy",
        messageId: "implementer",
        data: {
          rule: "evidence/rto-met",
          role: "it-ops-lead",
          person: "K. Abe",
          implementer: "it-ops-lead",
        },
      },
      {
        path: "/exceptions/0/acceptedBy",
        data: { rule: "evidence/rto-met", role: "it-ops-lead", person: "K. Abe" },
      },
    ],
  },
  {
    rule: "exceptions/authority",
    name: "the CEO accepted it but also holds the Director of IT role, an implementer",
    mutate: withException((_e, p) => {
      p.roles[2].holder = "H. Kitamura"; // it-director held by the CEO's holder
    }),
    expect: [
      {
        path: "/exceptions/0/acceptedBy",
        messageId: "implementer",
        data: {
          rule: "evidence/rto-met",
          role: "ceo",
          person: "H. Kitamura",
          implementer: "it-director",
        },
      },
    ],
  },
  {
    rule: "exceptions/authority",
    name: "the plan does not say who management is (info)",
    mutate: withException((_e, p) => {
      delete p.roles[0].management;
      delete p.governance.direct;
      delete p.governance.evaluate;
    }),
    expect: [
      {
        path: "/exceptions/0/acceptedBy",
        messageId: "management-unknown",
        severity: "info",
        data: { rule: "evidence/rto-met", role: "ceo" },
      },
    ],
  },
];
