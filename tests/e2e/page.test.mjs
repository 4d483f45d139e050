// The demo page end to end, as an editor uses it: served over HTTP with its
// Content-Security-Policy, driven in Debian's Chromium by Playwright. Screenshots land in
// tests/e2e/artifacts/ for a person to look at.
import { test, before, after, afterEach } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { pathToFileURL } from "node:url";
import { ARTIFACTS, here, openPage as open, pageState, seriousViolations, setArticle, startBrowser } from "./harness.mjs";

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
  await page.waitForFunction(() => document.getElementById("article").checked !== undefined);
  return page;
}

const canonical = await readFile(here("../fixtures/canonical.txt"), "utf8");
const ERROR_TEXT = "The agency employs 2,300 people. It will cut 450 jobs, leaving 1,950 staff.";
const filler = (n) => Array.from({ length: n }, (_, i) => `Paragraph ${i + 1} of background says nothing about figures at all, only words.`).join("\n\n");
const error = () => page.locator('#panel ol.open [data-finding][data-severity="error"]');
/** Where a figure is on screen, and whether it lies inside the editor's visible box. */
const figureInView = (text) => page.evaluate((text) => {
  const article = document.getElementById("article");
  const range = [...CSS.highlights.get("numcheck-current")][0];
  const r = range.getBoundingClientRect();
  const box = article.getBoundingClientRect();
  return {
    text: range.toString(),
    inEditor: r.top >= box.top && r.bottom <= box.bottom && r.left >= box.left && r.right <= box.right,
    inWindow: r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth,
    pageScrolled: scrollY,
    expected: text,
  };
}, text);

test("the sample opens with errors first, verified relations folded, and only the figures findings use highlighted", async () => {
  await openPage();
  const state = await pageState(page);
  assert.deepEqual(state.findings, ["arithmetic:error", "arithmetic:note"], "errors first, then notes; verified ones folded");
  assert.equal(state.summary, "16 figures: 1 error, 1 note, 2 relations verified.");
  assert.deepEqual(state.highlighted.error, ["310", "120", "200"]);
  assert.deepEqual(state.highlighted.note, ["1,200", "755", "455"]);
  assert.deepEqual(state.highlighted.ok, ["98-2", "419-3"]);
  assert.equal(state.highlighted.figure, undefined, "figures no finding uses are not boxed");
  const toggle = page.locator('#panel [data-toggle="verified"]');
  assert.equal(await toggle.textContent(), "Show 2 relations verified");
  await toggle.click();
  assert.deepEqual(await page.locator("#panel ol.verified [data-finding]").evaluateAll((els) => els.map((e) => e.dataset.check)), ["known-total", "known-total"]);
  // On demand, every figure.
  await page.locator("#all-figures").check();
  await page.waitForFunction(() => CSS.highlights.get("numcheck-figure").size > 5);
  await page.locator("#all-figures").uncheck();
  await page.screenshot({ path: `${ARTIFACTS}page.png` });
});

test("the page's sample is www/sample.txt (the native tests read that file)", async () => {
  await openPage();
  const sample = await readFile(here("../../www/sample.txt"), "utf8");
  assert.equal(await page.evaluate(() => document.getElementById("article").checked), sample.replace(/\n$/, ""));
});

test("no problems: the page says so and how many relations were checked", async () => {
  await openPage();
  const state = await setArticle(page, "Of 250 respondents, 100 (40%) said yes.");
  assert.equal(state.summary, "No problems found — 1 relation checked and verified (3 figures).");
  assert.deepEqual(state.findings, []);
});

