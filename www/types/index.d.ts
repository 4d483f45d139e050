// `import init, { check, version } from "numcheck"`: the wasm binding itself.
import type { Options, Report } from "./report.js";
export type * from "./report.js";

/** Loads the wasm module (fetches numcheck_bg.wasm next to numcheck.js unless given). */
export default function init(module?: { module_or_path: RequestInfo | URL | Response | BufferSource | WebAssembly.Module }): Promise<unknown>;
/** Finds every figure in `text` and checks them against each other. Throws a TypeError when
 * `text` is not a string or `options` not an object, an Error ("numcheck: …") for refused
 * input (over maxInputBytes) or bad options (an unknown field, a wrong type, an unknown
 * check), and an Error named "NumcheckPanic" when numcheck itself failed: that instance is
 * then unusable (every later call throws NumcheckPanic) and the module must be instantiated
 * afresh, which numcheck/engine does. */
export function check(text: string, options?: Options): Report;
export function version(): string;
