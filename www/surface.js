// The text surfaces numcheck draws on, for the page and the widget: reading the text of a
// DOM subtree with where each text node starts in it, turning report offsets (UTF-16) back
// into Ranges, highlighting those ranges with the CSS Custom Highlight API, scrolling one
// into view inside its own scroll container, and editing the text as the user would (an
// undoable edit). Nothing here parses HTML: text reaches the DOM as text nodes only.

import { inSlices, MARK_LIMIT } from "./dom.js";
import { worstByMention } from "./report-view.js";

/** Elements whose content never counts as article text. */
const SKIP = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "NUM-CHECK", "TEXTAREA", "SELECT", "BUTTON"]);
/** Elements that start a new paragraph of the article. */
const PARAGRAPHS = new Set(["P", "DIV", "LI", "H1", "H2", "H3", "H4", "H5", "H6", "BLOCKQUOTE", "ARTICLE", "SECTION", "HEADER", "FOOTER",
  "TD", "TH", "TR", "FIGCAPTION", "FIGURE", "PRE", "BR", "HR", "DT", "DD", "ASIDE", "UL", "OL", "TABLE", "NAV"]);

/**
 * The text of an article on a page as a reader sees it — paragraphs apart — and where each
 * text node starts in it. Skipped: scripts and the like, hidden elements, elements with
 * `data-numcheck-ignore`, and those matching `exclude` (a selector: ads, captions, pull
 * quotes). An invalid selector is reported by `onBadSelector` and ignored. `keep(node)`, if
 * given, is asked about every other element and text node: false leaves it out (the
 * extension leaves out what the page hides, and what Readability did not keep).
 */
export function readArticle(root, { exclude = "", keep = () => true } = {}) {
  const pieces = [];
  const nodes = [];
  let length = 0;
  const push = (s) => { pieces.push(s); length += s.length; };
  let matches = () => false;
  if (exclude) {
    try {
      root.ownerDocument.createDocumentFragment().querySelector(exclude);
      matches = (el) => el.matches(exclude);
    } catch {
      throw new SyntaxError(`exclude="${exclude}" is not a valid CSS selector`);
    }
  }
  const skipped = (el) => SKIP.has(el.tagName) || el.hidden || el.getAttribute("aria-hidden") === "true" ||
    el.hasAttribute("data-numcheck-ignore") || matches(el);
  const walk = (node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        if (!keep(child)) continue;
        nodes.push({ node: child, start: length });
        push(child.data);
      } else if (child.nodeType === Node.ELEMENT_NODE && !skipped(child) && keep(child)) {
        const block = PARAGRAPHS.has(child.tagName);
        if (block) push("\n\n");
        walk(child);
        if (block) push("\n\n");
      }
    }
  };
  walk(root);
  return { text: pieces.join(""), nodes };
}

const LINES = new Set(["DIV", "P", "LI", "PRE", "BLOCKQUOTE"]);

/**
 * The text of an editable surface (contenteditable="plaintext-only", white-space: pre-wrap)
 * exactly as it reads: text nodes as they are, a line break for each <br> that makes one,
 * and one between blocks (Chromium wraps pasted lines in <div>s). What innerText gives, with
 * the position of every text node in it.
 */
export function readEditable(root) {
  const pieces = [];
  const nodes = [];
  let length = 0;
  let last = "";
  let pendingBreak = false;
  const push = (s) => {
    if (!s) return;
    if (pendingBreak && length > 0 && last !== "\n") { pieces.push("\n"); length++; }
    pendingBreak = false;
    pieces.push(s);
    length += s.length;
    last = s[s.length - 1];
  };
  const walk = (node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        if (!child.data) continue;
        if (pendingBreak && length > 0 && last !== "\n") { pieces.push("\n"); length++; last = "\n"; }
        pendingBreak = false;
        nodes.push({ node: child, start: length });
        push(child.data);
      } else if (child.tagName === "BR") {
        // A <br> that ends a line of text only holds the line open, and one alone in the
        // surface is an empty surface; one alone in a block is an empty line.
        const final = !child.nextSibling;
        if (!final) push("\n");
        else if (!child.previousSibling && child.parentNode !== root) push("\n");
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        const block = LINES.has(child.tagName);
        if (block && length > 0) pendingBreak = true;
        walk(child);
        if (block) pendingBreak = true;
      }
    }
  };
  walk(root);
  return { text: pieces.join(""), nodes };
}

