/** Numbers as a UK finance officer reads them. One formatter per kind, created once. */
const pounds = new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP", maximumFractionDigits: 0 });
const pence = new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP", minimumFractionDigits: 2, maximumFractionDigits: 2 });
const hours = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 1 });
const percent = new Intl.NumberFormat("en-GB", { style: "percent", maximumFractionDigits: 2 });

export const formatPounds = (x: number): string => pounds.format(x);
export const formatPence = (x: number): string => pence.format(x);
export const formatHours = (x: number): string => hours.format(x);
/** A share as a percentage: 0.2735 is "27.35%". */
export const formatPercent = (x: number): string => percent.format(x);

/** "a, b and c" */
export function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
