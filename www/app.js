// The demo page: one text surface to edit, with the figures highlighted in it (CSS Custom
// Highlight API ranges over the editable text, so caret and undo stay the browser's own),
// and the findings panel beside it (panel.js): errors first, repairs as buttons, dismiss,
// next/previous figure, what was read for a figure, the report copied.
//
// Safety rule: pasted text only ever reaches the DOM as text (contenteditable="plaintext-only"
// inserts text; the page sets textContent). No innerHTML anywhere, so no pasted markup can run.
//
// Test hooks (docs/report.md): every finding is an element with data-finding, data-check and
// data-severity; `document.getElementById("article").rangeForMention(id)` is the Range of a
// figure, as data-mention-id was when figures were marks.

import { afterFrame, markNotice } from "./dom.js";
import { createChecker, load } from "./engine.js";
import { FindingsPanel, PANEL_CSS } from "./panel.js";
import { hash } from "./report-view.js";
import { drawFigures, HIGHLIGHT_CSS, Highlighter, offsetOf, onScreen, rangeOf, readEditable, revealRange, SCREEN_MARGIN, splitLongText, textActions } from "./surface.js";

const DEBOUNCE_MS = 200;

const $ = (id) => document.getElementById(id);
const article = $("article");
const year = $("reference-year");
const everyFigure = $("all-figures");
const sheet = new CSSStyleSheet();
sheet.replaceSync(HIGHLIGHT_CSS + PANEL_CSS);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

const SAMPLE = article.textContent;
const highlighter = new Highlighter();
/** What the page shows now: the text checked, where its text nodes start, its report. */
let current = { text: "", nodes: [], report: null, key: "", recalled: false };

const root = $("panel");
root.replaceChildren();
/** The Range of mention `id` in the editor, for the report on screen. */
function rangeFor(id) {
  const m = current.report?.mentions[id];
  return m ? rangeOf(current.nodes, m.span) : null;
}
article.rangeForMention = rangeFor;

const actions = textActions({ rangeFor, highlighter, editor: article, edited: () => run() });
const panel = new FindingsPanel(root, {
  ...actions,
  change() {
    remember();
    redraw();
  },
});

// Dismissed findings are remembered for the text they were dismissed in (this browser only),
// under a hash of the text computed once per text.
const storeKey = (text) => `numcheck:dismissed:${hash(text)}`;
function remember() {
  if (!current.key || (!panel.dismissed.size && !current.recalled)) return;
  try {
    if (panel.dismissed.size) localStorage.setItem(current.key, JSON.stringify([...panel.dismissed]));
    else localStorage.removeItem(current.key);
  } catch { /* storage refused: dismissals last as long as the page */ }
}
function recall(key) {
  try {
    const stored = JSON.parse(localStorage.getItem(key) ?? "[]");
    for (const s of stored) panel.dismissed.add(s);
    return stored.length > 0;
  } catch {
    return false; // nothing remembered
  }
}

let drawing = new AbortController();
/** The stretch of text highlighted now (onScreen), redrawn when the reader scrolls past it. */
let drawn = { from: 0, to: Infinity };
async function redraw(signal = drawing.signal) {
  drawn = onScreen(article, current.nodes, current.text.length);
  const { done } = await drawFigures(highlighter, current.nodes, current.report, panel.triaged, { all: everyFigure.checked, signal, ...drawn });
  // Highlights follow the reader through a long text: nothing to say about a cap.
  const notice = markNotice(current.report);
  root.querySelector(".notice").textContent = notice;
  root.querySelector(".notice").hidden = !notice;
  return done;
}

let scrolled = 0;
function followScroll() {
  if (drawn.to === Infinity || !current.report) return;
  cancelAnimationFrame(scrolled);
  scrolled = requestAnimationFrame(() => {
    // Redrawn when what is on screen comes within half a margin of the edge of what is drawn.
    const seen = onScreen(article, current.nodes, current.text.length);
    if (seen.from + SCREEN_MARGIN / 2 < drawn.from || seen.to - SCREEN_MARGIN / 2 > drawn.to) redraw();
  });
}

const checker = createChecker();

function options() {
  const y = Number(year.value);
  return year.value && Number.isInteger(y) ? { referenceYear: y } : undefined;
}

/**
 * Checks the editor's text and shows the result. A newer run supersedes this one: the checker
 * cancels the older check (terminating a busy worker) and the older drawing stops.
 */
