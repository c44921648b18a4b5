import { describe, expect, it } from "vitest";
import { MAMORI_UUID_NAMESPACE, sha1, uuidV5 } from "./uuid.js";

const hex = (b: Uint8Array) => [...b].map((x) => x.toString(16).padStart(2, "0")).join("");

describe("sha1", () => {
  it("matches the FIPS 180 test vectors", () => {
    expect(hex(sha1(new TextEncoder().encode("abc")))).toBe(
      "a9993e364706816aba3e25717850c26c9cd0d89d",
    );
    expect(hex(sha1(new Uint8Array(0)))).toBe("da39a3ee5e6b4b0d3255bfef95601890afd80709");
    // 1000 bytes: spans 16 blocks, checks the padding across block boundaries.
    expect(hex(sha1(new TextEncoder().encode("a".repeat(1000))))).toBe(
      "291e9a6c66994949b57ba5e650361e98fc36b1ba",
    );
  });
});

describe("uuidV5", () => {
  it("matches RFC 9562's example and Python's uuid.uuid5", () => {
    expect(uuidV5("www.example.com", "6ba7b810-9dad-11d1-80b4-00c04fd430c8")).toBe(
      "2ed6657d-e927-568b-95e1-2665a8aea6a2",
    );
    // The mamori namespace is uuid5(NAMESPACE_URL, "https://mamori.dev/ns/oscal").
    expect(uuidV5("https://mamori.dev/ns/oscal", "6ba7b811-9dad-11d1-80b4-00c04fd430c8")).toBe(
      MAMORI_UUID_NAMESPACE,
    );
    expect(uuidV5("skycloud/ssp")).toBe("9daf14c2-683f-581f-ae2d-4abce737b212");
    expect(uuidV5("日本")).toBe("613a41d2-fbce-5c95-8f7a-ef48e2d7c5c0");
  });
  it("is deterministic and sensitive to the name", () => {
    expect(uuidV5("a")).toBe(uuidV5("a"));
    expect(uuidV5("a")).not.toBe(uuidV5("b"));
  });
});
