/**
 * `@mamori/cli`: the `mamori` command. Its programmatic API is being built.
 *
 * @packageDocumentation
 */
export {};