/** The DOM position of UTF-16 offset `offset` in a text read by readArticle/readEditable. */
export function locate(nodes, offset, preferEnd) {
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

/** The Range of a span ({ start, end } in UTF-16 code units), or null. */
export function rangeOf(nodes, span) {
  const start = locate(nodes, span.start, false);
  const end = locate(nodes, span.end, true);
  if (!start || !end) return null;
  const range = new Range();
  range.setStart(start.node, start.offset);
  range.setEnd(end.node, end.offset);
  return range;
}

/** The text offset of a DOM position (node, offset) in a text read by readEditable, or -1. */
export function offsetOf(nodes, node, offset) {
  if (node.nodeType === Node.TEXT_NODE) {
    const entry = nodes.find((n) => n.node === node);
    return entry ? entry.start + offset : -1;
  }
  // An element position: the first text node at or after it.
  const at = new Range();
  at.setStart(node, offset);
  for (const entry of nodes) {
    if (at.comparePoint(entry.node, 0) >= 0) return entry.start;
  }
  return nodes.length ? nodes.at(-1).start + nodes.at(-1).node.data.length : 0;
}

/** The mention whose span holds offset `at` (ends included), or null. Mentions are sorted. */
export function mentionAt(mentions, at) {
  let lo = 0, hi = mentions.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const { start, end } = mentions[mid].span;
    if (end < at) lo = mid + 1;
    else if (start > at) hi = mid - 1;
    else return mentions[mid];
  }
  return null;
}

// ---------------------------------------------------------------------------------------
// Highlights.

export const supportsHighlights = typeof CSS !== "undefined" && "highlights" in CSS && typeof Highlight === "function";

/** Highlight kinds, lowest priority first. */
export const KINDS = ["figure", "ok", "note", "warning", "error", "selected", "current"];

/**
 * The ::highlight rules for every kind, themed by --numcheck-* custom properties. The
 * defaults are translucent so that they read on light and dark pages alike; the lines
 * under them follow prefers-color-scheme. A custom property, where set, always wins.
 */
export const HIGHLIGHT_CSS = `
  ::highlight(numcheck-figure) { background-color: var(--numcheck-figure-bg, rgba(128, 118, 96, 0.18)); }
  ::highlight(numcheck-ok) { text-decoration: underline dotted var(--numcheck-ok, #2e7d32) 1px; }
  ::highlight(numcheck-note) { background-color: var(--numcheck-note-bg, rgba(31, 95, 168, 0.16)); text-decoration: underline solid var(--numcheck-note, #1f5fa8) 2px; }
  ::highlight(numcheck-warning) { background-color: var(--numcheck-warning-bg, rgba(214, 140, 0, 0.22)); text-decoration: underline dashed var(--numcheck-warning, #a15c00) 2px; }
  ::highlight(numcheck-error) { background-color: var(--numcheck-error-bg, rgba(211, 47, 47, 0.2)); text-decoration: underline wavy var(--numcheck-error, #c62828) 1.5px; }
  ::highlight(numcheck-selected) { background-color: var(--numcheck-selected-bg, rgba(255, 213, 0, 0.45)); }
  ::highlight(numcheck-current) { background-color: var(--numcheck-current-bg, #ffd500); color: var(--numcheck-current-fg, #000); text-decoration: underline solid currentColor 2px; }
  @media (prefers-color-scheme: dark) {
    ::highlight(numcheck-ok) { text-decoration-color: var(--numcheck-ok, #8fd694); }
    ::highlight(numcheck-note) { text-decoration-color: var(--numcheck-note, #8cbcff); background-color: var(--numcheck-note-bg, rgba(140, 188, 255, 0.2)); }
    ::highlight(numcheck-warning) { text-decoration-color: var(--numcheck-warning, #ffcc66); background-color: var(--numcheck-warning-bg, rgba(255, 204, 102, 0.2)); }
    ::highlight(numcheck-error) { text-decoration-color: var(--numcheck-error, #ff8a80); background-color: var(--numcheck-error-bg, rgba(255, 138, 128, 0.22)); }
    ::highlight(numcheck-selected) { background-color: var(--numcheck-selected-bg, rgba(255, 213, 0, 0.32)); }
  }
`;

