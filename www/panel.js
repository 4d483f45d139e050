// The findings panel of the page and of the widget: the summary (a live region), errors
// first with the verified relations folded behind a toggle, a card per finding with its
// figures, its repairs as buttons, next/previous across its figures and dismiss; what
// numcheck read for a figure and why it was or was not linked; the report copied as
// Markdown or plain text. Keyboard: the findings are one Tab stop, arrow keys move between
// them (a roving tabindex), Enter or Space selects; a selected card's buttons follow it in
// the Tab order. The host (app.js, the widget) draws and scrolls the text through callbacks.
//
// Text from the article reaches the DOM as text nodes only.

import { el, LIST_PAGE, renderList } from "./dom.js";
import { count, explain, LABEL, plural, repairs, reportAsText, signature, summarize, triage } from "./report-view.js";

/** The panel's styles, for the page's document and the widget's shadow root alike. */
export const PANEL_CSS = `
  .nc-panel { --_error: var(--numcheck-error, #c62828); --_warning: var(--numcheck-warning, #a15c00); --_note: var(--numcheck-note, #1f5fa8);
    --_ok: var(--numcheck-ok, #2e7d32); --_bg: var(--numcheck-panel-bg, #fff); --_fg: var(--numcheck-panel-fg, #1d1d1b);
    --_border: var(--numcheck-border, #d8d5cc); --_muted: var(--numcheck-muted, #5f5e59); --_focus: var(--numcheck-focus, #1a73e8);
    --_selected: var(--numcheck-selected-card, #fff7cc); }
  @media (prefers-color-scheme: dark) {
    .nc-panel { --_error: var(--numcheck-error, #ff8a80); --_warning: var(--numcheck-warning, #ffcc66); --_note: var(--numcheck-note, #8cbcff);
      --_ok: var(--numcheck-ok, #8fd694); --_bg: var(--numcheck-panel-bg, #20201d); --_fg: var(--numcheck-panel-fg, #eceae4);
      --_border: var(--numcheck-border, #45443e); --_muted: var(--numcheck-muted, #b3b1aa); --_focus: var(--numcheck-focus, #8ab4f8);
      --_selected: var(--numcheck-selected-card, #3a3520); }
  }
  .nc-panel { color: var(--_fg); overflow-wrap: anywhere; }
  .nc-panel [hidden] { display: none !important; }
  .nc-panel .summary { margin: 0 0 0.5rem; font-weight: 600; }
  .nc-panel .notice { margin: 0 0 0.5rem; color: var(--_muted); font-size: 0.9em; }
  .nc-panel .tools { display: flex; flex-wrap: wrap; gap: 0.4rem; align-items: center; margin: 0 0 0.6rem; }
  .nc-panel button { font: inherit; color: var(--_fg); background: var(--_bg); border: 1px solid var(--_border); border-radius: 4px;
    padding: 0.15rem 0.55rem; cursor: pointer; }
  .nc-panel button:hover { border-color: var(--_fg); }
  .nc-panel button:focus-visible { outline: 3px solid var(--_focus); outline-offset: 2px; }
  .nc-panel .copied { color: var(--_muted); font-size: 0.9em; }
  .nc-panel ol.findings { list-style: none; margin: 0 0 0.5rem; padding: 0; display: grid; gap: 0.45rem; }
  /* Hundreds of cards: the browser lays out only those on screen. */
  .nc-panel ol.findings.long > .finding { content-visibility: auto; contain-intrinsic-size: auto 7em; }
  .nc-panel .finding { background: var(--_bg); border: 1px solid var(--_border); border-left: 5px solid var(--_muted); border-radius: 5px; padding: 0.4rem 0.6rem; }
  .nc-panel .finding[data-severity="error"] { border-left-color: var(--_error); }
  .nc-panel .finding[data-severity="warning"] { border-left-color: var(--_warning); }
  .nc-panel .finding[data-severity="note"] { border-left-color: var(--_note); }
  .nc-panel .finding[data-severity="ok"] { border-left-color: var(--_ok); }
  .nc-panel .finding.selected { background: var(--_selected); border-color: var(--_fg); border-left-width: 8px; }
  .nc-panel button.head { all: unset; display: block; width: 100%; box-sizing: border-box; cursor: pointer; border-radius: 3px; }
  .nc-panel button.head:focus-visible { outline: 3px solid var(--_focus); outline-offset: 3px; }
  .nc-panel .badge { font-size: 0.75em; font-weight: 700; text-transform: uppercase; letter-spacing: 0.04em; }
  .nc-panel [data-severity="error"] .badge { color: var(--_error); } .nc-panel [data-severity="warning"] .badge { color: var(--_warning); }
  .nc-panel [data-severity="note"] .badge { color: var(--_note); } .nc-panel [data-severity="ok"] .badge { color: var(--_ok); }
  .nc-panel .check { font: 0.8em ui-monospace, monospace; color: var(--_muted); }
  .nc-panel .message { display: block; margin-top: 0.15rem; }
  .nc-panel .figures { margin: 0.3rem 0 0; font-size: 0.9em; color: var(--_muted); line-height: 1.9; }
  .nc-panel .figures button { padding: 0 0.35rem; font-variant-numeric: tabular-nums; color: var(--_fg); line-height: 1.4; }
  .nc-panel .figures button[aria-current="true"] { background: var(--numcheck-current-bg, #ffd500); color: #000; border-color: #000; }
  .nc-panel .actions { display: flex; flex-wrap: wrap; gap: 0.35rem; margin-top: 0.45rem; align-items: center; }
  .nc-panel .actions .fix { font-weight: 600; border-color: var(--_fg); }
  .nc-panel .actions .where { color: var(--_muted); font-size: 0.9em; }
  .nc-panel .toggle { margin: 0.25rem 0 0.5rem; }
  .nc-panel .explain { color: var(--_muted); font-size: 0.9em; margin: 0 0 0.5rem; }
  .nc-panel .details { margin-top: 0.75rem; border: 1px solid var(--_border); border-radius: 5px; padding: 0.5rem 0.7rem; background: var(--_bg); }
  .nc-panel .details h3 { margin: 0 0 0.3rem; font-size: 1em; }
  .nc-panel .details dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.1rem 0.75rem; margin: 0 0 0.4rem; }
  .nc-panel .details dt { color: var(--_muted); }
  .nc-panel .details dd { margin: 0; overflow-wrap: anywhere; }
  .nc-panel .details ul { margin: 0.2rem 0 0; padding-left: 1.1rem; }
`;

