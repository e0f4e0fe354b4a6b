/**
 * Excel's rounding rules, so that the model and the generated workbooks agree to the penny.
 * Excel rounds the 15-significant-digit decimal value it shows, half away from zero: a value within
 * that precision of a rounding boundary counts as on it (1.005 * 100 = 100.49999999999999 is 100.5).
 */
const NOISE = 4e-15;

function scale(x: number, digits: number): { y: number; back: (r: number) => number } {
  const sign = x < 0 ? -1 : 1;
  if (digits >= 0) {
    const f = Math.pow(10, digits);
    return { y: Math.abs(x) * f, back: (r) => (sign * r) / f };
  }
  const f = Math.pow(10, -digits);
  return { y: Math.abs(x) / f, back: (r) => sign * r * f };
}

/** Excel ROUND(x, digits): half away from zero. */
export function round(x: number, digits: number): number {
  if (!Number.isFinite(x)) return x;
  const { y, back } = scale(x, digits);
  const n = Math.floor(y);
  const frac = y - n;
  return back(Math.abs(frac - 0.5) <= y * NOISE || frac > 0.5 ? n + 1 : n);
}

/** Excel ROUNDUP(x, digits): away from zero. */
export function roundUp(x: number, digits: number): number {
  if (!Number.isFinite(x)) return x;
  const { y, back } = scale(x, digits);
  const n = Math.round(y);
  return back(Math.abs(y - n) <= y * NOISE ? n : Math.ceil(y));
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
