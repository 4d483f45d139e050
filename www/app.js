// The demo page: the article in a text box, the same text rendered with its figures
// highlighted, and the findings beside it.
//
// Safety rule: pasted text only ever reaches the DOM through text nodes (textContent,
// createTextNode). No innerHTML anywhere, so no pasted markup can run.

import { count, el, LABEL, LIST_PAGE, markNotice, renderFigures, renderList, summarize } from "./dom.js";
import { createChecker, load } from "./engine.js";

const DEBOUNCE_MS = 200;

const $ = (id) => document.getElementById(id);
const article = $("article");
const rendered = $("rendered");
const findingsList = $("findings");
const summary = $("summary");
const details = $("figure-details");
const notice = $("notice");
const more = $("more-findings");
let current = { text: "", report: null };

function describe(m) {
  const parts = [m.kind];
  if (m.value !== null) parts.push(`value ${m.value}${m.unit ? " " + m.unit : ""}`);
  if (m.values) parts.push(`values ${m.values.join(", ")}`);
  if (m.qualifier) parts.push(`${m.qualifier.bound} bound ("${m.qualifier.text}")`);
  if (m.noun) parts.push(`counts ${m.noun}`);
  return parts.join("; ");
}

/** The text with its figures marked, in blocks the browser lays out only when on screen. */
function renderText(text, report, signal) {
  const mark = (m, figure, severity) =>
    el("mark", {
      text: figure,
      className: severity ? `figure sev-${severity}` : "figure",
      data: { mentionId: m.id, ...(severity ? { severity } : {}) },
      attrs: { title: describe(m) },
    });
  return renderFigures(rendered, text, report, mark, { signal });
}

function select(finding) {
  for (const mark of rendered.querySelectorAll("mark.selected")) mark.classList.remove("selected");
  for (const li of findingsList.querySelectorAll("li.selected")) li.classList.remove("selected");
  const marks = finding.mentions.map((id) => rendered.querySelector(`mark[data-mention-id="${id}"]`)).filter(Boolean);
  for (const mark of marks) mark.classList.add("selected");
  marks[0]?.scrollIntoView({ block: "nearest", behavior: "smooth" });
  const first = current.report?.mentions[finding.mentions[finding.mentions.length - 1]];
  if (first) showDetails(first);
}

function finding(f, index) {
  const report = current.report;
  const figures = f.mentions.map((id) => report.mentions[id]?.text ?? "?").join(", ");
  const li = el(
    "li",
    { className: `finding sev-${f.severity}`, data: { finding: index, check: f.check, severity: f.severity }, attrs: { tabindex: 0 } },
    [
      el("span", { className: "badge", text: LABEL[f.severity] }),
      el("span", { className: "check", text: f.check }),
      el("p", { className: "message", text: f.message }),
      el("p", { className: "figures", text: `Figures: ${figures}` }),
    ],
  );
  li.addEventListener("click", () => { select(f); li.classList.add("selected"); });
  li.addEventListener("keydown", (e) => {
    if (e.key === "Enter" || e.key === " ") { e.preventDefault(); select(f); li.classList.add("selected"); }
    if (e.key === "ArrowDown") li.nextElementSibling?.focus();
    if (e.key === "ArrowUp") li.previousElementSibling?.focus();
  });
  return li;
}

/** The first LIST_PAGE findings; the "Show more" button lists the next ones. */
function renderFindings(report, signal) {
  summary.textContent = summarize(report);
  notice.textContent = markNotice(report);
  notice.hidden = !notice.textContent;
  return showFindings(report, 0, signal);
}

async function showFindings(report, from, signal) {
  const to = Math.min(report.findings.length, from + LIST_PAGE);
  const left = report.findings.length - to;
  more.hidden = left === 0;
  more.textContent = `Show ${count(Math.min(left, LIST_PAGE))} more of ${count(left)} findings not listed`;
  more.onclick = () => showFindings(report, to, signal);
  return renderList(findingsList, report.findings, finding, { signal, from, to });
}

/** Shows what numcheck read for one figure: its value, unit, kind, hedge and noun. */
function showDetails(m) {
  const rows = [
    ["Figure", m.text],
    ["Value", m.value === null ? "—" : String(m.value)],
    ["Kind", m.kind],
    ["Unit", m.unit ?? "—"],
    ["Hedge", m.qualifier ? `${m.qualifier.text} (${m.qualifier.bound} bound)` : "—"],
    ["Counts", m.noun ?? "—"],
  ];
  if (m.values) rows.splice(2, 0, ["Values", m.values.join(", ")]);
  const list = el("dl", {}, rows.flatMap(([k, v]) => [el("dt", { text: k }), el("dd", { text: v })]));
  details.replaceChildren(el("h2", { text: "Selected figure" }), list);
  details.hidden = false;
}

const checker = createChecker();
const EMPTY = { mentions: [], findings: [] };
let rendering = new AbortController();

/**
 * Checks the text box and shows the result. A newer run supersedes this one: the checker
 * cancels the older check (terminating a busy worker) and the older rendering stops.
 */
async function run() {
  const text = article.value;
  rendering.abort();
  const mine = (rendering = new AbortController()).signal;
  document.body.dataset.checking = "true";
  let result;
  try {
    result = await checker.check(text);
  } catch (e) {
    if (e?.name === "AbortError" || mine.aborted) return;
    // Refused or failed: nothing of the old report may stay on screen.
    current = { text, report: null };
    details.hidden = true;
    summary.textContent = String(e?.message ?? e);
    notice.hidden = more.hidden = true;
    document.body.dataset.engine = "none";
    await Promise.all([renderText(text, EMPTY, mine), renderList(findingsList, [], () => null, { signal: mine })]);
    if (!mine.aborted) delete document.body.dataset.checking;
    return;
  }
  if (mine.aborted) return;
  const { report, engine } = result;
  current = { text, report };
  document.body.dataset.engine = engine;
  await Promise.all([renderText(text, report, mine), renderFindings(report, mine)]);
  if (!mine.aborted) delete document.body.dataset.checking;
}

let timer;
function schedule() {
  clearTimeout(timer);
  timer = setTimeout(run, DEBOUNCE_MS);
}

async function loadSample() {
  const response = await fetch("sample.txt");
  article.value = await response.text();
  await run();
}

rendered.addEventListener("click", (e) => {
  const mark = e.target.closest("mark[data-mention-id]");
  const m = mark && current.report?.mentions[Number(mark.dataset.mentionId)];
  if (m) showDetails(m);
});

$("version").textContent = `numcheck ${await load()}`;
article.addEventListener("input", schedule);
$("load-sample").addEventListener("click", loadSample);
$("clear").addEventListener("click", () => {
  article.value = "";
  details.hidden = true;
  run();
  article.focus();
});
await loadSample();
document.body.dataset.ready = "true";
