// DOM building without innerHTML: every string from a document goes through textContent or
// setAttribute, so a name such as `<img src=x onerror=…>` is shown as text and never parsed.

type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined>;

function append(el: Element, children: readonly Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.append(
      typeof c === "string" || typeof c === "number" ? document.createTextNode(String(c)) : c,
    );
  }
}

function setAttrs(el: Element, attrs: Attrs): void {
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    // Event handler attributes would execute text: refuse them outright.
    if (k.toLowerCase().startsWith("on")) throw new Error(`refusing attribute ${k}`);
    el.setAttribute(k, v === true ? "" : String(v));
  }
}

/** Create an HTML element: `h("li", { class: "x" }, "text", child)`. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

const SVG_NS = "http://www.w3.org/2000/svg";

/** Create an SVG element. */
export function s(tag: string, attrs: Attrs = {}, ...children: Child[]): SVGElement {
  const el = document.createElementNS(SVG_NS, tag) as SVGElement;
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

/** Replace the children of `el`. */
export function mount(el: Element, ...children: Child[]): void {
  el.replaceChildren();
  append(el, children);
}

/**
 * An SVG picture from markup made by @mamori/bia/charts (which escapes every text), parsed as
 * XML — never as HTML, so nothing in it runs — and adopted into this document. Empty markup
 * (a chart with nothing to draw, such as a process with no usable impacts) gives null.
 */
export function svgFrom(markup: string): Element | null {
  if (markup === "") return null;
  const parsed = new DOMParser().parseFromString(markup, "image/svg+xml");
  const root = parsed.documentElement;
  if (root.namespaceURI !== SVG_NS || root.localName !== "svg")
    throw new Error("svgFrom: not an SVG picture");
  return document.importNode(root, true);
}
