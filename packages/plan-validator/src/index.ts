/**
 * This package is being built; it exports nothing yet.
 *
 * @packageDocumentation
 */
export {};
