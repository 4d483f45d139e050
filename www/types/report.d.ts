// The report's shape (docs/report.md): what check() returns and numcheck-report carries.

/** Both offset kinds, half-open: UTF-16 code units (start/end, for String.prototype.slice)
 * and UTF-8 bytes (byteStart/byteEnd). */
export interface Span {
  start: number;
  end: number;
  byteStart: number;
  byteEnd: number;
}

export type Kind =
  | "count" | "money" | "percent" | "measure" | "year" | "date" | "ordinal" | "fraction" | "tally" | "range" | "other";

export type Bound = "lower" | "upper" | "approx";
export type Severity = "ok" | "note" | "warning" | "error";
export type Verdict = "consistent" | "consistentWithRounding" | "consistentWithHedge" | "inconsistent";

export type CheckId =
  | "age-year" | "arithmetic" | "conversion" | "exchange-rate" | "known-total" | "multiple" | "part-whole"
  | "parts-total" | "percent-change" | "percent-of" | "percent-total" | "percentage-points" | "repeat";

/** A hedge before a figure: "over", "nearly", "at least". */
export interface Qualifier {
  text: string;
  bound: Bound;
  span: Span;
}

/** One figure found in the text. */
export interface Mention {
  id: number;
  span: Span;
  text: string;
  value: number | null;
  /** Both sides of a tally or range; absent otherwise. */
  values?: number[];
  kind: Kind;
  /** ISO currency, unit symbol, "%" or "pp". */
  unit: string | null;
  qualifier: Qualifier | null;
  /** The lower-case head noun of what is counted. */
  noun: string | null;
  sentence: number;
}

/** One relation between figures that was checked. */
export interface Finding {
  check: CheckId;
  severity: Severity;
  verdict: Verdict;
  /** Mention ids, in the order of the arithmetic. */
  mentions: number[];
  span: Span;
  message: string;
  expected?: number;
  stated?: number;
}

/** Where reading stopped when the text held more figures than one report reads. */
export interface Truncated {
  /** How many figures were read and checked: the limit. */
  figureLimit: number;
  /** The first figure not read: UTF-16 offset (`at`) and UTF-8 byte offset (`byteAt`). */
  at: number;
  byteAt: number;
}

export interface Report {
  schemaVersion: 2;
  mentions: Mention[];
  findings: Finding[];
  /** Set when numcheck stopped reading: figures from `at` on were not read or checked. */
  truncated: Truncated | null;
}

export interface Options {
  checks?: CheckId[];
  minSeverity?: Severity;
  referenceYear?: number;
  maxInputBytes?: number;
}
