// <num-check>: numcheck for any page, in one module.
//
//   <script type="module" src="widget/num-check.js"></script>
//   <num-check><article>…</article></num-check>     checks the wrapped article in place
//   <num-check for="story"></num-check>              checks the element with id="story"
//   <num-check editable>text</num-check>             a text box, edited where it is highlighted
//
// Attributes: `exclude` (a CSS selector: ads, captions, pull quotes inside the article are
// not read; so is any element with `data-numcheck-ignore`), `reference-year` (the year the
// article was written, for ages and "N years ago"), `label` (editable: the box's name).
//
// The host page's DOM is never changed: figures are highlighted with the CSS Custom
// Highlight API (ranges over the host's own text nodes), and the findings panel lives in
// this element's Shadow DOM (panel.js, shared with the demo page). In editable mode the text
// box is a contenteditable in the shadow root with the same highlights, so caret and undo
// are the browser's own and a repair is an undoable edit. Where the API is missing, the
// panel still lists every finding and the element gets `highlights="unsupported"`. Page
// text only ever becomes text nodes. Theme with --numcheck-* custom properties (the
// defaults follow prefers-color-scheme) and ::part(panel | summary | finding | editor |
// details). After each check the element fires `numcheck-report` (bubbles, composed) with
// the report as `detail`; `element.report` holds the latest one and
// `element.rangeForMention(id)` gives the Range a mention covers (the equivalent of the
// page's data-mention-id). When a text is refused, numcheck fails on it or cannot load,
// the old findings and highlights are removed, the panel says why, and `numcheck-error`
// fires with `{ message }`. `data-status` is checking, ready, error or missing (for= names
// no element); `data-engine` says where the last report was made (main or worker).
//
// Lifecycle: each element has its own checker (engine.js), so its large texts go to its own
// worker and a newer text cancels its older check. Removed from the page, the element
// cancels its debounce and its check, removes every highlight it added, disconnects its
// observers and fires nothing more; put back, it checks again.

import { afterFrame, el, markNotice } from "../dom.js";
import { createChecker, load } from "../engine.js";
import { FindingsPanel, PANEL_CSS } from "../panel.js";
import { drawFigures, HIGHLIGHT_CSS, Highlighter, onScreen, rangeOf, readArticle, readEditable, SCREEN_MARGIN, splitLongText, supportsHighlights, textActions } from "../surface.js";

const DEBOUNCE_MS = 250;

