// <num-check>: numcheck for any page, in one module.
//
//   <script type="module" src="widget/num-check.js"></script>
//   <num-check><article>…</article></num-check>     checks the wrapped article in place
//   <num-check for="story"></num-check>              checks the element with id="story"
//   <num-check editable>text</num-check>             a text box with the same highlighting
//
// The host page's DOM is never changed: figures are highlighted with the CSS Custom
// Highlight API (ranges over the host's own text nodes), and the findings panel lives in
// this element's Shadow DOM. Where the API is missing, the panel still lists every finding
// and the element gets `highlights="unsupported"`. Pasted or page text only ever becomes
// text nodes. Theme with --numcheck-* custom properties and ::part(panel | summary |
// finding | editor). After each check the element fires `numcheck-report` (bubbles,
// composed) with the report as `detail`; `element.report` holds the latest one and
// `element.rangeForMention(id)` gives the Range a mention covers (the equivalent of the
// page's data-mention-id).

import { el, figureNodes, LABEL, worstByMention, summarize } from "../dom.js";
import { checkText, load } from "../engine.js";

const KINDS = ["error", "warning", "note", "ok", "figure", "selected"];
const DEBOUNCE_MS = 250;
const BLOCKS = new Set(["P", "DIV", "LI", "H1", "H2", "H3", "H4", "H5", "H6", "BLOCKQUOTE", "ARTICLE", "SECTION", "HEADER", "FOOTER", "TD", "TH", "TR", "FIGCAPTION", "PRE", "BR", "HR", "DT", "DD"]);
const SKIP = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "NUM-CHECK", "TEXTAREA"]);
const supportsHighlights = typeof CSS !== "undefined" && "highlights" in CSS && typeof Highlight === "function";

// Highlights are global to the document: one Highlight per kind, shared by every widget,
// each widget adding and removing only its own ranges.
const shared = {};
if (supportsHighlights) {
  for (const kind of KINDS) {
    shared[kind] = new Highlight();
    if (kind === "selected") shared[kind].priority = 1;
    CSS.highlights.set(`numcheck-${kind}`, shared[kind]);
  }
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`
    ::highlight(numcheck-figure) { background-color: var(--numcheck-figure-bg, rgba(120, 110, 90, 0.14)); }
    ::highlight(numcheck-ok) { background-color: var(--numcheck-ok-bg, #e3f3e4); text-decoration: underline solid var(--numcheck-ok, #2e7d32); }
    ::highlight(numcheck-note) { background-color: var(--numcheck-note-bg, #e0ecfb); text-decoration: underline solid var(--numcheck-note, #1f5fa8) 2px; }
    ::highlight(numcheck-warning) { background-color: var(--numcheck-warning-bg, #fff0cc); text-decoration: underline dashed var(--numcheck-warning, #a15c00) 2px; }
    ::highlight(numcheck-error) { background-color: var(--numcheck-error-bg, #fde3e1); text-decoration: underline double var(--numcheck-error, #c62828) 2px; }
    ::highlight(numcheck-selected) { background-color: var(--numcheck-selected-bg, #ffe36e); color: #000; }
  `);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

