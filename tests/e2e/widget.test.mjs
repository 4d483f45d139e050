// The <num-check> widget on an ordinary article page (www/embed.html), end to end.
import { test, before, after, afterEach } from "node:test";
import assert from "node:assert/strict";
import { CSP } from "../../xtask/serve.mjs";
import { ARTIFACTS, openPage, seriousViolations, startBrowser } from "./harness.mjs";

let server, url, browser, page, problems;

before(async () => ({ server, url, browser } = await startBrowser()));
after(async () => { await browser?.close(); server?.close(); });
afterEach(async () => {
  await page?.close();
  assert.deepEqual(problems, [], "the page logged errors, CSP violations or opened a dialog");
});

async function openEmbed(options) {
  ({ page, problems } = await openPage(browser, `${url}embed.html`, options));
  await page.addInitScript(() => {
    window.__reports = [];
    document.addEventListener("numcheck-report", (e) => window.__reports.push(e.detail));
  });
  await page.reload();
  await page.waitForSelector("#story-check[data-ready=true]");
  await page.waitForSelector("num-check[editable][data-ready=true]");
}

const listed = (selector) => page.locator(`${selector} ol.open [data-finding]`).evaluateAll((els) => els.map((e) => `${e.dataset.check}:${e.dataset.severity}`));
const highlights = (kind) => page.evaluate((kind) => [...CSS.highlights.get(`numcheck-${kind}`)].map((r) => r.toString()), kind);

test("the widget checks the article it wraps, errors first, the advert and the pull quote left out", async () => {
  await openEmbed();
  assert.deepEqual(await listed("#story-check"), ["arithmetic:error", "parts-total:error", "percent-change:error"]);
  // The panel lives in the shadow root, not in the host page.
  assert.equal(await page.evaluate(() => document.querySelectorAll("[data-finding]").length), 0);
  assert.equal(await page.locator("#story-check .summary").textContent(), "21 figures: 3 errors, 4 relations verified.");
  const report = await page.evaluate(() => document.getElementById("story-check").report);
  const read = report.mentions.map((m) => m.text);
  for (const excluded of ["50%", "£200"]) assert.ok(!read.includes(excluded), `the advert's ${excluded} was read`);
  assert.equal(read.filter((t) => t === "345").length, 1, "the pull quote's figures are not read a second time");
  // Only the figures findings use are highlighted; the verified ones faintly.
  assert.ok((await highlights("error")).includes("345"));
  assert.deepEqual(await highlights("figure"), []);
  await page.screenshot({ path: `${ARTIFACTS}embed.png`, fullPage: true });
});

test("exclude and data-numcheck-ignore: changing what is left out re-checks", async () => {
  await openEmbed();
  await page.evaluate(() => document.getElementById("story-check").setAttribute("exclude", ".pull-quote"));
  await page.waitForFunction(() => document.getElementById("story-check").report.mentions.some((m) => m.text === "£200"));
  await page.evaluate(() => document.querySelector(".ad").setAttribute("data-numcheck-ignore", ""));
  await page.waitForFunction(() => !document.getElementById("story-check").report.mentions.some((m) => m.text === "£200"));
  await page.evaluate(() => document.getElementById("story-check").setAttribute("exclude", "p:("));
  await page.waitForFunction(() => document.getElementById("story-check").dataset.status === "error");
  assert.match(await page.locator("#story-check .summary").textContent(), /exclude="p:\(" is not a valid CSS selector/);
  problems.splice(0, Infinity); // nothing is logged for a bad selector, but be exact about the rest
});

test("reference-year: the year the article was written decides the age check", async () => {
  await openEmbed();
  const ages = () => page.evaluate(() => document.getElementById("story-check").report.findings.filter((f) => f.check === "age-year").map((f) => f.severity));
  assert.deepEqual(await ages(), ["ok"], "verified (folded in the panel)");
  await page.evaluate(() => document.getElementById("story-check").setAttribute("reference-year", "2030"));
  await page.waitForFunction(() => document.getElementById("story-check").report.findings.some((f) => f.check === "age-year" && f.severity === "warning"));
  assert.deepEqual(await ages(), ["warning"]);
  assert.match(await page.locator('#story-check [data-check="age-year"]').textContent(), /in 2,?030 one is 68 or 69, not 63/);
});

