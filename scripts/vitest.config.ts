import { defineProject } from "vitest/config";

// Checks of the repository's shape (import cycles…), not of one package.
export default defineProject({ test: { name: "repo", include: ["*.test.ts"] } });
