/** A problem the importer met: what (code), a Chinese message, and where in the source. */
export interface ImportWarning {
  /** Stable id of the kind of problem, e.g. "unplaced-cell", "missing-table", "placeholder". */
  readonly code: string;
  /** What happened, in Chinese, for the CLI and the screen. */
  readonly message: string;
  /** Page (1-based) of the source, when known. */
  readonly page?: number;
  /** Line on that page (1-based). */
  readonly line?: number;
  /** The text being read. */
  readonly text?: string;
}
