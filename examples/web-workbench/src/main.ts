// The workbench: state, the shell (header, tabs) and the document editor with live
// validation. The BIA and matrix views live in views/.
import type { Diagnostic, Locale } from "@mamori/core";
import {
  type Analysis,
  analyzeAll,
  benchmarkPlan,
  DOC_IDS,
  type DocId,
  type Docs,
  guessDoc,
  MATRIX_SAMPLES,
  sampleDocs,
} from "./documents.js";
import { h, mount } from "./dom.js";
import { fill, strings } from "./i18n.js";
import "./style.css";
import { renderBia } from "./views/bia.js";
import { renderEvidence } from "./views/evidence.js";
import { renderMatrix } from "./views/matrix.js";

type View = "editor" | "bia" | "matrix" | "evidence";

const params = new URLSearchParams(location.search);
const today = new Date().toISOString().slice(0, 10);

const state = {
  locale: (params.get("lang") === "ja" ? "ja" : "en") as Locale,
  now: /^\d{4}-\d{2}-\d{2}$/.test(params.get("now") ?? "") ? (params.get("now") as string) : today,
  docs: sampleDocs() as Docs,
  current: "plan" as DocId,
  view: (["editor", "bia", "matrix"].includes(params.get("view") ?? "")
    ? params.get("view")
    : "editor") as View,
  analysis: undefined as Analysis | undefined,
  scenario: undefined as string | undefined,
  // What the banner says, kept as message keys so that it follows the locale switch.
  notes: [] as Note[],
};

/** One sentence of the banner: a message of the current locale and what fills it. */
interface Note {
  key:
    | "dropped"
    | "droppedUnknown"
    | "attestationDropped"
    | "droppedWorkbook"
    | "workbookProblems"
    | "workbookUnread";
  file?: string;
  doc?: DocId;
  /** A workbook's reading problems, as read (in the locale of that moment), and their count. */
  problem?: string;
  count?: number;
}

/** The attestation texts of the samples: one of them beside a matrix of the user's is stale. */
const SAMPLE_ATTESTATIONS = new Set(Object.values(MATRIX_SAMPLES).map((m) => m.attestation.text));

/**
 * After the user's own matrix arrives without an attestation: a sample's attestation would be
 * compared with a matrix it does not describe, so it is set aside, and the banner says so.
 */
function dropSampleAttestation(placed: ReadonlySet<DocId>, notes: Note[]): void {
  if (!placed.has("matrix") || placed.has("attestation")) return;
  if (!SAMPLE_ATTESTATIONS.has(state.docs.attestation.text)) return;
  state.docs.attestation = { text: "", file: "" };
  notes.push({ key: "attestationDropped" });
}

const DEBOUNCE_MS = 150;
const app = document.getElementById("app") as HTMLElement;

// The editor's elements persist across renders so that the caret and scroll stay put.
const textarea = h("textarea", {
  class: "code",
  spellcheck: "false",
  autocapitalize: "off",
  autocomplete: "off",
  wrap: "off",
  "aria-label": "document",
  "data-testid": "editor",
});
const gutter = h("pre", { class: "gutter", "aria-hidden": "true" });
textarea.addEventListener("scroll", () => {
  gutter.scrollTop = textarea.scrollTop;
});

let timer: number | undefined;
// When the first unhandled edit happened, to report input-to-screen latency.
let editedAt: number | undefined;
textarea.addEventListener("input", () => {
  editedAt ??= performance.now();
  state.docs[state.current] = { ...state.docs[state.current], text: textarea.value };
  updateGutter();
  window.clearTimeout(timer);
  timer = window.setTimeout(() => run(), DEBOUNCE_MS);
});

function updateGutter(): void {
  const lines = textarea.value.split("\n").length;
  let s = "";
  for (let i = 1; i <= lines; i++) s += `${i}\n`;
  gutter.textContent = s;
}

function t() {
  return strings(state.locale);
}

function docLabel(id: DocId): string {
  const s = t();
  return {
    plan: s.docPlan,
    bia: s.docBia,
    matrix: s.docMatrix,
    attestation: s.docAttestation,
    organisation: s.docOrganisation,
  }[id];
}

