import "../test/setup/customFunctionsGlobal";
import * as ECH from "../src/functions/functions";
import { timeMs } from "./measure";

const row = (...v: number[]) => [v];
const col = (...v: number[]) => v.map((x) => [x]);
const HOURS = [[414.6, 367.4, 782]];

/** Each function called as Excel calls it: raw cell arguments, parsing and validation included. */
const CALLS: Record<string, () => unknown> = {
  CAREHOURS: () => ECH.carehours(35, row(0.27, 0.46, 0.27), row(7, 18, 28), row(0.8, 0.6, 0.4), 126),
  TENANTSPERBAND: () => ECH.tenantsperband(35, row(0.27, 0.46, 0.27)),
  BANDHOURS: () => ECH.bandhours(35, row(0.27, 0.46, 0.27), row(7, 18, 28), row(0.8, 0.6, 0.4)),
  CARECOST: () => ECH.carecost(HOURS, row(10, 10), "year"),
  STAFFCOSTS: () => ECH.staffcosts(HOURS, row(10, 10), 26000, row(0.1, 0.04, 0.06, 35209.46)),
  UNITCOST: () => ECH.unitcost(HOURS, row(10, 10), 26000),
  COSTPERPERSON: () => ECH.costperperson(555415.796, 35),
  TENANTBUDGET: () => ECH.tenantbudget(col(60, 17.55, 15, 69.25, 269.75, 22), col(60, 17.55, 84.25, 151.5, 118.25, 22)),
  MINBLOCK: () => ECH.minblock(2, 14, 10, 1, 37),
  THIRDSHOURS: () => ECH.thirdshours(col(13, 13, 7, 5, 2), col(3, 7.5, 13, 15, 20)),
  SCHEDULEHOURS: () => ECH.schedulehours(col(2.5, 2, 2, 4, 4), col(5, 2, 4, 2, 4)),
  COREADDON: () => ECH.coreaddon(56, 112, 7, 40, 400),
  PHASEDBLOCK: () => ECH.phasedblock(310, 400),
  ELIGIBILITYBLOCK: () => ECH.eligibilityblock(40),
  CAPITALREVENUE: () => ECH.capitalrevenue(24, 75195, 469298, 156433),
  NATIONALLIVINGWAGE: () => ECH.nationallivingwage("2026-27"),
  COSTLINES: () => ECH.costlines("2026-27", HOURS, [[126]], row(12.71, 12.71), 26000, undefined, undefined, 5000),
  CARECHARGE: () => ECH.carecharge("2026-27", 355.9, 20000, 300, 0, 250, 14250, 23250, 1),
  BREAKEVENPRICE: () => ECH.breakevenprice(555415.8, 400, 0, 1),
  BREAKEVENHOURS: () => ECH.breakevenhours(600000, 555415.8, 0, 782),
  NETCOST: () =>
    ECH.netcost(555415.8, 35, row(0.27, 0.46, 0.27), row(7, 18, 28), row(0.8, 0.6, 0.4), row(0.1, 0.1, 0.1), row(50, 80, 120), 126),
  BREAKEVENHIGHSHARE: () => ECH.breakevenhighshare(600000, 555415.8, 0, 782, 35, row(0.27, 0.46, 0.27), row(7, 18, 28)),
};

export const CALLS_PER_FUNCTION = 100_000;

export function functionCost(): Record<string, number> {
  const exported = Object.keys(ECH)
    .map((k) => k.toUpperCase())
    .sort();
  const measured = Object.keys(CALLS).sort();
  if (exported.join() !== measured.join()) throw new Error(`Benchmark misses functions: ${exported} vs ${measured}`);
  const result: Record<string, number> = {};
  for (const [id, call] of Object.entries(CALLS)) {
    if (call() instanceof CustomFunctions.Error) throw new Error(`${id} returned an error in the benchmark`);
    const ms = timeMs(
      () => {
        for (let i = 0; i < CALLS_PER_FUNCTION; i++) call();
      },
      5,
      1,
    );
    result[id] = (ms * 1000) / CALLS_PER_FUNCTION;
  }
  return result;
}
