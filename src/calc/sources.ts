/** Where an input's default comes from: the types every row carries (the model fills them in). */

export interface Source {
  title: string;
  publisher: string;
  /** As printed on the publication; "not dated" when the page carries no date. */
  date: string;
  section?: string;
  /** Absent only where no public address could be checked (the 2009 model). */
  url?: string;
}

/**
 * "answer": the user's answer to a question (the appraisal's assessment), not a figure.
 * "scenario": a scenario's alternative to an input listed in its own right; the register leaves it out.
 */
export type InputSource = Source | "example" | "own" | "answer" | "scenario";
