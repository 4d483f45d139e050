// How long until the demo page shows its first findings on a slow connection?
// Run by hand after `cargo xtask build` (which writes the .br and .gz copies):
//
//   NUMCHECK_CHROMIUM=/usr/bin/chromium node tests/e2e/measure-first-findings.mjs
//
// Not a test (node --test does not pick up this file name): it prints the figures recorded
// in BENCHMARKS.md ("First findings on a slow connection"). Chromium's network emulation:
// 1.6 Mbps down, 750 kbps up, 150 ms round trip, no cache; the time is from navigation
// start to the first finding in the page (performance.now() in the page), median of RUNS.
// ENCODINGS=brotli measures only the compressed page (ENCODINGS=identity only the raw one).
import { startBrowser } from "./harness.mjs";

const RUNS = Number(process.env.RUNS ?? 5);
const { server, url, browser } = await startBrowser();
try {
  const variants = [["compressed (brotli)", null], ["uncompressed", "identity"]]
    .filter(([, encoding]) => !process.env.ENCODINGS || process.env.ENCODINGS.split(",").includes(encoding ?? "brotli"));
  for (const [label, encoding] of variants) {
    const times = [];
    let bytes = 0;
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({ extraHTTPHeaders: encoding ? { "accept-encoding": encoding } : {} });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send("Network.enable");
      await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
      await cdp.send("Network.emulateNetworkConditions", {
        offline: false, latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8,
      });
      let transferred = 0;
      cdp.on("Network.loadingFinished", (e) => { transferred += e.encodedDataLength; });
      await page.addInitScript(() => {
        new MutationObserver((_, observer) => {
          if (document.querySelector("[data-finding]")) { window.__first = performance.now(); observer.disconnect(); }
        }).observe(document, { childList: true, subtree: true });
      });
      await page.goto(url);
      await page.waitForFunction(() => window.__first, null, { timeout: 60_000 });
      times.push(await page.evaluate(() => window.__first));
      bytes = transferred;
      await context.close();
    }
    times.sort((a, b) => a - b);
    console.log(`${label}: first findings after ${(times[times.length >> 1] / 1000).toFixed(2)} s (median of ${RUNS}; ` +
      `${times.map((t) => (t / 1000).toFixed(2)).join(", ")} s), ${Math.round(bytes / 1000)} kB transferred`);
  }
} finally {
  await browser.close();
  server.close();
}
