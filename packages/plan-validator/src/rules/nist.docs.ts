import { EXERCISE_LEVELS, type ExerciseLevel } from "./nist.js";
import type { DocSpec } from "./shared/doc-spec.js";

function exerciseDocs({ level, kinds, control }: ExerciseLevel): DocSpec {
  return {
    description: [
      `A ${level[0]} exercise (${kinds.join(" or ")}) was done within the last 12 months.`,
      `${level[1]}の演習（${kinds.join("、")}）が過去12か月以内に実施されている。`,
    ],
    rationale: [
      `NIST SP 800-34 Rev. 1 (section 3.5, testing, training and exercises) scales exercises with impact: tabletop for low, functional for moderate, full-scale functional for high (SP 800-53 ${control}), at least yearly.`,
      `NIST SP 800-34 Rev. 1（3.5 テスト・訓練・演習）は影響度に応じて演習を定める: 低はテーブルトップ、中は機能演習、高は実機による総合演習（SP 800-53 ${control}）、少なくとも年1回。`,
    ],
  };
}

/**
 * Documentation of the `nist/*` rules, read only by `ruleDocs` (kept out of the rules so bundles of `validatePlan` do not carry it).
 *
 * @category Rules
 */
export function nistDocs(): Record<string, DocSpec> {
  return {
    "nist/contact-list": {
      description: [
        "Every role names its holder and at least one contact means (the ISCP template's personnel contact list).",
        "すべての役割に担当者と連絡手段が一つ以上記載されている（ISCP テンプレートの要員連絡先一覧）。",
      ],
      rationale: [
        "NIST SP 800-34 Rev. 1 (Appendix A templates) puts a personnel contact list in every ISCP, low impact and up: notification fails without it.",
        "NIST SP 800-34 Rev. 1（付録 A のテンプレート）は、低影響度以上のすべての ISCP に要員連絡先一覧を置く。これがなければ通知が機能しない。",
      ],
    },
    "nist/alternate-site": {
      description: [
        "The pre-incident plan defines at least one alternate site.",
        "事前対応計画に代替拠点が一つ以上定められている。",
      ],
      rationale: [
        "NIST SP 800-53 control CP-7 (alternate processing site), which SP 800-34 maps to the ISCP, applies from moderate impact up.",
        "NIST SP 800-34 が ISCP に対応づける SP 800-53 の管理策 CP-7（代替処理拠点）は、中影響度以上に適用される。",
      ],
    },
    "nist/tabletop-exercise": exerciseDocs(EXERCISE_LEVELS["nist/tabletop-exercise"]),
    "nist/functional-exercise": exerciseDocs(EXERCISE_LEVELS["nist/functional-exercise"]),
    "nist/full-scale-exercise": exerciseDocs(EXERCISE_LEVELS["nist/full-scale-exercise"]),
  };
}