const panelSheet = new CSSStyleSheet();
panelSheet.replaceSync(`
  :host { display: block; font: inherit; --_error: var(--numcheck-error, #c62828); --_warning: var(--numcheck-warning, #a15c00);
    --_note: var(--numcheck-note, #1f5fa8); --_ok: var(--numcheck-ok, #2e7d32); --_bg: var(--numcheck-panel-bg, #fff);
    --_fg: var(--numcheck-panel-fg, #1d1d1b); --_border: var(--numcheck-border, #d8d5cc); --_muted: var(--numcheck-muted, #5f5e59); }
  .layout { display: grid; grid-template-columns: minmax(0, 1fr) minmax(14rem, 20rem); gap: 1.25rem; align-items: start; }
  :host([for]) .layout, :host([editable]) .layout { grid-template-columns: 1fr; }
  @media (max-width: 700px) { .layout { grid-template-columns: 1fr; } }
  .panel { background: var(--_bg); color: var(--_fg); border: 1px solid var(--_border); border-radius: 6px; padding: 0.6rem 0.75rem;
    font: 0.9rem/1.4 system-ui, sans-serif; position: sticky; top: 0.5rem; max-height: 90vh; overflow: auto; }
  .title { font-weight: 700; margin: 0 0 0.25rem; font-size: 0.95rem; }
  .summary { margin: 0 0 0.5rem; color: var(--_muted); }
  ol { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.4rem; }
  button.finding { all: unset; box-sizing: border-box; display: block; width: 100%; cursor: pointer; border: 1px solid var(--_border);
    border-left: 4px solid var(--_muted); border-radius: 4px; padding: 0.35rem 0.5rem; background: var(--_bg); color: var(--_fg); }
  button.finding:focus-visible, button.finding[aria-pressed="true"] { outline: 2px solid var(--_fg); }
  .finding[data-severity="error"] { border-left-color: var(--_error); }
  .finding[data-severity="warning"] { border-left-color: var(--_warning); }
  .finding[data-severity="note"] { border-left-color: var(--_note); }
  .finding[data-severity="ok"] { border-left-color: var(--_ok); }
  .badge { font-size: 0.7rem; font-weight: 700; text-transform: uppercase; letter-spacing: 0.04em; margin-right: 0.35rem; }
  [data-severity="error"] .badge { color: var(--_error); } [data-severity="warning"] .badge { color: var(--_warning); }
  [data-severity="note"] .badge { color: var(--_note); } [data-severity="ok"] .badge { color: var(--_ok); }
  .message { display: block; margin-top: 0.15rem; }
  .editor { position: relative; font: 15px/1.5 ui-monospace, monospace; }
  .editor > * { box-sizing: border-box; margin: 0; padding: 0.6rem; border: 1px solid var(--_border); border-radius: 6px;
    width: 100%; min-height: 12rem; white-space: pre-wrap; overflow-wrap: anywhere; font: inherit; letter-spacing: normal; }
  .mirror { position: absolute; inset: 0; overflow: hidden; color: transparent; background: var(--_bg); pointer-events: none; }
  .mirror mark { color: transparent; border-radius: 2px; background: var(--numcheck-figure-bg, rgba(120, 110, 90, 0.14)); }
  .mirror mark[data-severity="ok"] { background: var(--numcheck-ok-bg, #e3f3e4); border-bottom: 1px solid var(--_ok); }
  .mirror mark[data-severity="note"] { background: var(--numcheck-note-bg, #e0ecfb); border-bottom: 2px solid var(--_note); }
  .mirror mark[data-severity="warning"] { background: var(--numcheck-warning-bg, #fff0cc); border-bottom: 2px dashed var(--_warning); }
  .mirror mark[data-severity="error"] { background: var(--numcheck-error-bg, #fde3e1); border-bottom: 3px double var(--_error); }
  .mirror mark.selected { background: var(--numcheck-selected-bg, #ffe36e); }
  textarea { position: relative; display: block; resize: vertical; background: transparent; color: var(--_fg); caret-color: var(--_fg); }
`);


/** The text of `root` as a reader sees it, and where each text node starts in it. */
function readText(root) {
  const pieces = [];
  const nodes = [];
  let length = 0;
  const push = (s) => { pieces.push(s); length += s.length; };
  const walk = (node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        nodes.push({ node: child, start: length });
        push(child.data);
      } else if (child.nodeType === Node.ELEMENT_NODE && !SKIP.has(child.tagName)) {
        const block = BLOCKS.has(child.tagName);
        if (block) push("\n\n");
        walk(child);
        if (block) push("\n\n");
      }
    }
  };
  walk(root);
  return { text: pieces.join(""), nodes };
}

/** The DOM position of UTF-16 offset `offset` in a text read by readText. */
function locate(nodes, offset, preferEnd) {
  let lo = 0, hi = nodes.length - 1, found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (nodes[mid].start <= offset) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  if (found < 0) return null;
  let { node, start } = nodes[found];
  if (preferEnd && offset === start && found > 0) ({ node, start } = nodes[found - 1]);
  return { node, offset: Math.min(offset - start, node.data.length) };
}


class NumCheck extends HTMLElement {
  static observedAttributes = ["for"];

  #shadow = this.attachShadow({ mode: "open" });
  #ranges = []; // [kind, Range] this element added to the shared highlights
  #rangeById = new Map();
  #timer = 0;
  #sequence = 0;
  #observer = null;
  #textarea = null;
  #mirror = null;
  #list;
  #summary;
  report = null;

  connectedCallback() {
    this.#shadow.adoptedStyleSheets = [panelSheet];
    this.#summary = el("p", { className: "summary", part: "summary", attrs: { role: "status", "aria-live": "polite" }, text: "Checking figures…" });
    this.#list = el("ol", { attrs: { "aria-label": "Findings" } });
    const panel = el("aside", { className: "panel", part: "panel", attrs: { "aria-label": "numcheck findings" } }, [
      el("p", { className: "title", text: "Figures checked by numcheck" }), this.#summary, this.#list,
    ]);
    const main = this.hasAttribute("editable") ? this.#buildEditor() : this.hasAttribute("for") ? null : el("div", {}, [document.createElement("slot")]);
    this.#shadow.replaceChildren(el("div", { className: "layout" }, main ? [main, panel] : [panel]));
    if (!supportsHighlights && !this.hasAttribute("editable")) this.setAttribute("highlights", "unsupported");
    if (!this.hasAttribute("editable")) {
      this.#observer = new MutationObserver(() => this.#schedule());
      this.#observer.observe(this.#target(), { subtree: true, childList: true, characterData: true });
    }
    this.#run();
  }

  disconnectedCallback() {
    this.#observer?.disconnect();
    this.#clearRanges();
  }

