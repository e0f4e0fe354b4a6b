/**
 * Excel's rounding rules, so that the model and the generated workbooks agree to the penny.
 * Excel rounds the 15-significant-digit decimal value it shows, half away from zero; snapping to
 * 15 digits first removes binary noise such as 1.005 * 100 = 100.49999999999999.
 */
function snap(x: number): number {
  return Number(x.toPrecision(15));
}

function scaled(x: number, digits: number, step: (y: number) => number): number {
  if (!Number.isFinite(x)) return x;
  const sign = x < 0 ? -1 : 1;
  const factor = Math.pow(10, digits);
  const y = step(snap(Math.abs(x) * factor));
  return snap((sign * y) / factor);
}

/** Excel ROUND(x, digits): half away from zero. */
export function round(x: number, digits: number): number {
  return scaled(x, digits, (y) => Math.floor(y + 0.5));
}

/** Excel ROUNDUP(x, digits): away from zero. */
export function roundUp(x: number, digits: number): number {
  return scaled(x, digits, Math.ceil);
}

/** Decimal places the head-count product is rounded to before ROUNDUP, in the model and in the templates. */
export const HEADCOUNT_GUARD_DIGITS = 9;

/**
 * Tenants in a band: ROUNDUP(ROUND(tenants × share, 9), 0). The inner ROUND keeps floating-point
 * noise (25 × 28% = 7.000000000000001) from adding a person, in every spreadsheet engine.
 */
export function headCount(tenants: number, share: number): number {
  return roundUp(round(tenants * share, HEADCOUNT_GUARD_DIGITS), 0);
}

/** Pennies: compare money as Excel shows it to two places. */
export function pennies(x: number): number {
  return round(x, 2);
}