let runs = 0;
function run(): void {
  const t0 = performance.now();
  state.analysis = analyzeAll(state.docs, state.locale, state.now);
  const t1 = performance.now();
  render();
  document.body.dataset.analysisMs = (t1 - t0).toFixed(1);
  document.body.dataset.renderMs = (performance.now() - t1).toFixed(1);
  runs++;
  document.body.dataset.runs = String(runs);
  if (editedAt !== undefined) {
    // Latency from the edit to the updated diagnostics on screen (debounce included).
    document.body.dataset.latencyMs = (performance.now() - editedAt).toFixed(1);
    editedAt = undefined;
  }
}

// ---- rendering -------------------------------------------------------------------------

const main = h("main", { id: "main" });
const header = h("header", { class: "top" });
const notice = h("div", { class: "notice", role: "status" });
app.append(header, notice, main);

function render(): void {
  document.documentElement.lang = state.locale;
  document.title = t().title;
  renderHeader();
  const s = t();
  notice.textContent = state.notes
    .map((n) =>
      fill(s[n.key], {
        file: n.file ?? "",
        doc: n.doc ? docLabel(n.doc) : "",
        problem: n.problem ?? "",
        list: n.problem ?? "",
        count: n.count ?? 0,
      }),
    )
    .join(" ");
  notice.hidden = state.notes.length === 0;
  const a = state.analysis;
  if (!a) return;
  if (state.view === "editor") mount(main, editorView(a));
  else if (state.view === "bia")
    mount(
      main,
      renderBia(a, state.locale, state.scenario, (id) => {
        state.scenario = id;
        render();
      }),
    );
  else if (state.view === "evidence") mount(main, renderEvidence(a, state.locale));
  else
    mount(
      main,
      renderMatrix(a, state.locale, (sample) => {
        state.docs.matrix = { ...MATRIX_SAMPLES[sample].matrix };
        state.docs.attestation = { ...MATRIX_SAMPLES[sample].attestation };
        state.notes = [];
        run();
      }),
    );
}

function renderHeader(): void {
  const s = t();
  const tab = (view: View, label: string) =>
    h(
      "button",
      {
        class: `tab${state.view === view ? " active" : ""}`,
        "data-view": view,
        "aria-pressed": state.view === view,
      },
      label,
    );
  const tabs = h(
    "nav",
    { class: "tabs" },
    tab("editor", s.tabEditor),
    tab("bia", s.tabBia),
    tab("matrix", s.tabMatrix),
    tab("evidence", s.tabEvidence),
  );
  tabs.addEventListener("click", (e) => {
    const b = (e.target as Element).closest("button");
    if (!b?.dataset.view) return;
    state.view = b.dataset.view as View;
    render();
  });
  const lang = h(
    "div",
    { class: "lang", role: "group", "aria-label": "language" },
    h("button", { "data-lang": "en", class: state.locale === "en" ? "active" : "" }, "English"),
    h("button", { "data-lang": "ja", class: state.locale === "ja" ? "active" : "" }, "日本語"),
  );
  lang.addEventListener("click", (e) => {
    const b = (e.target as Element).closest("button");
    const l = b?.dataset.lang;
    if ((l === "en" || l === "ja") && l !== state.locale) {
      state.locale = l;
      run();
    }
  });
  const date = h("input", {
    type: "date",
    value: state.now,
    "aria-label": "judged on",
    class: "date",
  });
  date.addEventListener("change", () => {
    if (/^\d{4}-\d{2}-\d{2}$/.test(date.value)) {
      state.now = date.value;
      run();
    }
  });
  mount(
    header,
    h(
      "div",
      { class: "brand" },
      h("span", { class: "logo", "aria-hidden": "true" }, "守"),
      h("div", {}, h("h1", {}, s.title), h("p", { class: "subtitle" }, s.subtitle)),
    ),
    tabs,
    h("div", { class: "controls" }, date, lang),
  );
}

function counts(list: readonly Diagnostic[]) {
  const c = { error: 0, warning: 0, info: 0 };
  for (const d of list) c[d.severity]++;
  return c;
}