test("selecting a finding selects its figure in the editor and steps through its figures inside the editor only", async () => {
  await openPage();
  const text = `${filler(25)}\n\nThe agency employs 2,300 people.\n\n${filler(1)}\n\nIt will cut 450 jobs, leaving 1,950 staff.\n\n${filler(25)}`;
  await setArticle(page, text);
  // The finding is low enough in a long list? The page itself must never scroll.
  await error().locator("button.head").click();
  await page.waitForTimeout(700); // smooth scrolling
  let seen = await figureInView();
  assert.equal(seen.text, "1,950", "the figure the finding is about comes first");
  assert.ok(seen.inEditor, "it is scrolled into view inside the editor");
  assert.equal(seen.pageScrolled, 0, "the page did not scroll");
  assert.equal(await page.evaluate(() => document.getSelection().toString()), "1,950", "the figure is selected in the editor");
  assert.deepEqual((await pageState(page)).highlighted.selected, ["2,300", "450", "1,950"]);
  for (const expected of ["2,300", "450", "1,950"]) {
    await error().locator('button[data-step="1"]').click();
    await page.waitForTimeout(700);
    seen = await figureInView();
    assert.equal(seen.text, expected);
    assert.ok(seen.inEditor, `${expected} is in view inside the editor`);
    assert.equal(seen.pageScrolled, 0);
    assert.match(await error().locator(".where").textContent(), new RegExp(`figure \\d of 3: ${expected}`));
  }
  await page.screenshot({ path: `${ARTIFACTS}page-long-selected.png` });
});

test("a repair edits the text where it stands, the finding goes, and undo brings it back", async () => {
  await openPage();
  await error().locator("button.head").click();
  const fixes = await error().locator("button.fix").allTextContents();
  assert.deepEqual(fixes, ["Replace 200 with 190", "Replace 310 with 320"]);
  await error().locator("button.fix").first().click();
  await page.waitForFunction(() => document.getElementById("article").checked?.includes("leaving 190 staff") && !document.body.dataset.checking);
  const fixed = await pageState(page);
  assert.deepEqual(fixed.findings, ["arithmetic:note"], "the error is gone");
  assert.match(fixed.summary, /3 relations verified/);
  // The edit went through the browser's editing: Ctrl+Z undoes it, and the page re-checks.
  await page.locator("#article").focus();
  await page.keyboard.press("Control+z");
  await page.waitForFunction(() => document.getElementById("article").checked?.includes("leaving 200 staff") && !document.body.dataset.checking);
  assert.deepEqual((await pageState(page)).findings, ["arithmetic:error", "arithmetic:note"]);
});

test("repairs keep the figure's own writing, and offsets hold with emoji and accents before the figures", async () => {
  await openPage();
  const text = "😀 Café report — l’agence: the fund held £1.2bn. The agency employs 2,300 people. It will cut 450 jobs, leaving 1,950 staff.";
  await setArticle(page, text);
  const state = await pageState(page);
  assert.deepEqual(state.highlighted.error, ["2,300", "450", "1,950"], "UTF-16 offsets land on the figures");
  await error().locator("button.head").click();
  assert.deepEqual(await error().locator("button.fix").allTextContents(), ["Replace 1,950 with 1,850", "Replace 2,300 with 2,400"]);
  await error().locator("button.fix").nth(1).click();
  await page.waitForFunction(() => document.getElementById("article").checked?.includes("employs 2,400 people") && !document.body.dataset.checking);
  assert.deepEqual((await pageState(page)).findings, []);
  assert.ok((await page.locator("#article").textContent()).startsWith("😀 Café report"));
});

test("dismissing a finding hides it, is remembered for that text, and can be undone", async () => {
  await openPage();
  await error().locator("button.head").click();
  await error().locator("button.dismiss").click();
  let state = await pageState(page);
  assert.deepEqual(state.findings, ["arithmetic:note"]);
  assert.equal(state.summary, "16 figures: 1 note, 2 relations verified; 1 dismissed.");
  assert.equal(state.highlighted.error, undefined, "a dismissed finding's figures lose its highlight");
  // The same text in a new visit: still dismissed.
  await page.reload();
  await page.waitForFunction(() => document.getElementById("article").checked !== undefined && !document.body.dataset.checking);
  state = await pageState(page);
  assert.deepEqual(state.findings, ["arithmetic:note"]);
  // Another text: nothing dismissed.
  assert.deepEqual((await setArticle(page, ERROR_TEXT)).findings, ["arithmetic:error"]);
  await page.locator("#load-sample").click();
  await page.waitForFunction(() => document.getElementById("article").checked?.startsWith("Moscow") && !document.body.dataset.checking);
  const toggle = page.locator('#panel [data-toggle="dismissed"]');
  await toggle.click();
  const restore = page.locator('#panel ol.dismissed [data-finding]');
  await restore.locator("button.head").click();
  await restore.locator("button.dismiss").click();
  assert.deepEqual((await pageState(page)).findings, ["arithmetic:error", "arithmetic:note"]);
});

