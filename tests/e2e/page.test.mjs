// The demo page end to end: served over HTTP with its Content-Security-Policy, driven in
// Debian's Chromium by Playwright. Screenshots land in tests/e2e/artifacts/ for a person to
// look at.
import { test, before, after, afterEach } from "node:test";
import assert from "node:assert/strict";
import { mkdir, readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { startServer } from "../../xtask/serve.mjs";

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const ARTIFACTS = here("./artifacts/");
// The browser path comes from wasm-pack.toml through `cargo xtask test`.
const CHROMIUM = process.env.NUMCHECK_CHROMIUM ?? "/usr/bin/chromium";

let server, url, browser, page;
let problems = [];

before(async () => {
  await mkdir(ARTIFACTS, { recursive: true });
  ({ server, url } = await startServer({ root: here("../../www") }));
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ],
  });
});

after(async () => {
  await browser?.close();
  server?.close();
});

async function openPage() {
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.setDefaultTimeout(10_000);
  problems = [];
  page.on("console", (msg) => { if (msg.type() === "error") problems.push(`console: ${msg.text()}`); });
  page.on("pageerror", (err) => problems.push(`page error: ${err.message}`));
  page.on("dialog", async (dialog) => { problems.push(`dialog opened: ${dialog.message()}`); await dialog.dismiss(); });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  await page.goto(url);
  await page.waitForSelector("body[data-ready=true]", { timeout: 20_000 });
  return page;
}

afterEach(async () => {
  await page?.close();
  assert.deepEqual(problems, [], "the page logged errors, CSP violations or opened a dialog");
});

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
  const injected = await page.evaluate(() => document.querySelectorAll("#rendered *:not(mark), #findings img, #findings script").length);
  assert.equal(injected, 0, "markup from the pasted text became elements");
  assert.equal(await page.locator("#rendered").textContent(), payload);
  await page.waitForTimeout(300); // give an injected handler the chance to fire (it must not)
});

test("the page works at phone width", async () => {
  await openPage();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.locator("[data-finding]").first().waitFor();
  await page.screenshot({ path: `${ARTIFACTS}page-phone.png`, fullPage: false });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the page is ${overflow}px wider than the phone`);
});
