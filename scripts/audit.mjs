// Dependency audit of what mamori's published packages install (`npm run audit`, also run by
// .ci/run): `npm audit --omit=dev` for known vulnerabilities, and the registry's own record of
// every production dependency (deprecated versions fail too). Exits 1 on a finding.
//
// Where the advisory service cannot be reached (some networks only allow GET requests to the
// registry, and `npm audit` POSTs), that is said plainly: it prints "advisories: not checked"
// with the reason, still checks the registry records it can reach, and exits 0 — a network the
// project does not control must not fail CI, but the log never reads as a passed audit.
import { spawnSync } from "node:child_process";

const npm = process.platform === "win32" ? "npm.cmd" : "npm";

/** Every non-workspace package in the production tree, as name → set of versions. */
function productionTree() {
  const out = spawnSync(npm, ["ls", "--omit=dev", "--all", "--json"], { encoding: "utf8" });
  const tree = JSON.parse(out.stdout || "{}");
  const found = new Map();
  const walk = (deps) => {
    for (const [name, node] of Object.entries(deps ?? {})) {
      const workspace = typeof node.resolved === "string" && node.resolved.startsWith("file:");
      if (!workspace && !name.startsWith("@mamori") && node.version) {
        if (!found.has(name)) found.set(name, new Set());
        found.get(name).add(node.version);
      }
      walk(node.dependencies);
    }
  };
  walk(tree.dependencies);
  return found;
}

function advisories() {
  const run = spawnSync(npm, ["audit", "--omit=dev", "--json"], { encoding: "utf8" });
  let report;
  try {
    report = JSON.parse(run.stdout);
  } catch {
    return { checked: false, reason: (run.stderr || "no output").trim().split("\n")[0] };
  }
  if (report.statusCode || report.error) {
    return {
      checked: false,
      reason:
        `the advisory service answered ${report.statusCode ?? "with an error"}: ${report.message ?? ""}`.trim(),
    };
  }
  const list = Object.values(report.vulnerabilities ?? {}).map(
    (v) => `${v.name} (${v.severity}): ${v.range ?? ""}`,
  );
  return { checked: true, list };
}

async function registryRecords(tree) {
  const problems = [];
  for (const [name, versions] of [...tree].sort(([a], [b]) => (a < b ? -1 : 1))) {
    for (const version of versions) {
      const url = `https://registry.npmjs.org/${name.replace("/", "%2f")}/${version}`;
      try {
        const res = await fetch(url);
        if (!res.ok) {
          problems.push(`${name}@${version}: registry answered ${res.status}`);
          continue;
        }
        const record = await res.json();
        if (record.deprecated)
          problems.push(`${name}@${version} is deprecated: ${record.deprecated}`);
        else console.log(`  ${name}@${version}: published, not deprecated`);
      } catch (error) {
        console.log(`  ${name}@${version}: registry not reachable (${error.message})`);
      }
    }
  }
  return problems;
}

const tree = productionTree();
if (tree.size === 0) {
  // The packages do have production dependencies: an empty tree means `npm ls` failed.
  console.log("production dependencies: none found — is the tree installed (npm ci)?");
  process.exit(1);
}
console.log(
  `production dependencies: ${[...tree].map(([n, v]) => `${n}@${[...v].join("|")}`).join(", ") || "none"}`,
);
const audit = advisories();
let failed = false;
if (audit.checked) {
  if (audit.list.length > 0) {
    failed = true;
    console.log(`advisories: ${audit.list.length} vulnerable package(s)`);
    for (const line of audit.list) console.log(`  ${line}`);
  } else console.log("advisories: none (npm audit --omit=dev)");
} else {
  console.log(`advisories: not checked — ${audit.reason}`);
}
const problems = await registryRecords(tree);
for (const p of problems) console.log(`  ${p}`);
if (problems.length > 0) failed = true;
process.exit(failed ? 1 : 0);
