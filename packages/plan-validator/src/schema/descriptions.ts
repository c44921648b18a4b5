import type { PropertyDescriptions } from "@mamori/core";
import { CORE_PROPERTY_DESCRIPTIONS } from "@mamori/core/internal";

// What each property of an IT service continuity plan means, for its JSON Schema's
// descriptions (an editor's hover), on top of core's shared ones. English first, the Japanese
// term in parentheses, in the words of the METI IT service continuity guideline (ITサービス継続
// ガイドライン), whose plan parts these are: pre-incident (事前対策), emergency response
// (緊急時対応), training and exercises (教育・訓練) and maintenance (維持・改善).

/** Descriptions of a continuity plan's properties (core's shared ones included), for its JSON Schema. */
// A call marked pure (not a spread), so a bundle that never reads the document kinds drops it.
export const PLAN_PROPERTY_DESCRIPTIONS: PropertyDescriptions = /* @__PURE__ */ Object.assign(
  {},
  CORE_PROPERTY_DESCRIPTIONS,
  {
    // Metadata
    metadata: "About the plan (計画の概要): organisation, scope, purpose, owner, approval, review.",
    "metadata.organisation": "The organisation (組織) the plan is for: its id.",
    "metadata.scope":
      "Scope of the plan (対象範囲): an individual company (個社), a consolidated group (連結グループ) or the value chain (バリューチェーン).",
    "metadata.members": "Group companies (グループ会社) the plan covers.",
    criticalPartners:
      "Critical suppliers and customers (重要取引先) of the value chain the plan covers.",
    bcp: "The business continuity plan (事業継続計画, BCP) this IT plan serves.",
    purpose: "Purpose (目的).",
    protect: "What the BCP must protect (守るべきもの): people, customers, business, reputation…",
    document: "Where the document is (文書の所在): a file name or a link.",
    "metadata.owner": "Who owns the plan (計画の責任者).",
    approval: "Management approval (経営層の承認) of the plan.",
    approver: "Who approved it (承認者): a role id or a name.",
    date: "Date (日付), an ISO 8601 date.",
    "approval.date": "When it was approved (承認日), an ISO 8601 date.",
    "metadata.version": "The plan's version (版).",
    lastReview: "When the plan was last reviewed (最終見直し日), an ISO 8601 date.",
    "metadata.bia": "The business impact analysis (事業影響度分析, BIA) the plan is based on.",
    "bia.date": "When the BIA was done (BIA実施日), an ISO 8601 date.",
    // Roles and governance
    "root.roles":
      "Roles (役割) in continuity: who holds them, their successors, how to reach them.",
    "roles.title": "The role's title (役職・役割名).",
    management: "Whether the role belongs to management (経営層).",
    successors:
      "Who takes over when the holder is unavailable (代行者・継承順位): role ids, in order.",
    contact:
      "How to reach the holder (連絡手段): means of communication, e.g. mobile, satellite-phone.",
    governance:
      "Governance of continuity (ITサービス継続のガバナンス, ISO/IEC 27014): which roles direct, evaluate, monitor, report, oversee and implement.",
    direct: "Roles that direct (指示) continuity.",
    evaluate: "Roles that evaluate (評価) it.",
    monitor: "Roles that monitor (モニタ) it.",
    report: "Roles that report (報告) on it.",
    oversee: "Roles that oversee (監督) it: the independent auditor.",
    implement: "Roles that implement (実施) it.",
    // Pre-incident
    preIncident:
      "Pre-incident measures (事前対策): requirements, measures, sites, schedule and investment.",
    requirements:
      "Continuity requirements per IT service (ITサービスの継続要件): objectives, power, hosting, dependencies.",
    service: "The IT service (ITサービス): its id.",
    "requirements.name": "The service's name (サービス名).",
    "requirements.class": "Service class (サービス区分): core (中核) or non-core (非中核).",
    priority: "Recovery priority (復旧優先順位): 1 is the first.",
    timeCritical: "Whether the service is time-critical (時間的に重要).",
    "hosting.type": "Hosting type (ホスティング形態): on-premises, external-data-centre or cloud.",
    measures: "Measures (対策): backups, redundancy, alternate sites, power, communications.",
    "measures.kind":
      "Kind of measure (対策の種類): backup, redundancy, alternate-site, power, communications or other.",
    "measures.services": "The IT services (ITサービス) the measure protects.",
    "measures.site": "The site (拠点) the measure relies on, e.g. the alternate site.",
    backup: "Backup arrangements (バックアップ): interval, where copies are kept, off site or not.",
    interval:
      "Time between backups (バックアップ間隔), an ISO 8601 duration; compared with the RPO.",
    "backup.location": "Where backups are kept (保管場所).",
    offsite: "Whether backups are kept off site (遠隔地保管), away from the primary site.",
    primarySites: "Primary sites (主要拠点) where the services normally run.",
    alternateSites: "Alternate sites (代替拠点) that take over when a primary site is lost.",
    coordinates: "Geographic coordinates (座標) of the site, for distance checks.",
    lat: "Latitude (緯度), in degrees.",
    lon: "Longitude (経度), in degrees.",
    grid: "Power grid or utility area (電力系統・供給エリア), compared with the other sites'.",
    hazardAreas:
      "Hazard zones (ハザード区域) the site lies in: fault lines, flood plains, tsunami zones.",
    distanceKm: "Distance from the primary site (主要拠点からの距離), in kilometres.",
    backsUp:
      "The primary sites this site takes over from (代替対象の拠点); default: every primary site.",
    "alternateSites.security":
      "Physical and information security of the site (拠点のセキュリティ).",
    selectionCriteria:
      "Why the site was chosen (選定基準): power, security, distance, earthquake resistance, cost.",
    schedule: "Implementation schedule (実施計画) of the measures: milestones and dates.",
    milestone: "Milestone (マイルストーン).",
    due: "Due date (期限), an ISO 8601 date.",
    done: "When it was done (完了日), an ISO 8601 date; a future date is not done.",
    measure: "The measure (対策) id it concerns.",
    investment: "Investment plan (投資計画) for the measures.",
    item: "What is inspected or bought (項目).",
    cost: "Cost (費用).",
    // Emergency response
    emergency:
      "Emergency response (緊急時対応): organisation, process, procedures, communications, safety confirmation.",
    "emergency.organisation": "The emergency response organisation (緊急時対応体制).",
    activationAuthority: "Who may activate the plan (発動権限者): a role id.",
    teams: "Emergency teams (緊急対応チーム).",
    lead: "Team lead (チームリーダー): a role id.",
    "teams.members": "Team members (メンバー): role ids.",
    duties: "What the team does (任務).",
    process: "The emergency response process (緊急時対応の流れ): phases, activation, escalation.",
    phases: "Phases of the response (対応フェーズ).",
    phase:
      "The phase (フェーズ): detection, activation, assessment, notification, recovery, failback or deactivation.",
    activation: "Plan activation (計画の発動): criteria and how people are notified.",
    criteria: "Activation criteria (発動基準).",
    "criteria.kind":
      "Kind of criterion (発動基準の種類): outage-exceeds-rto, site-unusable, staff-unavailable, security-incident or other.",
    notifyVia: "Means of communication used to notify (通知手段): communications ids.",
    escalation: "Escalation rules (エスカレーション).",
    trigger: "What triggers the escalation (契機).",
    to: "Whom it escalates to (エスカレーション先): a role id.",
    after: "After how long (経過時間), an ISO 8601 duration.",
    procedures: "Recovery procedures per service (復旧手順).",
    steps: "Steps of the procedure (手順), in order.",
    action: "What to do (作業内容).",
    "steps.duration": "How long the step takes (所要時間), an ISO 8601 duration.",
    failback: "How to return to normal operation (切戻し手順).",
    recoveryOrder:
      "The order in which services are recovered (復旧順序): service ids, dependencies first.",
    communications:
      "Means of communication (連絡手段) in an emergency, and the failure domains each depends on.",
    "communications.kind":
      "Kind of means (手段の種類): landline, mobile, satellite-phone, email, messaging, radio, leased-line, in-person or other.",
    network: "The network or carrier it runs on (通信網).",
    failureDomains:
      "What must fail for this means to fail (障害ドメイン): public-fixed, public-mobile, internet, site-power, satellite, private-radio, priority-line, or your own; default by kind (landline: public-fixed, mobile: public-mobile, email: internet…).",
    safetyConfirmation: "Safety confirmation of staff (安否確認).",
    method: "How safety is confirmed (安否確認の方法).",
    "safetyConfirmation.service": "The safety confirmation service used (安否確認サービス).",
    lastTested: "When it was last tested (最終テスト日), an ISO 8601 date.",
    planCopies: "Where copies of the plan are kept (計画書の保管場所), reachable in a disaster.",
    "planCopies.location": "Where the copy is (保管場所).",
    "planCopies.site": "The site (拠点) where the copy is kept.",
    medium:
      "Medium of the copy (媒体): paper, offline-media, external-service, intranet, file-server or other.",
    securityLevel:
      "Information security level to keep during the emergency (緊急時の情報セキュリティ水準).",
    rationale: "Why this level (理由).",
    externalServices: "External services (外部サービス) the plan relies on, and their evidence.",
    "externalServices.provider": "The provider (提供事業者).",
    "externalServices.services": "The IT services (ITサービス) it supports.",
    "externalServices.evidence":
      "Evidence of the provider's continuity (証跡): audit report, certification, SLA.",
    "evidence.kind":
      "Kind of evidence (証跡の種類): audit-report, iso27001, iso27017, soc2, sla, contract or other.",
    issued: "When the evidence was issued (発行日), an ISO 8601 date.",
    expires: "When the evidence expires (有効期限), an ISO 8601 date.",
    reference: "Where the evidence is (参照先): a document name or a link.",
    // Training and exercises
    training: "Training and exercises (教育・訓練): audiences, activities and their results.",
    audiences: "Audiences (対象者).",
    "audiences.group":
      "Who they are (対象者区分): executives, it-staff, business-staff, all-staff or partners.",
    goal: "What they must be able to do (到達目標).",
    activities: "Training and exercise activities (教育・訓練の実施計画).",
    "activities.kind":
      "Kind of activity (訓練の種類): education, failover-test, backup-restore-test, tabletop-exercise, functional-exercise…",
    "activities.audiences": "The audiences (対象者) it trains.",
    "activities.services": "The IT services (ITサービス) it exercises.",
    "activities.measures":
      "The measures (対策) it exercises, e.g. a failover to the alternate site.",
    cadence: "How often (頻度), an ISO 8601 duration such as P1Y.",
    lastDone: "When it was last done (最終実施日), an ISO 8601 date.",
    nextPlanned: "When it is next planned (次回予定日), an ISO 8601 date.",
    findings: "Findings (指摘事項) and what follows from them.",
    "findings.owner": "Who must resolve the finding (対応責任者).",
    "findings.status": "Status of the finding (状況): open or closed.",
    reportedTo: "Whom the finding was reported to (報告先), e.g. management.",
    results: "Exercise results (訓練結果): what was measured, as evidence that objectives are met.",
    activity: "The planned activity (訓練計画) this result is from: its id.",
    "results.kind":
      "Kind of exercise (訓練の種類): tabletop, functional, full-scale, switch-over, restore, failback, safety-confirmation…",
    scenario: "The assumed scenario (想定シナリオ) exercised: its id.",
    "results.scope": "What the exercise covered (訓練の範囲): sites and audiences.",
    outcome: "Pass or fail (合否).",
    "results.services":
      "Per-service results (サービスごとの結果): measured recovery time, data loss, level reached.",
    "services.recoveryTime":
      "Measured recovery time (実測の復旧時間), from the simulated incident to the service being back, an ISO 8601 duration.",
    dataLoss:
      "Data actually lost (実際のデータ損失): the time between the last restored point and the incident, an ISO 8601 duration.",
    levelReached:
      "Level of service reached (到達した復旧レベル): a percentage of normal service, or a named level.",
    issues: "Issues found (課題) and their corrective actions.",
    "issues.service": "The IT service (ITサービス) the issue concerns.",
    correctiveAction: "Corrective action (是正処置).",
    "correctiveAction.owner": "Who carries out the action (担当者).",
    "correctiveAction.status": "Status (状況): open, in-progress or done.",
    // Maintenance
    maintenance: "Maintenance and improvement (維持・改善): organisation, inspections, review log.",
    "maintenance.organisation": "Who maintains the plan (維持管理体制).",
    "organisation.members": "Members of the maintenance organisation (メンバー): role ids.",
    inspections: "Regular inspections (定期点検).",
    timing: "When it is done (実施時期), e.g. P1Y or a month.",
    reviewLog: "Record of reviews (見直し記録).",
    by: "Who reviewed (見直し実施者).",
    summary: "What changed (概要).",
    // Assumed scenarios
    scenarios: "Assumed scenarios (想定シナリオ) the plan prepares for.",
    "scenarios.kind":
      "Kind of scenario (シナリオの種類): wide-area-earthquake, local-disaster, power-outage, planned-power-outage, communications-outage, pandemic, cyber-incident, flood or other.",
    area: "Area affected (影響範囲): site, local, regional or wide-area.",
    "scenarios.duration": "How long the scenario lasts (継続期間), an ISO 8601 duration.",
    "scenarios.impacts":
      "What the scenario takes away (影響): power, communications, staff, sites.",
    "impacts.power": "Whether power is lost (停電).",
    powerOutage:
      "How long power is lost (停電時間), when shorter than the scenario; an ISO 8601 duration.",
    "impacts.communications": "Whether public communications are lost (通信途絶).",
    staffAvailable: "Share of staff available (出社可能な人員の割合), in percent.",
    "impacts.sites": "Sites (拠点) the scenario makes unusable.",
    regions: "Regions (地域) the scenario strikes, compared with sites' and cloud regions.",
    "impacts.nodes": "Services or resources (対象) the scenario takes down.",
    // Exceptions
    exceptions:
      "Accepted exceptions (例外・リスク受容) to rules, with who accepted them and until when.",
    rule: "The rule (ルール) id the exception is for.",
    "exceptions.kind":
      "Kind of exception (例外の種類): risk-acceptance (リスク受容) or not-applicable (適用外).",
    path: "Where in the plan it applies (対象箇所): a JSON pointer.",
    target: "What it applies to (対象): a service or other id.",
    "exceptions.reason": "Why it is accepted (理由).",
    acceptedBy: "Who accepted it (承認者): a role id of management.",
    accepted: "When it was accepted (承認日), an ISO 8601 date.",
    until: "Until when it holds (有効期限), an ISO 8601 date; expired exceptions no longer apply.",
  },
);
