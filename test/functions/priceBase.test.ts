/** ECH.NATIONALLIVINGWAGE and ECH.COSTLINES: the worked 2026-27 example through the functions, as Excel calls them. */
import "../setup/customFunctionsGlobal";
import fc from "fast-check";
import * as ECH from "../../src/functions/functions";
import { computeScheme, pennies } from "../../src/model";
import { WORKED_2026 } from "../support/worked";
import { runs } from "../support/runs";

const row = (...v: (number | string | boolean | null)[]) => [v];
const HOURS = [[414.6, 367.4, 782]];

function message(v: unknown): string {
  expect(v).toBeInstanceOf(CustomFunctions.Error);
  return (v as CustomFunctions.Error).message ?? "";
}

describe("ECH.NATIONALLIVINGWAGE", () => {
  test("£11.44, £12.21, £12.71", () => {
    expect(["2024-25", "2025-26", "2026-27"].map((y) => ECH.nationallivingwage(y))).toEqual([11.44, 12.21, 12.71]);
    expect(ECH.nationallivingwage([[" 2026-27 "]])).toBe(12.71);
  });

  test("an unknown year names the argument and lists the known ones; 2009 has none", () => {
    expect(message(ECH.nationallivingwage("2023-24"))).toBe(
      'priceBase: "2023-24" is not a price base; use one of 2009, 2024-25, 2025-26, 2026-27.',
    );
    expect(message(ECH.nationallivingwage("2009 (published model)"))).toMatch(/^priceBase: .*has no National Living Wage/);
    expect(message(ECH.nationallivingwage(null))).toMatch(/^priceBase: is blank/);
  });
});

describe("ECH.COSTLINES", () => {
  test("the worked 2026-27 example, to the penny", () => {
    const out = ECH.costlines("2026-27", HOURS, [[126]], row(12.71, 12.71), 26000, undefined, undefined, 5000) as number[][];
    expect(out[0].map(pennies)).toEqual([
      959.97, 27, 665161.85, 79524.28, 14900.46, 759586.59, 151917.32, 27345.12, 938849.02, 23.09, 18.81, 12.71,
    ]);
  });

  test("without the threshold argument, 2026-27 uses the published £5,000", () => {
    const out = ECH.costlines("2026-27", HOURS, [[126]], row(12.71, 12.71), 26000) as number[][];
    expect(pennies(out[0][8])).toBe(938849.02);
    expect(pennies(out[0][3])).toBe(79524.28);
  });

  test("the same with every argument written out (the examples as cells)", () => {
    const out = ECH.costlines(
      "2026-27",
      HOURS,
      row(126, 0.5),
      row(12.71, 12.71, 14, 13),
      26000,
      row(37, 37.5, 0.04, 24, null, 0.2, 0.03),
      [[null]],
      5000,
    ) as number[][];
    expect(pennies(out[0][8])).toBe(938849.02);
  });

  test("the Employment Allowance claimed: employer National Insurance after it, £69,024.28, and £925,871.02 a year", () => {
    const out = ECH.costlines("2026-27", HOURS, [[126]], row(12.71, 12.71), 26000, undefined, undefined, 5000, "Yes") as number[][];
    expect(out[0].map(pennies)).toEqual([
      959.97, 27, 665161.85, 69024.28, 14900.46, 749086.59, 149817.32, 26967.12, 925871.02, 22.77, 18.55, 12.71,
    ]);
    const same = ECH.costlines("2026-27", HOURS, [[126]], row(12.71, 12.71), 26000, undefined, undefined, 5000, true) as number[][];
    expect(same).toEqual(out);
    const none = ECH.costlines("2026-27", HOURS, [[126]], row(12.71, 12.71), 26000, undefined, undefined, 5000, false) as number[][];
    expect(pennies(none[0][8])).toBe(938849.02);
    expect(message(ECH.costlines("2026-27", HOURS, [[126]], row(12.71, 12.71), 26000, undefined, undefined, 5000, "perhaps"))).toBe(
      'employmentAllowance: is text ("perhaps"); use "No" or "Yes".',
    );
  });

  test("a £10.00 care rate under 2026-27 is costed, as the workbook does (the wage, £12.71, is the last cell to compare)", () => {
    const out = ECH.costlines("2026-27", HOURS, [[126]], row(12.71, 10), 26000) as number[][];
    const model = computeScheme({ ...WORKED_2026, hourlyRates: { support: 12.71, care: 10 } });
    expect(pennies(out[0][8])).toBe(pennies(model.totalCost));
    expect(out[0][8]).toBeLessThan(938849.02);
    expect(out[0][11]).toBe(12.71);
  });

  test("employer National Insurance rises from 2024-25 to 2026-27 at equal pay", () => {
    const y24 = ECH.costlines("2024-25", HOURS, [[126]], row(12.71, 12.71), 26000) as number[][];
    const y26 = ECH.costlines("2026-27", HOURS, [[126]], row(12.71, 12.71), 26000, undefined, undefined, 5000) as number[][];
    expect(y24[0][2]).toBe(y26[0][2]);
    expect(pennies(y24[0][3])).toBe(57885.74);
    expect(y26[0][3]).toBeGreaterThan(y24[0][3]);
  });

  test("errors name their argument", () => {
    expect(message(ECH.costlines("2023-24", HOURS, [[126]], row(13, 13), 26000))).toMatch(
      /^priceBase: "2023-24" is not a price base; use one of/,
    );
    expect(message(ECH.costlines("2009", HOURS, [[126]], row(13, 13), 26000))).toMatch(
      /^priceBase: .*choose one of 2024-25, 2025-26, 2026-27\.$/,
    );
    expect(message(ECH.costlines("2025-26", HOURS, [[900]], row(13, 13), 26000))).toMatch(/^nightHours: /);
    expect(message(ECH.costlines("2025-26", HOURS, [[126]], row(13), 26000))).toMatch(/^payRates: must be 2 or 3 or 4 cells/);
    expect(message(ECH.costlines("2025-26", HOURS, [[126]], row(13, 13), 26000, row(37, 0, 0.04, 24, null, 0.2, 0.03)))).toMatch(
      /^contractedHours: /,
    );
    expect(message(ECH.costlines("2025-26", HOURS, [[126]], row(13, 13), 26000, row(37, 37.5, 0.04, 24, null, null, 0.03)))).toMatch(
      /^assumptions: cell 6 of 7 is blank/,
    );
    expect(message(ECH.costlines("2025-26", HOURS, [[126]], row(13, 13), "x"))).toMatch(/^managerSalary: /);
  });

  test("sleep-in nights: the night rate is not used", () => {
    const out = ECH.costlines("2025-26", HOURS, [[126]], row(13, 13, 14, 5), 26000, undefined, row(60)) as number[][];
    expect(out[0].every(Number.isFinite)).toBe(true);
  });

  test("property: never an exception, and every number finite", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("2024-25", "2025-26", "2026-27", "2009", "x"),
        fc.double({ min: 0, max: 60, noNaN: true }),
        fc.double({ min: 0, max: 60, noNaN: true }),
        fc.double({ min: 0, max: 300, noNaN: true }),
        (pb, a, b, night) => {
          const out = ECH.costlines(pb, HOURS, [[night]], row(a, b), 26000, undefined, undefined, 5000);
          if (out instanceof CustomFunctions.Error) return;
          expect(out[0].every(Number.isFinite)).toBe(true);
          expect(out[0][8]).toBeGreaterThanOrEqual(out[0][5]);
        },
      ),
      { numRuns: runs(80) },
    );
  });
});