// Highlights are global to the document: one Highlight per kind, shared by the page and every
// widget, each Highlighter adding and removing only its own ranges.
const registry = {};
if (supportsHighlights) {
  KINDS.forEach((kind, priority) => {
    registry[kind] = CSS.highlights.get(`numcheck-${kind}`) ?? new Highlight();
    registry[kind].priority = priority;
    CSS.highlights.set(`numcheck-${kind}`, registry[kind]);
  });
}

/** The ranges one surface added to the shared highlights, by kind. */
export class Highlighter {
  #ranges = new Map(KINDS.map((k) => [k, []]));

  add(kind, range) {
    if (!supportsHighlights) return;
    registry[kind].add(range);
    this.#ranges.get(kind).push(range);
  }

  /** Replaces this surface's ranges of `kind` (the selection, the current figure). */
  set(kind, ranges) {
    this.clear(kind);
    for (const range of ranges) this.add(kind, range);
  }

  clear(kind) {
    for (const k of kind ? [kind] : KINDS) {
      if (supportsHighlights) for (const range of this.#ranges.get(k)) registry[k].delete(range);
      this.#ranges.set(k, []);
    }
  }
}

// ---------------------------------------------------------------------------------------
// Scrolling and editing.

const scrolls = (el) => {
  const style = getComputedStyle(el);
  return (/(auto|scroll)/.test(style.overflowY) && el.scrollHeight > el.clientHeight) ||
    (/(auto|scroll)/.test(style.overflowX) && el.scrollWidth > el.clientWidth);
};

/** The nearest ancestor of `node` that scrolls (through shadow roots), or null for the page. */
export function scrollContainer(node) {
  let el = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement ?? node.parentNode;
  while (el) {
    if (el instanceof Element && el !== document.documentElement && el !== document.body && scrolls(el)) return el;
    el = el.parentElement ?? (el.parentNode instanceof ShadowRoot ? el.parentNode.host : null);
  }
  return null;
}

/**
 * Scrolls `range` into view inside its own scroll container only — never the page around a
 * scrolling box — centred when it was out of view, left alone when it was in view. Where
 * the range stands in the page itself (an article under the widget), the page scrolls.
 */
export function revealRange(range, { margin = 24 } = {}) {
  const rect = range.getBoundingClientRect();
  if (!rect.width && !rect.height) return;
  const box = scrollContainer(range.startContainer);
  const view = box ? box.getBoundingClientRect() : { top: 0, left: 0, bottom: innerHeight, right: innerWidth, width: innerWidth, height: innerHeight };
  const target = box ?? document.scrollingElement;
  let dy = 0, dx = 0;
  if (rect.top < view.top + margin || rect.bottom > view.bottom - margin) dy = rect.top + rect.height / 2 - (view.top + view.height / 2);
  if (rect.left < view.left + margin || rect.right > view.right - margin) dx = rect.left + rect.width / 2 - (view.left + view.width / 2);
  if (dx || dy) target.scrollBy({ top: dy, left: dx, behavior: matchMedia("(prefers-reduced-motion: reduce)").matches ? "auto" : "smooth" });
}

/**
 * Replaces `range` in the editable surface `editor` with `text` as typing would: the edit
 * goes through the browser's editing (so Ctrl+Z undoes it) and fires `input`. Where the
 * browser refuses, the text is replaced directly and `input` fired.
 */
export function replaceRange(editor, range, text) {
  editor.focus({ preventScroll: true });
  document.getSelection().removeAllRanges();
  document.getSelection().addRange(range);
  let done = false;
  try {
    done = document.execCommand("insertText", false, text);
  } catch {
    done = false;
  }
  if (!done) {
    range.deleteContents();
    range.insertNode(document.createTextNode(text));
    editor.normalize();
    editor.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertReplacementText" }));
  }
  return done;
}

/**
 * Highlights the figures of `report` that the listed findings use — each in the colour of
 * its worst open finding, verified-only figures with a faint line — or, with `all`, every
 * figure; only those between text offsets `from` and `to` (what is on screen, see
 * onScreen), at most MARK_LIMIT. Resolves to { done, wanted } (wanted: how many should be).
 * The selection and the current figure are left alone.
 */
export async function drawFigures(highlighter, nodes, report, triaged, { all = false, signal, from = 0, to = Infinity, around = from } = {}) {
  for (const kind of ["figure", "ok", "note", "warning", "error"]) highlighter.clear(kind);
  const worst = worstByMention(triaged.open);
  for (const { finding } of triaged.verified) for (const id of finding.mentions) if (!worst.has(id)) worst.set(id, "ok");
  const inView = (m) => m.span.end >= from && m.span.start <= to;
  let ids = (all ? report.mentions.map((m) => m.id) : [...worst.keys()].sort((a, b) => a - b)).filter((id) => inView(report.mentions[id]));
  const wanted = ids.length;
  if (ids.length > MARK_LIMIT) {
    // The ones around what is on screen (`around`), a quarter before it, the rest after.
    const first = Math.max(0, ids.findIndex((id) => report.mentions[id].span.start >= around));
    const start = Math.max(0, Math.min(first - MARK_LIMIT / 4, ids.length - MARK_LIMIT));
    ids = ids.slice(start, start + MARK_LIMIT);
  }
  const done = await inSlices(ids.length, (i) => {
    const m = report.mentions[ids[i]];
    const range = m && rangeOf(nodes, m.span);
    if (range) highlighter.add(worst.get(m.id) ?? "figure", range);
  }, { signal });
  return { done, wanted };
}

/** Code units highlighted either side of what is on screen in a long text. */
export const SCREEN_MARGIN = 8_000;

/**
 * The stretch of a long text in the scrolling surface `box` worth highlighting: what is on
 * screen and SCREEN_MARGIN code units either side, as { from, to } text offsets. A text
 * short enough is highlighted whole ({ from: 0, to: Infinity }). Chromium's cost for
 * highlights grows with their number (10,000 ranges cost a frame of a second), so a
 * megabyte's figures are highlighted where the reader is, and again as they scroll.
 */
export function onScreen(box, nodes, length) {
  if (length <= 3 * SCREEN_MARGIN) return { from: 0, to: Infinity };
  const rect = box.getBoundingClientRect();
  const top = Math.max(rect.top, 0) + 4;
  const bottom = Math.min(rect.bottom, innerHeight) - 4;
  const at = (x, y) => {
    const pos = document.caretPositionFromPoint?.(x, y);
    if (pos && box.contains(pos.offsetNode)) return offsetOf(nodes, pos.offsetNode, pos.offset);
    const range = document.caretRangeFromPoint?.(x, y);
    return range && box.contains(range.startContainer) ? offsetOf(nodes, range.startContainer, range.startOffset) : -1;
  };
  const first = at(rect.left + 8, top);
  const last = at(rect.right - 8, bottom);
  if (first < 0 && last < 0) return { from: 0, to: 3 * SCREEN_MARGIN, around: 0 };
  const a = first < 0 ? last : first;
  const b = Math.max(a, last);
  return { from: Math.max(0, a - SCREEN_MARGIN), to: b + SCREEN_MARGIN, around: a };
}

/** Text nodes in an editable surface are kept at most about this long (code units). */
const NODE_SIZE = 2_048;

/**
 * Cuts the long text nodes of an editable surface into pieces of about NODE_SIZE code units,
 * ending after a line break where there is one: Chromium repaints a whole text node for any
 * highlight change in it, so a megabyte in one node makes every change cost a second. A long
 * node is replaced by its pieces in one step (Text.splitText would copy the rest of the
 * node at every cut); a caret inside it is put back where it was. Only nodes over four times
 * the size are cut: the browser's own editing makes none (a paste comes a line to a node),
 * so undo is untouched; a whole text put in at once (the page's sample, a test) is cut.
 */
export function splitLongText(root) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const long = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node.data.length > 4 * NODE_SIZE) long.push(node);
  const selection = document.getSelection();
  for (const node of long) {
    const data = node.data;
    const caret = selection.rangeCount && selection.focusNode === node ? selection.focusOffset : -1;
    const pieces = [];
    for (let at = 0; at < data.length;) {
      let end = Math.min(data.length, at + NODE_SIZE);
      if (end < data.length) {
        const newline = data.lastIndexOf("\n", end - 1);
        if (newline >= at + NODE_SIZE / 2) end = newline + 1;
        const code = data.charCodeAt(end - 1);
        if (code >= 0xd800 && code <= 0xdbff) end++; // never between the halves of a pair
      }
      pieces.push(document.createTextNode(data.slice(at, end)));
      at = end;
    }
    node.replaceWith(...pieces);
    if (caret >= 0) {
      let left = caret;
      const piece = pieces.find((p) => (left <= p.data.length ? true : ((left -= p.data.length), false))) ?? pieces.at(-1);
      selection.collapse(piece, Math.min(left, piece.data.length));
    }
  }
  return long.length > 0;
}

