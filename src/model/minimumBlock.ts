/**
 * The minimum block contract (How much care? 3.1.4): day cover + night cover + handover + the care
 * team leader, and phasing a block in from it (3.3.2). Their rows are written once, here: each block
 * option's sheet builds them on its own pink cells, and the option checks, ECH.MINBLOCK and
 * ECH.PHASEDBLOCK run the copies below.
 */
import { minimumBlockOver, phasedHoursOver, type MinimumBlockInputs } from "./howMuchCareRun";

export type { MinimumBlock, MinimumBlockInputs } from "./howMuchCareRun";
import { FMT, Program, calcRow, fold, fx, inputRow, type Expr, type ParamRule, type Row } from "../calc";
import { SEED_MINIMUM_BLOCK, SEED_PHASE_STEP } from "./howMuchCare";
import { technicalBrief } from "./sources";
import { DEFAULT_PAY } from "./defaults";
import type { MinimumCover, SchemeInputs } from "./types";

export type MinimumBlockKey = keyof MinimumBlockInputs;
/**
 * The minimum block's quantities the rest of the workbook shares: night cover a night, handover a
 * day and days a week are the Hours needed sheet's pink cells (its estimates add the same night and
 * handover), and the team leader's hours are the Inputs sheet's. A block option reads them there.
 */
export type SharedCoverKey = "nightHoursPerNight" | "handoverHoursPerDay" | "teamLeaderHours" | "daysPerWeek";
export type SharedCover = Pick<MinimumBlockInputs, SharedCoverKey>;
/** The block's own inputs: the staff on site by day and their hours. */
export type BlockStaffing = Omit<MinimumBlockInputs, SharedCoverKey>;

/** The minimum cover of the brief's worked example (How much care? 3.1.4): the Hours needed sheet's defaults. */
export const DEFAULT_MINIMUM_COVER: MinimumCover = {
  nightHoursPerNight: SEED_MINIMUM_BLOCK.nightHoursPerNight,
  handoverHoursPerDay: SEED_MINIMUM_BLOCK.handoverHoursPerDay,
  daysPerWeek: SEED_MINIMUM_BLOCK.daysPerWeek,
};

/** The shared quantities of a scheme's inputs: its minimum cover and the team leader's hours (the defaults where absent). */
export function sharedCover(inputs: Pick<SchemeInputs, "minimumCover" | "pay">): SharedCover {
  return { ...(inputs.minimumCover ?? DEFAULT_MINIMUM_COVER), teamLeaderHours: (inputs.pay ?? DEFAULT_PAY).teamLeaderHours };
}
const MINIMUM_BLOCK_KEYS: readonly MinimumBlockKey[] = [
  "dayStaff",
  "dayHoursPerDay",
  "nightHoursPerNight",
  "handoverHoursPerDay",
  "teamLeaderHours",
  "daysPerWeek",
];

export const MINIMUM_BLOCK_RULES: { readonly [K in MinimumBlockKey]: ParamRule } = {
  dayStaff: { kind: "whole", min: 0 },
  dayHoursPerDay: { kind: "number", min: 0, max: 24 },
  nightHoursPerNight: { kind: "number", min: 0, max: 24 },
  handoverHoursPerDay: { kind: "number", min: 0, max: 24 },
  teamLeaderHours: { kind: "number", min: 0 },
  daysPerWeek: { kind: "number", min: 0, max: 7 },
};

export interface MinimumBlockRows {
  day: Row;
  night: Row;
  handover: Row;
  total: Row;
  initial: Row;
}

