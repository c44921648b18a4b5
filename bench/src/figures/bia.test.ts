import { describe, expect, it } from "vitest";
import { readInputReferences } from "./bia.js";

describe("readInputReferences (the machine's floor beside the BIA's scaling)", () => {
  const doc = {
    processes: [{ id: "p", dependsOn: ["s", { anyOf: ["s", "r"] }] }],
    services: [{ id: "s", dependsOn: ["r"] }],
    resources: [{ id: "r" }],
  };

  it("looks every dependency up by id: the sum of the indexes found", () => {
    // ids in document order: p 0, s 1, r 2; references s, s, r (from p) and r (from s):
    // 1 + 1 + 2 + 2 = 6.
    expect(readInputReferences(doc)).toBe(6);
  });

  it("says -1 when a reference is not an id of the document", () => {
    expect(readInputReferences({ ...doc, services: [{ id: "s", dependsOn: ["nowhere"] }] })).toBe(
      -1,
    );
  });
});