/**
 * A findings panel inside `root`. Callbacks, all optional:
 * - select(entry, mention): a finding was selected, `mention` its current figure;
 * - figure(mention): a figure was chosen from a card or the details;
 * - fix(repair): a repair button was pressed ({ mention, from, to });
 * - change(): findings were dismissed or restored (highlights depend on it).
 * `fixes: false` (an article on a page, which the reader cannot edit) shows no repair buttons.
 */
export class FindingsPanel {
  report = null;
  text = "";
  dismissed = new Set();
  #on;
  #fixes;
  #triaged = { open: [], verified: [], dismissed: [] };
  #selected = null; // { index, at } — at: position in the finding's figure list
  #cards = new Map(); // finding index → li
  #els;

  constructor(root, { fixes = true, ...callbacks } = {}) {
    this.#on = callbacks;
    this.#fixes = fixes;
    const summary = el("p", { className: "summary", part: "summary", attrs: { role: "status", "aria-live": "polite" }, text: "Loading numcheck…" });
    const notice = el("p", { className: "notice", attrs: { hidden: "" } });
    const copyMd = el("button", { className: "copy", text: "Copy report", attrs: { type: "button", title: "Copy the findings as Markdown" }, data: { format: "markdown" } });
    const copyText = el("button", { className: "copy", text: "Copy as text", attrs: { type: "button" }, data: { format: "text" } });
    const copied = el("span", { className: "copied", attrs: { role: "status" } });
    const tools = el("div", { className: "tools", attrs: { hidden: "" } }, [copyMd, copyText, copied]);
    const list = el("ol", { className: "findings open", attrs: { "aria-label": "Findings to check, errors first. Arrow keys move, Enter selects." } });
    const more = el("button", { className: "more", attrs: { type: "button", hidden: "" } });
    const verifiedToggle = el("button", { className: "toggle", attrs: { type: "button", "aria-expanded": "false", hidden: "" }, data: { toggle: "verified" } });
    const verifiedNote = el("p", { className: "explain", attrs: { hidden: "" },
      text: "Each relation is checked on its own: a figure can be part of a relation that holds and of one that does not." });
    const verified = el("ol", { className: "findings verified", attrs: { hidden: "", "aria-label": "Relations verified" } });
    const dismissedToggle = el("button", { className: "toggle", attrs: { type: "button", "aria-expanded": "false", hidden: "" }, data: { toggle: "dismissed" } });
    const dismissed = el("ol", { className: "findings dismissed", attrs: { hidden: "", "aria-label": "Dismissed findings" } });
    const details = el("section", { className: "details", part: "details", attrs: { hidden: "", "aria-label": "What numcheck read for the figure" } });
    root.classList.add("nc-panel");
    root.append(summary, notice, tools, list, more, verifiedToggle, verifiedNote, verified, dismissedToggle, dismissed, details);
    this.#els = { root, summary, notice, tools, copied, list, more, verifiedToggle, verifiedNote, verified, dismissedToggle, dismissed, details };

    for (const button of [copyMd, copyText]) button.addEventListener("click", () => this.copy(button.dataset.format));
    verifiedToggle.addEventListener("click", () => this.#toggle(verifiedToggle, verified, this.#triaged.verified, [verifiedNote]));
    dismissedToggle.addEventListener("click", () => this.#toggle(dismissedToggle, dismissed, this.#triaged.dismissed));
    root.addEventListener("keydown", (e) => this.#key(e));
  }

  /** The summary sentence (also for messages: loading, refused, failed). */
  say(message, { notice = "" } = {}) {
    this.#els.summary.textContent = message;
    this.#els.notice.textContent = notice;
    this.#els.notice.hidden = !notice;
  }

  /** The open findings, the verified ones and the dismissed ones, as listed now. */
  get triaged() { return this.#triaged; }

  /** No report: everything listed is removed and the panel says why. */
  clear(message) {
    this.report = null;
    this.#triaged = { open: [], verified: [], dismissed: [] };
    this.#selected = null;
    this.#cards.clear();
    const e = this.#els;
    for (const list of [e.list, e.verified, e.dismissed]) list.replaceChildren();
    for (const x of [e.more, e.verifiedToggle, e.verifiedNote, e.verified, e.dismissedToggle, e.dismissed, e.details, e.tools]) x.hidden = true;
    this.say(message);
  }

  /**
   * Shows `report` for `text`, in slices (resolves true when done, false when `signal`
   * aborted it). `notice` says what the reader must know besides (truncation, caps).
   */
  async show(report, text, { signal, notice = "" } = {}) {
    const keep = this.#selected && this.report && signature(this.report, this.report.findings[this.#selected.index]);
    this.report = report;
    this.text = text;
    // Dismissals no longer matching any finding are forgotten: a later identical finding is new.
    const present = new Set(report.findings.map((f) => signature(report, f)));
    for (const s of this.dismissed) if (!present.has(s)) this.dismissed.delete(s);
    this.#triaged = triage(report, this.dismissed);
    this.#selected = null;
    this.#els.details.hidden = true;
    this.#els.tools.hidden = false;
    this.say(summarize(report, this.#triaged), { notice });
    const done = await this.#render(signal);
    // The finding selected before an edit stays selected when it is still there.
    if (done && keep) {
      const index = report.findings.findIndex((f) => signature(report, f) === keep);
      if (index >= 0 && this.#cards.has(index)) this.select(index, { focus: false, reveal: false });
    }
    return done;
  }

  async #render(signal) {
    const e = this.#els;
    const t = this.#triaged;
    this.#cards.clear();
    e.verified.replaceChildren();
    e.dismissed.replaceChildren();
    for (const [toggle, list, entries, label, extra] of [
      [e.verifiedToggle, e.verified, t.verified, (n) => `${plural(n, "relation")} verified`, [e.verifiedNote]],
      [e.dismissedToggle, e.dismissed, t.dismissed, (n) => `${count(n)} dismissed`, []],
    ]) {
      toggle.hidden = entries.length === 0;
      toggle.dataset.label = label(entries.length);
      const open = toggle.getAttribute("aria-expanded") === "true" && entries.length > 0;
      toggle.textContent = `${open ? "Hide" : "Show"} ${toggle.dataset.label}`;
      list.hidden = !open;
      for (const x of extra) x.hidden = !open;
      if (open) await renderList(list, entries.slice(0, LIST_PAGE), (entry) => this.#card(entry), { signal });
    }
    const done = await this.#page(0, signal);
    this.#rove(this.#heads()[0]);
    return done;
  }

  /** Lists open findings from..from+LIST_PAGE; the "Show more" button lists the next ones. */
  #page(from, signal) {
    const { list, more } = this.#els;
    const open = this.#triaged.open;
    const to = Math.min(open.length, from + LIST_PAGE);
    const left = open.length - to;
    more.hidden = left === 0;
    more.textContent = `Show ${count(Math.min(left, LIST_PAGE))} more of ${count(left)} findings not listed`;
    more.onclick = () => this.#page(to, signal);
    list.classList.toggle("long", open.length > 100);
    return renderList(list, open, (entry) => this.#card(entry), { signal, from, to });
  }

  #toggle(toggle, list, entries, extra = []) {
    const open = toggle.getAttribute("aria-expanded") !== "true";
    toggle.setAttribute("aria-expanded", String(open));
    toggle.textContent = `${open ? "Hide" : "Show"} ${toggle.dataset.label}`;
    list.hidden = !open;
    for (const x of extra) x.hidden = !open;
    list.classList.toggle("long", entries.length > 100);
    if (open) renderList(list, entries.slice(0, LIST_PAGE), (entry) => this.#card(entry));
    else {
      for (const li of list.children) this.#cards.delete(Number(li.dataset.finding));
      list.replaceChildren();
    }
  }

  #card({ finding: f, index }) {
    const report = this.report;
    const head = el("button", { className: "head", attrs: { type: "button", tabindex: "-1", "aria-expanded": "false" } }, [
      el("span", { className: "badge", text: LABEL[f.severity] }), " ",
      el("span", { className: "check", text: f.check }), " ",
      el("span", { className: "message", text: f.message }),
    ]);
    head.addEventListener("click", () => this.select(index, { focus: false }));
    const figures = el("p", { className: "figures" }, ["Figures: "]);
    f.mentions.forEach((id, at) => {
      const m = report.mentions[id];
      if (!m) return;
      const chip = el("button", { text: m.text, attrs: { type: "button", tabindex: "-1", "aria-label": `Figure ${at + 1} of ${f.mentions.length}: ${m.text}` }, data: { mentionId: id } });
      chip.addEventListener("click", () => this.select(index, { at, focus: false }));
      figures.append(...(at > 0 ? [" ", chip] : [chip]));
    });
    const li = el("li", { className: "finding", data: { finding: index, check: f.check, severity: f.severity } }, [head, figures]);
    this.#cards.set(index, li);
    return li;
  }

  /** The actions of the selected card: repairs, next/previous figure, dismiss or restore. */
  #actions(index) {
    const f = this.report.findings[index];
    const dismissed = this.dismissed.has(signature(this.report, f));
    const buttons = [];
    if (this.#fixes && !dismissed) {
      for (const repair of repairs(this.report, f)) {
        const fix = el("button", { className: "fix", text: `Replace ${repair.from} with ${repair.to}`, attrs: { type: "button" }, data: { fix: repair.to } });
        fix.addEventListener("click", () => this.#on.fix?.(repair));
        buttons.push(fix);
      }
    }
    if (f.mentions.length > 1) {
      const where = el("span", { className: "where", attrs: { "aria-live": "polite" } });
      const previous = el("button", { text: "◀ Previous figure", attrs: { type: "button", "aria-label": "Previous figure" }, data: { step: "-1" } });
      const next = el("button", { text: "Next figure ▶", attrs: { type: "button", "aria-label": "Next figure" }, data: { step: "1" } });
      previous.addEventListener("click", () => this.step(-1));
      next.addEventListener("click", () => this.step(1));
      buttons.push(previous, next, where);
    }
    const dismiss = el("button", { className: "dismiss", text: dismissed ? "Restore" : "Dismiss", attrs: { type: "button" } });
    dismiss.addEventListener("click", () => this.dismiss(index, !dismissed));
    buttons.push(dismiss);
    return el("div", { className: "actions" }, buttons);
  }

  /** Selects finding `index` (its figure `at`, by default the one it is about). */
  select(index, { at, focus = true, reveal = true } = {}) {
    const li = this.#cards.get(index);
    const f = this.report?.findings[index];
    if (!li || !f) return;
    for (const old of this.#els.root.querySelectorAll(".finding.selected")) {
      old.classList.remove("selected");
      old.querySelector("button.head").setAttribute("aria-expanded", "false");
      old.querySelector(".actions")?.remove();
      for (const chip of old.querySelectorAll(".figures button")) { chip.tabIndex = -1; chip.removeAttribute("aria-current"); }
    }
    li.classList.add("selected");
    const head = li.querySelector("button.head");
    head.setAttribute("aria-expanded", "true");
    li.append(this.#actions(index));
    for (const chip of li.querySelectorAll(".figures button")) chip.tabIndex = 0;
    this.#rove(head);
    if (focus) head.focus();
    const first = f.mentions.findIndex((id) => this.report.mentions[id]?.span.start === f.span.start);
    this.#selected = { index, at: at ?? Math.max(0, first) };
    this.#current(reveal);
  }

  /** Moves to the selected finding's next (+1) or previous (-1) figure, wrapping round. */
  step(by) {
    if (!this.#selected) return;
    const f = this.report.findings[this.#selected.index];
    this.#selected.at = (this.#selected.at + by + f.mentions.length) % f.mentions.length;
    this.#current(true);
  }

  #current(reveal) {
    const { index, at } = this.#selected;
    const f = this.report.findings[index];
    const li = this.#cards.get(index);
    li.querySelectorAll(".figures button").forEach((chip, i) => {
      if (i === at) chip.setAttribute("aria-current", "true");
      else chip.removeAttribute("aria-current");
    });
    const m = this.report.mentions[f.mentions[at]];
    const where = li.querySelector(".where");
    if (where) where.textContent = `figure ${at + 1} of ${f.mentions.length}: ${m?.text ?? "?"}`;
    this.#on.select?.({ finding: f, index }, m, { reveal });
    if (m) this.figure(m, { notify: false });
  }

  /** The finding selected now ({ finding, index, mention }), or null. */
  get selection() {
    if (!this.#selected || !this.report) return null;
    const f = this.report.findings[this.#selected.index];
    return { finding: f, index: this.#selected.index, mention: this.report.mentions[f.mentions[this.#selected.at]] };
  }

  /** Dismisses (or restores) finding `index`; the host is told so that it redraws. */
  dismiss(index, on = true) {
    const key = signature(this.report, this.report.findings[index]);
    if (on) this.dismissed.add(key); else this.dismissed.delete(key);
    this.#triaged = triage(this.report, this.dismissed);
    this.#selected = null;
    this.say(summarize(this.report, this.#triaged), { notice: this.#els.notice.textContent });
    this.#render().then(() => this.#heads()[0]?.focus());
    this.#on.change?.();
  }

  /** Shows what numcheck read for mention `m` and what became of it. */
  figure(m, { notify = true } = {}) {
    const { rows, relations, reasons } = explain(this.report, m, this.dismissed);
    const details = this.#els.details;
    const list = el("dl", {}, rows.flatMap(([k, v]) => [el("dt", { text: k }), el("dd", { text: v })]));
    const parts = [el("h3", { text: `What numcheck read: ${m.text}` }), list];
    if (relations.length) {
      parts.push(el("p", { text: `Checked in ${plural(relations.length, "relation")}:` }));
      parts.push(el("ul", {}, relations.map(({ finding: f, dismissed }) =>
        el("li", { text: `${LABEL[f.severity]}${dismissed ? " (dismissed)" : ""} — ${f.check}: ${f.message}` }))));
    } else {
      parts.push(el("p", { text: "No check linked this figure to another. Why:" }));
      parts.push(el("ul", {}, reasons.map((r) => el("li", { text: r }))));
    }
    details.replaceChildren(...parts);
    details.hidden = false;
    details.dataset.mentionId = m.id;
    if (notify) this.#on.figure?.(m);
  }

  /** Hides the figure details. */
  hideFigure() {
    this.#els.details.hidden = true;
    delete this.#els.details.dataset.mentionId;
  }

  /** The report as Markdown or plain text. */
  asText(format = "markdown") {
    return this.report ? reportAsText(this.report, this.text, { format, dismissed: this.dismissed }) : "";
  }

  /** Copies the report to the clipboard; says so in the panel. */
  async copy(format = "markdown") {
    const text = this.asText(format);
    let ok = false;
    try {
      await navigator.clipboard.writeText(text);
      ok = true;
    } catch {
      // No clipboard permission: the old way, through a selection of a hidden text box.
      const box = el("textarea", { attrs: { "aria-hidden": "true", tabindex: "-1" } });
      box.value = text;
      box.style.position = "fixed";
      box.style.opacity = "0";
      this.#els.root.append(box);
      box.select();
      ok = document.execCommand("copy");
      box.remove();
    }
    this.#els.copied.textContent = ok ? `Copied the report as ${format === "markdown" ? "Markdown" : "plain text"}.` : "Copying was refused by the browser.";
    return ok;
  }

  // -------------------------------------------------------------------------------------
  // Keyboard: one Tab stop for the findings, arrow keys inside.

  #heads() {
    return [...this.#els.root.querySelectorAll("ol.findings:not([hidden]) > li > button.head")];
  }

  #rove(head) {
    if (!head) return;
    for (const h of this.#els.root.querySelectorAll("button.head[tabindex='0']")) if (h !== head) h.tabIndex = -1;
    head.tabIndex = 0;
  }

  #key(e) {
    const head = e.target.closest?.("button.head");
    if (!head) return;
    const heads = this.#heads();
    const i = heads.indexOf(head);
    const to = { ArrowDown: i + 1, ArrowUp: i - 1, Home: 0, End: heads.length - 1 }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    const next = heads[Math.max(0, Math.min(heads.length - 1, to))];
    this.#rove(next);
    next.focus();
  }
}
