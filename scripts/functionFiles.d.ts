/** The files that define the ECH custom functions (absolute paths), in the order functions.ts re-exports them. */
export function functionFiles(): string[];
