/**
 * The programs the ECH functions run, written out as code when the add-in is built (`npm run
 * generate` writes programs.generated.ts; a test fails when it is stale). Each is compiled from the
 * rows the model and the workbooks use, so the arithmetic stays defined once, in the rows; the
 * functions' bundle carries the code and the few figures listed here, not the rows.
 *
 * Build time only: nothing the functions load imports this file.
 */
import { Program, resized, type Row } from "../calc";
import { emitProgram, generatedModule, type EmitOptions } from "../calc/emit";
import { CAPITAL_PROGRAM } from "../model/capital";
import { budgetProgram } from "../model/budget";
import { CORE_INPUTS, CORE_PROGRAM } from "../model/coreAndAddOn";
import { MINIMUM_BLOCK_INPUTS, MINIMUM_BLOCK_PROGRAM, PHASING, PHASING_INPUTS } from "../model/minimumBlock";
import { COST, HOURS, PERSON, STAFF, TENANTS, UNIT } from "../model/revenue";
import { NET_INPUTS, NET_OUT, supportFunding } from "../model/contributions";
import { DEFAULT_PAY, NIGHT_COVER } from "../model/defaults";
import { chargeProgramFor } from "../model/englishBudget";
import { TENANT_ENTER_CELLS, TENANT_FIGURES } from "../model/englishBudgetRows";
import { PRICE_BASES } from "../model/priceBase";
import { STATUTORY_BASES } from "../model/priceRows";
import { PAY_KEYS, PAY_RULES, TO_ENTER, linesFor, linesProgram } from "../model/today";
import * as Hours from "../model/hoursNeeded";
import * as Scheme from "../model/scheme";
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
    options: { free: new Set([rows.expenditure, rows.income]) },
    sized: ([e, i]) => budget(e, i),
    lengthOf: new Map([
      [rows.expenditure, 0],
      [rows.income, 1],
    ]),
  };
}

/** Night cover is fixed in each program (its IFs choose the rows a night costs); the other pay inputs are given. */
const NIGHT_COVER_AT = PAY_KEYS.indexOf("nightCover");

/** The cost lines at each current price base, for each choice of night cover. */
function costLines(): Record<string, ProgramSpec> {
  const out: Record<string, ProgramSpec> = {};
  for (const base of STATUTORY_BASES)
    for (const nightCover of NIGHT_COVER) {
      const { program } = linesProgram(base, { ...DEFAULT_PAY, nightCover }, [NIGHT_COVER_AT]);
      // A pension rate may be blank (the automatic enrolment minimum), a sleep-in amount too under
      // waking nights; the Employment Allowance is a word.
      const numberOrBlank = new Set(Scheme.PAY_INPUTS.filter((r) => r.input?.rule.blank || r === Scheme.sleepInAmount));
      const text = new Set(Scheme.PAY_INPUTS.filter((r) => r.input?.rule.kind === "list"));
      out[`${base.id}|${nightCover}`] = { program, options: { numberOrBlank, text } };
    }
  return out;
}

/** The figures of each base the cost lines are given after the pay inputs (those the user enters). */
function costLinesEntered(): Record<string, readonly string[]> {
  return Object.fromEntries(STATUTORY_BASES.map((base) => [base.id, linesFor(base, DEFAULT_PAY).enter]));
}

/** A person's contribution to their care at each current price base: the base and its table fixed. */
function careCharges(): Record<string, ProgramSpec> {
  return Object.fromEntries(
    STATUTORY_BASES.map((base) => {
      const program = chargeProgramFor(base);
      const own = new Set(TENANT_ENTER_CELLS.filter((c) => c.base === base.id).map((c) => c.row));
      return [base.id, { program, options: { numberOrBlank: own } }];
    }),
  );
}

/** The price bases, with what the functions need of each. */
function priceBases() {
  return PRICE_BASES.map((b) => ({
    id: b.id,
    cell: b.cell,
    statutory: b.method === "statutory",
    nationalLivingWage: b.method === "statutory" ? (b.rules.nationalLivingWage?.value ?? null) : null,
  }));
}

/** The tenant table's figures, which of them each current base leaves to enter, and its published ones. */
function tenantTable() {
  return {
    figures: TENANT_FIGURES.map((f) => ({ key: f.key, argument: f.argument, what: f.what })),
    open: Object.fromEntries(
      STATUTORY_BASES.map((b) => [b.id, TENANT_FIGURES.map((f) => TENANT_ENTER_CELLS.some((c) => c.base === b.id && c.figure === f))]),
    ),
    published: Object.fromEntries(
      STATUTORY_BASES.map((b) => [b.id, Object.fromEntries(Object.entries(b.rules.tenant).flatMap(([k, f]) => (f ? [[k, f.value]] : [])))]),
    ),
  };
}

/** The rule and default of each input a "How much care?" function's argument stands for, by the row's id. */
function inputRules(rows: readonly Row[]) {
  return Object.fromEntries(rows.map((r) => [r.id, { rule: r.input!.rule, value: r.values![0] }]));
}

/** Every program and figure, by the name the generated module exports it under. */
export function programSpecs(): Record<string, ProgramSpec | Record<string, ProgramSpec> | { data: unknown }> {
  return {
    tenantsPerBand: { program: TENANTS },
    careHours: { program: HOURS },
    careCost: { program: COST },
    staffCosts: { program: STAFF },
    unitCost: { program: UNIT },
    costPerPerson: { program: PERSON },
    tenantBudget: budget(),
    capitalRevenue: { program: CAPITAL_PROGRAM },
    minimumBlock: { program: MINIMUM_BLOCK_PROGRAM },
    phasing: { program: PHASING },
    coreAndAddOn: { program: CORE_PROGRAM },
    eligibility: {
      program: new Program([Scheme.tenants, Hours.minimumEach, Hours.estimateNight, Hours.estimateTeamLeader], [Hours.eligibility]),
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
    netCost: { program: new Program([...NET_INPUTS, supportFunding], NET_OUT), options: { text: new Set([supportFunding]) } },
    breakEven: { program: BREAK_EVEN_PROGRAM, options: { anyValue: new Set() } },
    costLines: costLines(),
    costLinesPay: { data: PAY_KEYS.filter((_, i) => i !== NIGHT_COVER_AT) },
    costLinesEntered: { data: costLinesEntered() },
    payRules: { data: PAY_RULES },
    costLinesToEnter: {
      data: Object.fromEntries(STATUTORY_BASES.map((b) => [b.id, (TO_ENTER.get(b.id) ?? []).map((f) => ({ key: f.key, what: f.what }))])),
    },
    careCharge: careCharges(),
    tenantTable: { data: tenantTable() },
    priceBases: { data: priceBases() },
    inputRules: {
      data: inputRules([
        ...Object.values(MINIMUM_BLOCK_INPUTS),
        ...Object.values(PHASING_INPUTS),
        ...Object.values(CORE_INPUTS),
        Hours.occupants,
        Hours.hoursEach,
        Hours.nightWeekArgument,
        Hours.sessionHours,
        Hours.staffOnDuty,
        Hours.handover,
        Hours.daysPerWeek,
        Hours.minimumEach,
        Scheme.teamLeaderHours,
        Scheme.tenants,
      ]),
    },
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
  return generatedModule("src/functions/programs.ts", parts.join("\n\n"), [
    "export type Program = (c: readonly (readonly Value[])[]) => Value[];",
  ]);
}
