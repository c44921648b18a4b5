// Regenerates src/catalogs/ccm-data.ts from CSA's published CCM / CAIQ data, as found in
// CSA's own data-set repository (github.com/CloudSecurityAlliance-DataSets/
// dataset-public-laws-regulations-standards, control/cloudsecurityalliance.org/):
//   node scripts/generate-ccm.mjs <that repository's checkout>
// Only facts are kept: control ids, CSA's domain names and short control titles, the number of
// CAIQ questions per control (their ids are `<control>.<n>`, n = 1…count, checked here),
// the typical ownership per service model, and the v4.0 -> v4.1 counterparts (computed here).
// Control specifications, questions and guidelines (CSA's prose) are read to check counts and
// to match controls, and never written.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const root = process.argv[2];
if (!root) throw new Error("usage: node scripts/generate-ccm.mjs <CSA data-set checkout>");
const base = join(root, "control/cloudsecurityalliance.org");

/** Minimal RFC 4180 reader (the generator only; the package has its own). */
function csv(text) {
  const rows = [];
  let row = [];
  let field = "";
  let quoted = false;
  for (let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

const clean = (s) => s.replace(/\s+/g, " ").trim();
const OWN = { Shared: "S", "CSP-Owned": "P", "CSC-Owned": "C" };

function checkQuestions(byControl) {
  for (const [control, ids] of byControl) {
    ids.forEach((q, i) => {
      if (q !== `${control}.${i + 1}`) throw new Error(`unexpected question id ${q} of ${control}`);
    });
  }
}

// v4.0: CCM v4.0.13 controls (ids, domains, titles) and CAIQ v4.0.3 (questions).
const v40 = JSON.parse(readFileSync(join(base, "ccm/4.0.13/ccm-4.0.13-Controls.json"), "utf8"));
const caiq40 = csv(
  readFileSync(
    join(base, "ccm-caiq/4.0.3/ccm-caiq-4.0.3-generated-2024-10-31-normalized.csv"),
    "utf8",
  ),
);
const h40 = caiq40[0];
const qCol = h40.indexOf("CAIQ_Question ID");
const cCol = h40.indexOf("Control ID");
const q40 = new Map();
for (const r of caiq40.slice(1)) {
  if (!q40.has(r[cCol])) q40.set(r[cCol], []);
  q40.get(r[cCol]).push(r[qCol]);
}
checkQuestions(q40);

// v4.1: CCM v4.1.0 (controls with typical ownership) and CAIQ v4.1.0 (questions).
const v41 = JSON.parse(readFileSync(join(base, "ccm/4.1/ccm-4.1.0.json"), "utf8")).controls;
const caiq41 = JSON.parse(
  readFileSync(join(base, "ccm-caiq/4.1.0/ccm-caiq-4.1.0.json"), "utf8"),
).questions;
const q41 = new Map();
for (const q of caiq41) {
  if (!q41.has(q.ccm_control_id)) q41.set(q.ccm_control_id, []);
  q41.get(q.ccm_control_id).push(q.question_id);
}
checkQuestions(q41);

function domains(rows) {
  const out = new Map();
  for (const [id, domain] of rows) {
    const d = id.slice(0, id.lastIndexOf("-"));
    if (out.has(d) && out.get(d) !== domain) throw new Error(`two names for ${d}`);
    out.set(d, domain);
  }
  return [...out].map(([id, name]) => `${id}\t${name}`).join("\n");
}

const rows40 = v40.map((c) => [
  clean(c["Control ID"]),
  clean(c["Control Domain"]),
  clean(c["Control Title"]),
  {
    iaas: c["Typical Control Applicability and Ownership - IaaS"],
    paas: c["Typical Control Applicability and Ownership - PaaS"],
    saas: c["Typical Control Applicability and Ownership - SaaS"],
  },
]);
const rows41 = v41.map((c) => [
  clean(c.control_id),
  clean(c.control_domain),
  clean(c.control_title),
  c.typical_control_applicability_and_ownership,
]);

function line(questions, version) {
  return ([id, , title, own]) => {
    const n = questions.get(id)?.length;
    if (!n) throw new Error(`no CAIQ ${version} question for ${id}`);
    const o = ["iaas", "paas", "saas"].map((m) => {
      const code = OWN[clean(own[m])];
      if (!code) throw new Error(`unknown ownership ${own[m]} of ${id}`);
      return code;
    });
    return `${id}\t${title}\t${n}\t${o.join("")}`;
  };
}
const lines40 = rows40.map(line(q40, "v4.0.3"));
const lines41 = rows41.map(line(q41, "v4.1"));

// v4.0 -> v4.1, from CSA's data alone: the v4.1 control of the same domain (IVS became I&S)
// with the same title, else the one with the same control specification. A v4.0 control
// with neither has no counterpart here (its title and text changed: a person must map it).
const domainOf = (id) => id.slice(0, id.lastIndexOf("-"));
const domain41 = (d) => (d === "IVS" ? "I&S" : d);
const byTitle41 = new Map();
for (const [id, , title] of rows41) {
  const k = `${domainOf(id)}\u0000${title.toLowerCase()}`;
  byTitle41.set(k, byTitle41.has(k) ? null : id);
}
const bySpec41 = new Map();
for (const c of v41) {
  const k = clean(c.control_specification).toLowerCase();
  bySpec41.set(k, bySpec41.has(k) ? null : clean(c.control_id));
}
const taken = new Set();
const crosswalk = v40.map((c) => {
  const id = clean(c["Control ID"]);
  const title = clean(c["Control Title"]).toLowerCase();
  let to = byTitle41.get(`${domain41(domainOf(id))}\u0000${title}`);
  if (!to) to = bySpec41.get(clean(c["Control Specification"]).toLowerCase());
  if (to && taken.has(to)) throw new Error(`${to} is the counterpart of two v4.0 controls`);
  if (to) taken.add(to);
  return `${id}\t${to ?? ""}`;
});

const tpl = (s) => s.replace(/[`\\$]/g, (c) => `\\${c}`);
const out = `// Generated by scripts/generate-ccm.mjs from CSA's published data; do not edit by hand.
// Facts only: control ids, CSA's domain names and short control titles, the number of CAIQ
// questions of each control (ids \`<control>.1\` … \`<control>.<count>\`), the typical
// ownership per service model (IaaS, PaaS, SaaS; S = Shared, P = CSP-Owned, C = CSC-Owned)
// and each v4.0 control's v4.1 counterpart. Source: Cloud Security Alliance, Cloud Controls Matrix v4.0.13 with CAIQ
// v4.0.3 and CCM / CAIQ v4.1.0 (see the package README for the licence).

/** CCM v4.0 domains: \`id<TAB>name\`, one a line, in CSA's order. @internal */
export const CCM_V40_DOMAINS = \`${tpl(domains(rows40))}\`;

/**
 * CCM v4.0 controls: \`id<TAB>title<TAB>CAIQ v4.0.3 questions<TAB>ownership IaaS PaaS SaaS\`,
 * one a line. @internal
 */
export const CCM_V40_CONTROLS = \`${tpl(lines40.join("\n"))}\`;

/** CCM v4.1 domains: \`id<TAB>name\`, one a line, in CSA's order. @internal */
export const CCM_V41_DOMAINS = \`${tpl(domains(rows41))}\`;

/**
 * CCM v4.1 controls: \`id<TAB>title<TAB>CAIQ v4.1 questions<TAB>ownership IaaS PaaS SaaS\`,
 * one a line. @internal
 */
export const CCM_V41_CONTROLS = \`${tpl(lines41.join("\n"))}\`;

/**
 * Each CCM v4.0 control's v4.1 counterpart: \`v4.0 id<TAB>v4.1 id\`, the v4.1 id empty when
 * CSA's data shows none (derived from the same title in the same domain, IVS being I&S, else
 * the same control specification). @internal
 */
export const CCM_V40_TO_V41 = \`${tpl(crosswalk.join("\n"))}\`;
`;
writeFileSync(new URL("../src/catalogs/ccm-data.ts", import.meta.url), out);
console.log(
  `crosswalk: ${crosswalk.filter((l) => l.endsWith("\t")).length} v4.0 controls without counterpart, ${rows41.length - taken.size} v4.1 controls new; v4.0: ${rows40.length} controls, ${[...q40.values()].flat().length} questions; v4.1: ${rows41.length} controls, ${[...q41.values()].flat().length} questions`,
);
