// The Web Worker behind engine.js: checks large texts off the main thread.
import init, { check } from "./pkg/numcheck.js";

const ready = init();

self.onmessage = async ({ data }) => {
  await ready;
  try {
    self.postMessage({ id: data.id, report: check(data.text, data.options) });
  } catch (e) {
    self.postMessage({ id: data.id, error: String(e.message ?? e) });
  }
};