test("Copy report puts the report on the clipboard as Markdown and as text; a selected card copies as words", async () => {
  await openPage();
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: url });
  await page.locator("#panel button.copy", { hasText: "Copy report" }).click();
  await page.locator("#panel .copied", { hasText: "Copied" }).waitFor();
  const markdown = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(markdown.startsWith("## numcheck report\n\n16 figures: 1 error, 1 note, 2 relations verified."), markdown);
  assert.ok(markdown.includes("1. **ERROR** `arithmetic` (does not hold): 310 − 120 = 190, but the text says 200"), markdown);
  assert.ok(markdown.includes("   Figures: 310 (line 9), 120 (line 9), 200 (line 9)"), markdown);
  assert.ok(markdown.includes("### Verified (2)"), markdown);
  await page.locator("#panel button.copy", { hasText: "Copy as text" }).click();
  const text = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(text.includes("1. ERROR [arithmetic] (does not hold): 310 − 120"), text);
  // Selecting a card by hand copies words apart, not "errorarithmetic310".
  const selected = await error().evaluate((card) => {
    getSelection().selectAllChildren(card);
    return getSelection().toString();
  });
  assert.match(selected, /^ERROR arithmetic\s+310 − 120 = 190[^]*\sFigures: 310 120 200$/);
});

test("keyboard only: figures from the editor, findings one Tab stop with arrow keys, focus distinct from selection", async () => {
  await openPage();
  // From the top of the page, Tab reaches the editor.
  await page.keyboard.press("Tab");
  for (let i = 0; i < 8 && !(await page.evaluate(() => document.activeElement.id === "article")); i++) await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.id), "article");
  // Alt+↓ puts the caret on the next flagged figure, and the panel says what was read.
  await page.keyboard.press("Control+Home");
  await page.keyboard.press("Alt+ArrowDown");
  assert.equal(await page.evaluate(() => getSelection().toString()), "1,200");
  await page.locator("#panel .details").waitFor();
  assert.match(await page.locator("#panel .details").textContent(), /What numcheck read: 1,200.*over \(lower bound\).*personnel/);
  await page.keyboard.press("Alt+ArrowDown");
  assert.equal(await page.evaluate(() => getSelection().toString()), "755");
  // Out of the editor: the copy buttons, then the findings as one stop.
  const tabTo = async (selector) => {
    for (let i = 0; i < 10 && !(await page.evaluate((s) => document.activeElement.matches(s), selector)); i++) await page.keyboard.press("Tab");
    return page.evaluate(() => document.activeElement.closest("[data-finding]")?.dataset.severity ?? document.activeElement.textContent);
  };
  assert.equal(await tabTo("#panel button.head"), "error");
  await page.keyboard.press("ArrowDown");
  assert.equal(await page.evaluate(() => document.activeElement.closest("[data-finding]").dataset.severity), "note");
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("Enter");
  assert.equal(await error().locator("button.head").getAttribute("aria-expanded"), "true");
  // Focus stays in the list after selecting (the editor only got the selection).
  assert.equal(await page.evaluate(() => document.activeElement.closest("[data-finding]")?.dataset.severity), "error");
  // Tab goes into the selected card (figures, repairs), never to the next finding.
  const stops = [];
  for (let i = 0; i < 7; i++) {
    await page.keyboard.press("Tab");
    stops.push(await page.evaluate(() => `${document.activeElement.closest("[data-finding]")?.dataset.severity ?? "-"}:${document.activeElement.textContent.trim()}`));
  }
  assert.deepEqual(stops.slice(0, 7), ["error:310", "error:120", "error:200", "error:Replace 200 with 190", "error:Replace 310 with 320", "error:◀ Previous figure", "error:Next figure ▶"]);
  // Focus and selection look different: the focused button has a ring, the selected card a fill.
  await page.keyboard.press("Shift+Tab");
  const looks = await page.evaluate(() => {
    const card = document.querySelector('#panel ol.open [data-severity="error"]');
    const note = document.querySelector('#panel ol.open [data-severity="note"]');
    return {
      focusRing: getComputedStyle(document.activeElement).outlineStyle,
      selectedFill: getComputedStyle(card).backgroundColor,
      plainFill: getComputedStyle(note).backgroundColor,
      selectedHeadRing: getComputedStyle(card.querySelector("button.head")).outlineStyle,
    };
  });
  assert.equal(looks.focusRing, "solid");
  assert.notEqual(looks.selectedFill, looks.plainFill);
  assert.equal(looks.selectedHeadRing, "none", "selection alone draws no focus ring");
  await page.screenshot({ path: `${ARTIFACTS}page-keyboard.png` });
});

