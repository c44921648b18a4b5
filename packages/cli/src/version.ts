/**
 * The CLI's version (kept in step with package.json by a test).
 *
 * @category Running the CLI
 */
export const VERSION = "0.1.0";
