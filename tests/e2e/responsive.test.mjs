// The page never blocks: checking runs in a worker above a small size, a newer text cancels
// an older check, a worker that cannot start is reported, and numcheck failing inside wasm
// is contained. Measured with the browser's own long-task observer.
import { test, before, after, afterEach } from "node:test";
import { CSP } from "../../xtask/serve.mjs";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { ARTIFACTS, here, openPage as open, PANIC, setArticle, SLOW, startBrowser, TRAP, withTestGlue, withPolicy } from "./harness.mjs";

let server, url, browser, page, problems;

before(async () => ({ server, url, browser } = await startBrowser()));
after(async () => { await browser?.close(); server?.close(); });
afterEach(async () => {
  await page?.close();
  assert.deepEqual(problems, [], "the page logged errors, CSP violations or opened a dialog");
});

async function openPage(options) {
  ({ page, problems } = await open(browser, url, options));
  await page.waitForSelector("body[data-ready=true]", { timeout: 20_000 });
  return page;
}

const canonical = await readFile(here("../fixtures/canonical.txt"), "utf8");
const sample = await readFile(here("../../www/sample.txt"), "utf8");
const repeat = (unit, length) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

/**
 * Puts `text` in the editor and measures what checking it costs the main thread: every
 * long task (over 50 ms, the browser's own definition) from the moment the page is told of
 * the edit until the report is on screen, or until `window` ms have passed.
 *
 * The paste itself is kept out of the measurement: the text is first put in the editor
 * without an input event and the browser is given time to lay it out (a megabyte in a text
 * box is a long task of its own, whatever the page does); only then is the input event fired.
 */
async function checkCost(text, window) {
  await page.evaluate((t) => { document.getElementById("article").textContent = t; }, text);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 300)))));
  return page.evaluate(async ({ length, window }) => {
    const tasks = [];
    const observer = new PerformanceObserver((list) => { for (const e of list.getEntries()) tasks.push(Math.round(e.duration)); });
    observer.observe({ type: "longtask" });
    const frames = [];
    const loaf = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        frames.push(`${Math.round(e.duration)} ms frame (style and layout ${Math.round(e.styleAndLayoutStart ? e.startTime + e.duration - e.styleAndLayoutStart : 0)} ms): ` +
          e.scripts.map((x) => `${x.invoker} ${x.sourceFunctionName || "?"} ${Math.round(x.duration)} ms (forced layout ${Math.round(x.forcedStyleAndLayoutDuration)} ms)`).join("; "));
      }
    });
    loaf.observe({ type: "long-animation-frame" });
    const article = document.getElementById("article");
    const start = performance.now();
    article.dispatchEvent(new Event("input"));
    let done = false;
    while (performance.now() - start < window) {
      await new Promise((r) => setTimeout(r, 100));
      if (performance.now() - start > 300 && !document.body.dataset.checking && article.checked?.length === length) { done = true; break; }
    }
    const elapsed = Math.round(performance.now() - start);
    // Let the last frame's layout and paint happen inside the observation.
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)));
    for (const e of observer.takeRecords()) tasks.push(Math.round(e.duration));
    observer.disconnect();
    loaf.disconnect();
    return {
      done, elapsed, tasks, frames,
      engine: document.body.dataset.engine,
      marks: [...CSS.highlights].reduce((n, [name, h]) => n + (name.startsWith("numcheck-") ? h.size : 0), 0),
      summary: document.querySelector("#panel .summary").textContent,
    };
  }, { length: text.length, window });
}

