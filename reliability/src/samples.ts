// The sample documents of examples/data and the real OSCAL fixtures, read once: the seeds
// every mutation starts from.
import { readFileSync } from "node:fs";
import { parseSource } from "@mamori/core/source";

const root = new URL("../../", import.meta.url);

/** Read a repository file as text. */
export function repoText(path: string): string {
  return readFileSync(new URL(path, root), "utf8");
}

/** Read and parse a repository YAML/JSON file; throws if the sample itself is broken. */
export function repoDocument(path: string): Record<string, unknown> {
  const parsed = parseSource(repoText(path), { file: path });
  if (parsed.data === undefined || parsed.diagnostics.length > 0)
    throw new Error(`sample ${path} does not parse: ${JSON.stringify(parsed.diagnostics)}`);
  return parsed.data as Record<string, unknown>;
}

export const SAMPLE_PATHS = {
  bia: "examples/data/bia.yaml",
  plan: "examples/data/plan.yaml",
  organisation: "examples/data/organisation.yaml",
  matrixSky: "examples/data/matrix-skycloud.yaml",
  matrixKumo: "examples/data/matrix-kumomail.yaml",
  soa: "examples/data/soa.yaml",
  attestation: "examples/data/attestations/skycloud.yaml",
  caiq: "examples/data/attestations/kumomail-caiq.csv",
  sspLeveraged: "fixtures/oscal/oscal_leveraged-example_ssp.json",
  sspLeveraging: "fixtures/oscal/oscal_leveraging-example_ssp.json",
  componentDefinition: "fixtures/oscal/example-component-definition.json",
} as const;

/** Fresh copies of every sample (callers may mutate them). */
export function samples() {
  const p = SAMPLE_PATHS;
  return {
    bia: repoDocument(p.bia),
    plan: repoDocument(p.plan),
    organisation: repoDocument(p.organisation),
    matrixSky: repoDocument(p.matrixSky),
    matrixKumo: repoDocument(p.matrixKumo),
    soa: repoDocument(p.soa),
    attestation: repoDocument(p.attestation),
    caiq: repoText(p.caiq),
    sspLeveraged: repoDocument(p.sspLeveraged),
    sspLeveraging: repoDocument(p.sspLeveraging),
    componentDefinition: repoDocument(p.componentDefinition),
  };
}

export type Samples = ReturnType<typeof samples>;

/**
 * The YAML documents of `examples/data` that `mamori report` reads, as (file inside the
 * directory, document) pairs, for tests that rewrite a copy of the sample directory.
 */
export function sampleDirectoryDocuments(s: Samples): [string, Record<string, unknown>][] {
  return [
    ["bia.yaml", s.bia],
    ["plan.yaml", s.plan],
    ["organisation.yaml", s.organisation],
    ["matrix-skycloud.yaml", s.matrixSky],
    ["matrix-kumomail.yaml", s.matrixKumo],
    ["soa.yaml", s.soa],
    ["attestations/skycloud.yaml", s.attestation],
  ];
}
