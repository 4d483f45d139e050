// `import { checkText } from "numcheck/engine"`: same thread for ordinary texts, a Web
// Worker above WORKER_THRESHOLD code units.
import type { Options, Report } from "./report.js";

export const WORKER_THRESHOLD: number;
export function load(): Promise<string>;
export function checkText(text: string, options?: Options): Promise<{ report: Report; engine: "main" | "worker" }>;
