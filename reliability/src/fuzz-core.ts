// A fuzz case and how it is run: shared by the CI test (fuzz.test.ts) and the long run
// (fuzz-main.ts, `npm run fuzz -- --cases N`).
import fc from "fast-check";
import { CaseFailure, setInput, show } from "./harness.js";
import {
  applyMutations,
  applyTextEdits,
  hostileValue,
  type Mutation,
  mutation,
  type TextEdit,
  textEdit,
} from "./mutate.js";
import { samples } from "./samples.js";
import { type Context, FAMILIES, makeContext } from "./targets.js";

/** One fuzz case: a family, one of its seeds, and edits — or a value generated from nothing. */
export type FuzzCase =
  | { family: number; seed: number; mutations: Mutation[]; text: TextEdit[] }
  | { family: number; generated: unknown };

/** The arbitrary of fuzz cases; `only` restricts it to some families (by name). */
export function fuzzCase(only?: readonly string[]): fc.Arbitrary<FuzzCase> {
  const families = FAMILIES.map((f, i) => [f, i] as const).filter(
    ([f]) => !only || only.includes(f.name),
  );
  const index = fc.constantFrom(...families.map(([, i]) => i));
  return fc.oneof(
    {
      weight: 9,
      arbitrary: fc.record({
        family: index,
        seed: fc.nat(),
        mutations: fc.array(mutation, { maxLength: 6 }),
        text: fc.array(textEdit, { maxLength: 4 }),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        family: index,
        generated: fc.oneof(
          hostileValue,
          fc.anything({
            maxDepth: 3,
            withNullPrototype: true,
            withBigInt: true,
            withMap: true,
            withSet: true,
            withDate: true,
            withTypedArray: true,
            withSparseArray: true,
          }),
          fc.dictionary(fc.string({ maxLength: 6 }), hostileValue).map((d) => ({
            kind: "BusinessImpactAnalysis",
            schemaVersion: "1.0",
            ...d,
          })),
        ),
      }),
    },
  );
}

let context: Context | undefined;

/** The shared context (sample results), built on first use. */
export function fuzzContext(): Context {
  context ??= makeContext(samples());
  return context;
}

/** The input a case feeds its family. */
export function inputOf(c: FuzzCase, ctx: Context = fuzzContext()): unknown {
  const family = FAMILIES[c.family];
  if (!family) throw new Error(`no family ${c.family}`);
  if ("generated" in c) return c.generated;
  const seeds = family.seeds(ctx.samples);
  const seed = seeds[c.seed % seeds.length];
  return typeof seed === "string"
    ? applyTextEdits(seed, c.text)
    : applyMutations(seed, c.mutations);
}

/** Run a case; throws a {@link CaseFailure} that shows the family and the input. */
export function runCase(c: FuzzCase, ctx: Context = fuzzContext()): void {
  const family = FAMILIES[c.family];
  if (!family) throw new Error(`no family ${c.family}`);
  const input = inputOf(c, ctx);
  setInput(input);
  try {
    family.run(input, ctx);
  } catch (error) {
    if (error instanceof CaseFailure)
      throw new CaseFailure(`[${family.name}] ${error.message}\ninput: ${show(input)}`);
    throw error;
  }
}
