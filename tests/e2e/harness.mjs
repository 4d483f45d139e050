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

/** Opens `url` and returns the page plus the list its problems are recorded in. */
export async function openPage(browser, url, { width = 1280, height = 900 } = {}) {
  const page = await browser.newPage({ viewport: { width, height } });
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
