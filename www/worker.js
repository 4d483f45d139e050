// The Web Worker behind engine.js: checks texts off the main thread, one at a time.
//
// Protocol (engine.js is the only other side):
//   ← { type: "init", module? }          the compiled WebAssembly.Module (else fetched here)
//   → { type: "ready" } | { type: "init-error", message }
//   ← { type: "check", id, text, options }
//   → { type: "part", id, mentions, findings }   the report in slices, then
//   → { type: "done", id, rest }                 every other field (schemaVersion, truncated…)
//   → { type: "error", id, name, message, fatal } fatal: this worker's instance is finished
//
// The report goes back in slices so that receiving it never blocks the main thread for long:
// structured-cloning 200,000 mentions in one message takes the receiving thread far more
// than a frame.
import init, { check } from "./pkg/numcheck.js";

/** Mentions (or findings) per message: a few milliseconds to receive on a slow machine. */
const SLICE = 1_000;

self.onmessage = async ({ data }) => {
  if (data.type === "init") {
    try {
      await init(data.module ? { module_or_path: data.module } : undefined);
      self.postMessage({ type: "ready" });
    } catch (e) {
      self.postMessage({ type: "init-error", message: String(e?.message ?? e) });
    }
    return;
  }
  if (data.type !== "check") return;
  const { id } = data;
  let report;
  try {
    report = check(data.text, data.options);
  } catch (e) {
    // check() throws Error/TypeError "numcheck: …" on purpose (refused input, bad options);
    // anything else (NumcheckPanic, a RuntimeError trap) leaves this instance unusable.
    const refusal = (e?.name === "Error" || e?.name === "TypeError") && String(e?.message).startsWith("numcheck: ");
    self.postMessage({ type: "error", id, name: e?.name ?? "Error", message: String(e?.message ?? e), fatal: !refusal });
    if (!refusal) self.close();
    return;
  }
  const { mentions, findings, ...rest } = report;
  for (let i = 0; i < Math.max(mentions.length, findings.length); i += SLICE) {
    self.postMessage({ type: "part", id, mentions: mentions.slice(i, i + SLICE), findings: findings.slice(i, i + SLICE) });
  }
  self.postMessage({ type: "done", id, rest });
};
