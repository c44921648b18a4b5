// How many fuzz cases each family gets in CI: cheap families get many, the costly analyses
// fewer, so the fast part runs ≥ 10,000 cases in well under a minute on two cores.
export const CI_CASES: Readonly<Record<string, number>> = {
  template: 2_000,
  soa: 2_000,
  catalog: 1_400,
  "oscal-catalog": 800,
  caiq: 800,
  plan: 700,
  organisation: 400,
  "oscal-ssp": 400,
  matrix: 250,
  attestation: 150,
  bia: 250,
  text: 400,
};

/** The seed of the CI run (fixed, so a failure reproduces; FUZZ_SEED overrides). */
export const CI_SEED = Number(process.env.FUZZ_SEED ?? 20261127);
