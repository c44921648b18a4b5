import { defineMessages } from "@mamori/core";

/**
 * The messages of `@mamori/cloud-matrix` (diagnostics and generated guidance), in English
 * and Japanese, keyed by diagnostic code.
 *
 * @example
 * ```ts
 * import { cloudMatrixMessages } from "@mamori/cloud-matrix";
 * import { formatMessage } from "@mamori/core";
 * formatMessage(cloudMatrixMessages, "ja", "cloud-matrix/unknown-layer", { layer: "gpu", control: "10.5", template: "classic-ten@1.0" });
 * ```
 *
 * @category Messages
 */
export const cloudMatrixMessages = defineMessages({
  en: {
    "cloud-matrix/unknown-catalog": "Catalog '{catalog}' is not known; known catalogs: {known}.",
    "cloud-matrix/unknown-control": "Control '{control}' is not in catalog '{catalog}'.",
    "cloud-matrix/unknown-control-suggest":
      "Control '{control}' is not in catalog '{catalog}'; did you mean '{suggestion}'?",
    "cloud-matrix/unknown-control-edition":
      "Control '{control}' is not in catalog '{catalog}', which holds CCM's 17 domains only; it is a control of '{edition}': name that catalog (the newest first).",
    "cloud-matrix/unknown-layer":
      "Layer '{layer}' of control '{control}' is not a layer of template '{template}'.",
    "cloud-matrix/unknown-template":
      "Layer template '{template}' is not known; available: {known}.",
    "cloud-matrix/template-missing-owner":
      "Template '{template}' gives no owner for layer '{layer}' under {model}.",
    "cloud-matrix/invalid-ownership":
      "'{value}' is not an ownership value; expected one of: {allowed}.",
    "cloud-matrix/duplicate-override":
      "Control '{control}' of '{catalog}' is overridden more than once; the first one is used.",
    "cloud-matrix/gap":
      "Gap: nobody carries out {catalog} {control} ({title}). The customer assumes {assumed}; the provider {attested}. Customer: {customerStatement} Provider: {providerStatement}",
    "cloud-matrix/conflict":
      "Conflict on {catalog} {control} ({title}): the customer assumes {assumed}, the provider declares {attested}. Customer: {customerStatement} Provider: {providerStatement}",
    "cloud-matrix/overlap":
      "Overlap on {catalog} {control} ({title}): the customer plans to do it ({assumed}) and the provider declares {attested}. Customer: {customerStatement} Provider: {providerStatement}",
    "cloud-matrix/planned":
      "Not attested yet: the customer relies on the provider for {catalog} {control} ({title}), which the provider has not finished implementing (OSCAL implementation status '{status}'; planned completion: {completion}). Customer: {customerStatement} Provider: {providerStatement}",
    "cloud-matrix/chain-inherits-planned":
      "The leveraging system inherits capability {uuid} of control {control}, which the leveraged system has not finished (implementation status: {status}).",
    "cloud-matrix/oscal-status-unknown":
      "Control {control} states the implementation status '{status}', which OSCAL does not define (implemented, partial, planned, alternative, not-applicable); it was read as declared.",
    "cloud-matrix/unverified":
      "Unverified: the provider claims {catalog} {control} ({title}) without valid evidence ({reason}). Customer: {customerStatement} Provider: {providerStatement}",
    "cloud-matrix/evidence-expired":
      "Evidence '{evidence}' ({type}) expired on {expires}; checked on {now}.",
    "cloud-matrix/evidence-not-yet-valid":
      "Evidence '{evidence}' is dated {issued}, after the check date {now}.",
    "cloud-matrix/evidence-unknown": "Evidence '{evidence}' is referenced but not declared.",
    "cloud-matrix/attestation-provider-mismatch":
      "The attestation is from '{actual}', but the matrix is for '{expected}'.",
    "cloud-matrix/attestation-format":
      "The attestation is not a ProviderAttestation document, an OSCAL system security plan or CAIQ-style CSV text (found {received}).",
    "cloud-matrix/not-compared":
      "Attested control {catalog} {control} is not in this matrix's catalogs, so it was not compared.",
    "cloud-matrix/invalid-now": "'{value}' is not a valid date for 'now'.",
    "cloud-matrix/oscal-missing-uuid": "This OSCAL {what} has no uuid.",
    "cloud-matrix/oscal-malformed":
      "Expected {expected} here in the OSCAL document, found {received}.",
    "cloud-matrix/oscal-x-field-omitted":
      "The x- field '{field}' held a value JSON cannot represent (such as NaN, Infinity or a cycle), so the OSCAL export left it out.",
    "cloud-matrix/oscal-dangling": "'{uuid}' does not match any {target} of the leveraged system.",
    "cloud-matrix/oscal-satisfied-not-responsibility":
      "Satisfied entry '{uuid}' points at '{target}', a provided capability, not a responsibility.",
    "cloud-matrix/crm-not-satisfied":
      "Control {control}: the customer responsibility '{uuid}' that {system} names is not satisfied: {description}",
    "cloud-matrix/crm-unverified":
      "Control {control}: the claim to satisfy '{uuid}' has no valid evidence ({why}), so it stays unverified.",
    "cloud-matrix/crm-unknown-responsibility":
      "The claim names responsibility '{uuid}', which no system of the chain leaves to the customer.",
    "cloud-matrix/crm-claim-unmatched":
      "Control {control}: the claim covers no responsibility, because the provider names none for this control.",
    "cloud-matrix/crm-unknown-evidence":
      "Evidence '{evidence}' is not in the customer's evidence list.",
    "cloud-matrix/crm-provided-planned":
      "Control {control}: capability '{uuid}' of {system} is {status}, so the customer cannot inherit it yet.",
    "cloud-matrix/crm-customer-format":
      "The customer document must be a ResponsibilityMatrix or an OSCAL system security plan; got {received}.",
    "cloud-matrix/crm-duplicate-evidence":
      "Evidence '{evidence}' is listed {count} times; give each piece of evidence its own id.",
    "cloud-matrix/crm-now-invalid":
      "'{now}' is not a date: no evidence can be judged current, so no claim counts as satisfied.",
    "cloud-matrix/crm-provider-mismatch":
      "The matrix is written for provider '{matrix}', not for '{provider}': its claims may not concern this provider.",
    "cloud-matrix/chain-unsatisfied":
      "Responsibility '{uuid}' for control {control} is left by the leveraged system and not satisfied by the leveraging one: it passes on to the end customer.",
    "cloud-matrix/csv-unterminated-quote":
      "A quoted CSV field that starts on line {line} is never closed.",
    "cloud-matrix/csv-missing-column": "The CSV header has no '{column}' column.",
    "cloud-matrix/csv-row-length":
      "CSV line {line} has {actual} fields; the header has {expected}.",
    "cloud-matrix/csv-bad-date": "'{value}' on CSV line {line} is not an ISO 8601 date.",
    "cloud-matrix/csv-service-model":
      "This CSV gives ownership per service model (IaaS, PaaS, SaaS); the service model '{serviceModel}' picks none of them. Give the matrix's serviceModel (iaas, paas or saas).",
    "cloud-matrix/csv-duplicate-row":
      "CSV line {line} repeats '{id}' of line {first}; line {first} is the one read.",
    "cloud-matrix/csv-unknown-question":
      "'{question}' is not a CAIQ question of catalog '{catalog}'.",
    "cloud-matrix/csv-ownership-differs":
      "CSV line {line} gives control {control} the owner '{value}', line {firstLine} gave '{first}'; line {firstLine} is the one read.",
    "cloud-matrix/ccm-renumbered":
      "CCM v4.0 control {control} ('{title}') is {to} in v4.1 ('{v41Title}'); the v4.1 matrix follows it there.",
    "cloud-matrix/ccm-no-counterpart":
      "CCM v4.0 control {control} ('{title}') has no v4.1 counterpart in CSA's data (v4.1 {control} is '{v41Title}'): map it yourself; an override of it is left out.",
    "cloud-matrix/ccm-new":
      "CCM v4.1 control {control} ('{title}') is new: no v4.0 control corresponds to it in CSA's data.",
    "cloud-matrix/mapping-moved":
      "Control {control} of {source} is {to} in {target} ({relationship}); the matrix follows it there.",
    "cloud-matrix/mapping-review":
      "Control {control} of {source} maps to {to} in {target} only as {relationship}: the ownership is carried over; review it.",
    "cloud-matrix/mapping-no-counterpart":
      "Control {control} of {source} has no counterpart in {target} in this mapping: map it yourself; an override of it is left out.",
    "cloud-matrix/mapping-collision":
      "Control {control} of {source} maps to {to} in {target}, which already has an ownership decision ({kept}); this one ({owner}) is left out: decide which holds.",
    "cloud-matrix/mapping-unreadable":
      "This part of the OSCAL mapping cannot be read ({what}); it is left out.",
    "cloud-matrix/mapping-new":
      "Control {control} of {target} is new: no control of {source} maps to it, so the matrix says nothing about it yet.",
    "cloud-matrix/csv-bad-evidence-type":
      "'{value}' on CSV line {line} is not an evidence type (third-party-audit, certification, self-attestation).",
    "cloud-matrix/csv-cannot-carry":
      "CAIQ CSV has no column for '{field}'; the CSV leaves it out, so reading it back loses it.",
    "cloud-matrix/csv-cannot-carry-empty":
      "'{field}' is empty; CSV writes it as an empty cell, which reads back as absent.",
    "cloud-matrix/csv-cannot-carry-evidence":
      "CAIQ CSV holds one piece of evidence per control; '{evidence}' is left out.",
    "cloud-matrix/csv-cannot-carry-unused":
      "Evidence '{evidence}' is not the first evidence of any control, so the CSV has no row to declare it on and leaves it out.",
    "cloud-matrix/csv-cannot-carry-order":
      "The evidence is not listed in the order controls first name it; read back from CSV, it is.",
    "guidance/customer": "Carry out '{title}' for the layers you own: {layers}.",
    "guidance/customer-none":
      "Agree in the contract how '{title}' is handled and check the provider's reports.",
    "guidance/provider":
      "The provider is expected to carry out '{title}' for {layers} and to disclose third-party audit reports on it.",
    "guidance/governance":
      "'{title}' is a governance duty: it stays with the customer whatever the service model.",
  },
  ja: {
    "cloud-matrix/unknown-catalog": "カタログ '{catalog}' は不明です。既知のカタログ: {known}。",
    "cloud-matrix/unknown-control": "管理策 '{control}' はカタログ '{catalog}' にありません。",
    "cloud-matrix/unknown-control-suggest":
      "管理策 '{control}' はカタログ '{catalog}' にありません。'{suggestion}' の誤りではありませんか。",
    "cloud-matrix/unknown-control-edition":
      "管理策 '{control}' は CCM の 17 ドメインだけを持つカタログ '{catalog}' にはありません。'{edition}' の管理策です（新しい版が先）。そのカタログを指定してください。",
    "cloud-matrix/unknown-layer":
      "管理策 '{control}' のレイヤー '{layer}' はテンプレート '{template}' にありません。",
    "cloud-matrix/unknown-template":
      "レイヤーテンプレート '{template}' は不明です。利用可能: {known}。",
    "cloud-matrix/template-missing-owner":
      "テンプレート '{template}' には {model} におけるレイヤー '{layer}' の担い手がありません。",
    "cloud-matrix/invalid-ownership":
      "'{value}' は責任分担の値ではありません。次のいずれか: {allowed}。",
    "cloud-matrix/duplicate-override":
      "カタログ '{catalog}' の管理策 '{control}' が複数回上書きされています。最初のものを使います。",
    "cloud-matrix/gap":
      "ギャップ: {catalog} {control}（{title}）を誰も実施しません。利用者の想定は「{assumed}」、事業者の表明は「{attested}」です。利用者: {customerStatement} 事業者: {providerStatement}",
    "cloud-matrix/conflict":
      "矛盾: {catalog} {control}（{title}）について、利用者は「{assumed}」と想定し、事業者は「{attested}」と表明しています。利用者: {customerStatement} 事業者: {providerStatement}",
    "cloud-matrix/overlap":
      "重複: {catalog} {control}（{title}）を利用者が自ら実施する予定（{assumed}）で、事業者も「{attested}」と表明しています。利用者: {customerStatement} 事業者: {providerStatement}",
    "cloud-matrix/planned":
      "未証明: 利用者は {catalog} {control}（{title}）を事業者に頼っていますが、事業者はその実施を完了していません（OSCAL の実施状況 '{status}'、完了予定: {completion}）。利用者: {customerStatement} 事業者: {providerStatement}",
    "cloud-matrix/chain-inherits-planned":
      "利用側のシステムは管理策 {control} の機能 {uuid} を継承していますが、提供側のシステムではまだ完了していません（実施状況: {status}）。",
    "cloud-matrix/oscal-status-unknown":
      "管理策 {control} の実施状況 '{status}' は OSCAL の定める値（implemented、partial、planned、alternative、not-applicable）ではありません。表明どおりに読みました。",
    "cloud-matrix/unverified":
      "未検証: 事業者は {catalog} {control}（{title}）の実施を表明していますが、有効な証跡がありません（{reason}）。利用者: {customerStatement} 事業者: {providerStatement}",
    "cloud-matrix/evidence-expired":
      "証跡 '{evidence}'（{type}）は {expires} に期限切れです（確認日 {now}）。",
    "cloud-matrix/evidence-not-yet-valid":
      "証跡 '{evidence}' の日付 {issued} は確認日 {now} より後です。",
    "cloud-matrix/evidence-unknown": "証跡 '{evidence}' が参照されていますが、宣言されていません。",
    "cloud-matrix/attestation-provider-mismatch":
      "表明は '{actual}' のものですが、マトリックスは '{expected}' のものです。",
    "cloud-matrix/attestation-format":
      "表明が ProviderAttestation 文書、OSCAL のシステムセキュリティ計画、CAIQ 形式の CSV テキストのいずれでもありません（{received}）。",
    "cloud-matrix/not-compared":
      "表明された管理策 {catalog} {control} はこのマトリックスのカタログに含まれないため、比較していません。",
    "cloud-matrix/invalid-now": "'{value}' は 'now' として有効な日付ではありません。",
    "cloud-matrix/oscal-missing-uuid": "この OSCAL の {what} に uuid がありません。",
    "cloud-matrix/oscal-malformed":
      "OSCAL 文書のこの位置には{expected}が必要ですが、{received}がありました。",
    "cloud-matrix/oscal-x-field-omitted":
      "x- フィールド '{field}' の値は JSON で表せない（NaN、Infinity、循環参照など）ため、OSCAL への出力から除かれています。",
    "cloud-matrix/oscal-dangling": "'{uuid}' は利用元システムのどの {target} とも一致しません。",
    "cloud-matrix/oscal-satisfied-not-responsibility":
      "satisfied '{uuid}' が指す '{target}' は責任（responsibility）ではなく提供機能（provided）です。",
    "cloud-matrix/crm-not-satisfied":
      "管理策 {control}: {system} が示す利用者の責任 '{uuid}' が満たされていません。{description}",
    "cloud-matrix/crm-unverified":
      "管理策 {control}: 責任 '{uuid}' を満たすとの主張に有効な証跡がありません（{why}）。未検証のままです。",
    "cloud-matrix/crm-unknown-responsibility":
      "主張が示す責任 '{uuid}' は、連鎖のどのシステムも利用者に委ねていません。",
    "cloud-matrix/crm-claim-unmatched":
      "管理策 {control}: 事業者がこの管理策に利用者の責任を示していないため、主張が充足する責任はありません。",
    "cloud-matrix/crm-unknown-evidence": "証跡 '{evidence}' は利用者の証跡一覧にありません。",
    "cloud-matrix/crm-provided-planned":
      "管理策 {control}: {system} の機能 '{uuid}' は {status} のため、利用者はまだ継承できません。",
    "cloud-matrix/crm-customer-format":
      "利用者の文書は ResponsibilityMatrix か OSCAL のシステムセキュリティ計画でなければなりません。受け取った値: {received}。",
    "cloud-matrix/crm-duplicate-evidence":
      "証跡 '{evidence}' が{count}回記載されています。証跡ごとに別の ID を付けてください。",
    "cloud-matrix/crm-now-invalid":
      "'{now}' は日付ではありません。証跡が有効か判断できないため、どの主張も充足とはみなしません。",
    "cloud-matrix/crm-provider-mismatch":
      "マトリクスは事業者 '{matrix}' 向けで、'{provider}' 向けではありません。主張がこの事業者に関するものとは限りません。",
    "cloud-matrix/chain-unsatisfied":
      "管理策 {control} の責任 '{uuid}' は利用元システムから委ねられたまま、利用側システムで満たされていません。最終利用者に引き継がれます。",
    "cloud-matrix/csv-unterminated-quote":
      "{line}行目から始まる引用符付きの CSV フィールドが閉じられていません。",
    "cloud-matrix/csv-missing-column": "CSV のヘッダーに '{column}' 列がありません。",
    "cloud-matrix/csv-row-length":
      "CSV の{line}行目のフィールド数は{actual}で、ヘッダーの{expected}と一致しません。",
    "cloud-matrix/csv-bad-date": "CSV の{line}行目の '{value}' は ISO 8601 の日付ではありません。",
    "cloud-matrix/csv-service-model":
      "この CSV はサービスモデル（IaaS、PaaS、SaaS）ごとに責任主体を示しますが、サービスモデル '{serviceModel}' ではどの列も選べません。マトリックスの serviceModel（iaas、paas、saas）を指定してください。",
    "cloud-matrix/csv-duplicate-row":
      "CSV の{line}行目は{first}行目の '{id}' の繰り返しです。{first}行目を読み込みます。",
    "cloud-matrix/csv-unknown-question":
      "'{question}' はカタログ '{catalog}' の CAIQ の質問ではありません。",
    "cloud-matrix/csv-ownership-differs":
      "CSV の{line}行目は管理策 {control} の責任主体を '{value}' としていますが、{firstLine}行目は '{first}' でした。{firstLine}行目を読み込みます。",
    "cloud-matrix/ccm-renumbered":
      "CCM v4.0 の管理策 {control}（'{title}'）は v4.1 では {to}（'{v41Title}'）です。v4.1 のマトリックスはそちらに移します。",
    "cloud-matrix/ccm-no-counterpart":
      "CCM v4.0 の管理策 {control}（'{title}'）に対応する v4.1 の管理策は CSA のデータにありません（v4.1 の {control} は '{v41Title}'）。対応付けは利用者が行ってください。この管理策の上書き指定は除かれます。",
    "cloud-matrix/ccm-new":
      "CCM v4.1 の管理策 {control}（'{title}'）は新設です。CSA のデータで対応する v4.0 の管理策はありません。",
    "cloud-matrix/mapping-moved":
      "{source} の管理策 {control} は {target} では {to} です（{relationship}）。マトリックスはそちらに移します。",
    "cloud-matrix/mapping-review":
      "{source} の管理策 {control} と {target} の {to} の対応は {relationship} にとどまります。責任分担はそのまま移しますが、見直してください。",
    "cloud-matrix/mapping-no-counterpart":
      "{source} の管理策 {control} に対応する {target} の管理策はこの対応表にありません。対応付けは利用者が行ってください。この管理策の上書き指定は除かれます。",
    "cloud-matrix/mapping-collision":
      "{source} の管理策 {control} は {target} の {to} に対応しますが、{to} にはすでに責任分担の決定（{kept}）があります。この決定（{owner}）は除きます。どちらが正しいか決めてください。",
    "cloud-matrix/mapping-unreadable":
      "OSCAL の対応表のこの部分は読めません（{what}）。取り込みから除きます。",
    "cloud-matrix/mapping-new":
      "{target} の管理策 {control} は新設です。対応する {source} の管理策がないため、マトリックスはまだこの管理策に触れていません。",
    "cloud-matrix/csv-bad-evidence-type":
      "CSV の{line}行目の '{value}' は証跡の種類（third-party-audit、certification、self-attestation）ではありません。",
    "cloud-matrix/csv-cannot-carry":
      "CAIQ CSV には '{field}' の列がないため、CSV には含まれず、読み戻すと失われます。",
    "cloud-matrix/csv-cannot-carry-empty":
      "'{field}' が空です。CSV では空のセルになり、読み戻すと項目がないものとして扱われます。",
    "cloud-matrix/csv-cannot-carry-evidence":
      "CAIQ CSV は管理策ごとに証跡を 1 件しか持てないため、'{evidence}' は含まれません。",
    "cloud-matrix/csv-cannot-carry-unused":
      "証跡 '{evidence}' はどの管理策の最初の証跡でもないため、CSV に宣言する行がなく、含まれません。",
    "cloud-matrix/csv-cannot-carry-order":
      "証跡が管理策で最初に参照される順に並んでいません。CSV から読み戻すとその順になります。",
    "guidance/customer": "自らが担うレイヤー（{layers}）について『{title}』を実施する。",
    "guidance/customer-none": "『{title}』の扱いを契約で取り決め、事業者の報告書を確認する。",
    "guidance/provider":
      "事業者が {layers} について『{title}』を実施し、第三者監査の報告書を開示することが望まれる。",
    "guidance/governance":
      "『{title}』はガバナンスの責務であり、サービスモデルにかかわらず利用者に残る。",
  },
});

/** Guideline and standard references cited by the diagnostics. @internal */
export const REFS = {
  shared:
    "ISO/IEC 27017:2015 CLD.6.3.1; cloud security management guideline (METI 2011): make the controls carried out by user and provider clear",
  evidence:
    "Cloud security management guideline (METI 2011): providers are audited by a third party and disclose the report to users",
  oscal:
    "NIST OSCAL 1.1 SSP model: by-component export/provided/responsibilities, inherited, satisfied",
  catalog: "ISO/IEC 27002:2005 clauses 5-15; ISO/IEC 27017:2015; CSA CCM v4",
  ccm: "CSA Cloud Controls Matrix v4.0.13 and v4.1.0 (control ids and titles as CSA publishes them)",
  mapping: "NIST IR 8477 (set-theory relationship mapping); OSCAL 1.2 control mapping model",
} as const;
