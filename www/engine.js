// One interface to the checker, two implementations behind it: the same thread for ordinary
// articles (no message-passing cost), a Web Worker for large pastes (the page stays
// responsive while a megabyte is checked). The page and the widget both use this module.

import init, { check, version } from "./pkg/numcheck.js";

/** Texts longer than this (UTF-16 code units) are checked in the worker. */
export const WORKER_THRESHOLD = 200_000;

let ready;
/** Loads the wasm module once. */
export function load() {
  ready ??= init().then(() => version());
  return ready;
}

let worker;
let nextId = 0;
const pending = new Map();

function inWorker(text, options) {
  if (!worker) {
    worker = new Worker(new URL("./worker.js", import.meta.url), { type: "module" });
    worker.onmessage = ({ data }) => {
      const job = pending.get(data.id);
      pending.delete(data.id);
      if (data.error) job.reject(new Error(data.error));
      else job.resolve(data.report);
    };
  }
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    worker.postMessage({ id, text, options });
  });
}

/**
 * Checks `text`; resolves to `{ report, engine }` where engine is "main" or "worker".
 * Rejects with numcheck's own message for refused input.
 */
export async function checkText(text, options) {
  await load();
  if (text.length > WORKER_THRESHOLD) {
    return { report: await inWorker(text, options), engine: "worker" };
  }
  return { report: check(text, options), engine: "main" };
}
