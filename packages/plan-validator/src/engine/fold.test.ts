import { describe, expect, it } from "vitest";
import { foldText } from "./fold.js";

describe("foldText", () => {
  it("folds width, case and white space, and the separators asked for", () => {
    expect(foldText("  Ｍｏｂｉｌｅ\tNETWORK  ")).toBe("mobile network");
    expect(foldText("Mobile-Network", "-_.・")).toBe("mobile network");
    expect(foldText("Mobile-Network")).toBe("mobile-network"); // '-' is no separator here
    expect(foldText("Y.  SUZUKI", ".,、。・")).toBe("y suzuki");
    // a separator that is special in a character class is taken literally
    expect(foldText("a]b^c\\d", "]^\\")).toBe("a b c d");
  });
});
