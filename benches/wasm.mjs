// The wasm build against what a newsroom developer would otherwise pick, side by side in
// one node process over ../shared/corpus/articles: `node benches/wasm.mjs` (after
// `cargo xtask build`; `cargo xtask bench` does both).
//
// Each contender gets a warm-up, then the best of several passes over all 500 articles.
// Recognizers-Text and compromise only *find* numbers; numcheck also checks them, so the
// comparison flatters the others. A bare regex scan is the floor.
import { readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { initSync, check } from "../www/pkg/numcheck.js";

const require = createRequire(import.meta.url);
const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const dir = here("../../shared/corpus/articles/");
const articles = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((f) => readFileSync(dir + f, "utf8"));
const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a), 0);

initSync({ module: readFileSync(here("../www/pkg/numcheck_bg.wasm")) });
const { NumberRecognizer, Culture } = require("@microsoft/recognizers-text-number");
const numberModel = new NumberRecognizer(Culture.English).getNumberModel();
const nlp = require("compromise");

function best(runs, fn) {
  let count = fn();
  let fastest = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    count = fn();
    fastest = Math.min(fastest, Number(process.hrtime.bigint() - t) / 1e6);
  }
  return { ms: fastest, count };
}

const contenders = [
  ["bare JS regex scan (digits only)", 20, () => articles.reduce((n, a) => n + (a.match(/[0-9]+(?:[.,][0-9]+)*/g)?.length ?? 0), 0)],
  ["numcheck wasm: check() (find + check + report)", 10, () => articles.reduce((n, a) => n + check(a).mentions.length, 0)],
  ["@microsoft/recognizers-text-number 1.3.1 (NumberModel)", 2, () => articles.reduce((n, a) => n + numberModel.parse(a).length, 0)],
  ["compromise 14 (numbers())", 2, () => articles.reduce((n, a) => n + nlp(a).numbers().length, 0)],
];

const results = contenders.map(([name, runs, fn]) => ({ name, ...best(runs, fn) }));
const ours = results[1].ms;
console.log(`corpus: ${articles.length} articles, ${bytes} bytes; node ${process.version}`);
console.log("| contender | time | MB/s | numbers found | time ÷ numcheck wasm |");
console.log("| --- | --- | --- | --- | --- |");
for (const r of results) {
  console.log(`| ${r.name} | ${r.ms.toFixed(1)} ms | ${(bytes / 1e6 / (r.ms / 1e3)).toFixed(2)} | ${r.count} | ${(r.ms / ours).toFixed(2)} |`);
}
