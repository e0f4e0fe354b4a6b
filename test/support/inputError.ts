import { InputError } from "../../src/model";

/** The InputError `run` throws (any other outcome fails the test). */
export function inputError(run: () => unknown): InputError {
  try {
    run();
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error("no error");
}
