// What the page and the widget make of a report, without touching the DOM: the order an
// editor reads findings in, the repairs a finding names, why a figure was or was not linked,
// and the report as plain text or Markdown. Pure functions, tested in node
// (tests/e2e/report-view.test.mjs) as well as through the page.

/** How severities order: a figure takes the colour of its worst finding. */
export const RANK = { ok: 0, note: 1, warning: 2, error: 3 };

/** How a severity is named to a reader. */
export const LABEL = { error: "error", warning: "warning", note: "note", ok: "verified" };

/** The number as a reader reads it: 12,345. */
export const count = (n) => n.toLocaleString("en");

/** "1 error", "2 errors", "12 relations verified". */
export function plural(n, one, many = `${one}s`) {
  return `${count(n)} ${n === 1 ? one : many}`;
}

/**
 * A finding's identity for dismissing it: the check, the figures as written and the message.
 * It survives edits elsewhere in the text (offsets move, this does not) and changes when the
 * figures themselves change.
 */
export function signature(report, f) {
  return `${f.check}\u0000${f.mentions.map((id) => report.mentions[id]?.text ?? "?").join("\u0000")}\u0000${f.message}`;
}

/**
 * The findings in the order an editor works through them: errors, then warnings, then
 * notes, each in article order; verified ones apart. Each entry is `{ finding, index }`
 * (index: the finding's place in report.findings, its data-finding). Dismissed ones (a Set
 * of signatures) are set apart too.
 */
export function triage(report, dismissed = new Set()) {
  const open = [];
  const verified = [];
  const hidden = [];
  report.findings.forEach((finding, index) => {
    const entry = { finding, index };
    if (dismissed.size && dismissed.has(signature(report, finding))) hidden.push(entry);
    else if (finding.severity === "ok") verified.push(entry);
    else open.push(entry);
  });
  // Stable: within a severity, article order (the report's order) is kept.
  open.sort((a, b) => RANK[b.finding.severity] - RANK[a.finding.severity]);
  return { open, verified, dismissed: hidden };
}

/** The worst severity of the listed findings each mention takes part in (mention id → severity). */
export function worstByMention(entries) {
  const worst = new Map();
  for (const { finding: f } of entries) {
    for (const id of f.mentions) {
      if (!worst.has(id) || RANK[f.severity] > RANK[worst.get(id)]) worst.set(id, f.severity);
    }
  }
  return worst;
}

/** "16 figures: 1 error, 1 note, 12 relations verified." — the live summary's sentence. */
export function summarize(report, triaged = triage(report)) {
  const figures = plural(report.mentions.length, "figure");
  const by = (s) => triaged.open.filter((e) => e.finding.severity === s).length;
  const parts = [];
  if (by("error")) parts.push(plural(by("error"), "error"));
  if (by("warning")) parts.push(plural(by("warning"), "warning"));
  if (by("note")) parts.push(plural(by("note"), "note"));
  const checked = triaged.verified.length;
  const dismissed = triaged.dismissed.length ? `; ${count(triaged.dismissed.length)} dismissed` : "";
  if (!parts.length) {
    if (!checked && !triaged.dismissed.length) return `${figures}, no relations checked.`;
    return `No problems found — ${plural(checked, "relation")} checked and verified (${figures}${dismissed}).`;
  }
  const ok = checked ? `, ${plural(checked, "relation")} verified` : "";
  return `${figures}: ${parts.join(", ")}${ok}${dismissed}.`;
}

// ---------------------------------------------------------------------------------------
// Repairs.