test("a clicked figure says what numcheck read, the relations it was in, or why none linked it", async () => {
  await openPage();
  const clickOn = async (figure, read = figure) => {
    const box = await page.evaluate((figure) => {
      const article = document.getElementById("article");
      const text = article.firstChild;
      const at = text.data.indexOf(figure);
      const range = new Range();
      range.setStart(text, at + 1);
      range.setEnd(text, at + 2);
      const r = range.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }, figure);
    await page.mouse.click(box.x, box.y);
    await page.waitForFunction((f) => document.querySelector("#panel .details h3")?.textContent.endsWith(`: ${f}`), read);
    return page.locator("#panel .details").textContent();
  };
  const linked = await clickOn("455");
  assert.match(linked, /Role\s*remainder/);
  assert.match(linked, /Checked in 1 relation:.*note — arithmetic: over 1,200 − 755/);
  const lonely = await clickOn("10 days", "10");
  assert.match(lonely, /No check linked this figure to another\. Why:/);
  assert.match(lonely, /Counts\s*days/);
  assert.match(lonely, /No other figure counts “days” or a related noun\./);
  const year = await clickOn("2016");
  assert.match(year, /It reads as a year, which is never an operand of arithmetic on counts\./);
  await page.screenshot({ path: `${ARTIFACTS}page-why-not.png` });
  // A new paste: the old figure's details go (they belonged to the old text).
  await setArticle(page, ERROR_TEXT);
  assert.equal(await page.locator("#panel .details").isHidden(), true);
});

test("pasted markup stays text and never runs", async () => {
  await openPage();
  const payload =
    '<img src=x onerror=alert(1)> <script>alert(2)</script> <svg onload=alert(3)> ' +
    "The agency employs 2,300 people. It will cut 450 jobs, leaving 1,950 staff. <b>bold</b> 😀";
  const state = await setArticle(page, payload);
  assert.deepEqual(state.findings, ["arithmetic:error"]);
  assert.equal(await page.evaluate(() => document.querySelectorAll("#article *, #panel img, #panel script, #panel svg").length), 0, "markup became elements");
  assert.equal(await page.locator("#article").textContent(), payload);
  await page.waitForTimeout(300); // give an injected handler the chance to fire (it must not)
});

test("a plain-text table keeps its columns", async () => {
  await openPage();
  const table = ["Team        P   W   D   L   Pts", "Arsenal    38  26   6   6    84", "Chelsea    38  21  11   6    74", "Everton    38  19   9  10    66"].join("\n");
  await setArticle(page, `League table:\n\n${table}\n\nArsenal won 26 of their 38 games.`);
  const widths = await page.evaluate(() => {
    const article = document.getElementById("article");
    const text = article.firstChild;
    const lines = text.data.split("\n").filter((l) => /^(Team|Arsenal {2}|Chelsea|Everton)/.test(l));
    // Where "Pts" and the points column start on screen: the same x on every line.
    return lines.map((line) => {
      const at = text.data.indexOf(line) + line.length - 2;
      const range = new Range();
      range.setStart(text, at);
      range.setEnd(text, at + 1);
      return Math.round(range.getBoundingClientRect().left);
    });
  });
  assert.equal(new Set(widths).size, 1, `columns line up: ${widths}`);
  assert.equal(await page.locator("#article.tabular").count(), 1);
});

