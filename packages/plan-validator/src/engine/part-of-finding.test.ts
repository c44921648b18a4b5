import { describe, expect, it } from "vitest";
import { partOfFinding } from "../index.js";

describe("partOfFinding", () => {
  it("is the part of the path when there is one", () => {
    expect(partOfFinding({ code: "x/y", path: "/emergency/procedures/0" })).toBe("emergency");
    expect(partOfFinding({ code: "training/exercise-cadence", path: "/metadata" })).toBe(
      "metadata",
    );
  });
  it("at the root: the item named, else the part the rule checks, else the document", () => {
    expect(
      partOfFinding({
        code: "emergency/required-items",
        path: "",
        data: { item: "emergency.procedures" },
      }),
    ).toBe("emergency");
    // people/safety-confirmation reports the required item emergency.safetyConfirmation
    expect(partOfFinding({ code: "people/safety-confirmation", path: "" })).toBe("emergency");
    expect(partOfFinding({ code: "backup/restore-tested", path: "" })).toBe("training");
    expect(partOfFinding({ code: "pre-incident/required-items", path: "" })).toBe("preIncident");
    expect(partOfFinding({ code: "config/now-missing", path: "" })).toBe("document");
    expect(partOfFinding({ code: "nocategory", path: "" })).toBe("document");
  });
});
