// www/report-view.js in node: the parts of the page and the widget that need no DOM — the
// order findings are listed in, the repairs offered, why a figure was not linked, and the
// report as text — on reports from the built wasm.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { here } from "./harness.mjs";
import { explain, formatLike, hash, repairs, reportAsText, summarize, triage } from "../../www/report-view.js";

const { initSync, check } = await import("../../www/pkg/numcheck.js");
initSync({ module: readFileSync(here("../../www/pkg/numcheck_bg.wasm")) });

test("a repair is written the way the figure is written", () => {
  assert.equal(formatLike("£1.2bn", 1.2e9, 1.3e9), "£1.3bn");
  assert.equal(formatLike("455", 455, 1210), "1,210", "news style for a figure that grows past a thousand");
  assert.equal(formatLike("1950", 1950, 1850), "1850", "no separator where the article writes none");
  assert.equal(formatLike("2 300", 2300, 2400), "2 400");
  assert.equal(formatLike("9.7 km", 9.7, 9.656, 9.7), "9.66 km", "a decimal more when the rounding would say the same");
  assert.equal(formatLike("30%", 30, 25), "25%");
  assert.equal(formatLike("$3 million", 3e6, 3.5e6), "$3.5 million");
  for (const words of ["thirty", "98-2", "£1–2", "1/2"]) assert.equal(formatLike(words, 30, 25), null, words);
});

test("repairs come from the expected value and from the message, tied to their figures", () => {
  const text = "😀 The agency employs 2,300 people. It will cut 450 jobs, leaving 1,950 staff. Sales rose from 40 to 60, a 30% rise.";
  const report = check(text);
  const [arithmetic, change] = triage(report).open.map((e) => e.finding);
  assert.deepEqual(repairs(report, arithmetic).map((r) => `${r.from}→${r.to}`), ["1,950→1,850", "2,300→2,400"]);
  for (const r of repairs(report, arithmetic)) assert.equal(text.slice(r.mention.span.start, r.mention.span.end), r.from, "UTF-16 offsets after an emoji");
  assert.deepEqual(repairs(report, change).map((r) => `${r.from}→${r.to}`), ["30%→50%"]);
  // Nothing to repair in a relation that holds, or where the figure is not the stated value.
  const parts = check("Of the 60 posts, 28 will be merged, 22 will stay and 14 will be cut.");
  assert.deepEqual(parts.findings.flatMap((f) => repairs(parts, f)), []);
});

test("errors first, verified apart, dismissed apart; the summary says which", () => {
  const report = check(readFileSync(here("../fixtures/canonical.txt"), "utf8").replace("over 1,200", "1,137"));
  const t = triage(report);
  assert.deepEqual(t.open.map((e) => e.finding.severity), ["error"]);
  assert.ok(t.verified.length >= 2);
  assert.match(summarize(report, t), /^\d+ figures: 1 error, \d+ relations verified\.$/);
  const clean = check("Of 250 respondents, 100 (40%) said yes.");
  assert.equal(summarize(clean), "No problems found — 1 relation checked and verified (3 figures).");
});

test("why a figure was not linked", () => {
  const report = check("In December 2016 the firm had 40 vans. Visa waits could grow from 10 days.");
  const year = report.mentions.find((m) => m.text === "2016");
  assert.match(explain(report, year).reasons.join(" "), /reads as a year/);
  const days = report.mentions.find((m) => m.text === "10");
  assert.match(explain(report, days).reasons.join(" "), /No other figure counts “days”/);
});

test("the report as Markdown and as text, for a CMS note or a chat", () => {
  const text = "The agency employs 2,300 people.\nIt will cut 450 jobs, leaving 1,950 staff.";
  const report = check(text);
  const md = reportAsText(report, text);
  assert.ok(md.startsWith("## numcheck report\n\n3 figures: 1 error.\n\n### To check\n1. **ERROR** `arithmetic` (does not hold): 2,300 − 450 = 1,850"), md);
  assert.ok(md.includes("   Figures: 2,300 (line 1), 450 (line 2), 1,950 (line 2)"), md);
  assert.ok(reportAsText(report, text, { format: "text" }).includes("1. ERROR [arithmetic] (does not hold): "));
  assert.notEqual(hash(text), hash(text.replace("450", "451")));
  assert.equal(hash("x".repeat(1_000_000)), hash("x".repeat(1_000_000)));
});
