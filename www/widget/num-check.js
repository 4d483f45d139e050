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
// page's data-mention-id). When a text is refused or numcheck fails on it, the old findings
// and highlights are removed, the panel says why, and `numcheck-error` fires with
// `{ message }`. `data-status` is checking, ready, error or missing (for= names no element);
// `data-engine` says where the last report was made (main or worker).
//
// Lifecycle: each element has its own checker (engine.js), so its large texts go to its own
// worker and a newer text cancels its older check. Removed from the page, the element
// cancels its debounce and its check, removes every highlight it added, disconnects its
// observers and fires nothing more; put back, it checks again.

import { count, el, inSlices, LABEL, LIST_PAGE, MARK_LIMIT, markNotice, renderFigures, renderList, worstByMention, summarize } from "../dom.js";
import { createChecker, load } from "../engine.js";

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
  .notice { margin: -0.25rem 0 0.5rem; color: var(--_muted); font-size: 0.85rem; }
  .more { margin-top: 0.5rem; font: inherit; }
  [hidden] { display: none !important; }
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
  #built = false;
  #checker = createChecker();
  #ranges = []; // [kind, Range] this element added to the shared highlights
  #selected = []; // the Ranges it added to the "selected" highlight
  #rangeById = new Map();
  #timer = 0;
  #work = null; // AbortController of the run in progress (check, then drawing)
  #observer = null; // watches the text being checked
  #watcher = null; // with for=: watches the document for the element that id names
  #target = null; // the element whose text is checked; null while for= names none
  #textarea = null;
  #mirror = null;
  #list;
  #summary;
  #notice;
  #more;
  report = null;

  connectedCallback() {
    if (!this.#built) this.#build();
    if (!supportsHighlights && !this.hasAttribute("editable")) this.setAttribute("highlights", "unsupported");
    this.#follow();
  }

  disconnectedCallback() {
    clearTimeout(this.#timer);
    this.#work?.abort();
    this.#work = null;
    this.#checker.dispose();
    this.#observer?.disconnect();
    this.#watcher?.disconnect();
    this.#observer = this.#watcher = this.#target = null;
    this.#clearRanges();
  }

  attributeChangedCallback(name, before, after) {
    if (this.isConnected && this.#built && before !== after) this.#follow();
  }

  /** The text box's value in editable mode. */
  get value() { return this.#textarea?.value ?? ""; }
  set value(text) {
    if (this.#textarea) { this.#textarea.value = text; this.#schedule(); }
  }

  /** The Range a mention covers in the host page (article mode), as data-mention-id would. */
  rangeForMention(id) { return this.#rangeById.get(id) ?? null; }

  #build() {
    this.#built = true;
    this.#shadow.adoptedStyleSheets = [panelSheet];
    this.#summary = el("p", { className: "summary", part: "summary", attrs: { role: "status", "aria-live": "polite" }, text: "Checking figures…" });
    this.#notice = el("p", { className: "notice", attrs: { hidden: "" } });
    this.#list = el("ol", { attrs: { "aria-label": "Findings" } });
    this.#more = el("button", { className: "more", attrs: { type: "button", hidden: "" } });
    const panel = el("aside", { className: "panel", part: "panel", attrs: { "aria-label": "numcheck findings" } }, [
      el("p", { className: "title", text: "Figures checked by numcheck" }), this.#summary, this.#notice, this.#list, this.#more,
    ]);
    const main = this.hasAttribute("editable") ? this.#buildEditor() : el("div", {}, [document.createElement("slot")]);
    this.#shadow.replaceChildren(el("div", { className: "layout" }, [main, panel]));
  }

  #buildEditor() {
    this.#mirror = el("div", { className: "mirror", attrs: { "aria-hidden": "true" } });
    this.#textarea = el("textarea", { part: "editor", attrs: { spellcheck: "false", "aria-label": this.getAttribute("label") ?? "Text to check" } });
    this.#textarea.value = this.textContent.trim();
    this.#textarea.addEventListener("input", () => this.#schedule());
    this.#textarea.addEventListener("scroll", () => { this.#mirror.scrollTop = this.#textarea.scrollTop; });
    return el("div", { className: "editor" }, [this.#mirror, this.#textarea]);
  }

  /**
   * Finds what to check — the text box, the element's own content, or the element for= names
   * — observes it, and checks it now. With for=, the document is watched too (one
   * getElementById per batch of mutations), so that the element is checked as soon as it
   * appears, and followed when it is replaced or removed.
   */
  #follow() {
    this.#observer?.disconnect();
    this.#watcher?.disconnect();
    this.#observer = this.#watcher = null;
    if (this.#textarea) return this.#run();
    const id = this.getAttribute("for");
    this.#target = id === null ? this : document.getElementById(id);
    if (id !== null) {
      this.#watcher = new MutationObserver(() => {
        if (document.getElementById(id) !== this.#target) this.#follow();
      });
      this.#watcher.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ["id"] });
    }
    if (!this.#target) {
      this.#cancel();
      this.#clear(`Waiting for the element with id "${id}": there is none on this page yet. It will be checked as soon as it appears.`, "missing");
      return;
    }
    this.#observer = new MutationObserver(() => this.#schedule());
    this.#observer.observe(this.#target, { subtree: true, childList: true, characterData: true });
    this.#run();
  }

  #schedule() {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#run(), DEBOUNCE_MS);
  }

  #cancel() {
    clearTimeout(this.#timer);
    this.#work?.abort();
    this.#work = null;
    this.#checker.cancel();
  }

  async #run() {
    this.#cancel();
    const work = (this.#work = new AbortController());
    const { signal } = work;
    const source = this.#textarea ? { text: this.#textarea.value, nodes: null } : readText(this.#target);
    this.dataset.status = "checking";
    let result;
    try {
      result = await this.#checker.check(source.text);
    } catch (e) {
      if (signal.aborted || e?.name === "AbortError") return;
      const message = String(e?.message ?? e);
      this.#clear(message, "error");
      this.dispatchEvent(new CustomEvent("numcheck-error", { detail: { message }, bubbles: true, composed: true }));
      return;
    }
    if (signal.aborted) return;
    const { report } = result;
    this.report = report;
    // The panel first and on its own: it must never stay stale because drawing failed.
    const listed = this.#renderFindings(report, signal);
    const drawn = this.#textarea ? this.#renderMirror(source.text, report, signal) : this.#highlight(source.nodes, report, signal);
    const done = await Promise.all([listed, drawn]);
    if (signal.aborted || !done.every(Boolean)) return;
    this.dataset.ready = "true";
    this.dataset.status = "ready";
    this.dataset.engine = result.engine;
    this.dispatchEvent(new CustomEvent("numcheck-report", { detail: report, bubbles: true, composed: true }));
  }

  /** No report: highlights, findings and marks removed; the panel says why. */
  #clear(message, status) {
    this.report = null;
    this.#clearRanges();
    this.#list.replaceChildren();
    this.#mirror?.replaceChildren();
    this.#notice.hidden = this.#more.hidden = true;
    this.#summary.textContent = message;
    delete this.dataset.ready;
    this.dataset.status = status;
  }

  #clearRanges() {
    for (const [kind, range] of this.#ranges) shared[kind]?.delete(range);
    for (const range of this.#selected) shared.selected?.delete(range);
    this.#ranges = [];
    this.#selected = [];
    this.#rangeById.clear();
  }

  /** Highlights the figures of `report` (up to MARK_LIMIT) in the host's text nodes, in slices. */
  #highlight(nodes, report, signal) {
    this.#clearRanges();
    const worst = worstByMention(report);
    return inSlices(Math.min(report.mentions.length, MARK_LIMIT), (i) => {
      const m = report.mentions[i];
      const start = locate(nodes, m.span.start, false);
      const end = locate(nodes, m.span.end, true);
      if (!start || !end) return;
      const range = new Range();
      range.setStart(start.node, start.offset);
      range.setEnd(end.node, end.offset);
      this.#rangeById.set(m.id, range);
      if (supportsHighlights) {
        const kind = worst.get(m.id) ?? "figure";
        shared[kind].add(range);
        this.#ranges.push([kind, range]);
      }
    }, { signal });
  }

  #renderMirror(text, report, signal) {
    const mark = (m, figure, severity) => el("mark", { text: figure, data: { mentionId: m.id, ...(severity ? { severity } : {}) } });
    // The trailing newline keeps the mirror as tall as the text box's last line; blocks end
    // only after a line break, so the mirror wraps exactly as the text box does.
    return renderFigures(this.#mirror, text + "\n", report, mark, { signal, splitLines: false });
  }

  #select(finding, button) {
    for (const b of this.#list.querySelectorAll('[aria-pressed="true"]')) b.setAttribute("aria-pressed", "false");
    button.setAttribute("aria-pressed", "true");
    if (this.#mirror) {
      for (const mark of this.#mirror.querySelectorAll("mark.selected")) mark.classList.remove("selected");
      for (const id of finding.mentions) this.#mirror.querySelector(`mark[data-mention-id="${id}"]`)?.classList.add("selected");
      return;
    }
    for (const range of this.#selected) shared.selected?.delete(range);
    this.#selected = finding.mentions.map((id) => this.#rangeById.get(id)).filter(Boolean);
    if (supportsHighlights) for (const range of this.#selected) shared.selected.add(range);
    this.#selected[0]?.startContainer.parentElement?.scrollIntoView({ block: "center", behavior: "smooth" });
  }

  #renderFindings(report, signal) {
    this.#summary.textContent = summarize(report);
    this.#notice.textContent = markNotice(report);
    this.#notice.hidden = !this.#notice.textContent;
    return this.#showFindings(report, 0, signal);
  }

  /** Lists findings from..from+LIST_PAGE; the "Show more" button lists the next ones. */
  #showFindings(report, from, signal) {
    const to = Math.min(report.findings.length, from + LIST_PAGE);
    const left = report.findings.length - to;
    this.#more.hidden = left === 0;
    this.#more.textContent = `Show ${count(Math.min(left, LIST_PAGE))} more of ${count(left)} findings not listed`;
    this.#more.onclick = () => this.#showFindings(report, to, signal);
    return renderList(this.#list, report.findings, (f, index) => {
      const figures = f.mentions.map((id) => report.mentions[id]?.text ?? "?").join(", ");
      const button = el("button", {
        className: "finding", part: "finding",
        data: { finding: index, check: f.check, severity: f.severity },
        attrs: { type: "button", "aria-pressed": "false", title: `Figures: ${figures}` },
      }, [el("span", { className: "badge", text: LABEL[f.severity] }), el("span", { text: f.check }), el("span", { className: "message", text: f.message })]);
      button.addEventListener("click", () => this.#select(f, button));
      button.addEventListener("keydown", (e) => {
        const item = button.parentElement;
        if (e.key === "ArrowDown") { e.preventDefault(); item.nextElementSibling?.querySelector("button")?.focus(); }
        if (e.key === "ArrowUp") { e.preventDefault(); item.previousElementSibling?.querySelector("button")?.focus(); }
      });
      return el("li", {}, [button]);
    }, { signal, from, to });
  }
}

load().catch(() => {}); // start compiling early; a failure shows in each element's panel
customElements.define("num-check", NumCheck);