async function run() {
  clearTimeout(timer);
  const { text, nodes } = readEditable(article);
  article.classList.toggle("tabular", looksTabular(text));
  drawing.abort();
  const work = (drawing = new AbortController());
  const mine = work.signal;
  document.body.dataset.checking = "true";
  let result;
  try {
    result = await checker.check(text, options());
  } catch (e) {
    if (e?.name === "AbortError" || mine.aborted) return;
    // Refused or failed: nothing of the old report may stay on screen.
    current = { text, nodes, report: null, key: "", recalled: false };
    highlighter.clear();
    panel.clear(String(e?.message ?? e));
    document.body.dataset.engine = "none";
    article.checked = text;
    delete document.body.dataset.checking;
    return;
  }
  if (mine.aborted) return;
  const { report, engine } = result;
  const key = text === current.text ? current.key : storeKey(text);
  const recalled = text === current.text ? current.recalled : recall(key);
  current = { text, nodes, report, key, recalled };
  article.report = report;
  document.body.dataset.engine = engine;
  const shown = await panel.show(report, text, { signal: mine });
  if (!shown || mine.aborted) return;
  // The new cards are laid out in the browser's own frame, not forced by the drawing.
  await afterFrame();
  if (mine.aborted) return;
  const drawn = await redraw(mine);
  if (!drawn || mine.aborted) return;
  remember();
  showFigureAtCaret();
  article.checked = text; // the text now on screen with its findings (tests wait for it)
  delete document.body.dataset.checking;
}

/** A plain-text table: at least three lines with columns set apart by tabs or runs of spaces. */
function looksTabular(text) {
  const lines = text.slice(0, 20_000).match(/^.*\S(\t| {2,})\S.*$/gm);
  return (lines?.length ?? 0) >= 3;
}

let timer;
function schedule() {
  clearTimeout(timer);
  timer = setTimeout(run, DEBOUNCE_MS);
}

/** The caret on a figure in the editor shows what numcheck read for it. */
function showFigureAtCaret() {
  if (document.activeElement === article) actions.caret(panel, current.report, current.nodes);
}

/** Alt+↓ / Alt+↑ in the editor: the caret to the next or previous figure a finding uses. */
function jump(by) {
  const flagged = new Set(panel.triaged.open.flatMap((e) => e.finding.mentions));
  const mentions = current.report?.mentions.filter((m) => flagged.has(m.id)) ?? [];
  if (!mentions.length) return;
  const selection = document.getSelection();
  const at = selection.rangeCount && article.contains(selection.focusNode) ? offsetOf(current.nodes, selection.focusNode, selection.focusOffset) : -1;
  const next = by > 0 ? mentions.find((m) => m.span.start > at) ?? mentions[0] : mentions.findLast((m) => m.span.end < at) ?? mentions.at(-1);
  const range = rangeFor(next.id);
  if (!range) return;
  selection.removeAllRanges();
  selection.addRange(range);
  revealRange(range);
}

// A whole text put in at once is cut into text nodes of a few thousand characters before
// the browser lays it out (surface.js, splitLongText: highlights cost per node).
new MutationObserver(() => splitLongText(article)).observe(article, { childList: true, subtree: true });
splitLongText(article);
article.addEventListener("input", schedule);
article.addEventListener("scroll", followScroll, { passive: true });
addEventListener("scroll", followScroll, { passive: true });
article.addEventListener("keydown", (e) => {
  if (e.altKey && (e.key === "ArrowDown" || e.key === "ArrowUp")) {
    e.preventDefault();
    jump(e.key === "ArrowDown" ? 1 : -1);
  }
});
document.addEventListener("selectionchange", () => showFigureAtCaret());
year.addEventListener("input", schedule);
everyFigure.addEventListener("change", () => current.report && redraw());

/** Replaces the whole text (not an edit: the browser's undo history restarts). */
function replaceText(text) {
  article.textContent = text;
  panel.dismissed.clear();
  panel.hideFigure();
  run();
}
$("load-sample").addEventListener("click", () => replaceText(SAMPLE));
$("clear").addEventListener("click", () => {
  replaceText("");
  article.focus();
});

panel.say("Loading numcheck…");
try {
  $("version").textContent = `numcheck ${await load()}`;
  await run();
} catch (e) {
  panel.clear(String(e?.message ?? e));
}
document.body.dataset.ready = "true";