test("the year the article was written is an option of the page", async () => {
  await openPage();
  const text = "Born in 1950, the 55-year-old mayor said she would stand again.";
  assert.deepEqual((await setArticle(page, text)).findings, []);
  await page.locator("#reference-year").fill("2024");
  await page.waitForFunction(() => document.querySelector('#panel [data-check="age-year"]') && !document.body.dataset.checking);
  assert.deepEqual((await pageState(page)).findings, ["age-year:warning"]);
  await page.locator("#reference-year").fill("2005");
  await page.waitForFunction(() => /verified/.test(document.querySelector("#panel .summary").textContent) && !document.body.dataset.checking);
  assert.equal((await pageState(page)).summary, "No problems found — 1 relation checked and verified (2 figures).");
});

test("a large paste is checked in the Web Worker and the page stays responsive", async () => {
  await openPage();
  const paragraph = `${ERROR_TEXT}\n\n`;
  const big = paragraph.repeat(Math.ceil(1_000_000 / paragraph.length));
  await page.evaluate(() => {
    window.__frames = 0;
    const tick = () => { window.__frames++; if (document.body.dataset.engine !== "worker") requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  });
  const state = await setArticle(page, big, { timeout: 30_000 });
  assert.equal(state.engine, "worker");
  assert.ok((await page.evaluate(() => window.__frames)) > 2, "the main thread kept drawing frames");
  // Every error is counted; the list shows them a thousand at a time.
  const expected = big.split("leaving").length - 1;
  assert.match(state.summary, new RegExp(`: ${expected.toLocaleString("en")} errors\\.`));
  assert.equal(state.findings.length, 1000);
  const more = page.locator("#panel button.more");
  assert.equal(await more.textContent(), `Show 1,000 more of ${(expected - 1000).toLocaleString("en")} findings not listed`);
  await more.click();
  await page.waitForFunction(() => document.querySelectorAll("#panel ol.open [data-finding]").length === 2000);
  // Highlights follow the reader: those on screen and around, again after a scroll.
  assert.equal(state.notice, "");
  assert.ok(state.marks > 0 && state.marks <= 2_000, `${state.marks} highlighted`);
  const lastError = () => page.evaluate(() => [...CSS.highlights.get("numcheck-error")].some((r) => r.startContainer === document.getElementById("article").lastChild));
  assert.equal(await lastError(), false, "the end of a megabyte is not highlighted before the reader gets there");
  await page.evaluate(() => { const a = document.getElementById("article"); a.scrollTop = a.scrollHeight; });
  await page.waitForFunction(() => {
    const a = document.getElementById("article");
    return [...CSS.highlights.get("numcheck-error")].some((r) => r.startContainer === a.lastChild && r.toString() === "1,950");
  });
});

test("opened from disk, the page says it needs the server and how to start it", async () => {
  ({ page, problems } = await open(browser, pathToFileURL(here("../../www/index.html")).href));
  const note = page.locator("#no-script");
  await page.waitForFunction(() => document.body.dataset.status === "needs-server");
  assert.match(await note.textContent(), /needs a web server.*cargo xtask serve/);
  // The browser's own refusal of the module is expected here; nothing else may go wrong.
  problems.splice(0, Infinity, ...problems.filter((p) => !/CORS|module script|Access to script|ERR_FAILED|blocked/i.test(p)));
});

test("the served wasm and scripts are compressed", async () => {
  const sizes = {};
  ({ page, problems } = await open(browser, url, {
    before: (p) => p.on("response", async (response) => {
      const name = new URL(response.url()).pathname;
      if (/\.(wasm|js)$/.test(name)) {
        const { responseBodySize } = await response.request().sizes();
        sizes[name] = { encoding: (await response.allHeaders())["content-encoding"], transferred: responseBodySize };
      }
    }),
  }));
  await page.waitForSelector("body[data-ready=true]", { timeout: 20_000 });
  const { size: raw } = await import("node:fs").then((fs) => fs.statSync(here("../../www/pkg/numcheck_bg.wasm")));
  const wasm = sizes["/pkg/numcheck_bg.wasm"];
  assert.equal(wasm.encoding, "br");
  assert.ok(wasm.transferred < raw * 0.4, `the wasm crossed the wire in ${wasm.transferred} of its ${raw} bytes`);
  // The page's scripts too (gzipped on the fly when edited since the last build).
  assert.ok(["br", "gzip"].includes(sizes["/app.js"].encoding), JSON.stringify(sizes["/app.js"]));
  console.log(`wasm: ${raw} bytes, ${wasm.transferred} transferred (brotli)`);
});

for (const scheme of ["light", "dark"]) {
  test(`the page has no serious accessibility violations (${scheme}), a card selected and a figure explained`, async () => {
    await openPage();
    await page.emulateMedia({ colorScheme: scheme });
    await error().locator("button.head").click();
    await page.locator('#panel [data-toggle="verified"]').click();
    assert.deepEqual(await seriousViolations(page), []);
    if (scheme === "dark") {
      const colours = await page.evaluate(() => ({ body: getComputedStyle(document.body).backgroundColor, editor: getComputedStyle(document.getElementById("article")).backgroundColor }));
      assert.deepEqual(colours, { body: "rgb(22, 22, 20)", editor: "rgb(32, 32, 29)" });
      await page.screenshot({ path: `${ARTIFACTS}page-dark.png` });
    }
  });
}

test("phone width: one column, findings on the first screen, nothing wider than the phone", async () => {
  await openPage({ width: 375, height: 740 });
  const layout = await page.evaluate(() => ({
    overflow: document.documentElement.scrollWidth - innerWidth,
    findingsTop: document.querySelector("#panel [data-finding]").getBoundingClientRect().top,
  }));
  assert.ok(layout.overflow <= 0, `the page is ${layout.overflow}px wider than the phone`);
  assert.ok(layout.findingsTop < 740, `the first finding starts at ${layout.findingsTop}px, below the first screen`);
  await page.screenshot({ path: `${ARTIFACTS}page-phone.png` });
  await page.emulateMedia({ colorScheme: "dark" });
  await page.screenshot({ path: `${ARTIFACTS}page-phone-dark.png` });
});

test("at 2560 px the lines keep a readable length", async () => {
  await openPage({ width: 2560, height: 1300 });
  const width = await page.evaluate(() => document.getElementById("article").clientWidth);
  assert.ok(width <= 800, `the text is ${width}px wide`);
  await page.screenshot({ path: `${ARTIFACTS}page-2560.png` });
});

test("at 200% zoom the selected figure is in view, not cut off", async () => {
  // 200% zoom of a 1280×900 window: a 640×450 CSS viewport at two device pixels per pixel.
  ({ page, problems } = await open(browser, url, { width: 640, height: 450, scale: 2 }));
  await page.waitForSelector("body[data-ready=true]", { timeout: 20_000 });
  await page.waitForFunction(() => document.getElementById("article").checked !== undefined);
  await error().locator("button.head").click();
  await error().locator('button[data-step="1"]').click();
  await page.waitForTimeout(700);
  const seen = await figureInView();
  assert.equal(seen.text, "310");
  assert.ok(seen.inEditor && seen.inWindow, `inside the editor's box and on screen: ${JSON.stringify(seen)}`);
  const card = await error().evaluate((li) => li.getBoundingClientRect().top < innerHeight);
  assert.ok(card, "the finding stays on screen too");
  await page.screenshot({ path: `${ARTIFACTS}page-zoom-200.png` });
});
