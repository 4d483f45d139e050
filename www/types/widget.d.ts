// `import "numcheck/widget"` defines <num-check>.
import type { Report } from "./report.js";

/**
 * Attributes: `for` (the id of the element to check), `editable` (a text box), `label` (its
 * name), `exclude` (a CSS selector of elements not to read; `data-numcheck-ignore` on any
 * element does the same), `reference-year` (the year the article was written).
 */
export declare class NumCheckElement extends HTMLElement {
  /** The latest report, or null before the first check. */
  report: Report | null;
  /** The text box's content in editable mode. */
  value: string;
  /** The Range a mention of the latest report covers (on the host page, or in the text box). */
  rangeForMention(id: number): Range | null;
  /** The latest report as Markdown (the panel's "Copy report") or plain text. */
  reportText(format?: "markdown" | "text"): string;
}

declare global {
  interface HTMLElementTagNameMap {
    "num-check": NumCheckElement;
  }
  interface HTMLElementEventMap {
    "numcheck-report": CustomEvent<Report>;
    /** The text was refused, or numcheck failed on it; the panel shows the same message. */
    "numcheck-error": CustomEvent<{ message: string }>;
  }
}
