/**
 * Escape text for HTML and SVG content and attribute values. Every string that comes from a
 * document goes through here before it reaches the report, so a process named
 * `<img src=x onerror=alert(1)>` renders as those characters and runs nothing. Lone
 * surrogates and control characters are replaced, so the file stays valid UTF-8 XML.
 */
export function escapeHtml(value: unknown): string {
  const text = typeof value === "string" ? value : String(value ?? "");
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += text[i]! + text[i + 1]!;
        i++;
      } else {
        out += "\uFFFD";
      }
      continue;
    }
    if (c >= 0xdc00 && c <= 0xdfff) {
      out += "\uFFFD";
      continue;
    }
    switch (c) {
      case 38:
        out += "&amp;";
        break;
      case 60:
        out += "&lt;";
        break;
      case 62:
        out += "&gt;";
        break;
      case 34:
        out += "&quot;";
        break;
      case 39:
        out += "&#39;";
        break;
      default:
        if (
          (c < 0x20 && c !== 9 && c !== 10 && c !== 13) ||
          (c >= 0x7f && c <= 0x9f) ||
          c === 0xfffe ||
          c === 0xffff
        ) {
          out += "\uFFFD";
        } else {
          out += text[i]!;
        }
    }
  }
  return out;
}
