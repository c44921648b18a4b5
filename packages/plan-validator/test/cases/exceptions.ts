import type { AnyPlan, RuleCase } from "../harness.js";

/** An exception of the clean plan for `evidence/rto-met` on erp-db, then `edit`. */
const withException =
  (edit: (e: AnyPlan, p: AnyPlan) => void) =>
  (p: AnyPlan): void => {
    const e = {
      rule: "evidence/rto-met",
      target: "erp-db",
      reason: "ERP database restore takes 26 h until the Osaka standby is live",
      acceptedBy: "ceo",
      accepted: "2026-11-01",
      until: "2027-03-31",
    };
    p.exceptions = [e];
    edit(e, p);
  };

/** Failing cases of the exceptions rules and of the bad-input checks on exceptions. */
export const exceptionCases: RuleCase[] = [
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
  {
    rule: "references/resolve",
    name: "an exception is accepted by a role the plan does not have",
    mutate: withException((e) => {
      e.acceptedBy = "board";
    }),
    expect: [{ path: "/exceptions/0/acceptedBy", messageId: "role", data: { ref: "board" } }],
  },
  {
    rule: "dates/not-in-future",
    name: "an exception is accepted on 2026-12-01, after now",
    mutate: withException((e) => {
      e.accepted = "2026-12-01";
    }),
    expect: [
      {
        path: "/exceptions/0/accepted",
        data: { field: "accepted", date: "2026-12-01", now: "2026-11-27" },
      },
    ],
  },
];
