// `import "numcheck/widget"` defines <num-check>.
import type { Report } from "./report.js";

export declare class NumCheckElement extends HTMLElement {
  /** The latest report, or null before the first check. */
  report: Report | null;
  /** The text box's content in editable mode. */
  value: string;
  /** The Range a mention covers on the host page (article mode). */
  rangeForMention(id: number): Range | null;
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
