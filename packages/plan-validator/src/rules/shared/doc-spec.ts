// The shape of the rule docs, in a leaf module: every <prefix>.docs.ts uses it and all.docs.ts
// gathers them, so it may live in neither.

/**
 * A built-in rule's documentation in compact form: pairs are [English, Japanese].
 *
 * @category Rules
 */
export interface DocSpec {
  description: readonly [string, string];
  rationale: readonly [string, string];
}
