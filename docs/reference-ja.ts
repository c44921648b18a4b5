// The Japanese of the document reference (issue 31): every description that appears on a
// reference page — the schemas' property descriptions and each kind's one-line description —
// keyed by its exact English text (one text is reused on several fields, e.g. RPO). It lives in
// the docs, not in the packages: their bundles do not grow, and the JSON Schemas' descriptions
// stay English. `reference.test.ts` uses it for docs/ja/reference/ and fails on a description
// with no translation, on a key no schema uses, and on a translation that drops a backticked
// token of its English. Terms are the glossary's (docs/ja/glossary.md).

/** Japanese for each English description on the reference pages, keyed by the exact English. */
export const REFERENCE_JA: Record<string, string> = {
  // The kinds' one-line descriptions
  "An organisation profile: governance scope (individual company, consolidated group, value chain), units, sites, governance roles, group companies and partners.":
    "組織のプロファイル。ガバナンスの範囲（個別企業、連結ベースの企業グループ、バリューチェーン）、組織単位、拠点、ガバナンス上の役割、グループ会社、取引先を記述します。",
  "A business impact analysis: impact over time per process, work recovery times, losses, IT services and resources with their dependencies, recovery capabilities and power arrangements, and scenarios.":
    "事業影響度分析（BIA）。業務ごとの時間経過に伴う影響、業務回復時間（WRT）、損失額、ITサービスと経営資源およびその依存関係、復旧能力、電源の手当て、シナリオを記述します。",
  "A customer's shared-responsibility matrix for one cloud provider: catalogs, service model, layer template and overrides.":
    "1つのクラウド事業者について利用者が作る責任分担表。管理策カタログ、サービスモデル、レイヤーテンプレート、個別に決めた責任分担を記述します。",
  "A catalog of security controls, each tagged with the layers it concerns.":
    "セキュリティ管理策のカタログ。管理策ごとに、関係するレイヤーを示します。",
  "A versioned layer table: who owns each layer under SaaS, PaaS, IaaS and on-premises.":
    "版を付けて管理するレイヤー表。SaaS、PaaS、IaaS、オンプレミスのそれぞれで、各レイヤーの責任を誰が負うかを定めます。",
  "What a cloud provider declares per control, with the evidence (audit, certification, self-attestation) backing it.":
    "クラウド事業者が管理策ごとに表明する内容と、それを裏付ける証跡（監査、認証、自己宣言）。",
  "An organisation's Statement of Applicability: controls selected, implemented and audited.":
    "組織の適用宣言書。選択した管理策、実施済みの管理策、監査した管理策を記述します。",
  "An IT service continuity plan: metadata and approval, pre-incident, emergency response, education and training, and maintenance plans, assumed scenarios and governance.":
    "ITサービス継続計画。計画の概要と承認、事前対応計画、緊急時対応計画、教育訓練計画、維持改善計画、想定シナリオ、ガバナンスを記述します。",

  // Every document, and the Organisation profile
  "The JSON Schema this file follows (スキーマ), for editors such as VS Code and yaml-language-server; mamori ignores it.":
    "このファイルが従う JSON Schema（スキーマ）。VS Code や yaml-language-server などのエディタが使います。mamori は無視します。",
  "The document's kind (文書の種類), e.g. ContinuityPlan; it selects the schema.":
    "文書の種類（例: `ContinuityPlan`）。これでスキーマが決まります。",
  "The version of mamori's document format (スキーマのバージョン), 1.x; a newer major version is refused.":
    "mamori の文書形式のバージョン（スキーマのバージョン）。1.x です。これより新しいメジャーバージョンは受け付けません。",
  "Title (表題).": "表題。",
  "Free-text description (説明).": "自由記述の説明。",
  "The document's own identifier (文書ID), unique among your documents.":
    "文書自身の識別子（文書ID）。手元の文書のあいだで一意にします。",
  "Name in English or your working language (名称).": "英語または業務で使う言語での名称。",
  "Name in Japanese (名称（日本語）).": "日本語の名称。",
  "Governance scope (ガバナンスの範囲): an individual company (個社), a consolidated group (連結グループ) or the value chain (バリューチェーン).":
    "ガバナンスの範囲: 個別企業（`individual`）、連結ベースの企業グループ（`consolidated-group`）、バリューチェーン（`value-chain`）のいずれか。",
  "Critical-infrastructure sector (重要インフラ分野), when the organisation belongs to one.":
    "組織が重要インフラに属する場合の、その分野（重要インフラ分野）。",
  "Industry (業種).": "業種。",
  "Number of employees (従業員数).": "従業員数。",
  "Organisational units (組織単位): departments, divisions, business units.":
    "組織単位: 部、本部、事業部など。",
  "Identifier (識別子, ID): letters, digits and punctuation without spaces, ':', '/' or '#'; unique in its list, and what references point at.":
    "識別子（ID）。英字、数字、記号で書き、空白、`:`、`/`、`#` は使えません。同じ一覧の中で一意にします。ほかの項目からの参照はこの ID を指します。",
  "Kind of unit (組織の種類): executive, IT, business, audit or other.":
    "組織単位の種類: 経営層（`executive`）、IT 部門（`it`）、業務部門（`business`）、監査部門（`audit`）、その他（`other`）。",
  "Company (会社) id this belongs to.": "所属する会社の ID。",
  "Sites (拠点): offices, factories, data centres.": "拠点: 事務所、工場、データセンターなど。",
  "Kind of site (拠点の種類): office, plant, data centre, backup site, warehouse or other.":
    "拠点の種類: 事務所（`office`）、工場（`plant`）、データセンター（`data-centre`）、バックアップサイト（`backup-site`）、倉庫（`warehouse`）、その他（`other`）。",
  "Location (所在地), as an address or a place name.": "所在地。住所または地名で書きます。",
  "Region (リージョン・地域) where it is located, e.g. a cloud region or a prefecture.":
    "所在するリージョン・地域。クラウドのリージョンや都道府県など。",
  "Whether the building is earthquake-resistant (耐震) to the current code.":
    "建物が現行の基準で耐震かどうか。",
  "How the site is supplied with power (電力供給): grid, backup generator, dual feed.":
    "拠点への電力供給の方法: 商用電源、非常用発電機、2回線受電など。",
  "Roles (役割) and who holds them.": "役割と、それを担う人。",
  "Governance role (ガバナンス上の役割): ciso, executive, auditor, management, it-department, business-department, external-partner or other.":
    "ガバナンス上の役割: `ciso`（最高情報セキュリティ責任者）、`executive`（経営陣）、`auditor`（監査人）、`management`（管理者）、`it-department`（IT 部門）、`business-department`（業務部門）、`external-partner`（外部パートナー）、`other`（その他）。",
  "Who holds the role (担当者): a person's name; one person holding two roles counts once.":
    "役割の担当者。人の名前を書きます。1人が2つの役割を兼ねる場合は1人と数えます。",
  "Organisational unit (組織単位) id.": "組織単位の ID。",
  "Governance processes (ガバナンスプロセス) this role takes part in: direct, evaluate, monitor, report, oversee.":
    "この役割が関わるガバナンスプロセス: 方向づけ（`direct`）、評価（`evaluate`）、モニタリング（`monitor`）、報告（`report`）、監督（`oversee`）。",
  "Group companies (グループ会社).": "グループ会社。",
  "Relation to the parent company (関係): subsidiary, affiliate or the parent itself.":
    "親会社との関係: 子会社（`subsidiary`）、関連会社（`affiliate`）、親会社自身（`parent`）。",
  "Country (国), an ISO 3166 code or name.": "国。ISO 3166のコードまたは国名。",
  "Business partners (取引先): suppliers and customers of the value chain.":
    "取引先: バリューチェーンを構成する仕入先と顧客。",
  "Kind of partner (取引先の種類): supplier, customer, partner, cloud provider or data centre.":
    "取引先の種類: 仕入先（`supplier`）、顧客（`customer`）、パートナー（`partner`）、クラウド事業者（`cloud-provider`）、データセンター（`data-centre`）。",
  "Whether the partner is critical (重要取引先) to continuity.":
    "事業継続にとって重要な取引先（重要取引先）かどうか。",

  // Business impact analysis
  "The organisation (組織) the BIA is for: its id in the Organisation profile.":
    "この事業影響度分析（BIA）の対象となる組織。Organisation 文書での ID を書きます。",
  "The time points after a disruption at which impact is rated (評価時点), ISO 8601 durations such as PT4H, P1D, P3D.":
    "影響度を評価する、中断発生からの時点（評価時点）。ISO 8601の期間で書きます（例: `PT4H`、`P1D`、`P3D`）。",
  "The impact scale (影響度の尺度): its levels, from none to the worst.":
    "影響度の尺度: 影響なしから最悪までのレベル。",
  "The levels of the scale (影響度のレベル), each with a value and a label.":
    "尺度の各レベル（影響度のレベル）。それぞれに値とラベルを付けます。",
  "The level's value (値), 0–100; higher is worse.":
    "レベルの値。0〜100で、大きいほど影響が深刻です。",
  "The level's label in English (ラベル).": "レベルの英語のラベル。",
  "The level's label in Japanese (ラベル（日本語）).": "レベルの日本語のラベル。",
  "Impact categories (影響の種類): financial, customers, legal, reputation, safety…":
    "影響の種類: 財務、顧客、法令、信用、安全など。",
  "The impact level from which the impact is unacceptable (許容できない影響度): the first time point reaching it sets the MTPD (最大許容停止時間).":
    "影響が許容できなくなる影響度のレベル（許容できない影響度）。最初にこのレベルに達した時点が最大許容停止時間（MTPD）になります。",
  "Safety margin (余裕) kept between a process's RTO and its MTPD, an ISO 8601 duration.":
    "業務の目標復旧時間（RTO）と最大許容停止時間（MTPD）のあいだに確保する余裕。ISO 8601の期間。",
  "Recovery tiers (復旧優先度の階層): rows of RTO ranges; an RTO that falls in no row is reported.":
    "復旧優先度の階層: 目標復旧時間（RTO）の範囲を行として並べます。どの行にも入らない RTO は指摘されます。",
  "The smallest RTO the tier holds (下限), inclusive, an ISO 8601 duration.":
    "この階層に入る目標復旧時間（RTO）の下限（その値を含む）。ISO 8601の期間。",
  "The largest RTO the tier holds (上限), inclusive, an ISO 8601 duration.":
    "この階層に入る目標復旧時間（RTO）の上限（その値を含む）。ISO 8601の期間。",
  "Business processes (業務プロセス) and how their impact grows over time.":
    "業務プロセスと、時間の経過とともに影響がどう大きくなるか。",
  "Who is accountable for it (責任者・オーナー): a person, a role id or a unit.":
    "責任者（オーナー）。人、役割の ID、組織単位のいずれか。",
  "What it needs to run (依存先): ids of services, resources or external services; an `anyOf` group is satisfied by any one member (redundancy).":
    "動作に必要なもの（依存先）。サービス、経営資源、外部の依存先の ID を書きます。`anyOf` のグループは、いずれか1つが使えれば満たされます（冗長構成）。",
  "Alternatives (冗長構成): the dependency holds while any one of these ids is available.":
    "代替の候補（冗長構成）。これらの ID のいずれか1つが使える間は、依存関係が満たされます。",
  "A note for readers (備考); mamori does not interpret it.":
    "読み手のための備考。mamori は解釈しません。",
  "Recovery objectives (目標復旧指標): RTO, RPO and RLO.":
    "目標復旧指標: 目標復旧時間（RTO）、目標復旧ポイント（RPO）、目標復旧レベル（RLO）。",
  "Recovery time objective, RTO (目標復旧時間): how soon after the disruption it must be working again, an ISO 8601 duration such as PT4H.":
    "目標復旧時間（RTO）。中断の発生から、どれだけの時間で再び使える状態にしなければならないか。ISO 8601の期間（例: `PT4H`）。",
  "Recovery point objective, RPO (目標復旧ポイント): how much data, counted in time before the disruption, may be lost, an ISO 8601 duration.":
    "目標復旧ポイント（RPO）。失ってもよいデータの量を、中断の発生からさかのぼった時間で表したもの。ISO 8601の期間。",
  "Recovery level objective, RLO (目標復旧レベル): the level of service to reach by the RTO, a percentage of normal service.":
    "目標復旧レベル（RLO）。目標復旧時間（RTO）までに到達すべきサービスの水準。平常時に対する割合（%）。",
  "Impact level per category and time point (影響度), e.g. financial: { PT4H: 2, P1D: 4 }.":
    "影響の種類と評価時点ごとの影響度（例: `financial: { PT4H: 2, P1D: 4 }`）。",
  "Work recovery time, WRT (業務回復時間): the time the business needs after IT is back to catch up and verify.":
    "業務回復時間（WRT）。IT の復旧後、業務側が滞留した処理の回復と確認に要する時間。",
  "Loss per hour of disruption (1時間あたりの損失額).": "中断1時間あたりの損失額。",
  "Amount of money (金額).": "金額。",
  "Currency (通貨), an ISO 4217 code such as JPY.": "通貨。ISO 4217のコード（例: `JPY`）。",
  "Loss over time (損失曲線): cumulative loss at given durations after the disruption.":
    "時間の経過に伴う損失（損失曲線）。中断の発生から所定の時間がたった時点ごとの累計損失額。",
  "Time since the disruption (経過時間), an ISO 8601 duration.":
    "中断の発生からの経過時間。ISO 8601の期間。",
  "Minimum business continuity objective, MBCO (最低限の業務継続目標): the capacity, in percent, the process needs to run at all.":
    "最低限の業務継続目標（MBCO）。業務を少しでも続けるために必要な能力。割合（%）で書きます。",
  "IT services (ITサービス) the processes depend on.": "業務が依存するITサービス。",
  "Classification (区分).": "区分。",
  "Where and how it is hosted (ホスティング): on premises or in a cloud service.":
    "どこでどのように運用するか（ホスティング）。オンプレミスまたはクラウドサービス。",
  "Hosting type (ホスティング形態): on-premises, external-data-centre or cloud.":
    "ホスティング形態: オンプレミス（`on-premises`）、外部データセンター（`external-data-centre`）、クラウド（`cloud`）のいずれか。",
  "The provider (事業者・プロバイダ) of the service or the hosting: its id.":
    "サービスまたはホスティングを提供する事業者（プロバイダ）の ID。",
  "Cloud service model (サービスモデル): IaaS, PaaS or SaaS; it decides who owns which layer.":
    "クラウドのサービスモデル: IaaS、PaaS、SaaS のいずれか。どのレイヤーの責任を誰が負うかが、これで決まります。",
  "Site (拠点) id: where it runs or is kept.": "稼働または保管する拠点の ID。",
  "What recovery can actually achieve (復旧能力): measured or designed recovery time, backup interval, replication lag.":
    "実際に達成できる復旧（復旧能力）: 実測または設計上の復旧所要時間、バックアップ間隔、レプリケーション遅延。",
  "Time actually needed to recover (復旧所要時間), an ISO 8601 duration: designed, or measured in an exercise.":
    "復旧に実際に必要な時間（復旧所要時間）。ISO 8601の期間。設計値、または訓練での実測値。",
  "Time between two backups or snapshots (バックアップ間隔), an ISO 8601 duration; it bounds the achievable RPO.":
    "バックアップやスナップショットの取得間隔（バックアップ間隔）。ISO 8601の期間。達成できる目標復旧ポイント（RPO）はこれより短くなりません。",
  "How far a replica trails the primary (レプリケーション遅延), an ISO 8601 duration; it bounds the achievable RPO.":
    "レプリカがプライマリからどれだけ遅れるか（レプリケーション遅延）。ISO 8601の期間。達成できる目標復旧ポイント（RPO）はこれより短くなりません。",
  "Power requirements (電源要件): whether it must be protected during an outage, and its backup power.":
    "電源要件: 停電時に守る必要があるかどうかと、その非常用電源。",
  "Power class (電源区分): `protect` (守るシステム, kept running on backup power) or `may-stop` (停止可能).":
    "電源区分: `protect`（守るシステム。非常用電源で稼働を続ける）または `may-stop`（止めてよいシステム）。",
  "How long backup power lasts (非常用電源の稼働時間), an ISO 8601 duration, compared with the assumed outage.":
    "非常用電源で稼働できる時間（非常用電源の稼働時間）。ISO 8601の期間。想定する停電の長さと比べます。",
  "Backup power source (非常用電源の種類), e.g. generator, UPS, the data centre's own.":
    "非常用電源の種類。発電機、UPS、データセンターの設備など。",
  "Whether it holds data that a recovery must restore (データ保持): RPO applies only where data is held.":
    "復旧時に復元が必要なデータを保持しているかどうか（データ保持）。目標復旧ポイント（RPO）は、データを保持するものにだけ適用します。",
  "Security objectives (情報セキュリティ目標): confidentiality, integrity and availability levels.":
    "情報セキュリティ目標: 機密性、完全性、可用性のそれぞれの水準。",
  "Required confidentiality level (機密性).": "求められる機密性の水準。",
  "Required integrity level (完全性).": "求められる完全性の水準。",
  "Required availability level (可用性).": "求められる可用性の水準。",
  "Controls (管理策) that protect it or that the document covers.":
    "これを保護する管理策、またはこの文書が対象とする管理策。",
  "Control catalog (管理策カタログ) id, e.g. iso27017 or ccm-v4.1.":
    "管理策カタログの ID（例: `iso27017`、`ccm-v4.1`）。",
  "The control (管理策) this entry is about: its id within the catalog (a BIA service's controls), or its catalog and id (an attestation's or a statement of applicability's).":
    "この項目が扱う管理策。カタログ内での ID（BIA のサービスの管理策の場合）、またはカタログとその中での ID（事業者の表明や適用宣言書の場合）。",
  "Resources (経営資源): systems, networks, facilities, people and data the services depend on.":
    "経営資源: サービスが依存するシステム、ネットワーク、設備、人員、データ。",
  "Kind of resource (経営資源の種類): server, network, power, facility, communications, people, supplier, cloud service, data or application.":
    "経営資源の種類: サーバ（`server`）、ネットワーク（`network`）、電源（`power`）、設備（`facility`）、通信（`communications`）、人員（`people`）、仕入先（`supplier`）、クラウドサービス（`cloud-service`）、データ（`data`）、アプリケーション（`application`）。",
  "Nodes of other organisations (外部の依存先): group companies, suppliers, customers, providers.":
    "ほかの組織に属する依存先（外部の依存先）: グループ会社、仕入先、顧客、事業者。",
  "Kind of external node (外部の依存先の種類): supplier, customer, group company or partner.":
    "外部の依存先の種類: 仕入先（`supplier`）、顧客（`customer`）、グループ会社（`group-company`）、パートナー（`partner`）。",
  "The organisation (組織) the external node belongs to.": "外部の依存先が属する組織。",
  "Disruption scenarios (想定シナリオ) to simulate: site loss, power outage, supplier outage, staff shortage, custom failures.":
    "シミュレーションする中断の想定シナリオ: 拠点の喪失、停電、仕入先の停止、人員の不足、独自に定義する障害。",
  "Whether a node the scenario fails needs its own recovery time after the failure ends (障害後の復旧時間).":
    "シナリオで停止したものに、障害が終わったあと自身の復旧時間が必要かどうか（障害後の復旧時間）。",
  "Scenario type (シナリオの種類): power-outage, site-loss, communications-outage, staff-availability, supplier-outage or custom.":
    "シナリオの種類: 停電（`power-outage`）、拠点の喪失（`site-loss`）、通信途絶（`communications-outage`）、人員の不足（`staff-availability`）、仕入先の停止（`supplier-outage`）、独自（`custom`）。",
  "When the scenario starts (開始時点), an ISO 8601 duration after time zero.":
    "シナリオの開始時点。起点からの経過時間を ISO 8601の期間で書きます。",
  "How long the scenario lasts (継続時間), an ISO 8601 duration.":
    "シナリオの継続時間。ISO 8601の期間。",
  "The site (拠点) the scenario strikes.": "シナリオで被災する拠点。",
  "Share of staff available (出社可能な人員の割合), in percent.": "出社可能な人員の割合（%）。",
  "Nodes (対象) the scenario takes down.": "シナリオで停止する対象。",
  "The failures of a custom scenario (障害): a node down, or running at reduced capacity.":
    "独自シナリオの障害: 対象の停止、または能力を落とした稼働。",
  "The node (対象) that fails.": "障害の対象。",
  "When the failure begins (障害の開始), an ISO 8601 duration after time zero.":
    "障害の開始時点。起点からの経過時間を ISO 8601の期間で書きます。",
  "How long the failure lasts (障害の継続時間), an ISO 8601 duration.":
    "障害の継続時間。ISO 8601の期間。",
  "Capacity left during the failure (残存能力), in percent; 0 or absent means down.":
    "障害中に残る能力（残存能力）。割合（%）で書きます。0または省略は停止を意味します。",
  "Rolling blackout windows (計画停電): when power is off, repeating as the 2011 planned outages did.":
    "計画停電の時間帯: 電力が止まる時間帯。2011年の計画停電のように繰り返します。",
  "When the blackout window opens (停電開始), an ISO 8601 duration.":
    "停電の開始時点（停電開始）。ISO 8601の期間。",
  "How long the window lasts (停電時間), an ISO 8601 duration.":
    "1回の停電の長さ（停電時間）。ISO 8601の期間。",

  // ResponsibilityMatrix
  "The cloud service provider (クラウドサービス事業者): its id.": "クラウドサービス事業者の ID。",
  "Deployment model (サービスモデル): iaas, paas, saas or on-premises; it decides who owns each layer.":
    "サービスモデル: `iaas`、`paas`、`saas`、`on-premises` のいずれか。各レイヤーの責任を誰が負うかが、これで決まります。",
  "The IT services (ITサービス) of your BIA that run on this provider.":
    "事業影響度分析（BIA）に記述したITサービスのうち、この事業者の上で稼働するもの。",
  "Control catalogs (管理策カタログ) the matrix covers, e.g. iso27017, ccm-v4.1.":
    "責任分担表が対象とする管理策カタログ（例: `iso27017`、`ccm-v4.1`）。",
  "The layer template (レイヤーテンプレート) that decides ownership per layer.":
    "レイヤーごとの責任を決めるレイヤーテンプレート。",
  "The version (版) of the layer template to use.": "使用するレイヤーテンプレートの版。",
  "Explicit ownership decisions (明示的な責任分担) that override the template, with a reason.":
    "テンプレートより優先する、明示的な責任分担。理由を添えます。",
  "The control (管理策): its catalog and its id within the catalog.":
    "管理策。カタログと、カタログ内での ID で示します。",
  "Control id (管理策ID) within its catalog, e.g. CLD.9.5.1 or BCR-08.":
    "カタログ内での管理策ID（例: `CLD.9.5.1`、`BCR-08`）。",
  "Who carries out the control (実施主体): customer, provider, shared, third-party, shared-provider-third-party, not-applicable or unassigned.":
    "管理策の実施主体: 利用者（`customer`）、事業者（`provider`）、共同（`shared`）、第三者（`third-party`）、事業者と第三者の共同（`shared-provider-third-party`）、適用外（`not-applicable`）、未割当（`unassigned`）。",
  "Why the ownership is decided so (理由).": "その責任分担にした理由。",
  "What the customer assumes about the control (利用者の想定).":
    "管理策について利用者が想定していること（利用者の想定）。",
  "The provider's customer responsibilities (利用者の責任) this control carries out, each with a statement and evidence.":
    "事業者が示した利用者の責任のうち、この管理策で果たすもの。それぞれに実施内容と証跡を添えます。",
  "The provider's responsibility it satisfies (充足する責任): its OSCAL uuid; absent, every responsibility of the control.":
    "充足する事業者側の責任。OSCAL の uuid で示します。省略すると、その管理策のすべての責任を指します。",
  "How the customer carries out the responsibility (実施内容).":
    "利用者がその責任をどう果たすか（実施内容）。",
  "Ids of the customer's evidence (証跡) for the claim, from the matrix's evidence.":
    "その主張を裏付ける利用者の証跡の ID。責任分担表の `evidence` から選びます。",
  "Evidence (証跡): audits and certifications that back the statements.":
    "証跡: 記述内容を裏付ける監査と認証。",
  "Where the evidence is kept (保管場所): a URL or a document path.":
    "証跡の保管場所。URL または文書のパス。",
  "When the evidence was issued (発行日), an ISO 8601 date.": "証跡の発行日。ISO 8601の日付。",
  "When the evidence expires (有効期限), an ISO 8601 date.": "証跡の有効期限。ISO 8601の日付。",

  // Catalog
  "The catalog's name (名称), in English and Japanese.": "カタログの名称（英語と日本語）。",
  "The text in English (英語).": "英語での表記。",
  "The text in Japanese (日本語).": "日本語での表記。",
  "The document's version (版): a catalog's edition (e.g. 2015, v4.1) or a layer template's version.":
    "文書の版。カタログならその版（例: 2015、v4.1）、レイヤーテンプレートならそのバージョン。",
  "Groups of controls (管理策のグループ), such as clauses or domains.":
    "管理策のグループ。箇条やドメインなど。",
  "The group's title (グループ名), in English and Japanese.": "グループ名（英語と日本語）。",
  "The controls (管理策) the document states something about.": "この文書が記述する管理策。",
  "The control's short title (管理策名), in English and Japanese.":
    "管理策の短い名称（管理策名）。英語と日本語で書きます。",
  "The group (グループ) the control belongs to.": "管理策が属するグループ。",
  "The ISO/IEC 27002:2005 clause (箇条) the control maps to; null when it maps to none.":
    "管理策に対応する ISO/IEC 27002:2005の箇条。対応するものがなければ `null`。",
  "The layers (レイヤー) of the stack the control concerns, e.g. data, application, network.":
    "管理策が関係する、スタックのレイヤー。データ、アプリケーション、ネットワークなど。",
  "What the cloud service customer should do (利用者向けの実施の手引).":
    "クラウドサービスの利用者が行うべきこと（クラウド利用者のための実施の手引）。",
  "What the cloud service provider is expected to do (事業者に期待されること).":
    "クラウドサービス事業者が行うことを期待される事項（クラウド事業者の実施が望まれる事項）。",

  // LayerTemplate
  "The layers of the stack (レイヤー), bottom to top.": "スタックのレイヤー。下から順に並べます。",
  "The layer's name (レイヤー名), in English and Japanese.": "レイヤー名（英語と日本語）。",
  "Who owns each layer (レイヤーごとの責任), per service model.":
    "サービスモデルごとの、各レイヤーの責任を負う者（レイヤーごとの責任）。",
  "Owner of each layer under SaaS (SaaSにおける責任).":
    "SaaS での各レイヤーの責任を負う者（SaaSにおける責任）。",
  "Owner of each layer under PaaS (PaaSにおける責任).":
    "PaaS での各レイヤーの責任を負う者（PaaSにおける責任）。",
  "Owner of each layer under IaaS (IaaSにおける責任).":
    "IaaS での各レイヤーの責任を負う者（IaaSにおける責任）。",
  "Owner of each layer on premises (オンプレミスにおける責任): the customer's.":
    "オンプレミスでの各レイヤーの責任を負う者（オンプレミスにおける責任）。すべて利用者です。",

  // ProviderAttestation
  "Kind of evidence (証跡の種類): third-party-audit (第三者監査), certification (認証) or self-attestation (自己宣言).":
    "証跡の種類: `third-party-audit`（第三者監査）、`certification`（認証）、`self-attestation`（自己宣言）のいずれか。",
  "Who issued the evidence (発行者), e.g. an audit firm or a certification body.":
    "証跡の発行者。監査法人や認証機関など。",
  "How the provider implements its part (事業者の実装).":
    "事業者が自らの担う部分をどう実装しているか（事業者の実装）。",
  "What the provider leaves to the customer (利用者の責任).":
    "事業者が利用者に委ねること（利用者の責任）。",
  "Ids of the evidence items (証跡) that back this control.": "この管理策を裏付ける証跡の ID。",
  "Implementation status (実装状況), OSCAL's implementation-status: implemented, partial, planned, alternative or not-applicable; planned and partial are not attested yet.":
    "実装状況（OSCAL の implementation-status）: 実装済み（`implemented`）、一部実装（`partial`）、計画中（`planned`）、代替策（`alternative`）、適用外（`not-applicable`）。`planned` と `partial` は、まだ表明済みとはみなしません。",
  "When a planned or partial control is to be complete (完了予定日), OSCAL/FedRAMP planned-completion-date.":
    "計画中または一部実装の管理策の完了予定日（OSCAL/FedRAMP の planned-completion-date）。",
  "Who implements it (実装主体), as FedRAMP's control-origination says: sp-corporate, sp-system, inherited…":
    "実装主体。FedRAMP の control-origination の値で書きます: `sp-corporate`、`sp-system`、`inherited` など。",
  "The provider's implementation statement (実装の説明), OSCAL by-component description.":
    "事業者による実装の説明（OSCAL の by-component の description）。",
  "Roles responsible for it (責任を負う役割), OSCAL responsible-roles.":
    "責任を負う役割（OSCAL の responsible-roles）。",
  "Parameter values the provider set (パラメータ値), OSCAL set-parameters.":
    "事業者が設定したパラメータ値（OSCAL の set-parameters）。",
  "The parameter (パラメータ) id, an OSCAL token.": "パラメータの ID。OSCAL のトークン。",
  "The parameter's values (値).": "パラメータの値。",

  // StatementOfApplicability
  "The organisation (組織) whose ISMS the statement belongs to.":
    "この適用宣言書の対象となる ISMS を運用する組織。",
  "Whether the control is applicable (適用) in the ISMS.": "ISMS でその管理策を適用するかどうか。",
  "Whether the control is implemented (実施済み).": "管理策を実施済みかどうか。",
  "When the control was last audited (監査日), an ISO 8601 date.":
    "管理策を最後に監査した日（監査日）。ISO 8601の日付。",
  "Why the control is, or is not, applicable (適用・除外の理由).":
    "管理策を適用する理由、または除外する理由（適用・除外の理由）。",

  // ContinuityPlan: metadata
  "About the plan (計画の概要): organisation, scope, purpose, owner, approval, review.":
    "計画の概要: 組織、対象範囲、目的、責任者、承認、見直し。",
  "The organisation (組織) the plan is for: its id.": "計画の対象となる組織の ID。",
  "Scope of the plan (対象範囲): an individual company (個社), a consolidated group (連結グループ) or the value chain (バリューチェーン).":
    "計画の対象範囲: 個別企業（`individual`）、連結ベースの企業グループ（`consolidated-group`）、バリューチェーン（`value-chain`）のいずれか。",
  "Group companies (グループ会社) the plan covers.": "計画の対象に含めるグループ会社。",
  "Critical suppliers and customers (重要取引先) of the value chain the plan covers.":
    "計画の対象とするバリューチェーンの、重要な仕入先と顧客（重要取引先）。",
  "The business continuity plan (事業継続計画, BCP) this IT plan serves.":
    "このITサービス継続計画が支える事業継続計画（BCP）。",
  "Purpose (目的).": "目的。",
  "What the BCP must protect (守るべきもの): people, customers, business, reputation…":
    "事業継続計画（BCP）で守るべきもの: 人命、顧客、事業、信用など。",
  "Where the document is (文書の所在): a file name or a link.":
    "文書の所在。ファイル名またはリンク。",
  "Who owns the plan (計画の責任者).": "計画の責任者。",
  "Management approval (経営層の承認) of the plan.": "計画に対する経営層の承認。",
  "Who approved it (承認者): a role id or a name.": "承認者。役割の ID または名前。",
  "When it was approved (承認日), an ISO 8601 date.": "承認日。ISO 8601の日付。",
  "The plan's version (版).": "計画の版。",
  "When the plan was last reviewed (最終見直し日), an ISO 8601 date.":
    "計画を最後に見直した日（最終見直し日）。ISO 8601の日付。",
  "The business impact analysis (事業影響度分析, BIA) the plan is based on.":
    "計画の前提とする事業影響度分析（BIA）。",
  "When the BIA was done (BIA実施日), an ISO 8601 date.":
    "事業影響度分析（BIA）を実施した日。ISO 8601の日付。",

  // ContinuityPlan: roles and governance
  "Roles (役割) in continuity: who holds them, their successors, how to reach them.":
    "ITサービス継続における役割: 担当者、代行者、連絡手段。",
  "The role's title (役職・役割名).": "役職・役割名。",
  "Whether the role belongs to management (経営層).": "経営層の役割かどうか。",
  "Who takes over when the holder is unavailable (代行者・継承順位): role ids, in order.":
    "担当者が対応できないときに引き継ぐ人（代行者・継承順位）。役割の ID を順に並べます。",
  "How to reach the holder (連絡手段): means of communication, e.g. mobile, satellite-phone.":
    "担当者への連絡手段（例: `mobile`、`satellite-phone`）。",
  "Governance of continuity (ITサービス継続のガバナンス, ISO/IEC 27014): which roles direct, evaluate, monitor, report, oversee and implement.":
    "ITサービス継続のガバナンス（ISO/IEC 27014）: 方向づけ、評価、モニタリング、報告、監督、実施をそれぞれどの役割が担うか。",
  "Roles that direct (指示) continuity.": "ITサービス継続を方向づける（指示する）役割。",
  "Roles that evaluate (評価) it.": "ITサービス継続を評価する役割。",
  "Roles that monitor (モニタ) it.": "ITサービス継続をモニタリングする役割。",
  "Roles that report (報告) on it.": "ITサービス継続について報告する役割。",
  "Roles that oversee (監督) it: the independent auditor.":
    "ITサービス継続を監督する役割。独立した監査人です。",
  "Roles that implement (実施) it.": "ITサービス継続を実施する役割。",

  // ContinuityPlan: pre-incident
  "Pre-incident measures (事前対策): requirements, measures, sites, schedule and investment.":
    "事前対応計画（事前対策）: 継続要件、対策、拠点、実施計画、投資計画。",
  "Continuity requirements per IT service (ITサービスの継続要件): objectives, power, hosting, dependencies.":
    "ITサービスごとの継続要件: 目標復旧指標、電源、ホスティング、依存関係。",
  "The IT service (ITサービス): its id.": "ITサービスの ID。",
  "The service's name (サービス名).": "サービス名。",
  "Service class (サービス区分): core (中核) or non-core (非中核).":
    "サービス区分: 基幹系（`core`）または情報系（`non-core`）。",
  "Recovery priority (復旧優先順位): 1 is the first.": "復旧優先順位。1が最も優先されます。",
  "Whether the service is time-critical (時間的に重要).": "サービスが時間的に重要かどうか。",
  "Measures (対策): backups, redundancy, alternate sites, power, communications.":
    "対策: バックアップ、冗長化、代替拠点、電源、通信。",
  "Kind of measure (対策の種類): backup, redundancy, alternate-site, power, communications or other.":
    "対策の種類: バックアップ（`backup`）、冗長化（`redundancy`）、代替拠点（`alternate-site`）、電源（`power`）、通信（`communications`）、その他（`other`）。",
  "The IT services (ITサービス) the measure protects.": "対策で守るITサービス。",
  "The site (拠点) the measure relies on, e.g. the alternate site.":
    "対策が前提とする拠点。代替拠点など。",
  "Backup arrangements (バックアップ): interval, where copies are kept, off site or not.":
    "バックアップの取り決め: 取得間隔、保管場所、遠隔地に保管するかどうか。",
  "Time between backups (バックアップ間隔), an ISO 8601 duration; compared with the RPO.":
    "バックアップの取得間隔（バックアップ間隔）。ISO 8601の期間。目標復旧ポイント（RPO）と比べます。",
  "Where backups are kept (保管場所).": "バックアップの保管場所。",
  "Whether backups are kept off site (遠隔地保管), away from the primary site.":
    "バックアップを主要拠点から離れた場所に保管しているかどうか（遠隔地保管）。",
  "Primary sites (主要拠点) where the services normally run.":
    "平常時にサービスが稼働する主要拠点。",
  "Power grid or utility area (電力系統・供給エリア), compared with the other sites'.":
    "電力系統・供給エリア。ほかの拠点のものと比べます。",
  "Hazard zones (ハザード区域) the site lies in: fault lines, flood plains, tsunami zones.":
    "拠点が位置するハザード区域: 活断層、浸水想定区域、津波浸水想定区域など。",
  "Geographic coordinates (座標) of the site, for distance checks.":
    "拠点の地理座標。距離の確認に使います。",
  "Latitude (緯度), in degrees.": "緯度（度）。",
  "Longitude (経度), in degrees.": "経度（度）。",
  "Alternate sites (代替拠点) that take over when a primary site is lost.":
    "主要拠点が使えなくなったときに業務を引き継ぐ代替拠点。",
  "Distance from the primary site (主要拠点からの距離), in kilometres.":
    "主要拠点からの距離（km）。",
  "The primary sites this site takes over from (代替対象の拠点); default: every primary site.":
    "この拠点が代替する主要拠点（代替対象の拠点）。省略するとすべての主要拠点です。",
  "Physical and information security of the site (拠点のセキュリティ).":
    "拠点の物理的セキュリティと情報セキュリティ（拠点のセキュリティ）。",
  "Why the site was chosen (選定基準): power, security, distance, earthquake resistance, cost.":
    "拠点を選んだ理由（選定基準）: 電源（`power`）、セキュリティ（`security`）、距離（`distance`）、耐震性（`earthquake-resistance`）、費用（`cost`）など。",
  "Implementation schedule (実施計画) of the measures: milestones and dates.":
    "対策の実施計画: マイルストーンと日付。",
  "Milestone (マイルストーン).": "マイルストーン。",
  "Due date (期限), an ISO 8601 date.": "期限。ISO 8601の日付。",
  "When it was done (完了日), an ISO 8601 date; a future date is not done.":
    "完了日。ISO 8601の日付。未来の日付は未完了とみなします。",
  "The measure (対策) id it concerns.": "関係する対策の ID。",
  "Investment plan (投資計画) for the measures.": "対策のための投資計画。",
  "What is inspected or bought (項目).": "点検または購入する項目。",
  "Cost (費用).": "費用。",

  // ContinuityPlan: emergency response
  "Emergency response (緊急時対応): organisation, process, procedures, communications, safety confirmation.":
    "緊急時対応計画（緊急時対応）: 体制、対応の流れ、手順、連絡手段、安否確認。",
  "The emergency response organisation (緊急時対応体制).": "緊急時対応体制。",
  "Who may activate the plan (発動権限者): a role id.":
    "計画を発動できる人（発動権限者）。役割の ID。",
  "Emergency teams (緊急対応チーム).": "緊急対応チーム。",
  "Team lead (チームリーダー): a role id.": "チームリーダー。役割の ID。",
  "Team members (メンバー): role ids.": "チームのメンバー。役割の ID。",
  "What the team does (任務).": "チームの任務。",
  "The emergency response process (緊急時対応の流れ): phases, activation, escalation.":
    "緊急時対応の流れ: 対応フェーズ、計画の発動、エスカレーション。",
  "Phases of the response (対応フェーズ).": "対応フェーズ。",
  "The phase (フェーズ): detection, activation, assessment, notification, recovery, failback or deactivation.":
    "フェーズ: 検知（`detection`）、発動（`activation`）、評価（`assessment`）、通知（`notification`）、復旧（`recovery`）、切戻し（`failback`）、解除（`deactivation`）。",
  "Plan activation (計画の発動): criteria and how people are notified.":
    "計画の発動: 発動基準と、関係者への通知の方法。",
  "Activation criteria (発動基準).": "発動基準。",
  "Kind of criterion (発動基準の種類): outage-exceeds-rto, site-unusable, staff-unavailable, security-incident or other.":
    "発動基準の種類: 停止が目標復旧時間（RTO）を超える（`outage-exceeds-rto`）、拠点が使えない（`site-unusable`）、人員が確保できない（`staff-unavailable`）、セキュリティインシデント（`security-incident`）、その他（`other`）。",
  "Means of communication used to notify (通知手段): communications ids.":
    "通知に使う連絡手段（通知手段）。`communications` の ID。",
  "Escalation rules (エスカレーション).": "エスカレーションの規則。",
  "What triggers the escalation (契機).": "エスカレーションの契機。",
  "Whom it escalates to (エスカレーション先): a role id.": "エスカレーション先。役割の ID。",
  "After how long (経過時間), an ISO 8601 duration.":
    "エスカレーションまでの経過時間。ISO 8601の期間。",
  "Recovery procedures per service (復旧手順).": "サービスごとの復旧手順。",
  "Steps of the procedure (手順), in order.": "手順の各ステップ。実施する順に並べます。",
  "What to do (作業内容).": "作業内容。",
  "How long the step takes (所要時間), an ISO 8601 duration.":
    "ステップの所要時間。ISO 8601の期間。",
  "How to return to normal operation (切戻し手順).": "平常時の運用に戻す手順（切戻し手順）。",
  "The order in which services are recovered (復旧順序): service ids, dependencies first.":
    "サービスを復旧する順序（復旧順序）。サービスの ID を、依存先から先に並べます。",
  "Means of communication (連絡手段) in an emergency, and the failure domains each depends on.":
    "緊急時の連絡手段と、それぞれが依存する障害ドメイン。",
  "Kind of means (手段の種類): landline, mobile, satellite-phone, email, messaging, radio, leased-line, in-person or other.":
    "手段の種類: 固定電話（`landline`）、携帯電話（`mobile`）、衛星電話（`satellite-phone`）、電子メール（`email`）、メッセージング（`messaging`）、無線（`radio`）、専用線（`leased-line`）、対面（`in-person`）、その他（`other`）。",
  "The network or carrier it runs on (通信網).": "利用する通信網または通信事業者。",
  "What must fail for this means to fail (障害ドメイン): public-fixed, public-mobile, internet, site-power, satellite, private-radio, priority-line, or your own; default by kind (landline: public-fixed, mobile: public-mobile, email: internet…).":
    "この手段が使えなくなる原因となる障害（障害ドメイン）: `public-fixed`、`public-mobile`、`internet`、`site-power`、`satellite`、`private-radio`、`priority-line`、または独自の値。省略時は手段の種類で決まります（`landline` は `public-fixed`、`mobile` は `public-mobile`、`email` は `internet` など）。",
  "Safety confirmation of staff (安否確認).": "従業員の安否確認。",
  "How safety is confirmed (安否確認の方法).": "安否確認の方法。",
  "The safety confirmation service used (安否確認サービス).": "利用する安否確認サービス。",
  "When it was last tested (最終テスト日), an ISO 8601 date.":
    "最後にテストした日（最終テスト日）。ISO 8601の日付。",
  "Where copies of the plan are kept (計画書の保管場所), reachable in a disaster.":
    "計画書の写しの保管場所。災害時にも取り出せる場所にします。",
  "Where the copy is (保管場所).": "写しの保管場所。",
  "The site (拠点) where the copy is kept.": "写しを保管する拠点。",
  "Medium of the copy (媒体): paper, offline-media, external-service, intranet, file-server or other.":
    "写しの媒体: 紙（`paper`）、オフラインの媒体（`offline-media`）、外部サービス（`external-service`）、イントラネット（`intranet`）、ファイルサーバ（`file-server`）、その他（`other`）。",
  "Information security level to keep during the emergency (緊急時の情報セキュリティ水準).":
    "緊急時にも維持する情報セキュリティの水準（緊急時の情報セキュリティ水準）。",
  "Why this level (理由).": "その水準にした理由。",
  "External services (外部サービス) the plan relies on, and their evidence.":
    "計画が頼る外部サービスと、その証跡。",
  "The provider (提供事業者).": "提供事業者。",
  "The IT services (ITサービス) it supports.": "これが支えるITサービス。",
  "Evidence of the provider's continuity (証跡): audit report, certification, SLA.":
    "提供事業者の事業継続を示す証跡: 監査報告書、認証、SLA など。",
  "Kind of evidence (証跡の種類): audit-report, iso27001, iso27017, soc2, sla, contract or other.":
    "証跡の種類: 監査報告書（`audit-report`）、`iso27001`、`iso27017`、`soc2`、`sla`、契約（`contract`）、その他（`other`）。",
  "Where the evidence is (参照先): a document name or a link.":
    "証跡の参照先。文書名またはリンク。",

  // ContinuityPlan: training and exercises
  "Training and exercises (教育・訓練): audiences, activities and their results.":
    "教育訓練計画（教育・訓練）: 対象者、実施する教育・訓練、その結果。",
  "Audiences (対象者).": "教育・訓練の対象者。",
  "Who they are (対象者区分): executives, it-staff, business-staff, all-staff or partners.":
    "対象者区分: 経営陣（`executives`）、IT 部門の要員（`it-staff`）、業務部門の要員（`business-staff`）、全従業員（`all-staff`）、取引先（`partners`）。",
  "What they must be able to do (到達目標).": "対象者ができるようになるべきこと（到達目標）。",
  "Training and exercise activities (教育・訓練の実施計画).": "教育・訓練の実施計画。",
  "Kind of activity (訓練の種類): education, failover-test, backup-restore-test, tabletop-exercise, functional-exercise…":
    "教育・訓練の種類: 教育（`education`）、フェイルオーバーテスト（`failover-test`）、バックアップからの復元テスト（`backup-restore-test`）、机上訓練（`tabletop-exercise`）、機能訓練（`functional-exercise`）など。",
  "The audiences (対象者) it trains.": "教育・訓練の対象者。",
  "The IT services (ITサービス) it exercises.": "訓練の対象とするITサービス。",
  "The measures (対策) it exercises, e.g. a failover to the alternate site.":
    "訓練で確かめる対策。代替拠点へのフェイルオーバーなど。",
  "How often (頻度), an ISO 8601 duration such as P1Y.":
    "実施の頻度。ISO 8601の期間（例: `P1Y`）。",
  "When it was last done (最終実施日), an ISO 8601 date.":
    "最後に実施した日（最終実施日）。ISO 8601の日付。",
  "When it is next planned (次回予定日), an ISO 8601 date.":
    "次回の実施予定日（次回予定日）。ISO 8601の日付。",
  "Findings (指摘事項) and what follows from them.": "指摘事項と、その後の対応。",
  "Who must resolve the finding (対応責任者).": "指摘事項に対応する責任者（対応責任者）。",
  "Status of the finding (状況): open or closed.":
    "指摘事項の状況: 未対応（`open`）または対応済み（`closed`）。",
  "Whom the finding was reported to (報告先), e.g. management.": "指摘事項の報告先。経営層など。",
  "Exercise results (訓練結果): what was measured, as evidence that objectives are met.":
    "訓練結果: 測定した値。目標を満たしていることの証跡になります。",
  "Date (日付), an ISO 8601 date.": "日付。ISO 8601の日付。",
  "Kind of exercise (訓練の種類): tabletop, functional, full-scale, switch-over, restore, failback, safety-confirmation…":
    "訓練の種類: 机上訓練（`tabletop`）、機能訓練（`functional`）、総合訓練（`full-scale`）、切替え（`switch-over`）、復元（`restore`）、切戻し（`failback`）、安否確認訓練（`safety-confirmation-drill`）など。",
  "The planned activity (訓練計画) this result is from: its id.":
    "この結果のもとになった教育・訓練の実施計画の ID。",
  "The assumed scenario (想定シナリオ) exercised: its id.": "訓練で想定したシナリオの ID。",
  "What the exercise covered (訓練の範囲): sites and audiences.": "訓練の範囲: 拠点と対象者。",
  "Pass or fail (合否).": "合否: 合格（`pass`）または不合格（`fail`）。",
  "Per-service results (サービスごとの結果): measured recovery time, data loss, level reached.":
    "サービスごとの結果: 実測の復旧時間、データ損失、到達した復旧レベル。",
  "Measured recovery time (実測の復旧時間), from the simulated incident to the service being back, an ISO 8601 duration.":
    "実測の復旧時間。模擬したインシデントの発生からサービスの復旧までの時間で、ISO 8601の期間。",
  "Data actually lost (実際のデータ損失): the time between the last restored point and the incident, an ISO 8601 duration.":
    "実際のデータ損失: 復元できた最後の時点からインシデントの発生までの時間。ISO 8601の期間。",
  "Level of service reached (到達した復旧レベル): a percentage of normal service, or a named level.":
    "到達したサービスの水準（到達した復旧レベル）。平常時に対する割合（%）、または名前を付けた水準。",
  "Issues found (課題) and their corrective actions.": "見つかった課題と、その是正処置。",
  "The IT service (ITサービス) the issue concerns.": "課題に関係するITサービス。",
  "Corrective action (是正処置).": "是正処置。",
  "Who carries out the action (担当者).": "是正処置の担当者。",
  "Status (状況): open, in-progress or done.":
    "状況: 未着手（`open`）、対応中（`in-progress`）、完了（`done`）。",

  // ContinuityPlan: maintenance
  "Maintenance and improvement (維持・改善): organisation, inspections, review log.":
    "維持改善計画（維持・改善）: 体制、定期点検、見直し記録。",
  "Who maintains the plan (維持管理体制).": "計画を維持管理する体制（維持管理体制）。",
  "Members of the maintenance organisation (メンバー): role ids.":
    "維持管理体制のメンバー。役割の ID。",
  "Regular inspections (定期点検).": "定期点検。",
  "When it is done (実施時期), e.g. P1Y or a month.": "実施時期（例: `P1Y`、または月）。",
  "Record of reviews (見直し記録).": "見直し記録。",
  "Who reviewed (見直し実施者).": "見直しを行った人（見直し実施者）。",
  "What changed (概要).": "変更の概要。",

  // ContinuityPlan: assumed scenarios
  "Assumed scenarios (想定シナリオ) the plan prepares for.": "計画が備える想定シナリオ。",
  "Kind of scenario (シナリオの種類): wide-area-earthquake, local-disaster, power-outage, planned-power-outage, communications-outage, pandemic, cyber-incident, flood or other.":
    "シナリオの種類: 広域地震（`wide-area-earthquake`）、局地的な災害（`local-disaster`）、停電（`power-outage`）、計画停電（`planned-power-outage`）、通信途絶（`communications-outage`）、感染症の流行（`pandemic`）、サイバーインシデント（`cyber-incident`）、水害（`flood`）、その他（`other`）。",
  "Area affected (影響範囲): site, local, regional or wide-area.":
    "影響範囲: 拠点（`site`）、局地（`local`）、地域（`regional`）、広域（`wide-area`）。",
  "How long the scenario lasts (継続期間), an ISO 8601 duration.":
    "シナリオの継続期間。ISO 8601の期間。",
  "What the scenario takes away (影響): power, communications, staff, sites.":
    "シナリオによって失われるもの（影響）: 電力、通信、人員、拠点。",
  "Whether power is lost (停電).": "停電するかどうか。",
  "How long power is lost (停電時間), when shorter than the scenario; an ISO 8601 duration.":
    "停電時間。シナリオの継続期間より短い場合に書きます。ISO 8601の期間。",
  "Whether public communications are lost (通信途絶).": "公衆通信が途絶するかどうか（通信途絶）。",
  "Sites (拠点) the scenario makes unusable.": "シナリオによって使えなくなる拠点。",
  "Regions (地域) the scenario strikes, compared with sites' and cloud regions.":
    "シナリオで被災する地域。拠点やクラウドのリージョンと照合します。",
  "Services or resources (対象) the scenario takes down.":
    "シナリオによって停止するサービスまたは経営資源（対象）。",

  // ContinuityPlan: exceptions
  "Accepted exceptions (例外・リスク受容) to rules, with who accepted them and until when.":
    "ルールに対して認めた例外（例外・リスク受容）。承認者と有効期限を添えます。",
  "The rule (ルール) id the exception is for.": "例外の対象となるルールの ID。",
  "Kind of exception (例外の種類): risk-acceptance (リスク受容) or not-applicable (適用外).":
    "例外の種類: `risk-acceptance`（リスク受容）または `not-applicable`（適用外）。",
  "Where in the plan it applies (対象箇所): a JSON pointer.":
    "計画の中で例外を適用する箇所（対象箇所）。JSON ポインタで書きます。",
  "What it applies to (対象): a service or other id.": "例外の対象。サービスなどの ID。",
  "Why it is accepted (理由).": "例外を認める理由。",
  "Who accepted it (承認者): a role id of management.": "承認者。経営層の役割の ID。",
  "When it was accepted (承認日), an ISO 8601 date.": "承認日。ISO 8601の日付。",
  "Until when it holds (有効期限), an ISO 8601 date; expired exceptions no longer apply.":
    "有効期限。ISO 8601の日付。期限切れの例外は適用されません。",
};