function editorView(a: Analysis): HTMLElement {
  const s = t();
  const docTabs = h("div", { class: "doc-tabs", role: "tablist" });
  for (const id of DOC_IDS) {
    const c = counts(a.diagnostics[id]);
    docTabs.append(
      h(
        "button",
        {
          class: `doc-tab${id === state.current ? " active" : ""}`,
          "data-doc": id,
          role: "tab",
          "aria-selected": id === state.current,
        },
        h("span", { class: "doc-name" }, docLabel(id)),
        c.error > 0 ? h("span", { class: "badge error" }, c.error) : null,
        c.warning > 0 ? h("span", { class: "badge warning" }, c.warning) : null,
      ),
    );
  }
  docTabs.addEventListener("click", (e) => {
    const b = (e.target as Element).closest("button");
    if (!b?.dataset.doc) return;
    state.current = b.dataset.doc as DocId;
    textarea.value = state.docs[state.current].text;
    textarea.scrollTop = 0;
    updateGutter();
    render();
  });

  if (textarea.value !== state.docs[state.current].text) {
    textarea.value = state.docs[state.current].text;
    updateGutter();
  }

  const fileInput = h("input", {
    type: "file",
    accept: ".yaml,.yml,.json,.csv,.txt,.xlsx",
    multiple: true,
    hidden: true,
  });
  fileInput.addEventListener("change", () => {
    if (fileInput.files) void loadFiles([...fileInput.files]);
  });
  const open = h("button", { class: "btn" }, s.load);
  open.addEventListener("click", () => fileInput.click());
  const reset = h("button", { class: "btn ghost" }, s.reset);
  reset.addEventListener("click", () => {
    state.docs[state.current] = { ...sampleDocs()[state.current] };
    textarea.value = state.docs[state.current].text;
    updateGutter();
    state.notes = [];
    run();
  });

  // In the editor, findings read top to bottom like the document.
  const list = [...a.diagnostics[state.current]].sort(
    (x, y) =>
      (x.range?.start.line ?? 0) - (y.range?.start.line ?? 0) ||
      (x.range?.start.column ?? 0) - (y.range?.start.column ?? 0),
  );
  const c = counts(list);
  const diagList = h("ol", { class: "diag-list", "data-testid": "diagnostics" });
  for (const d of list) diagList.append(diagnosticItem(d));
  if (list.length === 0) diagList.append(h("li", { class: "empty" }, s.noDiagnostics));

  return h(
    "section",
    { class: "editor-view" },
    docTabs,
    h(
      "div",
      { class: "editor-grid" },
      h(
        "div",
        { class: "panel code-panel" },
        h(
          "div",
          { class: "panel-head" },
          h("span", { class: "file" }, state.docs[state.current].file),
          h("span", { class: "spacer" }),
          open,
          reset,
          fileInput,
        ),
        h("div", { class: "code-wrap" }, gutter, textarea),
        h("div", { class: "code-foot" }, s.dropHint),
      ),
      h(
        "div",
        { class: "panel diag-panel" },
        h(
          "div",
          { class: "panel-head" },
          h("h2", {}, s.diagnostics),
          h("span", { class: "pill error" }, `${c.error} ${s.errors}`),
          h("span", { class: "pill warning" }, `${c.warning} ${s.warnings}`),
          h("span", { class: "pill info" }, `${c.info} ${s.infos}`),
          h("span", { class: "spacer" }),
          state.current === "plan"
            ? h(
                "span",
                { class: "timing", "data-testid": "timing" },
                fill(s.validatedIn, { ms: a.planMs.toFixed(1) }),
              )
            : null,
        ),
        diagList,
      ),
    ),
  );
}

function diagnosticItem(d: Diagnostic): HTMLElement {
  const line = d.range?.start.line;
  const col = d.range?.start.column;
  const item = h(
    "li",
    { class: `diag ${d.severity}`, "data-code": d.code, "data-line": line ?? "" },
    h(
      "span",
      { class: `sev ${d.severity}` },
      d.severity === "error" ? "✕" : d.severity === "warning" ? "!" : "i",
    ),
    h(
      "div",
      { class: "diag-body" },
      h("div", { class: "diag-msg" }, d.message),
      h(
        "div",
        { class: "diag-meta" },
        h("code", { class: "diag-code" }, d.code),
        line !== undefined
          ? h("button", { class: "loc", "data-line": line }, `${line}:${col ?? 1}`)
          : h("span", { class: "loc none" }, d.path || "/"),
        d.ref ? h("span", { class: "ref", title: d.ref }, d.ref) : null,
      ),
    ),
  );
  if (line !== undefined) {
    item.classList.add("jump");
    item.addEventListener("click", () => {
      for (const el of item.parentElement?.querySelectorAll(".diag.active") ?? [])
        el.classList.remove("active");
      item.classList.add("active");
      jumpTo(line);
    });
  }
  return item;
}

