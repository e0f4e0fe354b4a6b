/**
 * Excel's rounding rules, so that the model and the generated workbooks agree to the penny.
 * Excel rounds the 15-significant-digit decimal value it shows, half away from zero: a value within
 * that precision of a rounding boundary counts as on it (1.005 * 100 = 100.49999999999999 is 100.5).
 */
const NOISE = 4e-15;

/** Math.pow(10, n) for the places a formula rounds to, worked out once (ROUND runs in every hot path). */
const POWERS = Array.from({ length: 16 }, (_, n) => Math.pow(10, n));
const power = (n: number) => POWERS[n] ?? Math.pow(10, n);

/** |x| scaled to `digits` places, and back with x's sign. */
function scaled(ax: number, digits: number): number {
  return digits >= 0 ? ax * power(digits) : ax / power(-digits);
}

function unscaled(sign: number, r: number, digits: number): number {
  return digits >= 0 ? (sign * r) / power(digits) : sign * r * power(-digits);
}

/** Excel ROUND(x, digits): half away from zero. */
export function round(x: number, digits: number): number {
  if (!Number.isFinite(x)) return x;
  const y = scaled(Math.abs(x), digits);
  const n = Math.floor(y);
  const frac = y - n;
  return unscaled(x < 0 ? -1 : 1, Math.abs(frac - 0.5) <= y * NOISE || frac > 0.5 ? n + 1 : n, digits);
}

/** Excel ROUNDUP(x, digits): away from zero. */
export function roundUp(x: number, digits: number): number {
  if (!Number.isFinite(x)) return x;
  const y = scaled(Math.abs(x), digits);
  const n = Math.round(y);
  return unscaled(x < 0 ? -1 : 1, Math.abs(y - n) <= y * NOISE ? n : Math.ceil(y), digits);
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