  attributeChangedCallback() {
    if (this.isConnected && this.#list) this.#schedule();
  }

  /** The text box's value in editable mode. */
  get value() { return this.#textarea?.value ?? ""; }
  set value(text) {
    if (this.#textarea) { this.#textarea.value = text; this.#schedule(); }
  }

  /** The Range a mention covers in the host page (article mode), as data-mention-id would. */
  rangeForMention(id) { return this.#rangeById.get(id) ?? null; }

  #target() {
    const id = this.getAttribute("for");
    return (id && document.getElementById(id)) || this;
  }

  #buildEditor() {
    this.#mirror = el("div", { className: "mirror", attrs: { "aria-hidden": "true" } });
    this.#textarea = el("textarea", { part: "editor", attrs: { spellcheck: "false", "aria-label": this.getAttribute("label") ?? "Text to check" } });
    this.#textarea.value = this.textContent.trim();
    this.#textarea.addEventListener("input", () => this.#schedule());
    this.#textarea.addEventListener("scroll", () => { this.#mirror.scrollTop = this.#textarea.scrollTop; });
    return el("div", { className: "editor" }, [this.#mirror, this.#textarea]);
  }

  #schedule() {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#run(), DEBOUNCE_MS);
  }

  async #run() {
    const mine = ++this.#sequence;
    const source = this.#textarea ? { text: this.#textarea.value, nodes: null } : readText(this.#target());
    let result;
    try {
      result = await checkText(source.text);
    } catch (e) {
      if (mine === this.#sequence) this.#summary.textContent = String(e.message ?? e);
      return;
    }
    if (mine !== this.#sequence) return;
    this.report = result.report;
    if (this.#textarea) this.#renderMirror(source.text, result.report);
    else this.#highlight(source.nodes, result.report);
    this.#renderFindings(result.report);
    this.dataset.ready = "true";
    this.dispatchEvent(new CustomEvent("numcheck-report", { detail: result.report, bubbles: true, composed: true }));
  }

  #clearRanges() {
    for (const [kind, range] of this.#ranges) shared[kind]?.delete(range);
    this.#ranges = [];
  }

  #highlight(nodes, report) {
    this.#clearRanges();
    this.#rangeById.clear();
    const worst = worstByMention(report);
    for (const m of report.mentions) {
      const start = locate(nodes, m.span.start, false);
      const end = locate(nodes, m.span.end, true);
      if (!start || !end) continue;
      const range = new Range();
      range.setStart(start.node, start.offset);
      range.setEnd(end.node, end.offset);
      this.#rangeById.set(m.id, range);
      if (supportsHighlights) {
        const kind = worst.get(m.id) ?? "figure";
        shared[kind].add(range);
        this.#ranges.push([kind, range]);
      }
    }
  }

  #renderMirror(text, report) {
    const mark = (m, figure, severity) => el("mark", { text: figure, data: { mentionId: m.id, ...(severity ? { severity } : {}) } });
    // The trailing newline keeps the mirror as tall as the text box's last line.
    this.#mirror.replaceChildren(...figureNodes(text + "\n", report, mark));
  }

  #select(finding, button) {
    for (const b of this.#list.querySelectorAll('[aria-pressed="true"]')) b.setAttribute("aria-pressed", "false");
    button.setAttribute("aria-pressed", "true");
    if (this.#mirror) {
      for (const mark of this.#mirror.querySelectorAll("mark")) mark.classList.toggle("selected", finding.mentions.includes(Number(mark.dataset.mentionId)));
      return;
    }
    for (const [kind, range] of this.#ranges.filter(([k]) => k === "selected")) shared[kind].delete(range);
    this.#ranges = this.#ranges.filter(([k]) => k !== "selected");
    const ranges = finding.mentions.map((id) => this.#rangeById.get(id)).filter(Boolean);
    if (supportsHighlights) {
      for (const range of ranges) { shared.selected.add(range); this.#ranges.push(["selected", range]); }
    }
    ranges[0]?.startContainer.parentElement?.scrollIntoView({ block: "center", behavior: "smooth" });
  }

  #renderFindings(report) {
    const buttons = report.findings.map((f, index) => {
      const figures = f.mentions.map((id) => report.mentions[id]?.text ?? "?").join(", ");
      const button = el("button", {
        className: "finding", part: "finding",
        data: { finding: index, check: f.check, severity: f.severity },
        attrs: { type: "button", "aria-pressed": "false", title: `Figures: ${figures}` },
      }, [el("span", { className: "badge", text: LABEL[f.severity] }), el("span", { text: f.check }), el("span", { className: "message", text: f.message })]);
      button.addEventListener("click", () => this.#select(f, button));
      button.addEventListener("keydown", (e) => {
        const items = [...this.#list.querySelectorAll("button")];
        const i = items.indexOf(button);
        if (e.key === "ArrowDown") { e.preventDefault(); items[i + 1]?.focus(); }
        if (e.key === "ArrowUp") { e.preventDefault(); items[i - 1]?.focus(); }
      });
      return el("li", {}, [button]);
    });
    this.#list.replaceChildren(...buttons);
    this.#summary.textContent = summarize(report);
  }
}

load();
customElements.define("num-check", NumCheck);
