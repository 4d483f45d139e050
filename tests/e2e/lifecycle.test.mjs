// The <num-check> element's lifecycle on a host page: removed mid-check or mid-debounce, put
// back, re-targeted, pointed at an element that is not there yet, on a page where no worker
// may start, superseded by a newer text, refused input, huge reports, and numcheck failing.
// Each case of the issue has its test, on a blank host page so that only the element under
// test adds highlights.
import { test, before, after, afterEach } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { CSP } from "../../xtask/serve.mjs";
import { ARTIFACTS, here, openPage, PANIC, SLOW, startBrowser, TRAP, withTestGlue } from "./harness.mjs";

let server, url, browser, page, problems;

before(async () => ({ server, url, browser } = await startBrowser()));
after(async () => { await browser?.close(); server?.close(); });
afterEach(async () => {
  await page?.close();
  assert.deepEqual(problems, [], "the page logged errors, CSP violations or opened a dialog");
});

const canonical = await readFile(here("../fixtures/canonical.txt"), "utf8");
const ERROR_TEXT = "The agency employs 2,300 people. It will cut 450 jobs, leaving 1,950 staff.";
/** An ordinary article large enough for the worker (over 2,000 code units), with one arithmetic error. */
const ARTICLE = [canonical, canonical, ERROR_TEXT, canonical, canonical].join("\n\n");
/** A worker-sized text whose check stalls for 20 s (with withTestGlue). */
const STALLING = `${SLOW} ${ARTICLE}`;

/**
 * A blank host page (served by a route, with the server's CSP or `policy`) that loads the
 * widget and records, per element id, every numcheck-report and numcheck-error, and every
 * worker started and terminated.
 */
