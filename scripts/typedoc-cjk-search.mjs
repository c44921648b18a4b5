// A TypeDoc plugin: keep Japanese (any script's) words in the site's search index. TypeDoc's
// index uses lunr, whose trimmer strips every character outside [A-Za-z0-9_] from the ends of a
// token, so "(目標復旧時間):" became "" and no Japanese word was ever found. This trimmer strips
// only what is neither a letter nor a digit of any script. The site's search wraps each query
// word in wildcards, so a term inside a longer Japanese run of text is found too.
import lunr from "lunr";

/** @param {import("typedoc").Application} _app */
export function load(_app) {
  const trimmer = (token) =>
    token.update((s) => s.replace(/^[^\p{L}\p{N}]+/u, "").replace(/[^\p{L}\p{N}]+$/u, ""));
  trimmer.label = "trimmer";
  lunr.Pipeline.registeredFunctions.trimmer = trimmer;
  lunr.trimmer = trimmer;
}