test("figures are highlighted in place without changing the host's DOM", async () => {
  await openEmbed();
  const original = await page.evaluate(async () => {
    const source = await (await fetch("embed.html")).text();
    return new DOMParser().parseFromString(source, "text/html").querySelector("article").innerHTML;
  });
  assert.equal(await page.locator("article").evaluate((a) => a.innerHTML), original);
  // rangeForMention is the documented stand-in for data-mention-id.
  const texts = await page.evaluate(() => {
    const el = document.getElementById("story-check");
    return el.report.mentions.map((m) => el.rangeForMention(m.id)?.toString() === m.text);
  });
  assert.ok(texts.length > 10 && texts.every(Boolean));
});

test("selecting a finding highlights its figures and its figure list is visible; arrow keys move between findings", async () => {
  await openEmbed();
  const card = page.locator('#story-check ol.open [data-finding][data-check="arithmetic"]');
  assert.equal(await card.locator(".figures").textContent(), "Figures: 420 85 345", "the figures are listed, not in a tooltip");
  await card.locator("button.head").click();
  assert.equal(await card.locator("button.head").getAttribute("aria-expanded"), "true");
  assert.deepEqual(await highlights("selected"), ["420", "85", "345"]);
  assert.deepEqual(await highlights("current"), ["345"]);
  // The article is not editable: no repair buttons, but next/previous and dismiss.
  assert.equal(await card.locator("button.fix").count(), 0);
  await card.locator('button[data-step="-1"]').click();
  assert.deepEqual(await highlights("current"), ["85"]);
  await card.locator("button.head").press("ArrowDown");
  const focused = await page.evaluate(() => document.getElementById("story-check").shadowRoot.activeElement?.closest("[data-finding]")?.dataset.check);
  assert.equal(focused, "parts-total");
  // One Tab stop for the findings: the roving tabindex leaves one head in the Tab order.
  assert.equal(await page.evaluate(() => document.getElementById("story-check").shadowRoot.querySelectorAll("button.head[tabindex='0']").length), 1);
});

test("the widget re-checks when the article changes and fires numcheck-report", async () => {
  await openEmbed();
  const before = await page.evaluate(() => window.__reports.length);
  await page.evaluate(() => {
    const p = [...document.querySelectorAll("article p")].find((x) => x.textContent.includes("leaving 345"));
    p.firstChild.textContent = p.firstChild.textContent.replace("345", "335");
  });
  await page.waitForFunction((n) => window.__reports.length > n, before);
  assert.deepEqual(await listed("#story-check"), ["parts-total:error", "percent-change:error"]);
  const report = await page.evaluate(() => window.__reports.at(-1));
  assert.equal(report.schemaVersion, 2);
  assert.equal(report.truncated, null);
});

test("editable: typed where it is highlighted, a repair is an undoable edit, typed markup stays text", async () => {
  await openEmbed();
  const widget = page.locator("num-check[editable]");
  assert.deepEqual(await listed("num-check[editable]"), ["arithmetic:error", "percent-change:error"]);
  const editor = widget.locator(".editor");
  assert.equal(await editor.getAttribute("contenteditable"), "plaintext-only");
  // The figures are highlighted in the text box itself.
  assert.deepEqual((await highlights("error")).filter((t) => ["200", "45", "165"].includes(t)), ["200", "45", "165"]);
  const card = widget.locator('ol.open [data-check="arithmetic"]');
  await card.locator("button.head").click();
  assert.deepEqual(await card.locator("button.fix").allTextContents(), ["Replace 165 with 155", "Replace 200 with 210"]);
  await card.locator("button.fix").first().click();
  await page.waitForFunction(() => document.querySelector("num-check[editable]").report.findings.some((f) => f.check === "arithmetic" && f.severity === "ok"));
  assert.match(await page.evaluate(() => document.querySelector("num-check[editable]").value), /leaving 155 members/);
  assert.deepEqual(await listed("num-check[editable]"), ["percent-change:error"]);
  await page.keyboard.press("Control+z");
  await page.waitForFunction(() => document.querySelector("num-check[editable]").report.findings.some((f) => f.check === "arithmetic" && f.severity === "error"));
  // Typing: the caret in the text box, as in any editor.
  await editor.click();
  await page.keyboard.press("Control+End");
  await page.keyboard.type(" Of 250 members, 80 (40%) voted. <img src=x onerror=alert(1)>");
  await page.waitForFunction(() => document.querySelector("num-check[editable]").report.findings.some((f) => f.check === "percent-of"));
  assert.equal(await page.evaluate(() => document.querySelector("num-check[editable]").shadowRoot.querySelectorAll(".editor *").length), 0, "typed markup stayed text");
  // The new sentence's 250 members is not taken for the club's start (200).
  assert.match(await page.evaluate(() => document.querySelector("num-check[editable]").report.findings.find((f) => f.check === "arithmetic").message), /^200 − 45 = 155/);
  await widget.screenshot({ path: `${ARTIFACTS}widget-editable.png` });
});