async function host({ policy = CSP, glue, script = "widget/num-check.js" } = {}) {
  const blank = `${url}host.html`;
  ({ page, problems } = await openPage(browser, "about:blank", {
    before: async (p) => {
      if (glue) await glue(p);
      await p.route(blank, (route) => route.fulfill({
        contentType: "text/html; charset=utf-8",
        headers: { "content-security-policy": policy },
        body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>host</title>
          <script type="module" src="${script}"></script></head><body><main></main></body></html>`,
      }));
      await p.addInitScript(() => {
        window.__events = [];
        for (const type of ["numcheck-report", "numcheck-error"]) {
          document.addEventListener(type, (e) => window.__events.push({ type, id: e.target.id, detail: e.detail }));
        }
        window.__workers = { started: 0, terminated: 0 };
        const Original = window.Worker;
        window.Worker = class extends Original {
          constructor(...args) { super(...args); window.__workers.started++; }
          terminate() { window.__workers.terminated++; super.terminate(); }
        };
      });
    },
  }));
  await page.goto(blank);
  await page.waitForFunction(() => customElements.get("num-check"));
}

/** Adds elements to <main>: [{ tag, id, attrs, text }]. */
function add(items) {
  return page.evaluate((items) => {
    for (const { tag = "div", id, attrs = {}, text = "" } of items) {
      const node = document.createElement(tag);
      if (id) node.id = id;
      for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
      node.textContent = text;
      document.querySelector("main").append(node);
    }
  }, items);
}

const events = (id, type = "numcheck-report") => page.evaluate(([id, type]) => window.__events.filter((e) => e.id === id && e.type === type).length, [id, type]);
const waitForEvents = (id, n, type = "numcheck-report") =>
  page.waitForFunction(([id, n, type]) => window.__events.filter((e) => e.id === id && e.type === type).length >= n, [id, n, type], { timeout: 20_000 });
/** Ranges in the document's numcheck highlights, by kind. */
const highlighted = () => page.evaluate(() => {
  let total = 0;
  for (const [name, h] of CSS.highlights) if (name.startsWith("numcheck-")) total += h.size;
  return total;
});
const panel = (id) => page.evaluate((id) => {
  const el = document.getElementById(id);
  const root = el.shadowRoot;
  return {
    status: el.dataset.status,
    summary: root.querySelector(".summary").textContent,
    notice: root.querySelector(".notice").hidden ? "" : root.querySelector(".notice").textContent,
    // Listed: the open findings; the verified ones are folded behind a toggle.
    findings: [...root.querySelectorAll("ol.open [data-finding]")].map((f) => `${f.dataset.check}:${f.dataset.severity}`),
  };
}, id);

test("removed mid-check, the element fires nothing more and leaves no highlight behind", async () => {
  await host({ glue: withTestGlue });
  await add([{ id: "story", text: ARTICLE }, { tag: "num-check", id: "w", attrs: { for: "story" } }]);
  await waitForEvents("w", 1);
  assert.ok((await highlighted()) > 10, "the first check highlighted the figures");
  // The story becomes a text the worker stalls on; the element goes while it works.
  await page.evaluate((slow) => { document.getElementById("story").textContent = slow; }, STALLING);
  await page.waitForFunction(() => document.getElementById("w").dataset.status === "checking");
  await page.waitForTimeout(300);
  await page.evaluate(() => document.getElementById("w").remove());
  assert.equal(await highlighted(), 0, "every range the element added is gone");
  await page.waitForTimeout(1_500);
  assert.equal(await events("w"), 1, "no numcheck-report after removal");
  assert.equal(await highlighted(), 0);
  const workers = await page.evaluate(() => window.__workers);
  assert.equal(workers.terminated, workers.started, "the busy worker was stopped");
});

test("removed during the debounce, the element fires nothing more and leaves no highlight behind", async () => {
  await host();
  await add([{ tag: "num-check", id: "w", text: ERROR_TEXT }]);
  await waitForEvents("w", 1);
  assert.ok((await highlighted()) >= 3);
  await page.evaluate(() => {
    const w = document.getElementById("w");
    w.firstChild.data = w.firstChild.data.replace("1,950", "1,850"); // schedules a check
    w.remove();
  });
  assert.equal(await highlighted(), 0);
  await page.waitForTimeout(800);
  assert.equal(await events("w"), 1);
  assert.equal(await highlighted(), 0);
});

test("put back on the page, the element checks again", async () => {
  await host();
  await add([{ tag: "num-check", id: "w", text: ERROR_TEXT }]);
  await waitForEvents("w", 1);
  await page.evaluate(() => { const w = document.getElementById("w"); w.remove(); document.querySelector("main").append(w); });
  await waitForEvents("w", 2);
  assert.ok((await highlighted()) >= 3);
  assert.deepEqual((await panel("w")).findings, ["arithmetic:error"]);
  // Moved within the page (removed and inserted in one task), it stays one element checking one text.
  await page.evaluate(() => { const w = document.getElementById("w"); document.body.prepend(w); });
  await waitForEvents("w", 3);
  assert.equal(await highlighted(), 3);
});

test("for= changed, the element checks and observes the new target only", async () => {
  await host();
  await add([
    { id: "a", text: ERROR_TEXT },
    { id: "b", text: "Of 250 respondents, 80 (40%) said yes." },
    { tag: "num-check", id: "w", attrs: { for: "a" } },
  ]);
  await waitForEvents("w", 1);
  await page.evaluate(() => document.getElementById("w").setAttribute("for", "b"));
  await waitForEvents("w", 2);
  assert.deepEqual((await panel("w")).findings, ["percent-of:error"]);
  const inside = () => page.evaluate(() => {
    const w = document.getElementById("w");
    return w.report.mentions.map((m) => w.rangeForMention(m.id)?.startContainer.parentElement.id);
  });
  assert.deepEqual([...new Set(await inside())], ["b"], "the highlights are on the new target");
  await page.evaluate(() => { document.getElementById("a").textContent = "Nothing here adds up: 1 and 2 make 5."; });
  await page.waitForTimeout(800);
  assert.equal(await events("w"), 2, "the old target is no longer observed");
  await page.evaluate(() => { document.getElementById("b").textContent = "Of 250 respondents, 100 (40%) said yes."; });
  await waitForEvents("w", 3);
  assert.deepEqual((await panel("w")).findings, []);
  assert.match((await panel("w")).summary, /^No problems found — 1 relation checked and verified/);
});

test('for="missing" says so, and checks the element as soon as it appears', async () => {
  await host();
  await add([{ tag: "num-check", id: "w", attrs: { for: "later" } }]);
  await page.waitForFunction(() => document.getElementById("w").dataset.status === "missing");
  const waiting = await panel("w");
  assert.match(waiting.summary, /^Waiting for the element with id "later": there is none on this page yet\./);
  assert.equal(await events("w"), 0);
  await page.locator("#w").screenshot({ path: `${ARTIFACTS}widget-missing.png` });
  await add([{ id: "later", text: ERROR_TEXT }]);
  await waitForEvents("w", 1);
  assert.deepEqual((await panel("w")).findings, ["arithmetic:error"]);
  assert.equal(await highlighted(), 3);
  // And when it goes again: no stale highlights, the same message.
  await page.evaluate(() => document.getElementById("later").remove());
  await page.waitForFunction(() => document.getElementById("w").dataset.status === "missing");
  assert.equal(await highlighted(), 0);
  assert.deepEqual((await panel("w")).findings, []);
});

test("where no worker may start, modest texts are checked anyway and a large one gets the reason, not 'Checking figures…' forever", async () => {
  await host({ policy: CSP.replace("worker-src 'self'", "worker-src 'none'") });
  await add([
    { tag: "num-check", id: "modest", text: ARTICLE },
    { tag: "num-check", id: "large", text: ARTICLE.repeat(10) },
  ]);
  await waitForEvents("modest", 1);
  assert.ok((await panel("modest")).findings.includes("arithmetic:error"));
  assert.equal(await page.evaluate(() => document.getElementById("modest").dataset.engine), "main");
  await waitForEvents("large", 1, "numcheck-error");
  const large = await panel("large");
  assert.equal(large.status, "error");
  assert.match(large.summary, /Texts over 20,000 are checked in a Web Worker .* could not start one \(.+\)/);
  const refused = (p) => /worker-src/.test(p) && /worker\.js/.test(p);
  assert.ok(problems.some(refused), "the browser refused the worker");
  problems.splice(0, Infinity, ...problems.filter((p) => !refused(p)));
});

test("a newer text cancels the element's older check instead of waiting behind it", async () => {
  await host({ glue: withTestGlue });
  await add([{ tag: "num-check", id: "w", attrs: { editable: "" } }]);
  await waitForEvents("w", 1);
  await page.evaluate((slow) => { document.getElementById("w").value = slow; }, STALLING);
  await page.waitForFunction(() => document.getElementById("w").dataset.status === "checking");
  await page.waitForTimeout(300);
  const started = Date.now();
  await page.evaluate((text) => { document.getElementById("w").value = text; }, ARTICLE);
  await waitForEvents("w", 2);
  const waited = Date.now() - started;
  assert.equal(await page.evaluate(() => document.getElementById("w").dataset.engine), "worker");
  assert.ok((await panel("w")).findings.includes("arithmetic:error"));
  assert.ok(waited < 5_000, `the ordinary text waited ${waited} ms`);
  assert.ok((await page.evaluate(() => window.__workers.terminated)) >= 1, "the busy worker was terminated");
  await page.waitForTimeout(500);
  assert.equal(await events("w"), 2, "the older check never reports");
});

test("refused input clears the old findings and highlights and says why", async () => {
  await host();
  await add([{ id: "story", text: ERROR_TEXT }, { tag: "num-check", id: "w", attrs: { for: "story" } }]);
  await waitForEvents("w", 1);
  assert.equal(await highlighted(), 3);
  // Over the 5 MiB numcheck accepts.
  await page.evaluate(() => { document.getElementById("story").textContent = "12 apples. ".repeat(500_000); });
  await waitForEvents("w", 1, "numcheck-error");
  const refused = await panel("w");
  assert.equal(refused.status, "error");
  assert.match(refused.summary, /^numcheck: the text is 5,?500,?000 bytes, more than the limit of 5,?242,?880 bytes/);
  assert.deepEqual(refused.findings, []);
  assert.equal(await highlighted(), 0);
  assert.equal(await page.evaluate(() => document.getElementById("w").report), null);
});

test("the editable element with 70,000 figures works and refreshes its panel", async () => {
  await host();
  await add([{ tag: "num-check", id: "w", attrs: { editable: "" }, text: ERROR_TEXT }]);
  await waitForEvents("w", 1);
  await page.evaluate(() => { document.getElementById("w").value = "1 ".repeat(70_000); });
  await waitForEvents("w", 2);
  // All 70,000 figures, or as many as one report reads (report.truncated says so).
  const { read, truncated } = await page.evaluate(() => {
    const r = document.getElementById("w").report;
    return { read: r.mentions.length, truncated: r.truncated };
  });
  assert.equal(read, truncated ? truncated.figureLimit : 70_000);
  const dense = await panel("w");
  const n = read.toLocaleString("en");
  assert.equal(dense.summary, `${n} figures, no relations checked.`);
  const stopped = truncated ? `numcheck read the first ${n} figures and stopped: the text from character ${(truncated.at + 1).toLocaleString("en")} on was not checked.` : "";
  assert.equal(dense.notice, stopped);
  // No finding uses these figures, so none is highlighted; the text box holds the text.
  const editor = await page.evaluate(() => document.getElementById("w").shadowRoot.querySelector(".editor").textContent.length);
  assert.equal(editor, 140_000);
  assert.equal(await highlighted(), 0);
  await page.locator("#w").screenshot({ path: `${ARTIFACTS}widget-70k.png` });
  await page.evaluate((text) => { document.getElementById("w").value = text; }, ERROR_TEXT);
  await waitForEvents("w", 3);
  assert.deepEqual(await panel("w"), { status: "ready", summary: "3 figures: 1 error.", notice: "", findings: ["arithmetic:error"] });
});

test("numcheck failing inside wasm shows in the panel, and the element's next text is checked", async () => {
  await host({ glue: withTestGlue });
  await add([{ id: "story", text: `${TRAP} ${ERROR_TEXT}` }, { tag: "num-check", id: "w", attrs: { for: "story" } }]);
  await waitForEvents("w", 1, "numcheck-error");
  assert.match((await panel("w")).summary, /^numcheck hit an internal error on this text; it has been restarted\. \(RuntimeError: memory access out of bounds\)/);
  assert.equal(await highlighted(), 0);
  await page.evaluate((text) => { document.getElementById("story").textContent = text; }, ERROR_TEXT);
  await waitForEvents("w", 1);
  assert.deepEqual((await panel("w")).findings, ["arithmetic:error"]);
  // The same in the element's worker.
  await page.evaluate((text) => { document.getElementById("story").textContent = text; }, `${PANIC} ${ARTICLE}`);
  await waitForEvents("w", 2, "numcheck-error");
  assert.match((await panel("w")).summary, /\(panicked at tests\/e2e\/harness\.mjs:1:1:\nthe test's panic\)$/);
  await page.evaluate((text) => { document.getElementById("story").textContent = text; }, ARTICLE);
  await waitForEvents("w", 2);
  assert.ok((await panel("w")).findings.includes("arithmetic:error"));
  assert.equal(await page.evaluate(() => document.getElementById("w").dataset.engine), "worker");
});

test("served from another origin, the element checks a large article in its worker (started through a blob: URL)", async () => {
  // The widget comes from http://localhost:PORT, the page from http://127.0.0.1:PORT, a host
  // with no policy of its own, as most article pages are. No worker error may show.
  const other = url.replace("127.0.0.1", "localhost");
  ({ page, problems } = await openPage(browser, "about:blank", {
    before: async (p) => {
      // "localhost" is served by the same server (on 127.0.0.1); its own headers are kept:
      // they must be what lets another origin in (Access-Control-Allow-Origin).
      await p.context().route((u) => u.href.startsWith(other), async (route) => {
        const response = await route.fetch({ url: route.request().url().replace("localhost", "127.0.0.1") });
        await route.fulfill({ response });
      });
      await p.route(`${url}host.html`, (route) => route.fulfill({
        contentType: "text/html; charset=utf-8",
        body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>host</title>
          <script type="module" src="${other}widget/num-check.js"></script></head><body><main></main></body></html>`,
      }));
    },
  }));
  await page.goto(`${url}host.html`);
  await page.waitForFunction(() => customElements.get("num-check"));
  await add([{ tag: "num-check", id: "large", text: ARTICLE.repeat(10) }]);
  await page.waitForFunction(() => ["ready", "error"].includes(document.getElementById("large").dataset.status), null, { timeout: 20_000 });
  const large = await panel("large");
  assert.equal(large.status, "ready", large.summary);
  assert.equal(await page.evaluate(() => document.getElementById("large").dataset.engine), "worker");
  assert.ok(large.findings.includes("arithmetic:error"));
  assert.doesNotMatch(large.summary, /Worker/);
  await page.locator("#large").screenshot({ path: `${ARTIFACTS}widget-cross-origin.png` });
});

