import { describe, expect, it } from "vitest";
import { unacceptableLines } from "./levels.js";

describe("unacceptableLines", () => {
  it("draws one line per level, the commonest marked", () => {
    // Kita Seiki's manufacturing: financial, operational, customer at 4, safety at 3
    expect(unacceptableLines([4, 4, 4, 3])).toEqual([
      { level: 4, members: [0, 1, 2], common: true },
      { level: 3, members: [3], common: false },
    ]);
  });

  it("takes the first level on a tie and skips categories without one", () => {
    expect(unacceptableLines([null, 3, 5, undefined])).toEqual([
      { level: 3, members: [1], common: true },
      { level: 5, members: [2], common: false },
    ]);
    expect(unacceptableLines([])).toEqual([]);
  });
});