// The highlights of figures in the host's own text are styled from the document.
if (supportsHighlights) {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(HIGHLIGHT_CSS);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

const shadowSheet = new CSSStyleSheet();
shadowSheet.replaceSync(`
  :host { display: block; font: inherit; --_bg: var(--numcheck-panel-bg, #fff); --_fg: var(--numcheck-panel-fg, #1d1d1b);
    --_border: var(--numcheck-border, #d8d5cc); --_focus: var(--numcheck-focus, #1a73e8); }
  @media (prefers-color-scheme: dark) {
    :host { --_bg: var(--numcheck-panel-bg, #20201d); --_fg: var(--numcheck-panel-fg, #eceae4); --_border: var(--numcheck-border, #45443e);
      --_focus: var(--numcheck-focus, #8ab4f8); }
  }
  .layout { display: grid; grid-template-columns: minmax(0, 1fr) minmax(15rem, 22rem); gap: 1.25rem; align-items: start; }
  :host([for]) .layout { grid-template-columns: 1fr; }
  :host([editable]) .layout { grid-template-columns: minmax(0, 1fr) minmax(15rem, 20rem); }
  @media (max-width: 760px) { .layout, :host([editable]) .layout { grid-template-columns: 1fr; } }
  .panel { background: var(--_bg); color: var(--_fg); border: 1px solid var(--_border); border-radius: 6px; padding: 0.6rem 0.75rem;
    font: 0.9rem/1.45 system-ui, sans-serif; position: sticky; top: 0.5rem; max-height: 90vh; overflow: auto; }
  :host([for]) .panel { position: static; }
  .title { font-weight: 700; margin: 0 0 0.25rem; font-size: 0.95rem; }
  .editor { box-sizing: border-box; margin: 0; padding: 0.6rem 0.75rem; border: 1px solid var(--_border); border-radius: 6px; width: 100%;
    min-height: 10rem; max-height: 24rem; overflow: auto; white-space: pre-wrap; overflow-wrap: anywhere; background: var(--_bg);
    color: var(--_fg); caret-color: var(--_fg); font-family: inherit; font-size: 1rem; line-height: 1.55; tab-size: 8; }
  .editor:focus { outline: 3px solid var(--_focus); outline-offset: 1px; }
  .label { display: block; font-weight: 600; margin: 0 0 0.3rem; font-family: system-ui, sans-serif; font-size: 0.9rem; }
  ${HIGHLIGHT_CSS}
  ${PANEL_CSS}
`);

class NumCheck extends HTMLElement {
  static observedAttributes = ["for", "exclude", "reference-year"];

  #shadow = this.attachShadow({ mode: "open" });
  #built = false;
  #checker = createChecker();
  #highlighter = new Highlighter();
  #nodes = []; // where each text node starts in the text checked
  #text = "";
  #timer = 0;
  #work = null; // AbortController of the run in progress (check, then drawing)
  #observer = null; // watches the text being checked
  #watcher = null; // with for=: watches the document for the element that id names
  #target = null; // the element whose text is checked; null while for= names none
  #editor = null;
  #actions;
  #drawn = {}; // the stretch of the text box highlighted now
  #scrolled = 0;
  #panel;
  report = null;

  connectedCallback() {
    if (!this.#built) this.#build();
    if (this.#editor) document.addEventListener("selectionchange", this.#caretMoved);
    if (!supportsHighlights) this.setAttribute("highlights", "unsupported");
    this.#follow();
  }

  disconnectedCallback() {
    document.removeEventListener("selectionchange", this.#caretMoved);
    clearTimeout(this.#timer);
    this.#work?.abort();
    this.#work = null;
    this.#checker.dispose();
    this.#observer?.disconnect();
    this.#watcher?.disconnect();
    this.#observer = this.#watcher = this.#target = null;
    this.#highlighter.clear();
  }

  attributeChangedCallback(name, before, after) {
    if (this.isConnected && this.#built && before !== after) this.#follow();
  }

  /** The text box's text in editable mode. */
  get value() { return this.#editor ? readEditable(this.#editor).text : ""; }
  set value(text) {
    if (this.#editor) { this.#editor.textContent = text; this.#schedule(); }
  }

  /** The Range a mention of the latest report covers, as data-mention-id would. */
  rangeForMention(id) {
    const m = this.report?.mentions[id];
    return m ? rangeOf(this.#nodes, m.span) : null;
  }

  /** The report as Markdown ("markdown") or plain text ("text"). */
  reportText(format = "markdown") { return this.#panel.asText(format); }

  #build() {
    this.#built = true;
    this.#shadow.adoptedStyleSheets = [shadowSheet];
    const panel = el("aside", { className: "panel", part: "panel", attrs: { "aria-label": "numcheck findings" } }, [
      el("p", { className: "title", text: "Figures checked by numcheck" }),
    ]);
    const main = this.hasAttribute("editable") ? this.#buildEditor() : el("div", {}, [document.createElement("slot")]);
    this.#actions = textActions({
      rangeFor: (id) => this.rangeForMention(id), highlighter: this.#highlighter, editor: this.#editor, edited: () => this.#run(),
    });
    this.#panel = new FindingsPanel(panel, { fixes: !!this.#editor, ...this.#actions, change: () => this.#draw() });
    for (const part of panel.querySelectorAll("ol.findings")) part.setAttribute("part", "findings");
    this.#panel.say("Checking figures…");
    this.#shadow.replaceChildren(el("div", { className: "layout" }, [main, panel]));
    // Every finding card is a part, for hosts that style them.
    new MutationObserver(() => {
      for (const li of panel.querySelectorAll("li.finding:not([part])")) li.setAttribute("part", "finding");
    }).observe(panel, { childList: true, subtree: true });
  }

  #buildEditor() {
    const label = this.getAttribute("label") ?? "Text to check";
    this.#editor = el("div", {
      className: "editor", part: "editor",
      attrs: { contenteditable: "plaintext-only", role: "textbox", "aria-multiline": "true", "aria-label": label, spellcheck: "false" },
    });
    this.#editor.textContent = this.textContent.trim();
    // A whole text put in at once is cut into text nodes before it is laid out (surface.js).
    new MutationObserver(() => splitLongText(this.#editor)).observe(this.#editor, { childList: true, subtree: true });
    this.#editor.addEventListener("input", () => this.#schedule());
    this.#editor.addEventListener("scroll", () => {
      if (!this.report || !(this.#drawn.to < Infinity)) return;
      cancelAnimationFrame(this.#scrolled);
      this.#scrolled = requestAnimationFrame(() => {
        const seen = onScreen(this.#editor, this.#nodes, this.#text.length);
        if (seen.from + SCREEN_MARGIN / 2 < this.#drawn.from || seen.to - SCREEN_MARGIN / 2 > this.#drawn.to) this.#draw();
      });
    }, { passive: true });
    return el("div", {}, [el("span", { className: "label", text: label, attrs: { "aria-hidden": "true" } }), this.#editor]);
  }

  /** The caret on a figure in the text box shows what numcheck read for it. */
  #caretMoved = () => {
    if (this.#shadow.activeElement === this.#editor) this.#actions.caret(this.#panel, this.report, this.#nodes);
  };


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
    if (this.#editor) return this.#run();
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
    this.#observer.observe(this.#target, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ["data-numcheck-ignore", "hidden"] });
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

  #options() {
    const year = this.getAttribute("reference-year");
    if (year === null || year.trim() === "") return undefined;
    const n = Number(year);
    if (!Number.isInteger(n)) throw new Error(`reference-year="${year}" is not a year; write it as a whole number such as 2017`);
    return { referenceYear: n };
  }

  async #run() {
    this.#cancel();
    const work = (this.#work = new AbortController());
    const { signal } = work;
    this.dataset.status = "checking";
    let result, source;
    try {
      source = this.#editor ? readEditable(this.#editor) : readArticle(this.#target, { exclude: this.getAttribute("exclude") ?? "" });
      result = await this.#checker.check(source.text, this.#options());
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
    this.#text = source.text;
    this.#nodes = source.nodes;
    // The panel first and on its own: it must never stay stale because drawing failed.
    const listed = await this.#panel.show(report, source.text, { signal });
    if (!listed || signal.aborted) return;
    await afterFrame(); // the cards are laid out in the browser's frame, not forced by drawing
    if (signal.aborted) return;
    if (!(await this.#draw(signal)) || signal.aborted) return;
    this.dataset.ready = "true";
    this.dataset.status = "ready";
    this.dataset.engine = result.engine;
    this.dispatchEvent(new CustomEvent("numcheck-report", { detail: report, bubbles: true, composed: true }));
  }

  async #draw(signal) {
    if (!this.report) return false;
    // The text box is highlighted around what is on screen (and again as it scrolls); an
    // article on the page up to MARK_LIMIT figures, and the reader is told of the rest.
    const view = this.#editor ? onScreen(this.#editor, this.#nodes, this.#text.length) : {};
    this.#drawn = view;
    const { done, wanted } = await drawFigures(this.#highlighter, this.#nodes, this.report, this.#panel.triaged, { signal, ...view });
    const notice = markNotice(this.report, this.#editor ? 0 : wanted);
    const p = this.#shadow.querySelector(".notice");
    p.textContent = notice;
    p.hidden = !notice;
    return done;
  }

  /** No report: highlights and findings removed; the panel says why. */
  #clear(message, status) {
    this.report = null;
    this.#nodes = [];
    this.#highlighter.clear();
    this.#panel.clear(message);
    delete this.dataset.ready;
    this.dataset.status = status;
  }
}

load().catch(() => {}); // start compiling early; a failure shows in each element's panel
customElements.define("num-check", NumCheck);
