// The <num-check> widget on an ordinary article page (www/embed.html), end to end.
import { test, before, after, afterEach } from "node:test";
import assert from "node:assert/strict";
import { ARTIFACTS, openPage, seriousViolations, startBrowser } from "./harness.mjs";

let server, url, browser, page, problems;

before(async () => ({ server, url, browser } = await startBrowser()));
after(async () => { await browser?.close(); server?.close(); });
afterEach(async () => {
  await page?.close();
  assert.deepEqual(problems, [], "the page logged errors, CSP violations or opened a dialog");
});

async function openEmbed() {
  ({ page, problems } = await openPage(browser, `${url}embed.html`));
  await page.addInitScript(() => {
    window.__reports = [];
    document.addEventListener("numcheck-report", (e) => window.__reports.push(e.detail));
  });
  await page.reload();
  await page.waitForSelector("#story-check[data-ready=true]");
}

test("the widget checks the article it wraps and lists the findings in its shadow DOM", async () => {
  await openEmbed();
  const findings = page.locator("#story-check [data-finding]");
  const checks = await findings.evaluateAll((els) => els.map((e) => `${e.dataset.check}:${e.dataset.severity}`));
  assert.deepEqual(checks.filter((c) => c.endsWith(":error")).sort(), ["arithmetic:error", "parts-total:error", "percent-change:error"]);
  assert.ok(checks.includes("multiple:ok") && checks.includes("percent-total:ok") && checks.includes("conversion:ok"), checks.join(" "));
  // The panel lives in the shadow root, not in the host page.
  assert.equal(await page.evaluate(() => document.querySelectorAll("[data-finding]").length), 0);
  assert.match(await page.locator("#story-check .summary").textContent(), /4 errors|3 errors/);
  await page.screenshot({ path: `${ARTIFACTS}embed.png`, fullPage: true });
});

test("figures are highlighted in place without changing the host's DOM", async () => {
  await openEmbed();
  const original = await page.evaluate(async () => {
    const source = await (await fetch("embed.html")).text();
    return new DOMParser().parseFromString(source, "text/html").querySelector("article").innerHTML;
  });
  assert.equal(await page.locator("article").evaluate((a) => a.innerHTML), original);
  const sizes = await page.evaluate(() => Object.fromEntries(["error", "ok", "figure"].map((k) => [k, CSS.highlights.get(`numcheck-${k}`)?.size ?? -1])));
  assert.ok(sizes.error >= 3 && sizes.ok >= 2 && sizes.figure >= 1, JSON.stringify(sizes));
  // rangeForMention is the documented stand-in for data-mention-id.
  const texts = await page.evaluate(() => {
    const el = document.getElementById("story-check");
    return el.report.mentions.map((m) => el.rangeForMention(m.id)?.toString() === m.text);
  });
  assert.ok(texts.length > 10 && texts.every(Boolean));
});

test("selecting a finding highlights its figures; arrow keys move between findings", async () => {
  await openEmbed();
  const error = page.locator('#story-check [data-finding][data-check="arithmetic"]');
  await error.click();
  assert.equal(await error.getAttribute("aria-pressed"), "true");
  const selected = await page.evaluate(() => [...CSS.highlights.get("numcheck-selected")].map((r) => r.toString()));
  assert.deepEqual(selected, ["420", "85", "345"]);
  await error.press("ArrowDown");
  const focused = await page.evaluate(() => document.getElementById("story-check").shadowRoot.activeElement?.dataset.check);
  assert.equal(focused, "parts-total");
});

test("the widget re-checks when the article changes and fires numcheck-report", async () => {
  await openEmbed();
  const before = await page.evaluate(() => window.__reports.length);
  await page.evaluate(() => {
    const p = [...document.querySelectorAll("article p")].find((x) => x.textContent.includes("leaving 345"));
    p.firstChild.textContent = p.firstChild.textContent.replace("345", "335");
  });
  await page.waitForFunction((n) => window.__reports.length > n, before);
  const errors = await page.locator('#story-check [data-finding][data-check="arithmetic"]').getAttribute("data-severity");
  assert.equal(errors, "ok");
  const report = await page.evaluate(() => window.__reports.at(-1));
  assert.equal(report.schemaVersion, 2);
  assert.equal(report.truncated, null);
});

test("editable mode checks what is typed, and typed markup stays text", async () => {
  await openEmbed();
  const box = page.locator("num-check[editable] textarea");
  await page.waitForSelector("num-check[editable][data-ready=true]");
  assert.deepEqual(
    await page.locator("num-check[editable] [data-finding]").evaluateAll((els) => els.map((e) => `${e.dataset.check}:${e.dataset.severity}`)),
    ["arithmetic:error", "percent-change:error"],
  );
  await box.fill('<img src=x onerror=alert(1)> The club has 200 members. After 45 members quit, leaving 155 members.');
  await page.waitForFunction(() => document.querySelector("num-check[editable]").report?.findings.some((f) => f.severity === "ok"));
  const mirror = await page.evaluate(() => {
    const root = document.querySelector("num-check[editable]").shadowRoot;
    const own = (e) => e.tagName === "MARK" || (e.tagName === "DIV" && e.parentElement.classList.contains("mirror"));
    return { tags: [...root.querySelectorAll(".mirror *")].filter((e) => !own(e)).map((e) => e.tagName), text: root.querySelector(".mirror").textContent };
  });
  assert.deepEqual(mirror.tags, [], "only the mirror's blocks and marks are elements");
  assert.ok(mirror.text.startsWith("<img src=x"));
  await page.locator("num-check[editable]").screenshot({ path: `${ARTIFACTS}widget-editable.png` });
});

test("the host page themes the widget through custom properties and parts", async () => {
  await openEmbed();
  const style = await page.locator("#story-check .panel").evaluate((p) => ({ shadow: getComputedStyle(p).boxShadow, bg: getComputedStyle(p).backgroundColor }));
  assert.notEqual(style.shadow, "none");
  assert.equal(style.bg, "rgb(255, 253, 248)");
});

test("the embed page has no serious accessibility violations", async () => {
  await openEmbed();
  assert.deepEqual(await seriousViolations(page), []);
});

test("for=\"id\" checks an element elsewhere on the page, its panel standing alone", async () => {
  await openEmbed();
  await page.evaluate(() => {
    const story = document.createElement("div");
    story.id = "elsewhere";
    story.textContent = "Of 250 respondents, 80 (40%) said yes.";
    const widget = document.createElement("num-check");
    widget.setAttribute("for", "elsewhere");
    document.querySelector("main").append(story, widget);
  });
  await page.waitForSelector('num-check[for="elsewhere"][data-ready=true]');
  const finding = page.locator('num-check[for="elsewhere"] [data-finding]');
  assert.equal(await finding.getAttribute("data-check"), "percent-of");
  assert.equal(await finding.getAttribute("data-severity"), "error");
  assert.equal(await page.evaluate(() => CSS.highlights.get("numcheck-error").size >= 6), true);
});
