import { describe, expect, it } from "vitest";
import { resultKindLabel } from "../index.js";

describe("resultKindLabel", () => {
  it("names every result kind of the schema in both locales", () => {
    expect(resultKindLabel("switch-over", "en")).toBe("switch-over test");
    expect(resultKindLabel("switch-over", "ja")).toBe("切替テスト");
    expect(resultKindLabel("safety-confirmation-drill", "ja")).toBe("安否確認訓練");
    expect(resultKindLabel("full-scale", "ja")).toBe("総合訓練");
  });
  it("gives an unknown kind back as written, never an inherited property", () => {
    expect(resultKindLabel("drill-x", "ja")).toBe("drill-x");
    expect(resultKindLabel("toString", "en")).toBe("toString");
    expect(resultKindLabel("__proto__", "ja")).toBe("__proto__");
  });
});
