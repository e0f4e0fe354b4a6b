/**
 * The programs the ECH functions run, written out as code when the add-in is built (`npm run
 * generate` writes programs.generated.ts; a test fails when it is stale). Each is compiled from the
 * rows the model and the workbooks use, so the arithmetic stays defined once, in the rows; the
 * functions' bundle carries the code and the few figures listed here, not the rows.
 *
 * Build time only: nothing the functions load imports this file.
 */
import { Program, resized, type Row, type Value } from "../calc";
import { emitProgram, EMIT_HELPERS, helpersUsed, type EmitOptions } from "../calc/emit";
import { CAPITAL_PROGRAM } from "../model/capital";
import { budgetProgram } from "../model/budget";
import { CORE_PROGRAM } from "../model/coreAndAddOn";
import { MINIMUM_BLOCK_PROGRAM, PHASING } from "../model/minimumBlock";
import { COST, HOURS, PERSON, STAFF, TENANTS, UNIT } from "../model/revenue";
import { programFor } from "../model/contributions";
import { DEFAULT_PAY, EMPLOYMENT_ALLOWANCE, NIGHT_COVER, SUPPORT_FUNDING } from "../model/defaults";
import { CHARGE_GIVEN, careCharge, tariffIncome } from "../model/englishBudget";
import { englishCheck, TENANT_ENTER_CELLS } from "../model/englishBudgetRows";
import { STATUTORY_BASES, priceBaseInput } from "../model/priceRows";
import { GIVEN_PAY, PAY_KEYS, linesFor } from "../model/today";
import * as Hours from "../model/hoursNeeded";
import * as S from "../model/scheme";
import { BREAK_EVEN_PROGRAM } from "../decisions/breakEven";

/** A program to write out, and the rows whose cells it returns (its wanted rows if not given). */
export interface ProgramSpec {
  program: Program;
  out?: readonly Row[];
  options?: EmitOptions;
  /** For ranges of any length: the same program built for these lengths of its free given rows (the tests compare both). */
  sized?: (lengths: readonly number[]) => ProgramSpec;
  /** Which of those lengths each free given row has (ranges given together have one length). */
  lengthOf?: ReadonlyMap<Row, number>;
}

/** The length a range given at run time is built with; the code loops over the range's own length. */
const ANY_LENGTH = 2;

/** A program over ranges of any length: `inputs` are the ranges, `given` the single cells after them. */
function anyLength(inputs: readonly Row[], given: readonly Row[], wanted: readonly Row[], length = ANY_LENGTH): ProgramSpec {
  const to = resized(wanted, inputs, length);
  const copy = (r: Row) => to.get(r) ?? r;
  const free = new Set([...to.values()].filter((r) => r.size === length));
  return {
    program: new Program([...inputs, ...given].map(copy), wanted.map(copy)),
    options: { free },
    sized: ([n]) => anyLength(inputs, given, wanted, n),
    lengthOf: new Map(inputs.map((r) => [copy(r), 0])),
  };
}

function budget(n = ANY_LENGTH, m = ANY_LENGTH): ProgramSpec {
  const { program, rows } = budgetProgram(n, m);
  return {
    program,
    out: [rows.expenditureTotal, rows.incomeTotal, rows.surplus, rows.monthly],
    options: { free: new Set([rows.expenditure, rows.income]) },
    sized: ([e, i]) => budget(e, i),
    lengthOf: new Map([
      [rows.expenditure, 0],
      [rows.income, 1],
    ]),
  };
}

/** The cost lines at each current price base, for each choice of night cover and Employment Allowance. */
function costLines(): Record<string, ProgramSpec> {
  const out: Record<string, ProgramSpec> = {};
  for (const base of STATUTORY_BASES)
    for (const nightCover of NIGHT_COVER)
      for (const employmentAllowance of EMPLOYMENT_ALLOWANCE) {
        const lines = linesFor(base, { ...DEFAULT_PAY, nightCover, employmentAllowance });
        out[`${base.id}|${nightCover}|${employmentAllowance}`] = { program: lines.program };
      }
  return out;
}

/** The figures of each base the cost lines are given after the pay inputs (those the user enters). */
function costLinesEntered(): Record<string, readonly string[]> {
  return Object.fromEntries(STATUTORY_BASES.map((base) => [base.id, linesFor(base, DEFAULT_PAY).enter]));
}

/** A person's contribution to their care at each current price base: the base and its table fixed. */
function careCharges(): Record<string, ProgramSpec> {
  const out: Record<string, ProgramSpec> = {};
  const given = CHARGE_GIVEN.filter((r) => r !== priceBaseInput && r !== englishCheck);
  for (const base of STATUTORY_BASES) {
    const constants = new Map<Row, readonly Value[]>([
      [priceBaseInput, [base.cell]],
      [englishCheck, ["OK"]],
    ]);
    const own = TENANT_ENTER_CELLS.filter((c) => c.base === base.id).map((c) => c.row);
    for (const c of TENANT_ENTER_CELLS) if (c.base !== base.id) constants.set(c.row, [null]);
    const rows = given.filter((r) => !constants.has(r));
    out[base.id] = { program: new Program(rows, [tariffIncome, careCharge], undefined, constants), options: { anyValue: new Set(own) } };
  }
  return out;
}

