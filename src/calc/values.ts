/** A cell's value as the graph computes it: what the ECH functions' generated programs read too, without the graph. */
export type ErrorCode = "#N/A" | "#DIV/0!" | "#VALUE!" | "#NUM!";

export class CalcError {
  constructor(readonly code: ErrorCode) {}
}

export type Value = number | string | boolean | null | CalcError;
