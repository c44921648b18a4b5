import { describe, expect, it } from "vitest";
import {
  checkMessageCatalog,
  createDiagnostic,
  defineMessages,
  formatMessage,
  placeholdersOf,
} from "./catalog.js";
import { coreMessages } from "./messages.js";

describe("message catalogs", () => {
  it("core's catalog has every key in English and Japanese with the same placeholders", () => {
    expect(checkMessageCatalog(coreMessages)).toEqual([]);
    expect(Object.keys(coreMessages.en).length).toBeGreaterThan(20);
  });

  it("detects a missing key and differing placeholders", () => {
    const broken = { en: { a: "{x} and {y}", b: "B" }, ja: { a: "{x} と {z}" } } as never;
    expect(checkMessageCatalog(broken)).toEqual([
      "'a': placeholders differ: en {x} {y}, ja {x} {z}",
      "'b': missing in ja",
    ]);
  });

  it("substitutes placeholders and leaves unknown ones visible", () => {
    const m = defineMessages({ en: { hi: "Hi {n}, {missing}" }, ja: { hi: "{n}さん、{missing}" } });
    expect(formatMessage(m, "en", "hi", { n: "Sato" })).toBe("Hi Sato, {missing}");
    expect(formatMessage(m, "ja", "hi", { n: "佐藤" })).toBe("佐藤さん、{missing}");
    expect(formatMessage(m, "en", "nope")).toBe("nope");
    expect(placeholdersOf("{b} {a} {b}")).toEqual(["a", "b"]);
  });

  it("substitutes repeated placeholders, never re-reads a substituted value, and cuts long values", () => {
    const m = defineMessages({
      en: { t: "{a}-{b}-{a}", edge: "{a}", plain: "no placeholders", brace: "{ a } {a-b} {a}" },
      ja: { t: "{a}{b}{a}", edge: "{a}", plain: "なし", brace: "{ a } {a-b} {a}" },
    });
    // A value that looks like a placeholder is inserted as text: "{b}" stays "{b}".
    expect(formatMessage(m, "en", "t", { a: "{b}", b: "x" })).toBe("{b}-x-{b}");
    expect(formatMessage(m, "en", "plain", { a: 1 })).toBe("no placeholders");
    // Only {name} with letters, digits and _ is a placeholder.
    expect(formatMessage(m, "en", "brace", { a: 7 })).toBe("{ a } {a-b} 7");
    // Values over 500 characters are cut to 500 plus an ellipsis: 500 + 1 = 501.
    expect(formatMessage(m, "en", "edge", { a: "y".repeat(600) })).toHaveLength(501);
    // The same template formatted again (from the cache) gives the same text.
    expect(formatMessage(m, "ja", "t", { a: 1, b: 2 })).toBe("121");
    expect(formatMessage(m, "ja", "t", { a: 1, b: 2 })).toBe("121");
  });

  it("does not read inherited properties as messages", () => {
    expect(formatMessage(coreMessages, "en", "constructor")).toBe("constructor");
    expect(formatMessage(coreMessages, "en", "__proto__")).toBe("__proto__");
  });

  it("builds diagnostics with both languages", () => {
    const d = createDiagnostic(coreMessages, "ja", {
      code: "document/duplicate-id",
      severity: "error",
      path: "/services/1/id",
      data: { id: "erp" },
      ref: "test",
    });
    expect(d).toEqual({
      code: "document/duplicate-id",
      severity: "error",
      message: "ID 'erp' が複数回使われています。",
      messages: {
        en: "The id 'erp' is used more than once.",
        ja: "ID 'erp' が複数回使われています。",
      },
      path: "/services/1/id",
      ref: "test",
      data: { id: "erp" },
    });
  });
});

describe("formatMessage with huge values", () => {
  it("cuts a value to 500 characters plus an ellipsis", () => {
    // Found by the reliability suite: a 10 MB process id made analyzeBia take 3.5 s, all of
    // it spent copying the id into messages.
    const m = defineMessages({ en: { hi: "Id '{id}'." }, ja: { hi: "ID '{id}'。" } });
    const text = formatMessage(m, "en", "hi", { id: "x".repeat(10 * 1024 * 1024) });
    // "Id '" (4) + 500 x + "…" (1) + "'." (2) = 507.
    expect(text.length).toBe(507);
    expect(text.endsWith("x…'.")).toBe(true);
    expect(formatMessage(m, "en", "hi", { id: "x".repeat(500) })).toBe(`Id '${"x".repeat(500)}'.`);
  });
});
