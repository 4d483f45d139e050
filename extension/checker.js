// numcheck's wasm in the extension's own context: Chromium's service worker, Firefox's
// background page. The page being checked never runs it (a strict page CSP without
// 'wasm-unsafe-eval' cannot stop it) and its text comes here by message.
//
// A service worker can neither import() a module nor start a Web Worker, so www/engine.js
// (which does both) does not run here; this is the part of it a context without a page
// needs: one compiled module, an instance of the wasm-bindgen glue, and a fresh instance
// when numcheck fails inside wasm (a panic or a trap leaves the instance unusable, as in
// engine.js). Module state lives in the glue, so each fresh instance needs its own module
// record: the same file under another URL, imported statically. Nothing blocks a page
// while a check runs here: the page's own thread only reads text and draws.

import * as glue0 from "./pkg/numcheck.js";
import * as glue1 from "./pkg/numcheck.js?instance=1";
import * as glue2 from "./pkg/numcheck.js?instance=2";
import * as glue3 from "./pkg/numcheck.js?instance=3";

const GLUES = [glue0, glue1, glue2, glue3];
const WASM = new URL("./pkg/numcheck_bg.wasm", import.meta.url);

let compiled = null;
let current = 0; // the glue in use; the ones before it have failed
let ready = null;

function named(name, message) {
  const error = new Error(message);
  error.name = name;
  return error;
}

function compile() {
  compiled ??= (async () => {
    const response = await fetch(WASM);
    if (!response.ok) throw new Error(`${WASM.href}: ${response.status}`);
    return WebAssembly.compile(await response.arrayBuffer());
  })().catch((e) => {
    compiled = null;
    throw named("NumcheckLoadError", `numcheck could not load its WebAssembly module: ${e?.message ?? e}`);
  });
  return compiled;
}

function instance() {
  if (current >= GLUES.length) {
    return Promise.reject(named("NumcheckInternalError",
      "numcheck stopped after repeated internal errors; it starts afresh when the browser restarts the extension (or reload it)."));
  }
  const glue = GLUES[current];
  ready ??= compile()
    .then((module) => glue.default({ module_or_path: module }))
    .then(() => glue)
    .catch((e) => {
      ready = null;
      throw e;
    });
  return ready;
}

/** An error check() throws on purpose (refused input, bad options): the instance is fine. */
function isRefusal(e) {
  return (e?.name === "Error" || e?.name === "TypeError") && String(e?.message).startsWith("numcheck: ");
}

/** numcheck's version, loading the module if need be. */
export async function version() {
  return (await instance()).version();
}

/**
 * Checks `text` with check()'s `options`; resolves to the report. Rejects with numcheck's
 * own message for refused input, or a NumcheckInternalError when numcheck failed on this
 * text (the next text gets a fresh instance).
 */
export async function check(text, options) {
  const glue = await instance();
  try {
    return glue.check(text, options);
  } catch (e) {
    if (isRefusal(e)) throw e;
    retire();
    const detail = e?.name === "NumcheckPanic" ? String(e.message).replace(/^numcheck /, "") : `${e?.name ?? "Error"}: ${e?.message ?? e}`;
    const error = named("NumcheckInternalError", `numcheck hit an internal error on this text; it has been restarted. (${detail})`);
    error.cause = e;
    throw error;
  }
}

/** Sets the instance in use aside; the next check gets a fresh one. */
export function retire() {
  current++;
  ready = null;
}

/** How many fresh instances are left (for tests). */
export function sparesLeft() {
  return Math.max(0, GLUES.length - 1 - current);
}