/** The rows of a minimum block over the given inputs; `id` prefixes their ids ("C.day"). */
export function minimumBlockRows(id: string, p: { readonly [K in MinimumBlockKey]: Row }): MinimumBlockRows {
  const hours = { unit: "hours a week", format: FMT.hours };
  const day = calcRow(`${id}.day`, "Day cover", fx`${p.dayStaff}*${p.dayHoursPerDay}*${p.daysPerWeek}`, {
    ...hours,
    note: "staff × hours × days (the brief: 196)",
  });
  const night = calcRow(`${id}.night`, "Night cover", fx`${p.nightHoursPerNight}*${p.daysPerWeek}`, {
    ...hours,
    note: "hours × days (the brief: 70)",
  });
  const handover = calcRow(`${id}.handover`, "Handover", fx`${p.handoverHoursPerDay}*${p.daysPerWeek}`, {
    ...hours,
    note: "hours × days (the brief: 7)",
  });
  const total = calcRow(`${id}.minimum`, "Minimum block", fx`${day}+${night}+${handover}+${p.teamLeaderHours}`, {
    ...hours,
    note: "day + night + handover + team leader (the brief: 310)",
    name: "ECH_MinimumBlockHours",
    total: true,
  });
  const initial = calcRow(`${id}.initial`, "Phased in without the team leader", fx`${total}-${p.teamLeaderHours}`, {
    ...hours,
    note: "if the scheme fills slowly (the brief: 273)",
  });
  return { day, night, handover, total, initial };
}

/**
 * The minimum block as one formula over its inputs, for a check: the rows' cells wait for the
 * sheet's check, so a check cannot read them.
 */
export function minimumBlockFormula(m: MinimumBlockRows): Expr {
  return [m.day, m.night, m.handover].reduce((e, row) => fold(e, row, row.expr!), m.total.expr!);
}

const SOURCE = technicalBrief("How much care? 3.1.4");
/** Inputs of the copy the checks and ECH.MINBLOCK run: never laid out on a sheet. */
export const MINIMUM_BLOCK_INPUTS = Object.fromEntries(
  MINIMUM_BLOCK_KEYS.map((k) => [
    k,
    inputRow(`minimumBlock.${k}`, k, SEED_MINIMUM_BLOCK[k], { source: SOURCE, rule: MINIMUM_BLOCK_RULES[k], prompt: k }),
  ]),
) as { readonly [K in MinimumBlockKey]: Row };
const MINIMUM_BLOCK = minimumBlockRows("minimumBlock", MINIMUM_BLOCK_INPUTS);

export const MINIMUM_BLOCK_PROGRAM = new Program(
  MINIMUM_BLOCK_KEYS.map((k) => MINIMUM_BLOCK_INPUTS[k]),
  [MINIMUM_BLOCK.day, MINIMUM_BLOCK.night, MINIMUM_BLOCK.handover, MINIMUM_BLOCK.total, MINIMUM_BLOCK.initial],
);
/** The minimum block's rows for inputs already checked against MINIMUM_BLOCK_RULES. */
export const minimumBlockHours = minimumBlockOver(MINIMUM_BLOCK_PROGRAM.runner());

/** Phasing a block in: the minimum block in month 1, a step more in month 2 (at most the block), then the block. */
export function phasingRows(id: string, minimum: Row, block: Row, step: Row): readonly [Row, Row, Row] {
  const hours = { unit: "hours a week", format: FMT.hours };
  return [
    calcRow(`${id}.phase1`, "Month 1: minimum block", fx`${minimum}`, hours),
    calcRow(`${id}.phase2`, "Month 2: + phasing step", fx`MIN(${block},${minimum}+${step})`, {
      ...hours,
      note: "minimum + step, at most the full block",
    }),
    calcRow(`${id}.phase3`, "Month 3 on: full block", fx`${block}`, hours),
  ];
}

const HOURS: ParamRule = { kind: "number", min: 0 };
const phasingInput = (key: string, value: number) => inputRow(`phasing.${key}`, key, value, { source: SOURCE, rule: HOURS, prompt: key });
/** Inputs of the phasing ECH.PHASEDBLOCK runs: the block is the target, at least the minimum block. */
export const PHASING_INPUTS = {
  minimum: phasingInput("minimum", 310),
  target: phasingInput("target", 400),
  step: phasingInput("step", SEED_PHASE_STEP),
};
const PHASES = phasingRows("phasing", PHASING_INPUTS.minimum, PHASING_INPUTS.target, PHASING_INPUTS.step);
export const PHASING = new Program([PHASING_INPUTS.minimum, PHASING_INPUTS.target, PHASING_INPUTS.step], PHASES);
/** The block's hours a week in months 1, 2 and 3 on, for a target already checked to be at least the minimum. */
export const phasedHours = phasedHoursOver(PHASING.runner());