test("checking never blocks the page for 50 ms: adversarial texts and a 1 MB article", async (t) => {
  await openPage();
  const families = {
    "200,000 periods": ".".repeat(200_000),
    '"x1" repeated 100,000 times': "x1".repeat(100_000),
    '"1," repeated 200,000 times': "1,".repeat(200_000),
    "a 1 MB article": repeat(`${canonical}\n\n${sample}\n\n`, 1_000_000),
  };
  const rows = [];
  for (const [name, text] of Object.entries(families)) {
    // Each text gets a window, long enough for its whole report on a linear checker; one
    // still being checked when it closes would be cancelled by the next text.
    const cost = await checkCost(text, 8_000);
    rows.push(`${name}: ${cost.done ? `shown after ${cost.elapsed} ms` : `still checking after ${cost.elapsed} ms`}, ` +
      `engine ${cost.engine}, ${cost.marks} marks, long tasks [${cost.tasks.join(", ")}] ms — ${cost.summary}` +
      (cost.frames.length ? ` — long frames: ${cost.frames.join(" | ")}` : ""));
    assert.deepEqual(cost.tasks, [], `${name}: long tasks while checking: ${rows.at(-1)}`);
    assert.ok(cost.done, `${name} was not shown within the window`);
    assert.equal(cost.engine, "worker", name);
    if (name.startsWith('"1,"')) {
      // Tens of thousands of figures (a spread of them into replaceChildren overflowed the
      // stack from about 64,000): as many as one report reads; none is used by a finding,
      // so none is highlighted until the reader asks for every figure (10,000 at most).
      const figures = Number(cost.summary.match(/^([\d,]+) figures/)[1].replaceAll(",", ""));
      assert.ok(figures > 10_000, cost.summary);
      assert.equal(cost.marks, 0);
      const notice = await page.locator("#panel .notice").textContent();
      if (figures < 200_000) assert.match(notice, new RegExp(`^numcheck read the first ${figures.toLocaleString("en")} figures and stopped: the text from character [\\d,]+ on was not checked\\.`));
      const all = await page.evaluate(async () => {
        const tasks = [];
        const observer = new PerformanceObserver((list) => { for (const e of list.getEntries()) tasks.push(Math.round(e.duration)); });
        observer.observe({ type: "longtask" });
        document.getElementById("all-figures").click();
        while (CSS.highlights.get("numcheck-figure").size === 0) await new Promise((r) => setTimeout(r, 50));
        await new Promise((r) => setTimeout(r, 300));
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)));
        for (const e of observer.takeRecords()) tasks.push(Math.round(e.duration));
        observer.disconnect();
        const marks = CSS.highlights.get("numcheck-figure").size;
        document.getElementById("all-figures").click();
        return { tasks, marks };
      });
      rows.push(`  every figure highlighted on demand (${all.marks} around the screen): long tasks [${all.tasks.join(", ")}] ms`);
      assert.deepEqual(all.tasks, [], rows.at(-1));
      assert.ok(all.marks > 500 && all.marks <= 2_000, rows.at(-1));
    }
  }
  t.diagnostic(rows.join("\n"));
  // The 1 MB article (fast on any linear checker) is shown in full, every figure marked.
  const last = await page.evaluate(() => ({ text: document.getElementById("article").checked.length, summary: document.querySelector("#panel .summary").textContent }));
  assert.equal(last.text, families["a 1 MB article"].length);
  assert.match(last.summary, /^[\d,]+ figures: /);
  await page.screenshot({ path: `${ARTIFACTS}page-1mb.png` });
});

/** Replaces the article text the way a paste does and waits until the page shows a result. */
const paste = (text) => setArticle(page, text);

const ERROR_TEXT = "The agency employs 2,300 people. It will cut 450 jobs, leaving 1,950 staff.";

