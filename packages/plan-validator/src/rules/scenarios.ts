import { parseDuration } from "@mamori/core";
import { nonEmpty, REF, rule } from "./shared/build.js";

/** 72 hours: the span the 2011 wide-area outages and planned outages exceeded. */
const LONG_MINUTES = 72 * 60;

/**
 * `scenarios/wide-area-long-duration`: the scenarios include a wide-area, long event.
 *
 * @category Rules
 */
export const wideAreaLongDuration = rule({
  id: "scenarios/wide-area-long-duration",
  category: "scenarios",
  severity: "error",
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
    // A disaster or outage: what the 2011 plans under-assumed. A pandemic or a cyber incident
    // leaves power, lines and buildings standing unless the plan says otherwise.
    const disaster = (s: (typeof sc)[number]) =>
      (s.kind !== "pandemic" && s.kind !== "cyber-incident") ||
      s.impacts?.power === true ||
      s.impacts?.communications === true ||
      (s.impacts?.sites?.length ?? 0) > 0;
    const ok = sc.some(
      (s) =>
        s.area === "wide-area" &&
        disaster(s) &&
        (parseDuration(s.duration ?? "", { calendarUnits: "approximate" }).minutes ?? 0) >=
          LONG_MINUTES,
    );
    if (!ok) ctx.report({ path: "/scenarios" });
  },
});

/**
 * `scenarios/communications-outage`: a communications outage is assumed.
 *
 * @category Rules
 */
export const communicationsOutage = rule({
  id: "scenarios/communications-outage",
  category: "scenarios",
  severity: "warning",
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

/**
 * `scenarios/cyber-incident`: information-security incidents count as threats.
 *
 * @category Rules
 */
export const cyberIncident = rule({
  id: "scenarios/cyber-incident",
  category: "scenarios",
  severity: "info",
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
