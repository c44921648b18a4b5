import { escapeXml } from "@mamori/core/internal";

/**
 * Escape text for HTML and SVG content and attribute values. Every string that comes from a
 * document goes through here before it reaches the report, so a process named
 * `<img src=x onerror=alert(1)>` renders as those characters and runs nothing. Lone
 * surrogates and control characters are replaced, so the file stays valid UTF-8 XML. The same
 * escaping as `@mamori/bia/charts` (core's `escapeXml`).
 */
export const escapeHtml: (value: unknown) => string = escapeXml;
