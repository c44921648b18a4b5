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
// 3. Language: a page written in Japanese (from docs/ja/, and the Japanese rule list) is served
//    with <html lang="ja">, so browsers, screen readers and search engines read it as Japanese.
// 4. The site's own words: a Japanese page is rendered with TypeDoc's built-in ja locale (検索,
//    このページ, 設定, …) and loads assets/main.ja.js, TypeDoc's script with the ja strings of the
//    browser side (search results, copy buttons), so the Japanese path reads Japanese throughout.
//    One build serves both languages: the locale is switched for the duration of each Japanese
//    page's rendering (TypeDoc renders a page synchronously between PageEvent.BEGIN and END).
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import lunr from "lunr";
import { i18n, PageEvent, ReflectionKind, RendererEvent } from "typedoc";

const JA =
  "\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}ー、。，．：；！？「」『』（）【】・";
const BREAK = new RegExp(`([${JA}])\\n(?=[${JA}])`, "gu");
/** The Japanese pages' files: docs/ja/ and the Japanese rule list. */
const JAPANESE_SOURCE = /\/docs\/(?:ja\/.*|rules\/ja)\.md$/;

/**
 * The theme's strings that TypeDoc 0.28's ja locale lacks (it would print the key itself,
 * `theme_search_placeholder`, in the search box).
 */
const JA_THEME = {
  theme_search_placeholder: "ドキュメントを検索",
  theme_search_no_results_found_for_0: "「{0}」に一致する結果はありません",
  theme_folder: "フォルダー",
  theme_hierarchy_expand: "展開",
  theme_hierarchy_collapse: "折りたたむ",
  theme_hierarchy_summary: "階層の概要",
  theme_hierarchy_view_summary: "概要を表示",
};

/** @param {import("typedoc").Application} app */
export function load(app) {
  app.internationalization.addTranslations("ja", JA_THEME);
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
      for (const part of reflection.content)
        if (part.kind === "text") part.text = part.text.replace(BREAK, "$1");
      const source = event.project.files.getReflectionPath(reflection);
      if (source === undefined)
        throw new Error(`typedoc-japanese: no source for ${reflection.name}`);
      if (JAPANESE_SOURCE.test(source)) japanese.add(reflection.id);
    }
  });
  app.renderer.on(PageEvent.BEGIN, (page) => {
    if (page.model && japanese.has(page.model.id)) app.internationalization.setLocale("ja");
  });
  app.renderer.on(PageEvent.END, (page) => {
    if (!page.model || !japanese.has(page.model.id)) return;
    app.internationalization.setLocale(app.lang);
    if (typeof page.contents === "string")
      page.contents = page.contents
        .replace(/<html([^>]*) lang="en"/, '<html$1 lang="ja"')
        .replace(/(<script [^>]*src="[^"]*assets\/)main\.js"/, '$1main.ja.js"');
  });
  // After TypeDoc has written assets/main.js (a listener of higher priority): the same script
  // with the ja strings.
  app.renderer.on(
    RendererEvent.END,
    (event) => {
      const file = join(event.outputDirectory, "assets", "main.js");
      const script = readFileSync(file, "utf8");
      const line = /^window\.translations=(.*);$/m.exec(script);
      if (!line) throw new Error("typedoc-japanese: no window.translations in assets/main.js");
      app.internationalization.setLocale("ja");
      try {
        const ja = browserStrings(Object.keys(JSON.parse(line[1])));
        writeFileSync(
          join(event.outputDirectory, "assets", "main.ja.js"),
          script.replace(line[0], () => `window.translations=${JSON.stringify(ja)};`),
        );
      } finally {
        app.internationalization.setLocale(app.lang);
      }
    },
    -100,
  );
}

/** The browser-side strings TypeDoc's main.js uses, in the current locale, for the given keys. */
export function browserStrings(keys) {
  const theme = {
    copy: () => i18n.theme_copy(),
    copied: () => i18n.theme_copied(),
    normally_hidden: () => i18n.theme_normally_hidden(),
    hierarchy_expand: () => i18n.theme_hierarchy_expand(),
    hierarchy_collapse: () => i18n.theme_hierarchy_collapse(),
    folder: () => i18n.theme_folder(),
    search_index_not_available: () => i18n.theme_search_index_not_available(),
    search_no_results_found_for_0: () => i18n.theme_search_no_results_found_for_0("{0}"),
  };
  const out = {};
  for (const key of keys) {
    const kind = /^kind_(\d+)$/.exec(key);
    if (kind) out[key] = ReflectionKind.singularString(Number(kind[1]));
    else if (theme[key]) out[key] = theme[key]();
    else throw new Error(`typedoc-japanese: unknown browser string ${key}`);
  }
  return out;
}
