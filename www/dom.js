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
  node.append(...children);
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

/**
 * `text` as nodes with every figure wrapped by `mark(mention, figureText, worstSeverity)`,
 * which returns the element for it; everything between figures stays a text node.
 */
export function figureNodes(text, report, mark) {
  const worst = worstByMention(report);
  const nodes = [];
  let at = 0;
  for (const m of report.mentions) {
    if (m.span.start < at) continue;
    nodes.push(document.createTextNode(text.slice(at, m.span.start)));
    nodes.push(mark(m, text.slice(m.span.start, m.span.end), worst.get(m.id)));
    at = m.span.end;
  }
  nodes.push(document.createTextNode(text.slice(at)));
  return nodes;
}

/** "16 figures: 1 error, 1 note, 2 verified." — the live summary's sentence. */
export function summarize(report) {
  const counts = ["error", "warning", "note", "ok"]
    .map((s) => [s, report.findings.filter((f) => f.severity === s).length])
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${s === "ok" ? "verified" : s + (n > 1 ? "s" : "")}`);
  const figures = `${report.mentions.length} figure${report.mentions.length === 1 ? "" : "s"}`;
  return counts.length ? `${figures}: ${counts.join(", ")}.` : `${figures}, no relations checked.`;
}
