// The demo page end to end: served over HTTP with its Content-Security-Policy, driven in
// Debian's Chromium by Playwright. Screenshots land in tests/e2e/artifacts/ for a person to
// look at.
import { test, before, after, afterEach } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { ARTIFACTS, here, openPage as open, seriousViolations, startBrowser } from "./harness.mjs";

let server, url, browser, page, problems;

before(async () => ({ server, url, browser } = await startBrowser()));
after(async () => { await browser?.close(); server?.close(); });
afterEach(async () => {
  await page?.close();
  assert.deepEqual(problems, [], "the page logged errors, CSP violations or opened a dialog");
});

async function openPage() {
  ({ page, problems } = await open(browser, url));
  await page.waitForSelector("body[data-ready=true]", { timeout: 20_000 });
  return page;
}

/** Replaces the article text the way a paste does: one input event with the new value. */
async function paste(text) {
  await page.locator("#article").fill(text);
  // The page re-checks after a debounce; wait until the rendering shows the new text.
  await page.waitForFunction((t) => document.getElementById("rendered").textContent === t, text);
}

test("the sample article opens with its findings and highlighted figures", async () => {
  await openPage();
  const note = page.locator('[data-finding][data-check="arithmetic"][data-severity="note"]');
  await note.first().waitFor();
  assert.match(await note.first().textContent(), /over 1,200 − 755 = over 445.*at least 1,210/);
  const error = page.locator('[data-finding][data-check="arithmetic"][data-severity="error"]');
  assert.equal(await error.count(), 1);
  assert.match(await error.textContent(), /310 − 120 = 190, but the text says 200/);
  assert.deepEqual(await page.locator("mark.sev-error").allTextContents(), ["310", "120", "200"]);
  assert.equal(await page.locator("mark.sev-note").count(), 3);
  assert.match(await page.locator("#summary").textContent(), /1 error, 1 note/);
  await page.screenshot({ path: `${ARTIFACTS}page.png`, fullPage: true });
});

test("selecting a finding highlights all of its figures", async () => {
  await openPage();
  const error = page.locator('[data-finding][data-severity="error"]');
  await error.click();
  const selected = await page.locator("mark.selected").allTextContents();
  assert.deepEqual(selected, ["310", "120", "200"]);
  // Keyboard: up to the previous finding, Enter selects it and highlights its figures.
  await error.press("ArrowUp");
  await page.keyboard.press("Enter");
  const focused = page.locator("[data-finding]:focus");
  assert.notEqual(await focused.getAttribute("data-severity"), "error");
  const listed = (await focused.locator(".figures").textContent()).replace("Figures: ", "").split(", ");
  assert.deepEqual(await page.locator("mark.selected").allTextContents(), listed);
});

test("pasted text is checked again", async () => {
  await openPage();
  const canonical = await readFile(here("../fixtures/canonical.txt"), "utf8");
  await paste(canonical.replace("over 1,200", "1,137"));
  const error = page.locator('[data-finding][data-severity="error"]');
  await error.waitFor();
  assert.match(await error.textContent(), /1,137 − 755 = 382, but the text says 455/);
  const mentions = await page.locator("mark[data-mention-id]").count();
  assert.ok(mentions > 5, `only ${mentions} figures highlighted`);
});

test("pasted markup stays text and never runs", async () => {
  await openPage();
  const payload =
    '<img src=x onerror=alert(1)> <script>alert(2)</script> <svg onload=alert(3)> ' +
    "The agency employs 2,300 people. It will cut 450 jobs, leaving 1,950 staff. <b>bold</b> 😀";
  await paste(payload);
  await page.locator('[data-finding][data-severity="error"]').waitFor();
  // The page's own elements are the blocks the text is laid out in and the figures' marks.
  const injected = await page.evaluate(() => document.querySelectorAll("#rendered *:not(mark, #rendered > div.block), #findings img, #findings script").length);
  assert.equal(injected, 0, "markup from the pasted text became elements");
  assert.equal(await page.locator("#rendered").textContent(), payload);
  await page.waitForTimeout(300); // give an injected handler the chance to fire (it must not)
});

test("clicking a figure shows what numcheck read", async () => {
  await openPage();
  await page.locator("mark", { hasText: "1,200" }).click();
  const details = page.locator("#figure-details");
  await details.waitFor();
  const text = await details.textContent();
  for (const part of ["1200", "count", "over (lower bound)", "personnel"]) assert.ok(text.includes(part), `${part} in ${text}`);
});

test("a large paste is checked in the Web Worker and the page stays responsive", async () => {
  await openPage();
  const paragraph = "The agency employs 2,300 people. It will cut 450 jobs, leaving 1,950 staff.\n\n";
  const big = paragraph.repeat(Math.ceil(1_000_000 / paragraph.length));
  await page.evaluate((text) => {
    const box = document.getElementById("article");
    box.value = text;
    // Count animation frames while the check runs: a blocked main thread draws none.
    window.__frames = 0;
    const tick = () => { window.__frames++; if (document.body.dataset.engine !== "worker") requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
    box.dispatchEvent(new Event("input"));
  }, big);
  await page.waitForSelector("body[data-engine=worker]", { timeout: 30_000 });
  await page.waitForFunction(() => !document.body.dataset.checking);
  assert.ok((await page.evaluate(() => window.__frames)) > 2, "the main thread kept drawing frames");
  // Every error is counted; the list shows them a thousand at a time.
  const expected = big.split("leaving").length - 1;
  assert.match(await page.locator("#summary").textContent(), new RegExp(`: ${expected.toLocaleString("en")} errors\\.`));
  assert.equal(await page.locator("[data-finding]").count(), 1000);
  const more = page.locator("#more-findings");
  assert.equal(await more.textContent(), `Show 1,000 more of ${(expected - 1000).toLocaleString("en")} findings not listed`);
  await more.click();
  await page.waitForFunction(() => document.querySelectorAll("[data-finding]").length === 2000);
  assert.equal(await page.locator('[data-finding="1999"][data-severity="error"]').count(), 1);
});

test("the page has no serious accessibility violations", async () => {
  await openPage();
  assert.deepEqual(await seriousViolations(page), []);
});

test("the page works at phone width", async () => {
  await openPage();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.locator("[data-finding]").first().waitFor();
  await page.screenshot({ path: `${ARTIFACTS}page-phone.png`, fullPage: false });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the page is ${overflow}px wider than the phone`);
  await page.emulateMedia({ colorScheme: "dark" });
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.equal(background, "rgb(22, 22, 20)", "dark mode follows the system setting");
  await page.screenshot({ path: `${ARTIFACTS}page-phone-dark.png`, fullPage: false });
});