test("served from another origin to a host whose policy refuses blob: workers, the element checks modest texts and says plainly why not large ones", async () => {
  // The widget comes from http://localhost:PORT, the page from http://127.0.0.1:PORT: a
  // dedicated worker cannot be started from a cross-origin script URL (new Worker throws).
  const other = url.replace("127.0.0.1", "localhost");
  const policy = CSP.replaceAll("'self'", `'self' ${other}`);
  await host({
    policy,
    glue: (p) => p.context().route((u) => u.href.startsWith(other), async (route) => {
      const response = await route.fetch({ url: route.request().url().replace("localhost", "127.0.0.1") });
      await route.fulfill({ response, headers: { ...response.headers(), "access-control-allow-origin": "*" } });
    }),
    script: `${other}widget/num-check.js`,
  });
  await add([
    { tag: "num-check", id: "modest", text: ARTICLE },
    { tag: "num-check", id: "large", text: ARTICLE.repeat(10) },
  ]);
  await waitForEvents("modest", 1);
  assert.equal(await page.evaluate(() => document.getElementById("modest").dataset.engine), "main");
  await waitForEvents("large", 1, "numcheck-error");
  const { summary } = await panel("large");
  assert.match(summary, /could not start one \(numcheck is loaded from another origin \(http:\/\/localhost:\d+\), so it starts its Web Worker from a blob: URL, and this page does not allow that: its Content-Security-Policy needs worker-src blob:/);
  assert.doesNotMatch(summary, /Failed to construct/);
  // The policy refusing the blob: worker is what this test is about.
  const refused = (p) => /worker-src/.test(p) && /blob/.test(p);
  problems.splice(0, Infinity, ...problems.filter((p) => !refused(p)));
});

test("when numcheck's WebAssembly cannot load, the panel says so instead of 'Checking figures…'", async () => {
  await host({ glue: (p) => p.context().route(/numcheck_bg\.wasm$/, (route) => route.fulfill({ status: 404, contentType: "text/plain", body: "not found" })) });
  await add([{ tag: "num-check", id: "w", text: ERROR_TEXT }]);
  await waitForEvents("w", 1, "numcheck-error");
  const { status, summary } = await panel("w");
  assert.equal(status, "error");
  assert.match(summary, /^numcheck could not load its WebAssembly module \(http:\/\/127\.0\.0\.1:\d+\/pkg\/numcheck_bg\.wasm\): the server answered 404/);
  await page.locator("#w").screenshot({ path: `${ARTIFACTS}widget-no-wasm.png` });
  problems.splice(0, Infinity, ...problems.filter((p) => !/404/.test(p)));
});