test("numcheck failing inside wasm is reported for that text, and the next text is checked by a fresh instance", async () => {
  await openPage({ before: withTestGlue });
  const large = (marker) => `${marker} ${canonical}\n\n${ERROR_TEXT}`.padEnd(3_000, " ");
  for (let round = 0; round < 2; round++) {
    // On the main thread: a trap, then a panic, each followed by an ordinary text.
    for (const marker of [TRAP, PANIC]) {
      const failed = await paste(`${marker} ${ERROR_TEXT}`);
      assert.match(failed.summary, /^numcheck hit an internal error on this text; it has been restarted\./);
      assert.match(failed.summary, marker === TRAP ? /memory access out of bounds/ : /the test's panic/);
      assert.deepEqual(failed.findings, []);
      assert.equal(failed.marks, 0, "nothing of the failed check is highlighted");
      const next = await paste(ERROR_TEXT);
      assert.equal(next.engine, "main");
      assert.deepEqual(next.findings, ["arithmetic:error"]);
    }
    // In the worker: the worker is replaced.
    for (const marker of [TRAP, PANIC]) {
      const failed = await paste(large(marker));
      assert.match(failed.summary, /^numcheck hit an internal error on this text; it has been restarted\./);
      const next = await paste(large(""));
      assert.equal(next.engine, "worker");
      assert.ok(next.findings.includes("arithmetic:error"), next.findings.join());
    }
  }
});

test("where no worker can start, modest texts are checked on the main thread and large ones refused with the reason", async () => {
  const policy = CSP.replace("worker-src 'self'", "worker-src 'none'");
  await openPage({ before: (p) => withPolicy(p, "", policy) });
  // The page's own worker is refused by the policy: that is expected here, not a problem.
  const modest = await paste(`${canonical}\n\n${ERROR_TEXT}`.repeat(4));
  assert.equal(modest.engine, "main");
  assert.ok(modest.findings.includes("arithmetic:error"), modest.findings.join());
  const large = await paste(`${canonical}\n\n${ERROR_TEXT}\n\n`.repeat(40));
  assert.match(large.summary, /^numcheck: this text is [\d,]+ characters\. Texts over 20,000 are checked in a Web Worker/);
  assert.match(large.summary, /could not start one \(.+\)/);
  assert.deepEqual(large.findings, []);
  await page.screenshot({ path: `${ARTIFACTS}page-no-worker.png` });
  const again = await paste(ERROR_TEXT);
  assert.deepEqual(again.findings, ["arithmetic:error"]);
  // The policy refusing the page's worker is what this test is about: those reports are expected.
  const refused = (p) => /worker-src/.test(p) && /worker\.js/.test(p);
  assert.ok(problems.some(refused), "the browser refused the worker");
  problems.splice(0, Infinity, ...problems.filter((p) => !refused(p)));
});

test("a newer text cancels a check still running in the worker; it does not wait behind it", async () => {
  await openPage({
    before: async (p) => {
      await withTestGlue(p);
      await p.addInitScript(() => {
        window.__terminated = 0;
        const terminate = Worker.prototype.terminate;
        Worker.prototype.terminate = function () { window.__terminated++; return terminate.call(this); };
      });
    },
  });
  // A check the worker stalls on for 20 s.
  await page.evaluate((slow) => {
    const box = document.getElementById("article");
    box.textContent = slow;
    box.dispatchEvent(new Event("input"));
  }, `${SLOW} ${canonical.repeat(4)}`);
  await page.waitForSelector("body[data-checking]");
  await page.waitForTimeout(300);
  const started = Date.now();
  const ordinary = [canonical, canonical, ERROR_TEXT, canonical, canonical].join("\n\n");
  const shown = await paste(ordinary);
  const waited = Date.now() - started;
  assert.equal(shown.engine, "worker");
  assert.ok(shown.findings.includes("arithmetic:error"), shown.findings.join());
  assert.ok(waited < 5_000, `the ordinary text waited ${waited} ms`);
  assert.equal(await page.evaluate(() => window.__terminated), 1, "the busy worker was terminated");
  // The cancelled check never reaches the screen.
  await page.waitForTimeout(500);
  assert.equal(await page.evaluate(() => document.getElementById("article").checked.length), ordinary.length);
});

test("fifty failures in a row: every later text is still checked (the hostile tester's 668 panics)", async () => {
  // 668 panics exhausted one instance's stack; here no instance sees more than one failure.
  await openPage({ before: withTestGlue });
  const result = await page.evaluate(async ({ TRAP, ERROR_TEXT }) => {
    const { createChecker } = await import("/engine.js");
    const checker = createChecker();
    const failures = new Set();
    for (let i = 0; i < 50; i++) {
      try {
        await checker.check(`${TRAP} ${i}`);
      } catch (e) {
        failures.add(e.name);
      }
    }
    const small = await checker.check(ERROR_TEXT);
    return { failures: [...failures], engine: small.engine, findings: small.report.findings.map((f) => f.check) };
  }, { TRAP, ERROR_TEXT });
  // Each failure is reported as such; after 16 on the main thread its instance is no longer
  // renewed (abandoned instances cannot be unloaded) and small texts go to a worker instead.
  assert.deepEqual(result.failures, ["NumcheckInternalError"]);
  assert.equal(result.engine, "worker");
  assert.deepEqual(result.findings, ["arithmetic"]);
});

test("the worker's report is the binding's report, field for field", async () => {
  await openPage();
  const same = await page.evaluate(async (texts) => {
    const { createChecker } = await import("/engine.js");
    const glue = await import("/pkg/numcheck.js"); // the page's own instance, already loaded
    const results = [];
    for (const text of texts) {
      const { report, engine } = await createChecker().check(text);
      results.push({ engine, same: JSON.stringify(report) === JSON.stringify(glue.check(text)), truncated: report.truncated !== null });
    }
    return results;
  }, [[canonical, canonical, ERROR_TEXT].join("\n\n").repeat(30), `€ é ${"1 ".repeat(50_000)}`]);
  assert.deepEqual(same, [{ engine: "worker", same: true, truncated: false }, { engine: "worker", same: true, truncated: true }]);
});
