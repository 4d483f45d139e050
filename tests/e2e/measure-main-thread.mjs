// How long does check() take on the browser's main thread, by text size and kind of text?
// Run by hand after `cargo xtask build`:
//
//   NUMCHECK_CHROMIUM=/usr/bin/chromium node tests/e2e/measure-main-thread.mjs
//
// Not a test (node --test does not pick up this file name): it prints the table that
// engine.js's MAIN_THREAD_LIMIT is chosen from (BENCHMARKS.md, "The page's main thread").
// Each cell is the median / slowest of several runs after a warm-up, in milliseconds.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { startBrowser, here } from "./harness.mjs";

const SIZES = (process.env.SIZES ?? "1000,2000,4000,8000,16000,32000,64000").split(",").map(Number);
const RUNS = Number(process.env.RUNS ?? 7);

// Families: ordinary news prose, and the adversarial texts the issue names.
const corpusDir = here("../../../shared/corpus/articles");
let corpus = "";
try {
  for (const f of readdirSync(corpusDir).sort()) corpus += readFileSync(join(corpusDir, f), "utf8") + "\n\n";
} catch {
  corpus = readFileSync(here("../fixtures/canonical.txt"), "utf8");
}
const repeat = (unit, n) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
const FAMILIES = {
  "news prose (corpus)": (n) => corpus.slice(0, n),
  "canonical article, repeated": (n) => repeat(readFileSync(here("../fixtures/canonical.txt"), "utf8") + "\n\n", n),
  "dense tallies (staff sentence)": (n) => repeat("The agency employs 2,300 people. It will cut 450 jobs, leaving 1,950 staff.\n\n", n),
  "periods": (n) => ".".repeat(n),
  '"x1" repeated': (n) => repeat("x1", n),
  '"1," repeated': (n) => repeat("1,", n),
  '"1 " repeated': (n) => repeat("1 ", n),
  "written numbers": (n) => repeat("twenty-five thousand and thirty-three, ", n),
  "percentages": (n) => repeat("up 5% to 7%, from 40 to 60, ", n),
};

const { server, url, browser } = await startBrowser();
try {
  const page = await browser.newPage();
  await page.goto(`${url}sample.txt`); // any same-origin document will do
  await page.evaluate(async () => {
    const glue = await import("/pkg/numcheck.js");
    await glue.default();
    window.__check = glue.check;
  });
  // Warm up: let the engine tier the wasm up before anything is timed.
  await page.evaluate((text) => { for (let i = 0; i < 5; i++) window.__check(text); }, corpus.slice(0, 200_000));
  console.log(`chromium ${browser.version()}; median / slowest of ${RUNS} runs, ms`);
  console.log(`| text | ${SIZES.map((s) => s.toLocaleString("en")).join(" | ")} |`);
  console.log(`| --- | ${SIZES.map(() => "---").join(" | ")} |`);
  for (const [name, make] of Object.entries(FAMILIES)) {
    const cells = [];
    for (const size of SIZES) {
      const ms = await page.evaluate(({ text, runs }) => {
        try { window.__check(text); } catch (e) { return String(e.message); }
        const times = [];
        for (let i = 0; i < runs; i++) {
          const t0 = performance.now();
          window.__check(text);
          times.push(performance.now() - t0);
        }
        times.sort((a, b) => a - b);
        return `${times[times.length >> 1].toFixed(1)} / ${times[times.length - 1].toFixed(1)}`;
      }, { text: make(size), runs: RUNS });
      cells.push(ms);
    }
    console.log(`| ${name} | ${cells.join(" | ")} |`);
  }
} finally {
  await browser.close();
  server.close();
}
