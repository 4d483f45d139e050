// The content script: numcheck on the page in the current tab, put there by the toolbar
// button or the keyboard shortcut (background.js) and bundled with the www/ modules it uses.
//
// It finds the article (extract.js), sends its text to the extension's background, where
// numcheck's wasm runs, and shows the report with the page's and the widget's own parts:
// the findings panel (www/panel.js) in a closed shadow root docked at the side of the page,
// and the figures highlighted over the page's own text nodes with the CSS Custom Highlight
// API (www/surface.js). It runs in the extension's isolated world: the page's scripts cannot
// reach it, and the page's DOM is not changed but for the one element that hosts the panel
// (a child of <html>, outside <body>). Highlights registered here are the document's own
// (one registry per document, whatever the world), so the page renders them; their colours
// come from a stylesheet the background inserts (the page's CSP does not apply to it).
//
// The page is watched while the panel is open: a change of its text (a live blog's new
// paragraph) is re-checked after a pause, a longer text after a longer one. A long article
// is highlighted around where the reader is, and again as they scroll.

import { afterFrame, el, markNotice } from "../www/dom.js";
import { FindingsPanel, PANEL_CSS } from "../www/panel.js";
import { count, plural } from "../www/report-view.js";
import { drawFigures, Highlighter, mentionAt, offsetOf, rangeOf, SCREEN_MARGIN, textActions } from "../www/surface.js";
import { extractArticle } from "./extract.js";

/** Pause after the page's last change before its text is read again (ms), at least… */
const DEBOUNCE_MS = 750;
/** …and at most, for the longest pages (a megabyte takes a while to read and check). */
const DEBOUNCE_MAX_MS = 4_000;

const CUSTOM_PROPERTIES = ["error", "warning", "note", "ok", "error-bg", "warning-bg", "note-bg", "ok-bg", "selected-bg", "current-bg",
  "current-fg", "figure-bg", "panel-bg", "panel-fg", "border", "muted", "focus", "selected-card"];

// The host is the page's element, so every rule on it is !important (an important rule of a
// shadow tree wins over the page's, whatever their importance). Custom properties inherit
// into shadow trees, so the page's --numcheck-* (a page that themes its own widget) are
// reset: the extension's panel looks the same on every page.
const DOCK_CSS = `
  :host { all: initial !important; display: block !important; position: fixed !important; inset: 0 0 0 auto !important;
    width: min(384px, 94vw) !important; height: 100vh !important; margin: 0 !important; padding: 0 !important;
    z-index: 2147483647 !important; visibility: visible !important; opacity: 1 !important; transform: none !important;
    ${CUSTOM_PROPERTIES.map((p) => `--numcheck-${p}: initial;`).join(" ")} }
  :host([data-collapsed]) { height: auto !important; bottom: auto !important; width: auto !important; }
  .dock { --_bg: #fff; --_fg: #1d1d1b; --_border: #d8d5cc; --_muted: #5f5e59; --_focus: #1a73e8;
    box-sizing: border-box; height: 100%; display: flex; flex-direction: column; background: var(--_bg); color: var(--_fg);
    border-left: 1px solid var(--_border); box-shadow: -6px 0 18px rgba(0, 0, 0, 0.18); font: 14px/1.45 system-ui, sans-serif;
    text-align: left; color-scheme: light; }
  @media (prefers-color-scheme: dark) {
    .dock { --_bg: #20201d; --_fg: #eceae4; --_border: #45443e; --_muted: #b3b1aa; --_focus: #8ab4f8; color-scheme: dark; }
  }
  :host([data-collapsed]) .dock { height: auto; border: 1px solid var(--_border); border-radius: 0 0 0 8px; }
  :host([data-collapsed]) .body { display: none; }
  header { display: flex; align-items: center; gap: 0.4rem; padding: 0.45rem 0.6rem 0.45rem 0.75rem; border-bottom: 1px solid var(--_border); }
  :host([data-collapsed]) header { border-bottom: 0; }
  h2 { font: 700 15px/1.2 system-ui, sans-serif; margin: 0; flex: 1; }
  h2 .state { font-weight: 400; color: var(--_muted); font-size: 13px; }
  header button { font: inherit; font-size: 13px; color: var(--_fg); background: var(--_bg); border: 1px solid var(--_border);
    border-radius: 4px; padding: 0.1rem 0.5rem; cursor: pointer; }
  header button:hover { border-color: var(--_fg); }
  button:focus-visible { outline: 3px solid var(--_focus); outline-offset: 2px; }
  .body { overflow: auto; padding: 0.6rem 0.75rem 1rem; flex: 1; overscroll-behavior: contain; }
  .source, .frames, .settings { margin: 0 0 0.5rem; color: var(--_muted); font-size: 13px; }
  .settings button { all: unset; color: var(--_focus); text-decoration: underline; cursor: pointer; }
  .settings button:focus-visible { outline: 3px solid var(--_focus); }
  ${PANEL_CSS}
`;

