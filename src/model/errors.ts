/**
 * An input the model cannot compute with. `argument` names the offending input exactly as the
 * ECH functions, the templates and the pane call it, so every adapter can point the user at it.
 */
export class InputError extends Error {
  readonly argument: string;
  /** "type": not a number, or the wrong shape (Excel's #VALUE!); "range": a number out of bounds (#NUM!). */
  readonly kind: "type" | "range";

  constructor(argument: string, message: string, kind: "type" | "range" = "range") {
    super(`${argument}: ${message}`);
    this.name = "InputError";
    this.argument = argument;
    this.kind = kind;
  }
}

export function isInputError(e: unknown): e is InputError {
  return e instanceof InputError;
}
