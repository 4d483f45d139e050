// One interface to the checker for the page and the widget. Two implementations sit behind it:
//
// - the main thread, for small texts only: up to WORKER_THRESHOLD code units a check takes
//   under 16 ms on the slowest kind of text measured (BENCHMARKS.md, "The page's main
//   thread"), so the page never waits on a message round trip for a short text;
// - a Web Worker for everything larger, one per caller (createChecker), so a slow check in
//   one widget never queues another's. A newer text from the same caller terminates a
//   worker still busy on an older one (the older promise rejects with an AbortError, which
//   callers ignore), and the report comes back in slices so that no single message takes
//   the main thread long to receive.
//
// numcheck failing inside wasm (a panic, or a trap such as "memory access out of bounds")
// leaves that instance unusable. It is then replaced: the main thread imports a fresh copy
// of the wasm-bindgen glue (module state lives in the glue, so a new instance needs a new
// module record: the same URL with a distinct query) and instantiates the compiled module
// again; a worker is terminated and a new one started. The caller gets a NumcheckInternalError
// for that text only. A worker that cannot start (a Content-Security-Policy without
// worker-src for this origin, a cross-origin module) is reported once; texts up to
// FALLBACK_LIMIT are then checked on the main thread, larger ones are refused with a message
// saying why.

const GLUE = new URL("./pkg/numcheck.js", import.meta.url).href;
const WASM = new URL("./pkg/numcheck_bg.wasm", import.meta.url);
const WORKER = new URL("./worker.js", import.meta.url);
/** numcheck is served from another origin than the page's (an embed from a CDN or a
 * newsroom's tools host): a worker cannot be started from its URL, only through a blob:. */
const CROSS_ORIGIN = typeof location !== "undefined" && WORKER.origin !== location.origin;
const CORS_HINT = CROSS_ORIGIN
  ? ` numcheck is loaded from ${WORKER.origin}, another origin than this page's: that server must send ` +
    "Access-Control-Allow-Origin for numcheck's files (README: embedding from another origin)."
  : "";

/** Texts longer than this (UTF-16 code units) are checked in a Web Worker. */
export const WORKER_THRESHOLD = 2_000;
/** Where no worker can start, texts up to this length are checked on the main thread. */
export const FALLBACK_LIMIT = 20_000;
/** A worker that has not answered by then counts as not started (a busy machine is slow). */
const START_TIMEOUT_MS = 30_000;
/** An idle worker is terminated after this long, returning its memory. */
const IDLE_MS = 30_000;
/** After this many internal errors on the main thread, its instance is not renewed again
 * (each abandoned instance stays in memory: module records cannot be unloaded). */
const MAX_MAIN_RESTARTS = 16;

// ---------------------------------------------------------------------------------------
// The module, compiled once; every instance (main thread and workers) is made from it.

let compiled = null;
function compile() {
  compiled ??= (async () => {
    try {
      return await WebAssembly.compileStreaming(fetch(WASM));
    } catch {
      // A server that does not say application/wasm: compile from the bytes instead.
      const response = await fetch(WASM);
      if (!response.ok) throw new Error(`the server answered ${response.status} ${response.statusText}`.trim());
      return WebAssembly.compile(await response.arrayBuffer());
    }
  })().catch((e) => {
    compiled = null;
    throw named("NumcheckLoadError", `numcheck could not load its WebAssembly module (${WASM.href}): ${e?.message ?? e}.${CORS_HINT}`);
  });
  return compiled;
}

// ---------------------------------------------------------------------------------------
// The main thread's instance.

let mainGlue = null;
let mainRestarts = 0;

function mainInstance() {
  mainGlue ??= (async () => {
    const module = await compile();
    let glue;
    try {
      glue = await import(mainRestarts === 0 ? GLUE : `${GLUE}?instance=${mainRestarts}`);
    } catch (e) {
      throw named("NumcheckLoadError", `numcheck could not load its module (${GLUE}): ${e?.message ?? e}.${CORS_HINT}`);
    }
    await glue.default({ module_or_path: module });
    return glue;
  })().catch((e) => {
    mainGlue = null;
    throw e;
  });
  return mainGlue;
}

/** Loads the wasm module (once) and resolves to numcheck's version. */
export async function load() {
  return (await mainInstance()).version();
}

async function checkOnMainThread(text, options) {
  const glue = await mainInstance();
  try {
    return glue.check(text, options);
  } catch (e) {
    if (isRefusal(e)) throw e;
    // This instance is finished: the next call gets a fresh one.
    mainGlue = null;
    mainRestarts++;
    if (mainRestarts < MAX_MAIN_RESTARTS) mainInstance().catch(() => {});
    throw internalError(e);
  }
}

// ---------------------------------------------------------------------------------------
// Errors.

function named(name, message) {
  const error = new Error(message);
  error.name = name;
  return error;
}

/** An error check() throws on purpose (refused input, bad options): the instance is fine. */
function isRefusal(e) {
  return (e?.name === "Error" || e?.name === "TypeError") && String(e?.message).startsWith("numcheck: ");
}

