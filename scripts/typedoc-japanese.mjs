// A TypeDoc plugin for the Japanese pages of the site.
//
// 1. Search: TypeDoc's index uses lunr, whose trimmer strips every character outside
//    [A-Za-z0-9_] from the ends of a token, so "(目標復旧時間):" became "" and no Japanese word
//    was ever found. This trimmer strips only what is neither a letter nor a digit of any
//    script; the site's search wraps each query word in wildcards, so a term inside a longer run
//    of Japanese text is found too.
// 2. Line breaks: Markdown turns a line break inside a paragraph into a space, which Japanese
//    does not put between words ("計画を\n検証" read "計画を 検証"). A break between two
//    Japanese characters is removed from the pages' text (code blocks are left alone).
// 3. Language: a page whose text is mostly Japanese is served with <html lang="ja">, so
//    browsers, screen readers and search engines read it as Japanese.
import lunr from "lunr";
import { PageEvent, RendererEvent } from "typedoc";

const JA =
  "\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}ー、。，．：；！？「」『』（）【】・";
const BREAK = new RegExp(`([${JA}])\\n(?=[${JA}])`, "gu");
const KANA_KANJI = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

/** @param {import("typedoc").Application} app */
export function load(app) {
  const trimmer = (token) =>
    token.update((s) => s.replace(/^[^\p{L}\p{N}]+/u, "").replace(/[^\p{L}\p{N}]+$/u, ""));
  trimmer.label = "trimmer";
  lunr.Pipeline.registeredFunctions.trimmer = trimmer;
  lunr.trimmer = trimmer;

  /** Ids of the documents written in Japanese. */
  const japanese = new Set();
  // At the start of rendering: the project is whole (with `packages`, the guides are only
  // attached to the merged project, after every package's conversion).
  app.renderer.on(RendererEvent.BEGIN, (event) => {
    for (const reflection of Object.values(event.project.reflections)) {
      if (!reflection.isDocument?.()) continue;
      const text = reflection.content.map((p) => p.text).join("");
      const letters = (text.match(KANA_KANJI) ?? []).length;
      // Mostly Japanese: a tenth of the characters in kana or kanji (code and ids are ASCII).
      if (letters / Math.max(1, text.length) < 0.1) continue;
      japanese.add(reflection.id);
      for (const part of reflection.content)
        if (part.kind === "text") part.text = part.text.replace(BREAK, "$1");
    }
  });
  app.renderer.on(PageEvent.END, (page) => {
    if (page.model && japanese.has(page.model.id) && typeof page.contents === "string")
      page.contents = page.contents.replace(/<html([^>]*) lang="en"/, '<html$1 lang="ja"');
  });
}