/** Select a line in the editor and scroll it into view. */
function jumpTo(line: number): void {
  const text = textarea.value;
  let start = 0;
  for (let i = 1; i < line; i++) {
    const nl = text.indexOf("\n", start);
    if (nl < 0) break;
    start = nl + 1;
  }
  let end = text.indexOf("\n", start);
  if (end < 0) end = text.length;
  textarea.focus();
  textarea.setSelectionRange(start, end);
  const lh = Number.parseFloat(getComputedStyle(textarea).lineHeight) || 18;
  textarea.scrollTop = Math.max(0, (line - 1) * lh - textarea.clientHeight / 3);
  gutter.scrollTop = textarea.scrollTop;
  document.body.dataset.jumpedTo = String(line);
}

// ---- files: open and drop --------------------------------------------------------------

async function loadFiles(files: File[]): Promise<void> {
  const notes: Note[] = [];
  const placed = new Set<DocId>();
  let last: DocId | undefined;
  for (const f of files) {
    if (/\.xlsx$/i.test(f.name)) {
      const { loadWorkbook, describe } = await import("./workbook.js");
      const wb = loadWorkbook(new Uint8Array(await f.arrayBuffer()), f.name, state.locale);
      const problems = wb.diagnostics.slice(0, 5).map(describe).join(" · ");
      if (wb.id === undefined || wb.text === undefined) {
        notes.push({ key: "workbookUnread", file: f.name, problem: problems });
        continue;
      }
      state.docs[wb.id] = { text: wb.text, file: f.name };
      placed.add(wb.id);
      notes.push({ key: "droppedWorkbook", file: f.name, doc: wb.id });
      if (wb.diagnostics.length > 0)
        notes.push({ key: "workbookProblems", count: wb.diagnostics.length, problem: problems });
      last = wb.id;
      continue;
    }
    const text = await f.text();
    const id = guessDoc(text, f.name);
    const target = id ?? (files.length === 1 ? state.current : "plan");
    state.docs[target] = { text, file: f.name };
    placed.add(target);
    notes.push(
      id ? { key: "dropped", file: f.name, doc: id } : { key: "droppedUnknown", file: f.name },
    );
    last = target;
  }
  dropSampleAttestation(placed, notes);
  if (last) state.current = last;
  state.view = "editor";
  state.notes = notes;
  textarea.value = state.docs[state.current].text;
  updateGutter();
  run();
}

document.addEventListener("dragover", (e) => {
  e.preventDefault();
  document.body.classList.add("dragging");
});
document.addEventListener("dragleave", (e) => {
  if (e.relatedTarget === null) document.body.classList.remove("dragging");
});
document.addEventListener("drop", (e) => {
  e.preventDefault();
  document.body.classList.remove("dragging");
  const files = [...(e.dataTransfer?.files ?? [])];
  if (files.length > 0) void loadFiles(files);
});

// A paste of a whole document into an empty editor, or of another kind of document, goes to
// its own slot.
textarea.addEventListener("paste", (e) => {
  const text = e.clipboardData?.getData("text/plain") ?? "";
  const id = guessDoc(text, "");
  if (
    id &&
    id !== state.current &&
    textarea.selectionStart === 0 &&
    textarea.selectionEnd === textarea.value.length
  ) {
    e.preventDefault();
    state.docs[id] = { text, file: `pasted-${id}.yaml` };
    const notes: Note[] = [];
    dropSampleAttestation(new Set([id]), notes);
    if (notes.length > 0) state.notes = notes;
    state.current = id;
    textarea.value = text;
    updateGutter();
    run();
  }
});

// Hooks for the end-to-end tests and the README's measurement.
declare global {
  interface Window {
    __workbench: {
      benchmark: (runs: number) => { medianMs: number; minMs: number; runs: number };
      counts: () => Record<DocId, number>;
    };
  }
}
window.__workbench = {
  benchmark: (runs) => benchmarkPlan(state.docs, state.locale, state.now, runs),
  counts: () => {
    const out = {} as Record<DocId, number>;
    for (const id of DOC_IDS) out[id] = state.analysis?.diagnostics[id].length ?? 0;
    return out;
  },
};

updateGutter();
run();
document.body.dataset.ready = "true";