/** A figure as written: what stands before the number, the number, what follows. */
const FIGURE = /^([^\d]*?)(\d{1,3}(?:([,\u00a0\u202f\u2009 ])\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)([^\d]*)$/;

function parseWritten(text) {
  const m = FIGURE.exec(text);
  if (!m) return null;
  const [, before, digits, separator = null, after] = m;
  const [integer, decimals = ""] = digits.split(".");
  return { before, after, separator, value: Number(digits.replace(/[^\d.]/g, "")), integer: integer.replace(/[^\d]/g, ""), decimals: decimals.length };
}

function group(integer, separator) {
  if (!separator) return integer;
  return integer.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/**
 * `value` (in the mention's unit, scale words applied, as report values are) written the way
 * the figure `text` is written: its currency sign, scale word and unit kept ("£1.2bn" →
 * "£1.3bn"), its thousands separator or none, at least its decimals and as many more (up to
 * two) as the value needs. Null when the figure is not one plainly written number (words,
 * ranges, tallies), or when, written so, it would read as `stated` again.
 */
export function formatLike(text, mentionValue, value, stated = mentionValue) {
  const written = parseWritten(text);
  if (!written || !Number.isFinite(value) || value < 0 || !Number.isFinite(mentionValue)) return null;
  if (/[-–—−]$/.test(written.before) || /^[-–—/]/.test(written.after)) return null;
  // The scale the words apply ("bn": 1e9): the mention's value over the number as written.
  let scale = 1;
  if (written.value !== 0) {
    scale = mentionValue / written.value;
    const power = Math.round(Math.log10(Math.abs(scale)));
    if (!(scale > 0) || Math.abs(scale / 10 ** power - 1) > 1e-9) return null;
    scale = 10 ** power;
  } else if (mentionValue !== 0) return null;
  const plain = value / scale;
  const differs = (d) => Number(plain.toFixed(d)) !== Number((stated / scale).toFixed(d));
  // The decimals the value needs (at most two), never fewer than the figure has.
  let needed = 0;
  while (needed < 2 && Math.abs(Number(plain.toFixed(needed)) - plain) > 1e-9) needed++;
  const decimals = Math.max(written.decimals, needed);
  if (!differs(decimals)) return null;
  const [integer, fraction] = plain.toFixed(decimals).split(".");
  // Separators as the article writes them; a figure written without one keeps none, unless
  // it was under a thousand (news style then writes "1,210").
  const separator = written.separator ?? (written.integer.length < 4 ? "," : null);
  const number = group(integer, separator) + (fraction ? `.${fraction}` : "");
  return `${written.before}${number}${written.after}`;
}

const same = (a, b) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/**
 * The repairs a finding names, as `{ mention, from, to }` (replace mention `mention`'s text
 * `from` with `to`): first the one its `expected` value implies for the figure it is about,
 * then the alternatives its message names ("(200 → 190, or 310 → 320)") where they can be
 * tied to one of its figures and written like it. Only for findings that are not verified.
 */
export function repairs(report, f) {
  if (f.severity === "ok" || f.verdict !== "inconsistent") return [];
  const out = [];
  const add = (mention, to) => {
    if (to && to !== mention.text && !out.some((r) => r.mention.id === mention.id)) out.push({ mention, from: mention.text, to });
  };
  const mentions = f.mentions.map((id) => report.mentions[id]).filter(Boolean);
  const target = mentions.find((m) => m.span.start === f.span.start && m.span.end === f.span.end);
  if (target && target.value !== null && f.expected !== undefined && f.stated !== undefined) {
    if (same(target.value, f.stated)) add(target, formatLike(target.text, target.value, f.expected, f.stated));
    else if (same(target.value, -f.stated)) add(target, formatLike(target.text, target.value, -f.expected, -f.stated));
  }
  const named = /\(([^()]*→[^()]*)\)/.exec(f.message);
  if (named) {
    for (const part of named[1].split(/,\s*or\s+/)) {
      const pair = /^(.+?)\s*→\s*(.+?)\??$/.exec(part.trim());
      if (!pair) continue;
      const [, from, to] = pair;
      const matches = mentions.filter((m) => from === m.text || from.endsWith(` ${m.text}`));
      if (matches.length !== 1) continue;
      const [mention] = matches;
      const a = parseWritten(mention.text);
      const b = parseWritten(to);
      // The message writes the repair as numcheck prints figures; it is used only when it
      // has the figure's own shape (same sign before, same words after).
      if (!a || !b || a.before !== b.before.trim() && a.before !== b.before || a.after !== b.after) continue;
      add(mention, formatLike(mention.text, mention.value, b.value * (mention.value / a.value || 1), mention.value));
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Why a figure was, or was not, linked.

const NEVER_OPERANDS = { year: "a year", date: "a date", ordinal: "an ordinal", other: "an identifier or label" };

/** A value as the figure's kind is read: years and dates without separators (2016). */
const plainValue = (m, v) => (m.kind === "year" || m.kind === "date" ? String(v) : count(v));

/**
 * What numcheck read for mention `m` and what became of it: `{ rows, relations, reasons }`.
 * rows: [label, value] pairs (figure, value, kind, unit, hedge, noun, role); relations: the
 * findings it took part in ({ finding, index }); reasons: when it took part in none, why
 * none linked it, from what the report shows.
 */
export function explain(report, m, dismissed = new Set()) {
  const rows = [
    ["Figure", m.text],
    ["Value", m.value === null ? "—" : plainValue(m, m.value)],
  ];
  if (m.values) rows.push(["Values", m.values.map((v) => plainValue(m, v)).join(", ")]);
  rows.push(
    ["Kind", m.kind],
    ["Unit", m.unit ?? "—"],
    ["Hedge", m.qualifier ? `${m.qualifier.text} (${m.qualifier.bound} bound)` : "—"],
    ["Counts", m.noun ?? "—"],
    ["Role", m.role ?? "—"],
  );
  const relations = [];
  report.findings.forEach((finding, index) => {
    if (finding.mentions.includes(m.id)) relations.push({ finding, index, dismissed: dismissed.has(signature(report, finding)) });
  });
  const reasons = [];
  if (!relations.length) {
    if (NEVER_OPERANDS[m.kind]) reasons.push(`It reads as ${NEVER_OPERANDS[m.kind]}, which is never an operand of arithmetic on counts.`);
    if (m.noun === null && !NEVER_OPERANDS[m.kind] && !["percent", "money", "measure"].includes(m.kind)) reasons.push("No counted noun follows it, so no noun links it to another figure.");
    if (m.noun !== null) {
      const others = report.mentions.filter((o) => o.id !== m.id && o.noun === m.noun).length;
      reasons.push(others
        ? `${plural(others, "other figure")} count${others === 1 ? "s" : ""} “${m.noun}”, but no cue word ties them into a sum, a share or a change.`
        : `No other figure counts “${m.noun}” or a related noun.`);
    }
    if (m.role === null && !NEVER_OPERANDS[m.kind]) reasons.push("No cue word (cut, leaving, rose to, of…) gives it a part in a sum or a change.");
    if (!reasons.length) reasons.push("No check found a relation it could verify with evidence, so it stays silent.");
  }
  return { rows, relations, reasons };
}

// ---------------------------------------------------------------------------------------
// The report as text to paste elsewhere.

const VERDICT = {
  consistent: "holds",
  consistentWithRounding: "holds with rounding",
  consistentWithHedge: "holds only by a hedge",
  inconsistent: "does not hold",
};

/** Line and column (1-based) of UTF-16 offset `at` in `text`. */
function position(text, at) {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf("\n"); i >= 0 && i < at; i = text.indexOf("\n", i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: at - start + 1 };
}

function figuresOf(report, text, f) {
  return f.mentions.map((id) => report.mentions[id]).filter(Boolean)
    .map((m) => `${m.text} (line ${position(text, m.span.start).line})`);
}

/**
 * The report for a CMS note or a chat: a summary line, then every open finding with its
 * severity, check, verdict, arithmetic (the message) and figures; then the verified ones.
 * `format` is "markdown" or "text".
 */
export function reportAsText(report, text, { format = "markdown", dismissed = new Set(), title = "numcheck report" } = {}) {
  const t = triage(report, dismissed);
  const md = format === "markdown";
  const lines = [md ? `## ${title}` : title, "", summarize(report, t), ""];
  const item = ({ finding: f }, n) => {
    const head = md
      ? `${n}. **${LABEL[f.severity].toUpperCase()}** \`${f.check}\` (${VERDICT[f.verdict] ?? f.verdict}): ${f.message}`
      : `${n}. ${LABEL[f.severity].toUpperCase()} [${f.check}] (${VERDICT[f.verdict] ?? f.verdict}): ${f.message}`;
    const figures = `${md ? "   " : "   "}Figures: ${figuresOf(report, text, f).join(", ")}`;
    return [head, figures];
  };
  if (t.open.length) {
    lines.push(md ? "### To check" : "To check:");
    t.open.forEach((e, i) => lines.push(...item(e, i + 1)));
    lines.push("");
  }
  if (t.verified.length) {
    lines.push(md ? `### Verified (${count(t.verified.length)})` : `Verified (${count(t.verified.length)}):`);
    t.verified.forEach((e, i) => lines.push(...item(e, i + 1)));
    lines.push("");
  }
  if (t.dismissed.length) {
    lines.push(md ? `### Dismissed (${count(t.dismissed.length)})` : `Dismissed (${count(t.dismissed.length)}):`);
    t.dismissed.forEach((e, i) => lines.push(...item(e, i + 1)));
    lines.push("");
  }
  if (report.truncated) lines.push(`numcheck stopped reading after ${count(report.truncated.figureLimit)} figures; the rest of the text was not checked.`, "");
  return lines.join("\n");
}

/**
 * A short, stable hash of a text (FNV-1a, 32 bits, hex, and the length): dismissals are
 * remembered per text. A long text is sampled (at most 65,536 code units, evenly spread) so
 * that a megabyte costs the main thread no more than a short article; two long texts of one
 * length that differ only between samples share dismissals, which apply only to findings
 * both texts have (signature).
 */
export function hash(text) {
  let h = 0x811c9dc5;
  const step = Math.max(1, Math.ceil(text.length / 65_536));
  for (let i = 0; i < text.length; i += step) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `${(h >>> 0).toString(16).padStart(8, "0")}-${text.length.toString(36)}`;
}