function internalError(e) {
  const detail = e?.name === "NumcheckPanic" ? String(e.message).replace(/^numcheck /, "") : `${e?.name ?? "Error"}: ${e?.message ?? e}`;
  const error = named("NumcheckInternalError", `numcheck hit an internal error on this text; it has been restarted. (${detail})`);
  error.cause = e;
  return error;
}

function cancelled(reason) {
  return new DOMException(`numcheck: check cancelled (${reason})`, "AbortError");
}

/** Why workers cannot start on this page, once known (they will not start later either). */
let workerProblem = null;

function tooLargeWithoutWorker(length) {
  return named(
    "NumcheckWorkerUnavailable",
    `numcheck: this text is ${length.toLocaleString("en")} characters. Texts over ` +
      `${FALLBACK_LIMIT.toLocaleString("en")} are checked in a Web Worker so that the page stays ` +
      `responsive, and this page could not start one (${workerProblem}). Check a shorter text, or ` +
      (CROSS_ORIGIN ? "allow its worker (Content-Security-Policy: worker-src blob:)." : "allow workers from this origin (Content-Security-Policy: worker-src 'self')."),
  );
}

// ---------------------------------------------------------------------------------------
// A worker lane: one dedicated worker, one job at a time.

/**
 * A same-origin module worker that imports worker.js from numcheck's origin: browsers refuse
 * `new Worker(url)` for a script of another origin, but a blob: URL made by this page is
 * this page's own, and its import of worker.js is an ordinary CORS module fetch.
 */
let trampolineUrl = null;
function trampoline() {
  trampolineUrl ??= URL.createObjectURL(new Blob([`import ${JSON.stringify(WORKER.href)};\n`], { type: "text/javascript" }));
  return trampolineUrl;
}

const BLOB_REFUSED =
  `numcheck is loaded from another origin (${WORKER.origin}), so it starts its Web Worker from a blob: URL, ` +
  "and this page does not allow that: its Content-Security-Policy needs worker-src blob: (or numcheck served from this site)";

class Lane {
  #worker = null;
  #started = null; // settles when the worker is ready, or cannot start
  #abandon = null; // rejects #started when the worker is stopped while starting
  #job = null; // { id, resolve, reject, report }
  #ticket = 0; // the newest run() waiting to start; older ones are cancelled
  #generation = 0; // counts workers stopped, so that an old worker's events are ignored
  #idle = 0;

  get busy() {
    return this.#job !== null;
  }

  #start() {
    this.#started ??= new Promise((resolve, reject) => {
      const generation = this.#generation;
      const current = () => generation === this.#generation; // not stopped since
      let ready = false;
      const failed = (why, permanent) => {
        if (!current()) return;
        clearTimeout(timer);
        if (permanent) workerProblem ??= why;
        this.#abandon = null;
        this.#kill();
        reject(named("NumcheckWorkerUnavailable", why));
      };
      const timer = setTimeout(() => failed(`the Web Worker did not start within ${START_TIMEOUT_MS / 1000} s`, false), START_TIMEOUT_MS);
      this.#abandon = (error) => {
        clearTimeout(timer);
        reject(error);
      };
      let worker;
      try {
        worker = new Worker(CROSS_ORIGIN ? trampoline() : WORKER, { type: "module", name: "numcheck" });
      } catch (e) {
        failed(CROSS_ORIGIN ? BLOB_REFUSED : `a Web Worker could not be created: ${e?.message ?? e}`, true);
        return;
      }
      this.#worker = worker;
      worker.onerror = (event) => {
        event.preventDefault();
        if (!ready) {
          const why = event.message ? `: ${event.message}` : ", perhaps blocked by the page's Content-Security-Policy (worker-src)";
          failed(CROSS_ORIGIN ? BLOB_REFUSED : `the Web Worker failed to load${why}`, true);
        } else {
          this.#fail(internalError(new Error(event.message || "the Web Worker stopped")));
        }
      };
      worker.onmessage = ({ data }) => {
        if (ready) return this.#receive(data);
        if (data.type !== "ready") return failed(`the Web Worker could not load numcheck: ${data.message}`, true);
        clearTimeout(timer);
        ready = true;
        this.#abandon = null;
        resolve();
      };
      compile().then(
        (module) => {
          if (!current()) return;
          try {
            worker.postMessage({ type: "init", module });
          } catch {
            worker.postMessage({ type: "init" }); // a browser that cannot share compiled modules
          }
        },
        (e) => failed(e.message, false),
      );
    });
    return this.#started;
  }

  /** Checks `text` in the worker (starting it if need be); resolves to the report. */
  async run(text, options) {
    clearTimeout(this.#idle);
    const ticket = ++this.#ticket;
    try {
      await this.#start();
    } catch (e) {
      this.#started = null;
      throw e;
    }
    if (ticket !== this.#ticket) throw cancelled("superseded by a newer text");
    return new Promise((resolve, reject) => {
      const id = ticket;
      this.#job = { id, resolve, reject, mentions: [], findings: [] };
      try {
        this.#worker.postMessage({ type: "check", id, text, options });
      } catch (e) {
        this.#job = null;
        reject(new TypeError(`numcheck: options must be plain data (${e?.message ?? e})`));
      }
    });
  }

  #receive(data) {
    const job = this.#job;
    if (!job || data.id !== job.id) return;
    if (data.type === "part") {
      // Slices, not one message: receiving a 200,000-figure report at once would block.
      for (const m of data.mentions) job.mentions.push(m);
      for (const f of data.findings) job.findings.push(f);
      return;
    }
    this.#job = null;
    if (data.type === "done") {
      // The binding's report, field for field and in its order: the slices, then every
      // other field (schemaVersion first, truncated and whatever a later schema adds).
      const { mentions, findings } = job;
      job.resolve({ schemaVersion: data.rest.schemaVersion, mentions, findings, ...data.rest });
      this.#idle = setTimeout(() => this.terminate("idle"), IDLE_MS);
    } else if (data.fatal) {
      this.#kill(); // the worker's instance is finished; the next run starts a new worker
      job.reject(internalError({ name: data.name, message: data.message }));
    } else {
      job.reject(data.name === "TypeError" ? new TypeError(data.message) : new Error(data.message));
    }
  }

  #fail(error) {
    const job = this.#job;
    this.#job = null;
    this.#kill(error);
    job?.reject(error);
  }

  #kill(error = cancelled("stopped")) {
    clearTimeout(this.#idle);
    this.#generation++;
    this.#abandon?.(error);
    this.#abandon = null;
    if (this.#worker) {
      this.#worker.onmessage = this.#worker.onerror = null;
      this.#worker.terminate();
    }
    this.#worker = null;
    this.#started = null;
  }

  /** Cancels what this lane is doing: a run waiting for the worker to start gives up; a
   * running check stops at once, its worker terminated (the next run starts another). */
  cancel(reason) {
    this.#ticket++;
    if (this.#job) this.#fail(cancelled(reason));
  }

  /** Stops the worker whatever it is doing. */
  terminate(reason) {
    this.#ticket++;
    this.#fail(cancelled(reason));
  }
}

