/**
 * Numbers as a UK finance officer reads them. One formatter per kind, created on first use: making
 * one loads the browser's number data, which the option choice should not wait for.
 */
function lazyFormat(options: Intl.NumberFormatOptions): (x: number) => string {
  let f: Intl.NumberFormat | undefined;
  return (x) => (f ??= new Intl.NumberFormat("en-GB", options)).format(x);
}

export const formatPounds = lazyFormat({ style: "currency", currency: "GBP", maximumFractionDigits: 0 });
export const formatPence = lazyFormat({ style: "currency", currency: "GBP", minimumFractionDigits: 2, maximumFractionDigits: 2 });
export const formatHours = lazyFormat({ maximumFractionDigits: 1 });
/** A share as a percentage: 0.2735 is "27.35%". */
export const formatPercent = lazyFormat({ style: "percent", maximumFractionDigits: 2 });

/** "a, b and c" */
export function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
