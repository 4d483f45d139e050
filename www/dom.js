// DOM helpers shared by the page (app.js), the panel (panel.js) and the widget
// (widget/num-check.js).
//
// Safety rule for all: text from the page or the user reaches the DOM only as text nodes
// (textContent, createTextNode). Nothing here parses HTML.

import { count } from "./report-view.js";

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

/** Lets the browser handle input and paint before more work is done. */
export function yieldToBrowser() {
  if (globalThis.scheduler?.yield) return globalThis.scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/**
 * Resolves after the browser's next rendering (style, layout, paint) has happened, or after
 * 50 ms where no frame comes (a page in a background tab draws none).
 */
export function afterFrame() {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 50);
    requestAnimationFrame(() => setTimeout(() => { clearTimeout(timer); resolve(); }, 0));
  });
}

/** How long one slice of rendering may run before the browser gets the thread back (ms). */
export const SLICE_MS = 5;

/**
 * At most this many figures are highlighted at once; past it the text stays plain (the page
 * and the editable widget highlight around what is on screen, so a reader meets no plain
 * figure; an article on a page is told). Chromium's cost for a change of highlights grows
 * with their number: 2,000 ranges in text nodes of 2,000 characters cost about 30 ms a
 * frame, 10,000 in one megabyte-long node a second.
 */
export const MARK_LIMIT = 2_000;

/**
 * What the reader must know about a very large report: that numcheck stopped reading
 * (report.truncated: one report reads a bounded number of figures), and how many figures
 * are highlighted when not all of those that should be are (`wanted`). Empty for an
 * ordinary report.
 */
export function markNotice(report, wanted = 0) {
  const notes = [];
  if (report.truncated) {
    notes.push(`numcheck read the first ${count(report.truncated.figureLimit)} figures and stopped: ` +
      `the text from character ${count(report.truncated.at + 1)} on was not checked.`);
  }
  if (wanted > MARK_LIMIT) notes.push(`The first ${count(MARK_LIMIT)} of ${count(wanted)} figures to highlight are highlighted in the text.`);
  return notes.join(" ");
}

/** Findings are listed this many at a time; the reader asks for more. */
export const LIST_PAGE = 1_000;

/**
 * Renders `items[from..to]` into `container` as `make(item, index)` returns them, in slices
 * of SLICE_MS with a frame of the browser in between (so that each frame styles and lays
 * out one slice's elements, not a thousand cards at once): from 0 it replaces the content,
 * from further on it appends. Resolves true when done, false when `signal` aborted it.
 * Builds with fragments and loops: no argument spread of an unbounded array.
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
    await afterFrame();
    if (signal?.aborted) return false;
  }
}

/** Runs `step(index)` for 0..count-1 in slices like renderList. */
export async function inSlices(n, step, { signal } = {}) {
  let i = 0;
  for (;;) {
    const deadline = performance.now() + SLICE_MS;
    for (; i < n && performance.now() < deadline; i++) step(i);
    if (i >= n) return true;
    await yieldToBrowser();
    if (signal?.aborted) return false;
  }
}
