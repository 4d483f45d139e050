// `import init, { check, version } from "numcheck"`: the wasm binding itself.
import type { Options, Report } from "./report.js";
export type * from "./report.js";

/** Loads the wasm module (fetches numcheck_bg.wasm next to numcheck.js unless given). */
export default function init(module?: { module_or_path: RequestInfo | URL | Response | BufferSource | WebAssembly.Module }): Promise<unknown>;
/** Finds every figure in `text` and checks them against each other. Throws an Error with a
 * clear message for refused input (over maxInputBytes) or unknown options. */
export function check(text: string, options?: Options): Report;
export function version(): string;
