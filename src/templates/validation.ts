import type { Validation } from "./types";

/** One reading of a template's validation rule, so the .xlsx and Office.js writers cannot drift. */
export type ValidationBounds =
  | { operator: "between"; min: number; max: number }
  | { operator: "atMost"; max: number }
  /** Only a minimum, or none: at least that, or at least 0. */
  | { operator: "atLeast"; min: number };

export function validationBounds(v: Validation): ValidationBounds {
  if (v.min !== undefined && v.max !== undefined) return { operator: "between", min: v.min, max: v.max };
  if (v.max !== undefined) return { operator: "atMost", max: v.max };
  return { operator: "atLeast", min: v.min ?? 0 };
}

/** Excel caps validation prompts and error messages at 255 characters. */
export const VALIDATION_TEXT_LIMIT = 255;

function clip(s: string): string {
  return s.length <= VALIDATION_TEXT_LIMIT ? s : `${s.slice(0, VALIDATION_TEXT_LIMIT - 1)}…`;
}

/** Titles and texts of the input message and the error alert, as both writers show them. */
export function validationMessages(v: Validation): { promptTitle: string; prompt: string; errorTitle: string; error: string } {
  return { promptTitle: "Input", prompt: clip(v.prompt), errorTitle: "Check this value", error: clip(v.error) };
}
