// Finding the article on someone else's page, for the content script.
//
// In order: the page's <article> (the largest when one holds most of the articles' text;
// their common container when several share it, as a live blog's posts do), else its <main>
// (or role=main), else what Mozilla's Readability (Firefox's Reader View) finds on a clone of
// the document, else the body. Inside it, navigation, adverts, captions, pull quotes,
// comments, asides, forms and elements the page hides are left out. The text is read from
// the live page's own text nodes by www/surface.js (readArticle), so that the report's
// offsets turn back into Ranges over the page: the page's DOM is never changed, and the
// clone Readability reads and cleans is the only one touched.

import { Readability } from "@mozilla/readability";
import { readArticle } from "../www/surface.js";

/** What is left out inside the article, by what a reader calls it. */
export const LEFT_OUT = [
  ["navigation", "nav, [role=navigation], [role=menu], [role=menubar], [role=toolbar], [class*=breadcrumb i]"],
  ["advert", ".ad, .ads, .advert, .advertisement, [class^=ad-], [class*=' ad-'], [class^=ad_], [id^=ad-], [id^=ad_], [class*=advert i], " +
    "[id*=advert i], [class*=sponsor i], [data-ad], [data-ad-slot], [data-advert], ins.adsbygoogle, [aria-label=advertisement i], [aria-roledescription=advertisement i]"],
  ["caption", "figcaption, .caption, [class*=caption i]"],
  ["pull quote", ".pull-quote, .pullquote, [class*=pull-quote i], [class*=pullquote i], [class*=pull_quote i]"],
  ["comments", "#comments, .comments, .comment-list, [id*=comments i], [class*=comments i], [class*=comment-section i], [id^=disqus]"],
  ["aside", "aside, [role=complementary], dialog, [role=dialog], form, [class*=newsletter i], [class*=related-articles i], " +
    "[class*=share-tools i], [class*=social-share i], [class*=read-more i], [class*=most-read i]"],
];
const EXCLUDE = LEFT_OUT.map(([, selector]) => selector).join(", ");

/** Below this many characters a candidate is no article (a teaser card, an empty main). */
const MIN_TEXT = 200;
/** The attribute the clone's elements carry back to their live twins (the clone only). */
const TWIN = "data-numcheck-twin";

const visible = (el) => el.getClientRects().length > 0 || getComputedStyle(el).display === "contents";

function commonAncestor(a, b) {
  const range = new Range();
  range.setStartBefore(a);
  range.setEndAfter(b);
  const node = range.commonAncestorContainer;
  return node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
}

/** The live element the article is in: { root, how, keep? }. */
function locate(doc, host) {
  const body = doc.body ?? doc.documentElement;
  const articles = [...doc.querySelectorAll("article")].filter((a) => !a.parentElement?.closest("article") && visible(a));
  if (articles.length) {
    const sizes = articles.map((a) => a.textContent.length);
    const total = sizes.reduce((a, b) => a + b, 0);
    const biggest = sizes.indexOf(Math.max(...sizes));
    if (articles.length === 1 || sizes[biggest] * 3 >= total * 2) {
      if (sizes[biggest] >= MIN_TEXT) return { root: articles[biggest], how: "the page's <article>" };
    } else if (total >= MIN_TEXT) {
      return { root: commonAncestor(articles[0], articles.at(-1)), how: `${articles.length} <article> elements` };
    }
  }
  const main = [...doc.querySelectorAll("main, [role=main]")].find((m) => visible(m) && m.textContent.length >= MIN_TEXT);
  if (main) return { root: main, how: main.tagName === "MAIN" ? "the page's <main>" : "the page's main part (role=main)" };
  const found = readable(doc, host);
  if (found) return found;
  return { root: body, how: "the whole page (no article found on it)" };
}

/**
 * Readability on a clone of the document. Each element of the clone carries the index of
 * its live twin (an attribute on the clone only; it survives Readability's cleaning and its
 * re-parses), so the article it keeps maps back to live elements: a text node of the page
 * is read when its parent element is one Readability kept.
 */
function readable(doc, host) {
  const clone = doc.cloneNode(true);
  const live = [];
  const a = doc.createTreeWalker(doc.documentElement, NodeFilter.SHOW_ELEMENT);
  const b = clone.createTreeWalker(clone.documentElement, NodeFilter.SHOW_ELEMENT);
  for (let x = a.currentNode, y = b.currentNode; x && y; x = a.nextNode(), y = b.nextNode()) {
    y.setAttribute(TWIN, String(live.length));
    live.push(x);
  }
  if (host) clone.querySelector(`[${TWIN}="${live.indexOf(host)}"]`)?.remove();
  let article = null;
  try {
    article = new Readability(clone, { serializer: (el) => el, keepClasses: true }).parse();
  } catch {
    return null;
  }
  if (!article?.content) return null;
  const kept = new Set();
  for (const el of article.content.querySelectorAll(`[${TWIN}]`)) {
    const twin = live[Number(el.getAttribute(TWIN))];
    if (twin) kept.add(twin);
  }
  const ordered = [...kept].filter((el) => el !== doc.documentElement && el !== doc.body);
  if (!ordered.length) return null;
  const root = commonAncestor(ordered[0], ordered.at(-1));
  return { root, how: "the article Readability found (the page marks none)", keep: (text) => kept.has(text.parentElement) };
}

/** How many elements of each kind were left out inside `root`: the outermost ones, each
 * counted once, under the first name it answers to (a pull quote is an <aside> too). */
function leftOut(root) {
  const counts = new Map();
  for (const el of root.querySelectorAll(EXCLUDE)) {
    const outer = el.parentElement?.closest(EXCLUDE);
    if (outer && root.contains(outer)) continue;
    const name = LEFT_OUT.find(([, selector]) => el.matches(selector))[0];
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return LEFT_OUT.filter(([name]) => counts.has(name)).map(([name]) => [name, counts.get(name)]);
}

/**
 * The article on `doc` as numcheck reads it: { text, nodes, root, how, leftOut, frames }.
 * `host` is the extension's own panel (never read). `text` and `nodes` are readArticle's:
 * the text, and where each live text node starts in it.
 */
export function extractArticle(doc = document, { host = null } = {}) {
  const { root, how, keep } = locate(doc, host);
  const hidden = (el) => el === host || getComputedStyle(el).display === "none";
  const { text, nodes } = readArticle(root, {
    exclude: EXCLUDE,
    keep: (node) => (node.nodeType === Node.ELEMENT_NODE ? !hidden(node) : !keep || keep(node)),
  });
  const frames = [...doc.querySelectorAll("iframe, frame")].filter(visible).length;
  return { text, nodes, root, how, leftOut: leftOut(root), frames };
}