function named(name, message) {
  const error = new Error(message);
  error.name = name;
  return error;
}

/**
 * engine.js's Checker interface over a port to the background: check(text) resolves to
 * { report, settings }; a newer check cancels the older one (its promise rejects with an
 * AbortError). The report comes in slices, as from www/worker.js, so that no one message
 * holds the page's thread for long.
 */
class RemoteChecker {
  #job = null;
  #ids = 0;

  check(text) {
    this.cancel();
    const id = ++this.#ids;
    return new Promise((resolve, reject) => {
      let port;
      try {
        port = chrome.runtime.connect({ name: "numcheck-check" });
      } catch {
        reject(named("NumcheckGone", "numcheck was reloaded or updated since it was opened on this page: click its button again."));
        return;
      }
      const job = (this.#job = { id, port, reject, mentions: [], findings: [] });
      port.onMessage.addListener((data) => {
        if (this.#job !== job || data?.id !== id) return;
        if (data.type === "part") {
          for (const m of data.mentions) job.mentions.push(m);
          for (const f of data.findings) job.findings.push(f);
          return;
        }
        this.#job = null;
        port.disconnect();
        if (data.type === "done") {
          const { mentions, findings } = job;
          resolve({ report: { schemaVersion: data.rest.schemaVersion, mentions, findings, ...data.rest }, settings: data.settings });
        } else {
          reject(named(data.name, data.message));
        }
      });
      port.onDisconnect.addListener(() => {
        if (this.#job !== job) return;
        this.#job = null;
        reject(named("NumcheckGone", "numcheck's checker stopped before it answered (the extension was reloaded or updated): click its button again."));
      });
      port.postMessage({ type: "check", id, text });
    });
  }

  /** Cancels the check in flight: its promise rejects with an AbortError. */
  cancel() {
    const job = this.#job;
    this.#job = null;
    if (!job) return;
    job.port.disconnect();
    job.reject(new DOMException("numcheck: check cancelled (superseded by a newer text)", "AbortError"));
  }
}

/**
 * The stretch of a long article worth highlighting: from the text node at the top of the
 * window to the one at its bottom (binary searches over the nodes, which are in document
 * order), and SCREEN_MARGIN code units either side. A short article is highlighted whole.
 */
function onPage(nodes, length) {
  if (length <= 3 * SCREEN_MARGIN || !nodes.length) return { from: 0, to: Infinity };
  const range = new Range();
  // A node with no box (white space between blocks) stands where the next one with a box
  // does, so that both searches meet a monotonic order.
  const rect = (i) => {
    let r;
    for (let j = i; j < nodes.length && j < i + 64; j++) {
      range.selectNodeContents(nodes[j].node);
      r = range.getBoundingClientRect();
      if (r.width || r.height) return r;
    }
    return r;
  };
  const first = (test) => {
    let lo = 0, hi = nodes.length - 1, found = nodes.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (test(rect(mid))) { found = mid; hi = mid - 1; } else lo = mid + 1;
    }
    return found;
  };
  const top = first((r) => r.bottom >= 0);
  const bottom = Math.max(top, first((r) => r.top > innerHeight));
  const a = nodes[top].start;
  const b = nodes[bottom].start + nodes[bottom].node.data.length;
  return { from: Math.max(0, a - SCREEN_MARGIN), to: b + SCREEN_MARGIN, around: a };
}

class PageCheck {
  #host = null;
  #shadow = null;
  #els = {};
  #panel = null;
  #actions = null;
  #highlighter = new Highlighter();
  #checker = new RemoteChecker();
  #source = null; // { text, nodes, root, how, leftOut, frames }: what was checked
  #settings = null;
  #observer = null;
  #timer = 0;
  #work = null;
  #drawn = { from: 0, to: Infinity };
  #frame = 0;
  report = null;
  status = "closed";
  /** How long the last check took, in ms: reading the page, the check in the extension
   * (messages included), listing the findings, highlighting (the last two in slices). */
  timings = null;

  /** Whether this script can still reach the extension (not after a reload or an update). */
  alive() {
    try {
      return Boolean(chrome.runtime?.id);
    } catch {
      return false;
    }
  }

  /**
   * Whether the page reads light on dark: the first opaque background from the article up
   * (else the canvas, dark only where the page allows a dark scheme and the reader has one).
   */
  pageIsDark() {
    for (let el = document.querySelector("article, main, [role=main]") ?? document.body; el; el = el.parentElement) {
      const [r, g, b, a = 1] = (getComputedStyle(el).backgroundColor.match(/[\d.]+/g) ?? []).map(Number);
      if (a >= 0.5) return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128;
    }
    return /dark/.test(getComputedStyle(document.documentElement).colorScheme) && matchMedia("(prefers-color-scheme: dark)").matches;
  }

  /** Opens the panel (or brings it back) and checks the page now. */
  open() {
    if (!this.#host) this.#build();
    if (!this.#host.isConnected) document.documentElement.append(this.#host);
    delete this.#host.dataset.collapsed;
    this.#els.collapse.textContent = "Hide";
    this.#els.collapse.setAttribute("aria-expanded", "true");
    this.#watch();
    return this.#run({ force: true });
  }

  /** Closes the panel: highlights removed, the page no longer watched, nothing left behind. */
  close() {
    this.#stop();
    this.#highlighter.clear();
    this.#host?.remove();
    this.report = null;
    this.#source = null;
    this.status = "closed";
  }

  #build() {
    this.#host = document.createElement("div");
    this.#shadow = this.#host.attachShadow({ mode: "closed" });
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(DOCK_CSS);
      this.#shadow.adoptedStyleSheets = [sheet];
    } catch {
      // Where a content script cannot adopt a constructed sheet (Firefox's Xray wrappers).
      this.#shadow.append(el("style", { text: DOCK_CSS }));
    }
    const state = el("span", { className: "state" });
    const collapse = el("button", { text: "Hide", attrs: { type: "button", "aria-expanded": "true", title: "Fold the panel; the highlights stay" } });
    const close = el("button", { text: "Close", attrs: { type: "button", "aria-label": "Close numcheck (removes the highlights)" } });
    const source = el("p", { className: "source" });
    const frames = el("p", { className: "frames", attrs: { hidden: "" } });
    const settings = el("p", { className: "settings", attrs: { hidden: "" } });
    const findings = el("section", { attrs: { "aria-label": "Findings" } });
    const body = el("div", { className: "body" }, [source, frames, settings, findings]);
    const dock = el("div", { className: "dock", attrs: { role: "complementary", "aria-label": "numcheck: the figures on this page" } }, [
      el("header", {}, [el("h2", {}, ["numcheck ", state]), collapse, close]),
      body,
    ]);
    this.#shadow.append(dock);
    this.#els = { state, collapse, close, source, frames, settings, findings };
    collapse.addEventListener("click", () => {
      const folded = this.#host.toggleAttribute("data-collapsed");
      collapse.textContent = folded ? "Show" : "Hide";
      collapse.setAttribute("aria-expanded", String(!folded));
    });
    close.addEventListener("click", () => this.close());
    dock.addEventListener("keydown", (e) => { if (e.key === "Escape") this.close(); });
    this.#actions = textActions({ rangeFor: (id) => this.#rangeFor(id), highlighter: this.#highlighter });
    this.#panel = new FindingsPanel(findings, { fixes: false, ...this.#actions, change: () => this.#draw() });
  }

  #rangeFor(id) {
    const m = this.report?.mentions[id];
    return m && this.#source ? rangeOf(this.#source.nodes, m.span) : null;
  }

  #watch() {
    if (this.#observer) return;
    this.#observer = new MutationObserver(() => this.#schedule());
    this.#observer.observe(document.body ?? document.documentElement, {
      subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ["hidden", "aria-hidden", "data-numcheck-ignore"],
    });
    addEventListener("scroll", this.#scrolled, { passive: true });
    addEventListener("resize", this.#scrolled, { passive: true });
    document.addEventListener("click", this.#clicked, true);
  }

  #stop() {
    clearTimeout(this.#timer);
    cancelAnimationFrame(this.#frame);
    this.#work?.abort();
    this.#work = null;
    this.#checker.cancel();
    this.#observer?.disconnect();
    this.#observer = null;
    removeEventListener("scroll", this.#scrolled);
    removeEventListener("resize", this.#scrolled);
    document.removeEventListener("click", this.#clicked, true);
  }

  #schedule() {
    clearTimeout(this.#timer);
    const length = this.#source?.text.length ?? 0;
    this.#timer = setTimeout(() => this.#run(), Math.min(DEBOUNCE_MAX_MS, Math.max(DEBOUNCE_MS, length / 250)));
  }

  /** A long article is highlighted again when the reader scrolls past what was drawn. */
  #scrolled = () => {
    if (!this.report || !(this.#drawn.to < Infinity)) return;
    cancelAnimationFrame(this.#frame);
    this.#frame = requestAnimationFrame(() => {
      const seen = onPage(this.#source.nodes, this.#source.text.length);
      if (seen.from + SCREEN_MARGIN / 2 < this.#drawn.from || seen.to - SCREEN_MARGIN / 2 > this.#drawn.to) this.#draw();
    });
  };

  /** A click on a figure in the article shows what numcheck read for it. */
  #clicked = (event) => {
    if (!this.report || this.#host.hasAttribute("data-collapsed") || event.composedPath().includes(this.#host)) return;
    const pos = document.caretPositionFromPoint?.(event.clientX, event.clientY);
    const range = pos ? null : document.caretRangeFromPoint?.(event.clientX, event.clientY);
    const node = pos?.offsetNode ?? range?.startContainer;
    const offset = pos?.offset ?? range?.startOffset;
    if (!node || node.nodeType !== Node.TEXT_NODE) return;
    const at = offsetOf(this.#source.nodes, node, offset);
    const m = at >= 0 && mentionAt(this.report.mentions, at);
    if (!m) return;
    this.#panel.figure(m, { notify: false });
    this.#highlighter.set("current", [this.#rangeFor(m.id)].filter(Boolean));
  };

  async #run({ force = false } = {}) {
    clearTimeout(this.#timer);
    let source;
    const t0 = performance.now();
    try {
      source = extractArticle(document, { host: this.#host });
    } catch (e) {
      return this.#fail(`numcheck could not read this page: ${e?.message ?? e}`);
    }
    const same = this.#source && source.text === this.#source.text;
    if (same && !force) {
      // The same text: nothing to check again; where the page rebuilt its nodes, the
      // highlights move to the new ones.
      const moved = source.nodes.length !== this.#source.nodes.length || source.nodes.some((n, i) => n.node !== this.#source.nodes[i].node);
      if (moved && this.report) {
        this.#source = source;
        await this.#draw();
      }
      return;
    }
    this.#work?.abort();
    const work = (this.#work = new AbortController());
    const { signal } = work;
    this.#setStatus("checking");
    this.#describe(source);
    let result;
    const t1 = performance.now();
    try {
      result = await this.#checker.check(source.text);
    } catch (e) {
      if (signal.aborted || e?.name === "AbortError") return;
      return this.#fail(String(e?.message ?? e));
    }
    if (signal.aborted) return;
    this.report = result.report;
    this.#source = source;
    this.#settings = result.settings;
    this.#describeSettings();
    const t2 = performance.now();
    const listed = await this.#panel.show(this.report, source.text, { signal });
    if (!listed || signal.aborted) return;
    const t3 = performance.now();
    await afterFrame();
    if (signal.aborted) return;
    if (!(await this.#draw(signal)) || signal.aborted) return;
    const ms = (a, b) => Math.round(b - a);
    this.timings = { read: ms(t0, t1), check: ms(t1, t2), list: ms(t2, t3), draw: ms(t3, performance.now()) };
    this.#setStatus("ready");
  }

  async #draw(signal) {
    if (!this.report || !this.#source) return false;
    const view = onPage(this.#source.nodes, this.#source.text.length);
    this.#drawn = view;
    const { done, wanted } = await drawFigures(this.#highlighter, this.#source.nodes, this.report, this.#panel.triaged, { signal, ...view });
    const notes = [markNotice(this.report, view.to < Infinity ? 0 : wanted)];
    if (view.to < Infinity) notes.push("A long page: the figures are highlighted around where you are reading, and follow as you scroll.");
    const notice = this.#els.findings.querySelector(".notice");
    notice.textContent = notes.filter(Boolean).join(" ");
    notice.hidden = !notice.textContent;
    // The selection and the current figure follow the text when it was read again.
    const selected = this.#panel.selection;
    if (selected) this.#actions.select({ finding: selected.finding, index: selected.index }, selected.mention, { reveal: false });
    return done;
  }

  #describe({ text, how, leftOut, frames }) {
    const out = leftOut.map(([name, n]) => (name === "navigation" || name === "comments" ? name : plural(n, name))).join(", ");
    this.#els.source.textContent = `Read ${how}: ${count(text.length)} characters.${out ? ` Left out: ${out}.` : ""}`;
    this.#els.frames.hidden = frames === 0;
    this.#els.frames.textContent = `This page has ${plural(frames, "frame")}: numcheck read the top document only, not what the frames show.`;
  }

  #describeSettings() {
    const s = this.#settings;
    const parts = [];
    if (s && s.minSeverity !== "ok") parts.push({ note: "notes and worse", warning: "warnings and errors", error: "errors only" }[s.minSeverity]);
    if (s?.referenceYear) parts.push(`written in ${s.referenceYear}`);
    if (s?.disabledChecks.length) parts.push(`${plural(s.disabledChecks.length, "check")} off`);
    const p = this.#els.settings;
    p.hidden = parts.length === 0;
    if (!parts.length) return;
    const button = el("button", { text: "Options", attrs: { type: "button" } });
    button.addEventListener("click", () => chrome.runtime.sendMessage({ type: "numcheck-open-options" }));
    p.replaceChildren(`Showing ${parts.join("; ")}. `, button);
  }

  #setStatus(status) {
    this.status = status;
    this.#els.state.textContent = { checking: "— checking…", ready: "", error: "— could not check" }[status] ?? "";
  }

  #fail(message) {
    this.report = null;
    this.#highlighter.clear();
    this.#panel.clear(message);
    this.#setStatus("error");
  }

  /**
   * What the panel shows and what is highlighted, for the tests and for debugging from the
   * content script's console (the page's own scripts cannot reach this world).
   */
  state({ text = false, report = false } = {}) {
    const root = this.#shadow;
    const all = (selector) => (root ? [...root.querySelectorAll(selector)] : []);
    const highlighted = {};
    for (const [name, h] of CSS.highlights) {
      if (name.startsWith("numcheck-") && h.size) highlighted[name.slice(9)] = [...h].map((r) => r.toString());
    }
    return {
      status: this.status,
      open: Boolean(this.#host?.isConnected),
      collapsed: Boolean(this.#host?.hasAttribute("data-collapsed")),
      how: this.#source?.how ?? null,
      source: this.#els.source?.textContent ?? "",
      frames: this.#els.frames?.hidden ? "" : this.#els.frames?.textContent ?? "",
      settings: this.#els.settings?.hidden ? "" : this.#els.settings?.textContent ?? "",
      summary: all(".summary")[0]?.textContent ?? "",
      notice: all(".notice").find((n) => !n.hidden)?.textContent ?? "",
      findings: all("ol.open > li.finding").map((li) => ({
        check: li.dataset.check, severity: li.dataset.severity, message: li.querySelector(".message").textContent, index: Number(li.dataset.finding),
      })),
      toggles: all("button.toggle:not([hidden])").map((b) => b.textContent),
      details: all(".details:not([hidden]) h3").map((h) => h.textContent),
      highlighted,
      length: this.#source?.text.length ?? 0,
      timings: this.timings,
      look: root && {
        background: getComputedStyle(root.querySelector(".dock")).backgroundColor,
        button: getComputedStyle(root.querySelector("header button")).backgroundColor,
        font: getComputedStyle(root.querySelector("header button")).fontSize,
        zIndex: getComputedStyle(this.#host).zIndex,
      },
      ...(text ? { text: this.#source?.text ?? "" } : {}),
      ...(report ? { report: this.report } : {}),
    };
  }

  /** Clicks the first element of the panel matching `selector` (tests: a closed shadow root). */
  click(selector) {
    const target = this.#shadow?.querySelector(selector);
    target?.click();
    return Boolean(target);
  }
}

// Put in once per document. A copy left by an extension since reloaded or updated can no
// longer reach it: it is closed (its panel and highlights removed) and replaced.
if (!globalThis.numcheckExtension?.alive()) {
  globalThis.numcheckExtension?.close();
  globalThis.numcheckExtension = new PageCheck();
}
