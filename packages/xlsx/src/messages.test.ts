import { checkMessageCatalog } from "@mamori/core";
import { describe, expect, it } from "vitest";
import { xlsxMessages } from "./messages.js";

describe("xlsxMessages", () => {
  it("has every message in English and Japanese with the same placeholders", () => {
    expect(checkMessageCatalog(xlsxMessages)).toEqual([]);
  });
});
