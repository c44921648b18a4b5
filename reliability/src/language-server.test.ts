// The language service under the reliability suite's text edits: real sample documents, cut and
// spliced with hostile strings keystroke after keystroke, and every request at random positions.
// Whatever the text, nothing throws and every answer is well-formed.
import { createLanguageService } from "@mamori/language-server";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyTextEdits, textEdit } from "./mutate.js";
import { repoText, SAMPLE_PATHS } from "./samples.js";

const FILES = {
  plan: repoText(SAMPLE_PATHS.plan),
  bia: repoText(SAMPLE_PATHS.bia),
  organisation: repoText("examples/data/organisation.yaml"),
  matrix: repoText("examples/data/matrix-skycloud.yaml"),
};

describe("the language service under hostile edits", () => {
  it("answers every request on every edited text without throwing", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...(Object.keys(FILES) as (keyof typeof FILES)[])),
        fc.array(textEdit, { minLength: 1, maxLength: 4 }),
        fc.array(
          fc.record({
            line: fc.integer({ min: -2, max: 400 }),
            character: fc.integer({ min: -2, max: 300 }),
          }),
          {
            minLength: 1,
            maxLength: 3,
          },
        ),
        (which, edits, positions) => {
          const s = createLanguageService({ now: "2026-11-27" });
          // The whole folder open, as an editor with several tabs has it.
          for (const [name, text] of Object.entries(FILES)) s.open(`file:///f/${name}.yaml`, text);
          const uri = `file:///f/${which}.yaml`;
          let text = FILES[which];
          for (const e of edits) {
            text = applyTextEdits(text, [e]);
            s.change(uri, text);
            const diagnostics = s.diagnostics(uri);
            for (const d of diagnostics) {
              expect(d.range.start.line).toBeGreaterThanOrEqual(0);
              expect(typeof d.message).toBe("string");
            }
            for (const p of positions) {
              s.hover(uri, p);
              expect(Array.isArray(s.completion(uri, p))).toBe(true);
              expect(Array.isArray(s.definition(uri, p))).toBe(true);
              expect(Array.isArray(s.references(uri, p))).toBe(true);
              expect(Array.isArray(s.codeActions(uri, { start: p, end: p }, diagnostics))).toBe(
                true,
              );
            }
          }
        },
      ),
      { numRuns: 40, seed: 20261207 },
    );
  });
});
