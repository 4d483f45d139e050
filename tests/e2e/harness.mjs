// Shared set-up for the end-to-end tests: the static server (with its CSP header), Debian's
// Chromium through playwright-core, and a page that records console errors, page errors,
// CSP violations and dialogs so that every test can assert there were none.
import { mkdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { startServer } from "../../xtask/serve.mjs";

export const here = (p) => fileURLToPath(new URL(p, import.meta.url));
export const ARTIFACTS = here("./artifacts/");
// The browser path comes from wasm-pack.toml through `cargo xtask test`.
const CHROMIUM = process.env.NUMCHECK_CHROMIUM ?? "/usr/bin/chromium";

export async function startBrowser() {
  await mkdir(ARTIFACTS, { recursive: true });
  const { server, url } = await startServer({ root: here("../../www") });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ],
  });
  return { server, url, browser };
}

/**
 * Opens `url` and returns the page plus the list its problems are recorded in. `before(page)`
 * runs first (routes, init scripts).
 */
export async function openPage(browser, url, { width = 1280, height = 900, scale = 1, before } = {}) {
  const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: scale });
  await before?.(page);
  page.setDefaultTimeout(10_000);
  const problems = [];
  page.on("console", (msg) => { if (msg.type() === "error") problems.push(`console: ${msg.text()}`); });
  page.on("pageerror", (err) => problems.push(`page error: ${err.message}`));
  page.on("dialog", async (dialog) => { problems.push(`dialog opened: ${dialog.message()}`); await dialog.dismiss(); });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  await page.goto(url);
  return { page, problems };
}

/** Runs axe-core in the page and returns its serious and critical violations. */
export async function seriousViolations(page) {
  const { readFile } = await import("node:fs/promises");
  const source = await readFile(here("../../node_modules/axe-core/axe.min.js"), "utf8");
  // Evaluated through the DevTools protocol: the page's CSP does not apply to it.
  await page.evaluate(source);
  const results = await page.evaluate(() => globalThis.axe.run(document, { resultTypes: ["violations"] }));
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join("; ")}`);
}

/**
 * Serves the page a copy of the wasm-bindgen glue that, on texts containing a marker, makes
 * the real module fail or stall in the middle of a check: the only way to test how the page
 * and the widget contain a failure, or cancel a long check, without a bug or a slow text to
 * rely on (the core gets faster and its bugs get fixed) and without shipping a backdoor in
 * the public API. The glue is modified for the test only, in the browser's network layer;
 * the .wasm is the one built. Covers the main thread's glue (with any ?instance= query) and
 * the workers'.
 *
 * - TRAP: the glue hands Rust a string pointer far outside its memory, as `check(42)` once
 *   did: the module traps ("memory access out of bounds") with its stack and heap mid-call.
 * - PANIC: the glue throws through the wasm frames what the panic hook throws (an Error
 *   named NumcheckPanic), which unwinds them the same way.
 * - SLOW: the glue spins for 20 s inside the call, like a check of a pathological text
 *   (only ever in a worker: the tests put it in texts over the worker threshold).
 */
export const TRAP = "\uE000trap\uE000";
export const PANIC = "\uE000panic\uE000";
export const SLOW = "\uE000slow\uE000";
export async function withTestGlue(page) {
  await page.context().route(/\/pkg\/numcheck\.js(\?.*)?$/, async (route) => {
    const response = await route.fetch();
    const glue = await response.text();
    const hook = /(__wbg___wbindgen_string_get_[0-9a-f]+: function\(arg0, arg1\) \{)/;
    if (!hook.test(glue)) throw new Error("the glue's string import was not found: update withTestGlue for this wasm-bindgen");
    const body = glue.replace(hook, `$1
            const value = getObject(arg1);
            if (typeof value === "string" && value.includes(${JSON.stringify(TRAP)})) {
                getDataViewMemory0().setInt32(arg0 + 4 * 1, 64, true);
                getDataViewMemory0().setInt32(arg0 + 4 * 0, 0x7fff0000, true);
                return;
            }
            if (typeof value === "string" && value.includes(${JSON.stringify(SLOW)})) {
                const until = Date.now() + 20000;
                while (Date.now() < until);
            }
            if (typeof value === "string" && value.includes(${JSON.stringify(PANIC)})) {
                const error = new Error("numcheck panicked at tests/e2e/harness.mjs:1:1:\\nthe test's panic");
                error.name = "NumcheckPanic";
                throw error;
            }`);
    await route.fulfill({ response, body });
  });
}

/**
 * Serves `path` (HTML) with `policy` as its Content-Security-Policy, in the header and in
 * its <meta> tag, for the tests of what a stricter host page allows (worker-src 'none').
 */
export async function withPolicy(page, path, policy) {
  await page.route(`**/${path}`, async (route) => {
    const response = await route.fetch();
    // frame-ancestors only works in a header (Chromium says so in the console otherwise).
    const meta = policy.replace(/;?\s*frame-ancestors [^;]*/, "");
    const body = (await response.text()).replace(/(<meta http-equiv="Content-Security-Policy" content=")[^"]*/, `$1${meta}`);
    await route.fulfill({ response, body, headers: { ...response.headers(), "content-security-policy": policy } });
  });
}

// ---------------------------------------------------------------------------------------
// The demo page's editor: one contenteditable (#article) with its figures highlighted.

/**
 * Replaces the page's text the way a paste of a whole article does (the surface's content
 * replaced, one input event) and waits until the page shows the report for it.
 */
export async function setArticle(page, text, { timeout = 20_000 } = {}) {
  await page.evaluate((t) => {
    const article = document.getElementById("article");
    article.textContent = t;
    article.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertFromPaste" }));
  }, text);
  await page.waitForFunction((t) => document.getElementById("article").checked === t && !document.body.dataset.checking, text, { timeout });
  return pageState(page);
}

/** What the page shows: summary, engine, findings listed (check:severity), highlighted figures. */
export function pageState(page) {
  return page.evaluate(() => {
    const highlighted = {};
    for (const [name, h] of CSS.highlights) if (name.startsWith("numcheck-") && h.size) highlighted[name.slice(9)] = [...h].map((r) => r.toString());
    return {
      summary: document.querySelector("#panel .summary").textContent,
      notice: document.querySelector("#panel .notice").hidden ? "" : document.querySelector("#panel .notice").textContent,
      engine: document.body.dataset.engine,
      findings: [...document.querySelectorAll("#panel ol.open [data-finding]")].map((f) => `${f.dataset.check}:${f.dataset.severity}`),
      highlighted,
      marks: Object.values(highlighted).reduce((n, list) => n + list.length, 0),
      length: document.getElementById("article").textContent.length,
    };
  });
}
