/**
 * `@mamori/cli`: the `mamori` command — validate continuity plans, analyse BIAs, check cloud
 * responsibility matrices, write JSON Schemas and the HTML report. Its programmatic entry,
 * {@link runCli}, runs any command in-process with your own I/O.
 *
 * @packageDocumentation
 */
export { type CliIo, UsageError } from "./io.js";
export { runCli, USAGE } from "./run.js";
