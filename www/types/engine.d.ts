// `import { createChecker, checkText } from "numcheck/engine"`: the main thread for texts up
// to WORKER_THRESHOLD code units, a Web Worker above; failures inside wasm contained.
import type { Options, Report } from "./report.js";

/** Texts longer than this (UTF-16 code units) are checked in a Web Worker. */
export const WORKER_THRESHOLD: number;
/** Where no worker can start, texts up to this length are checked on the main thread. */
export const FALLBACK_LIMIT: number;

export interface CheckResult {
  report: Report;
  engine: "main" | "worker";
  /** Why a worker was wanted but could not start (the text was checked on the main thread). */
  workerProblem?: string;
}

/**
 * One stream of texts (a text box, one widget): each check() supersedes the previous one,
 * whose promise rejects with a DOMException named "AbortError". Rejects with an Error whose
 * message starts "numcheck: " for refused input or bad options, a "NumcheckInternalError"
 * when numcheck failed on this text (it has been restarted), or a
 * "NumcheckWorkerUnavailable" for a text over FALLBACK_LIMIT where no worker can start.
 */
export declare class Checker {
  check(text: string, options?: Options): Promise<CheckResult>;
  /** Cancels the check in flight; a busy worker is terminated. */
  cancel(reason?: string): void;
  /** Cancels and releases the worker; the checker can still be used. */
  dispose(): void;
}

export function createChecker(): Checker;
/** Loads the wasm module once; resolves to numcheck's version. */
export function load(): Promise<string>;
/** One check independent of any other; `signal` cancels it. */
export function checkText(text: string, options?: Options, control?: { signal?: AbortSignal }): Promise<CheckResult>;