/** The tenant table's cells each base's contribution is given, after the four amounts: a figure's key, or null. */
function careChargeEntered(): Record<string, readonly string[]> {
  return Object.fromEntries(STATUTORY_BASES.map((b) => [b.id, TENANT_ENTER_CELLS.filter((c) => c.base === b.id).map((c) => c.figure.key)]));
}

/** Every program and figure, by the name the generated module exports it under. */
export function programSpecs(): Record<string, ProgramSpec | Record<string, ProgramSpec> | { data: unknown }> {
  return {
    tenantsPerBand: { program: TENANTS },
    careHours: {
      program: HOURS,
      out: [S.tenantsPerBand, S.bandSupportHours, S.bandCareHours, S.bandTotalHours, S.supportHours, S.careHoursTotal, S.totalHours],
    },
    careCost: { program: COST, out: [S.supportCostWeek, S.careCostWeek, S.costWeek, S.supportCostYear, S.careCostYear, S.costYear] },
    staffCosts: { program: STAFF, out: [S.costYear, S.ni, S.cover, S.superannuation, S.flatStaffCost] },
    unitCost: { program: UNIT },
    costPerPerson: { program: PERSON },
    tenantBudget: budget(),
    capitalRevenue: { program: CAPITAL_PROGRAM },
    minimumBlock: { program: MINIMUM_BLOCK_PROGRAM },
    phasing: { program: PHASING },
    coreAndAddOn: { program: CORE_PROGRAM },
    eligibility: {
      program: new Program([S.tenants, Hours.minimumEach, Hours.estimateNight, Hours.estimateTeamLeader], [Hours.eligibility]),
    },
    thirds: anyLength(
      [Hours.occupants, Hours.hoursEach],
      [Hours.estimateNight, Hours.estimateTeamLeader],
      [Hours.thirdsDay, Hours.thirdsWithNight, Hours.thirds],
    ),
    schedule: anyLength(
      [Hours.sessionHours, Hours.staffOnDuty],
      [Hours.handover, Hours.estimateNight, Hours.estimateTeamLeader, Hours.daysPerWeek],
      [Hours.scheduleDay, Hours.scheduleWeek, Hours.scheduleWithNight, Hours.schedule],
    ),
    netCost: Object.fromEntries(SUPPORT_FUNDING.map((f) => [f, { program: programFor(f).program }])),
    breakEven: { program: BREAK_EVEN_PROGRAM, options: { anyValue: new Set() } },
    costLines: costLines(),
    costLinesPay: { data: GIVEN_PAY.map((i) => PAY_KEYS[i]) },
    costLinesEntered: { data: costLinesEntered() },
    careCharge: careCharges(),
    careChargeEntered: { data: careChargeEntered() },
  };
}

const isSpec = (x: unknown): x is ProgramSpec => typeof x === "object" && x !== null && "program" in x;

/** The generated module's text. */
export function programsSource(): string {
  const parts: string[] = [];
  let n = 0;
  for (const [name, spec] of Object.entries(programSpecs())) {
    if ("data" in spec) {
      parts.push(`export const ${name} = ${JSON.stringify(spec.data)} as const;`);
    } else if (isSpec(spec)) {
      parts.push(emitProgram(name, spec.program, spec.options, spec.out));
    } else {
      const keys: string[] = [];
      for (const [key, s] of Object.entries(spec as Record<string, ProgramSpec>)) {
        const fn = `${name}${n++}`;
        parts.push(emitProgram(fn, s.program, s.options, s.out).replace(/^export /, ""));
        keys.push(`  ${JSON.stringify(key)}: ${fn},`);
      }
      parts.push(`export const ${name}: Readonly<Record<string, Program>> = {\n${keys.join("\n")}\n};`);
    }
  }
  const body = parts.join("\n\n");
  const cells = helpersUsed(body, EMIT_HELPERS.cells);
  const excel = helpersUsed(body, EMIT_HELPERS.excel);
  return [
    "/* Generated by `npm run generate` from the rows (src/functions/programs.ts): do not edit. */",
    ...(cells.length ? [`import { ${cells.join(", ")} } from "../calc/cells";`] : []),
    ...(excel.length ? [`import { ${excel.join(", ")} } from "../calc/excel";`] : []),
    `import { ${/\bCalcError\b/.test(body) ? "CalcError, " : ""}type Value } from "../calc/values";`,
    "",
    "export type Program = (c: readonly (readonly Value[])[]) => Value[];",
    "",
    body,
    "",
  ].join("\n");
}
