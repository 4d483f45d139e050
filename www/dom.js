// DOM helpers shared by the page (app.js) and the widget (widget/num-check.js).
//
// Safety rule for both: text from the page or the user reaches the DOM only as text nodes
// (textContent, createTextNode). Nothing here parses HTML.

/** How severities order: a figure takes the colour of its worst finding. */
export const RANK = { ok: 0, note: 1, warning: 2, error: 3 };

/** How a severity is named to a reader. */
export const LABEL = { error: "error", warning: "warning", note: "note", ok: "verified" };

/** An element with text content, classes, a shadow part, data- and other attributes. */
export function el(tag, { text, className, part, data, attrs } = {}, children = []) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  if (part) node.setAttribute("part", part);
  for (const [k, v] of Object.entries(data ?? {})) node.dataset[k] = String(v);
  for (const [k, v] of Object.entries(attrs ?? {})) node.setAttribute(k, String(v));
  for (const child of children) node.append(child);
  return node;
}

/** The worst severity of the findings each mention takes part in (mention id → severity). */
export function worstByMention(report) {
  const worst = new Map();
  for (const f of report.findings) {
    for (const id of f.mentions) {
      if (!worst.has(id) || RANK[f.severity] > RANK[worst.get(id)]) worst.set(id, f.severity);
    }
  }
  return worst;
}

/** Lets the browser handle input and paint before more work is done. */
export function yieldToBrowser() {
  if (globalThis.scheduler?.yield) return globalThis.scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/** How long one slice of rendering may run before the browser gets the thread back (ms). */
export const SLICE_MS = 5;

/**
 * At most this many figures are drawn as marks; past it the text stays plain text and the
 * reader is told. Tens of thousands of marks cost the browser long frames of style, layout,
 * paint and garbage collection however they are built, and no reader reads them.
 */
export const MARK_LIMIT = 10_000;

/** At most this many marks in one block of rendered text (see renderFigures). */
const BLOCK_MARKS = 200;

/**
 * What the reader must know about a very large report: that numcheck stopped reading
 * (report.truncated: one report reads a bounded number of figures), and how many figures
 * are marked when not all of them are. Empty for an ordinary report.
 */
export function markNotice(report) {
  const n = report.mentions.length;
  const notes = [];
  if (report.truncated) {
    notes.push(`numcheck read the first ${count(report.truncated.figureLimit)} figures and stopped: ` +
      `the text from character ${count(report.truncated.at + 1)} on was not checked.`);
  }
  if (n > MARK_LIMIT) notes.push(`The first ${count(MARK_LIMIT)} of ${count(n)} figures are marked in the text.`);
  return notes.join(" ");
}

/**
 * Renders `text` into `container` with every figure wrapped by
 * `mark(mention, figureText, worstSeverity)`, which returns the element for it; everything
 * between figures stays text; figures past MARK_LIMIT stay text too. The text is cut into blocks (`<div class=blockClass>`) of about
 * `blockSize` code units or BLOCK_MARKS figures, each ending just after a line break where
 * there is one (so the
 * blocks lay out exactly as the whole text would under `white-space: pre-wrap`), and never
 * inside a figure; with `splitLines: false` a block only ever ends after a line break.
 * The work is done in slices of SLICE_MS with the browser free in between, so a report with
 * 200,000 figures never blocks the page; the first slice replaces the old content at once,
 * so a short text never flickers. Resolves true when done, false when `signal` aborted it.
 * Builds with fragments and loops: no argument spread of an unbounded array.
 */
export async function renderFigures(container, text, report, mark, { signal, blockClass = "block", blockSize = 4096, splitLines = true } = {}) {
  const worst = worstByMention(report);
  const mentions = report.mentions;
  const marked = Math.min(mentions.length, MARK_LIMIT);
  let i = 0;
  let at = 0;
  const nextBlock = () => {
    let end = Math.min(text.length, at + blockSize);
    // At most BLOCK_MARKS marks a block: a block on screen is laid out whole, and one frame
    // must never lay out thousands of marks ("1,1,1,…" puts 2,048 in 4,096 characters).
    if (i + BLOCK_MARKS < marked) end = Math.min(end, Math.max(at + 1, mentions[i + BLOCK_MARKS].span.start));
    if (end < text.length) {
      // Searched within the block only: lastIndexOf from `end` would scan back to the
      // start of a text with no line breaks, for every block.
      const newline = text.substring(at, end).lastIndexOf("\n");
      if (newline >= 0) end = at + newline + 1;
      else if (!splitLines) {
        const next = text.indexOf("\n", end);
        end = next < 0 ? text.length : next + 1;
      }
    }
    const block = document.createElement("div");
    block.className = blockClass;
    let pos = at;
    for (; i < marked && mentions[i].span.start < end; i++) {
      const m = mentions[i];
      if (m.span.start < pos) continue; // overlaps the figure before it
      end = Math.max(end, m.span.end); // a block never ends inside a figure
      if (m.span.start > pos) block.append(text.slice(pos, m.span.start));
      block.append(mark(m, text.slice(m.span.start, m.span.end), worst.get(m.id)));
      pos = m.span.end;
    }
    if (end > pos) block.append(text.slice(pos, end));
    at = end;
    return block;
  };
  let first = true;
  for (;;) {
    const fragment = document.createDocumentFragment();
    const deadline = performance.now() + SLICE_MS;
    while (at < text.length && performance.now() < deadline) fragment.append(nextBlock());
    if (first) container.replaceChildren(fragment);
    else container.append(fragment);
    first = false;
    if (at >= text.length) return true;
    await yieldToBrowser();
    if (signal?.aborted) return false;
  }
}

/** Findings are listed this many at a time; the reader asks for more. */
export const LIST_PAGE = 1_000;

/**
 * Renders `items[from..to]` into `container` as `make(item, index)` returns them, in slices
 * like renderFigures: from 0 it replaces the content, from further on it appends. Resolves
 * true when done, false when `signal` aborted it.
 */
export async function renderList(container, items, make, { signal, from = 0, to = items.length } = {}) {
  let i = from;
  let first = from === 0;
  for (;;) {
    const fragment = document.createDocumentFragment();
    const deadline = performance.now() + SLICE_MS;
    for (; i < to && performance.now() < deadline; i++) fragment.append(make(items[i], i));
    if (first) container.replaceChildren(fragment);
    else container.append(fragment);
    first = false;
    if (i >= to) return true;
    await yieldToBrowser();
    if (signal?.aborted) return false;
  }
}

/** Runs `step(index)` for 0..count-1 in slices like renderFigures. */
export async function inSlices(count, step, { signal } = {}) {
  let i = 0;
  for (;;) {
    const deadline = performance.now() + SLICE_MS;
    for (; i < count && performance.now() < deadline; i++) step(i);
    if (i >= count) return true;
    await yieldToBrowser();
    if (signal?.aborted) return false;
  }
}

/** The number as a reader reads it: 12,345. */
export const count = (n) => n.toLocaleString("en");

/** "16 figures: 1 error, 1 note, 2 verified." — the live summary's sentence. */
export function summarize(report) {
  const counts = ["error", "warning", "note", "ok"]
    .map((s) => [s, report.findings.filter((f) => f.severity === s).length])
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${count(n)} ${s === "ok" ? "verified" : s + (n > 1 ? "s" : "")}`);
  const figures = `${count(report.mentions.length)} figure${report.mentions.length === 1 ? "" : "s"}`;
  return counts.length ? `${figures}: ${counts.join(", ")}.` : `${figures}, no relations checked.`;
}
