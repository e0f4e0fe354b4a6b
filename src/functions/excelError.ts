import { isInputError } from "../model/errors";

/**
 * Runs one ECH function and hands Excel either its value or a CustomFunctions.Error with a message
 * that names the argument to fix. Nothing escapes as an exception, and no NaN or Infinity is returned.
 */
export function excel<T>(compute: () => T): T | CustomFunctions.Error {
  try {
    const value = compute();
    if (!allFinite(value)) {
      return new CustomFunctions.Error(
        CustomFunctions.ErrorCode.invalidNumber,
        "The inputs give a result too large to compute; check for very large amounts.",
      );
    }
    return value;
  } catch (e) {
    if (isInputError(e)) {
      const code = e.kind === "type" ? CustomFunctions.ErrorCode.invalidValue : CustomFunctions.ErrorCode.invalidNumber;
      return new CustomFunctions.Error(code, e.message);
    }
    return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, `Unexpected problem: ${String(e)}`);
  }
}

function allFinite(value: unknown): boolean {
  if (typeof value === "number") return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(allFinite);
  return true;
}