test("editable: selecting a finding scrolls the text box itself to the figure", async () => {
  await openEmbed();
  const filler = Array.from({ length: 40 }, () => "Another line of the letter, with no figures at all.").join("\n");
  await page.evaluate((text) => { document.querySelector("num-check[editable]").value = text; }, `${filler}\nThe club has 200 members. After 45 members quit, leaving 165 members.`);
  await page.waitForFunction(() => document.querySelector("num-check[editable]").report?.mentions.length === 3);
  const head = page.locator('num-check[editable] ol.open [data-check="arithmetic"] button.head');
  await head.scrollIntoViewIfNeeded(); // Playwright's own scrolling, before the measurement
  const scrollY = await page.evaluate(() => scrollY);
  await head.click();
  await page.waitForTimeout(700);
  const seen = await page.evaluate(() => {
    const root = document.querySelector("num-check[editable]").shadowRoot;
    const box = root.querySelector(".editor").getBoundingClientRect();
    const r = [...CSS.highlights.get("numcheck-current")][0].getBoundingClientRect();
    return { inside: r.top >= box.top && r.bottom <= box.bottom, scrolled: root.querySelector(".editor").scrollTop };
  });
  assert.ok(seen.inside && seen.scrolled > 0, JSON.stringify(seen));
  assert.equal(await page.evaluate(() => scrollY), scrollY, "the page itself did not move");
});

test("the host page themes the widget through custom properties and parts", async () => {
  await openEmbed();
  const style = await page.locator("#story-check .panel").evaluate((p) => ({ shadow: getComputedStyle(p).boxShadow, bg: getComputedStyle(p).backgroundColor }));
  assert.notEqual(style.shadow, "none");
  assert.equal(style.bg, "rgb(255, 253, 248)");
});

test("dark mode: the widget's defaults follow prefers-color-scheme, custom properties still win", async () => {
  // A host page that sets no colours of its own: the widget's defaults show.
  ({ page, problems } = await openPage(browser, "about:blank"));
  await page.emulateMedia({ colorScheme: "dark" });
  await page.route(`${url}plain.html`, (route) => route.fulfill({
    contentType: "text/html; charset=utf-8",
    headers: { "content-security-policy": CSP },
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="color-scheme" content="light dark"><link rel="icon" href="data:,"><title>plain</title>
      <script type="module" src="widget/num-check.js"></script></head><body><main><h1>Plain host</h1>
      <num-check id="w">The agency employs 2,300 people. It will cut 450 jobs, leaving 1,950 staff.</num-check>
      <num-check id="themed">Of 250 people, 80 (40%) said yes.</num-check></main></body></html>`,
  }));
  await page.goto(`${url}plain.html`);
  // Set through the CSSOM: the policy forbids style attributes in markup.
  await page.evaluate(() => document.getElementById("themed").style.setProperty("--numcheck-panel-bg", "rgb(1, 2, 3)"));
  await page.waitForSelector("#w[data-ready=true]");
  await page.waitForSelector("#themed[data-ready=true]");
  const colours = await page.evaluate(() => ["w", "themed"].map((id) => {
    const panel = document.getElementById(id).shadowRoot.querySelector(".panel");
    return { bg: getComputedStyle(panel).backgroundColor, fg: getComputedStyle(panel).color };
  }));
  assert.deepEqual(colours[0], { bg: "rgb(32, 32, 29)", fg: "rgb(236, 234, 228)" });
  assert.equal(colours[1].bg, "rgb(1, 2, 3)", "the host's custom property wins");
  assert.deepEqual(await seriousViolations(page), []);
  await page.screenshot({ path: `${ARTIFACTS}widget-dark-plain.png` });
});

for (const scheme of ["light", "dark"]) {
  test(`the embed page and the editable widget have no serious accessibility violations (${scheme})`, async () => {
    await openEmbed();
    await page.emulateMedia({ colorScheme: scheme });
    await page.locator('num-check[editable] ol.open [data-check="arithmetic"] button.head').click();
    await page.locator('#story-check [data-toggle="verified"]').click();
    assert.deepEqual(await seriousViolations(page), []);
    if (scheme === "dark") await page.screenshot({ path: `${ARTIFACTS}embed-dark.png`, fullPage: true });
  });
}

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