// ---------------------------------------------------------------------------------------
// Checkers: what the page and each widget hold.

/**
 * A checker for one stream of texts (the page's text box, one widget): each check()
 * supersedes the previous one, whose promise rejects with an AbortError.
 */
export class Checker {
  #lane = null;
  #current = 0;

  /**
   * Checks `text`; resolves to `{ report, engine }` where engine is "main" or "worker"
   * (and `workerProblem` says why when a worker was wanted but could not start). Rejects
   * with numcheck's own message for refused input, a NumcheckInternalError when numcheck
   * failed on this text (it has been restarted), or an AbortError when a newer check or
   * cancel() superseded this one.
   */
  async check(text, options) {
    this.cancel("superseded by a newer text");
    const mine = ++this.#current;
    const stale = () => mine !== this.#current;
    const small = typeof text !== "string" || text.length <= WORKER_THRESHOLD;
    if (small && mainRestarts < MAX_MAIN_RESTARTS) {
      await mainInstance();
      if (stale()) throw cancelled("superseded by a newer text");
      return { report: await checkOnMainThread(text, options), engine: "main" };
    }
    if (!workerProblem) {
      try {
        this.#lane ??= new Lane();
        return { report: await this.#lane.run(text, options), engine: "worker" };
      } catch (e) {
        if (e?.name !== "NumcheckWorkerUnavailable") throw e;
        if (stale()) throw cancelled("superseded by a newer text");
        if (!workerProblem) workerProblem = e.message; // a timeout: try again next time
      }
    }
    if (mainRestarts >= MAX_MAIN_RESTARTS) {
      throw named("NumcheckInternalError", "numcheck stopped after repeated internal errors; reload the page to check again.");
    }
    if (text.length > FALLBACK_LIMIT) throw tooLargeWithoutWorker(text.length);
    await mainInstance();
    if (stale()) throw cancelled("superseded by a newer text");
    return { report: await checkOnMainThread(text, options), engine: "main", workerProblem };
  }

  /** Cancels the check in flight, if any; a busy worker is terminated. */
  cancel(reason = "cancelled") {
    this.#current++;
    this.#lane?.cancel(reason);
  }

  /** Cancels and releases the worker. The checker can still be used afterwards. */
  dispose() {
    this.cancel("disposed");
    this.#lane?.terminate("disposed");
    this.#lane = null;
  }
}

/** A new Checker. */
export function createChecker() {
  return new Checker();
}

/**
 * One check, independent of any other: resolves to `{ report, engine }`. Pass
 * `{ signal }` (an AbortSignal) to cancel it.
 */
export async function checkText(text, options, { signal } = {}) {
  if (signal?.aborted) throw cancelled("aborted");
  const checker = new Checker();
  const abort = () => checker.cancel("aborted");
  signal?.addEventListener("abort", abort);
  try {
    return await checker.check(text, options);
  } finally {
    signal?.removeEventListener("abort", abort);
    checker.dispose();
  }
}