/**
 * What a findings panel (panel.js) asks of the text it is about, for the page and the
 * widget alike: `rangeFor(id)` gives a mention's Range in the text shown; `editor` is the
 * editable surface (null for an article on a page, which gets no repairs); `edited()` runs
 * after a repair (a re-check). Selecting a finding highlights its figures, the current one
 * apart, scrolls it into view in its own scroll box and, in an editor, selects it there
 * without taking the focus from the list.
 */
export function textActions({ rangeFor, highlighter, editor = null, edited = () => {} }) {
  const current = (mention) => {
    const range = mention && rangeFor(mention.id);
    highlighter.set("current", range ? [range] : []);
    return range;
  };
  return {
    select(entry, mention, { reveal }) {
      highlighter.set("selected", entry.finding.mentions.map((id) => rangeFor(id)).filter(Boolean));
      const range = current(mention);
      if (!range || !reveal) return;
      revealRange(range);
      if (editor) {
        const focused = editor.getRootNode().activeElement ?? document.activeElement;
        document.getSelection().removeAllRanges();
        document.getSelection().addRange(range);
        if (focused && focused !== (editor.getRootNode().activeElement ?? document.activeElement)) focused.focus({ preventScroll: true });
      }
    },
    figure(mention) {
      const range = current(mention);
      if (range) revealRange(range);
    },
    fix(repair) {
      const range = rangeFor(repair.mention.id);
      // Only where the text still says what the report read there.
      if (!editor || !range || range.toString() !== repair.from) return;
      replaceRange(editor, range, repair.to);
      edited();
    },
    /** The caret moved in the editor: the figure under it is the current one, explained. */
    caret(panel, report, nodes) {
      const selection = editor?.getRootNode().getSelection?.() ?? document.getSelection();
      if (!report || !selection?.rangeCount || !editor.contains(selection.focusNode)) return;
      const at = offsetOf(nodes, selection.focusNode, selection.focusOffset);
      const m = at >= 0 && mentionAt(report.mentions, at);
      if (m) {
        panel.figure(m, { notify: false });
        current(m);
      }
    },
  };
}
