import { parseDuration } from "@mamori/core";
import { nonEmpty, REF, rule } from "./build.js";

/** 72 hours: the span the 2011 wide-area outages and planned outages exceeded. */
const LONG_MINUTES = 72 * 60;

/** `scenarios/wide-area-long-duration`: the scenarios include a wide-area, long event. */
export const wideAreaLongDuration = rule({
  id: "scenarios/wide-area-long-duration",
  category: "scenarios",
  severity: "error",
  description: [
    "The plan has assumed scenarios, and at least one is wide-area and lasts 72 hours (PT72H) or more.",
    "想定シナリオがあり、少なくとも一つが広域かつ72時間（PT72H）以上続く。",
  ],
  rationale: [
    "22.3% of firms whose BCP ran in 2011 said the disaster's scale, area or length exceeded what the plan assumed.",
    "2011年に BCP を発動した企業の 22.3% が、災害の規模・範囲・期間が計画の想定を超えたと答えた。",
  ],
  references: [REF.survey, REF.lessons],
  messages: {
    "": [
      "No assumed scenario is both wide-area and 72 hours or longer.",
      "広域かつ72時間以上の想定シナリオがありません。",
    ],
    missing: ["The plan has no assumed scenarios.", "想定シナリオがありません。"],
  },
  check(ctx) {
    const sc = ctx.plan.scenarios;
    if (!nonEmpty(sc)) {
      ctx.report({ path: "", messageId: "missing" });
      return;
    }
    const ok = sc.some(
      (s) =>
        s.area === "wide-area" &&
        (parseDuration(s.duration ?? "", { calendarUnits: "approximate" }).minutes ?? 0) >=
          LONG_MINUTES,
    );
    if (!ok) ctx.report({ path: "/scenarios" });
  },
});

/** `scenarios/communications-outage`: a communications outage is assumed. */
export const communicationsOutage = rule({
  id: "scenarios/communications-outage",
  category: "scenarios",
  severity: "warning",
  description: [
    "A scenario assumes a communications outage.",
    "通信の途絶を想定したシナリオがある。",
  ],
  rationale: [
    "14.1% of firms had not assumed a communications outage in 2011, while 50.2% stopped for cut communications.",
    "2011年には 14.1% が通信の途絶を想定しておらず、50.2% が通信の途絶によって停止した。",
  ],
  references: [REF.survey],
  messages: {
    "": [
      "No scenario assumes a communications outage.",
      "通信の途絶を想定したシナリオがありません。",
    ],
  },
  check(ctx) {
    const sc = ctx.plan.scenarios;
    if (!nonEmpty(sc)) return;
    if (!sc.some((s) => s.kind === "communications-outage" || s.impacts?.communications === true))
      ctx.report({ path: "/scenarios" });
  },
});

/** `people/staff-unavailability`: a scenario assumes staff are unavailable. */
export const staffUnavailability = rule({
  id: "people/staff-unavailability",
  category: "people",
  severity: "warning",
  description: [
    "A scenario assumes part of the staff is unavailable (impacts.staffAvailable below 100).",
    "要員の一部が対応できないことを想定したシナリオがある（impacts.staffAvailable が100未満）。",
  ],
  rationale: [
    "50.7% of firms stopped in 2011 because staff were hurt or could not commute, and 10.6% overloaded the staff they had.",
    "2011年には 50.7% が従業員の負傷や出社困難のために停止し、10.6% が要員の過負荷に陥った。",
  ],
  references: [REF.survey],
  messages: {
    "": [
      "No scenario assumes that staff are unavailable.",
      "要員が対応できないことを想定したシナリオがありません。",
    ],
  },
  check(ctx) {
    const sc = ctx.plan.scenarios;
    if (!nonEmpty(sc)) return;
    if (!sc.some((s) => (s.impacts?.staffAvailable ?? 100) < 100))
      ctx.report({ path: "/scenarios" });
  },
});

/** `scenarios/cyber-incident`: information-security incidents count as threats. */
export const cyberIncident = rule({
  id: "scenarios/cyber-incident",
  category: "scenarios",
  severity: "info",
  description: [
    "A scenario assumes an information-security (cyber) incident.",
    "情報セキュリティインシデント（サイバー攻撃等）を想定したシナリオがある。",
  ],
  rationale: [
    "Aligning with ISO/IEC 27031, the revised guideline counts information-security incidents as threats to IT service continuity (handled per ISO/IEC 27001).",
    "改訂ガイドラインは ISO/IEC 27031 に合わせ、情報セキュリティインシデントも ITサービス継続への脅威とする（対応は ISO/IEC 27001 による）。",
  ],
  references: [REF.iso27031, REF.lessons],
  messages: {
    "": [
      "No scenario assumes an information-security incident.",
      "情報セキュリティインシデントを想定したシナリオがありません。",
    ],
  },
  check(ctx) {
    const sc = ctx.plan.scenarios;
    if (!nonEmpty(sc)) return;
    if (!sc.some((s) => s.kind === "cyber-incident")) ctx.report({ path: "/scenarios" });
  },
});
