/**
 * Option B's core and add-on (Section 2 Part A, 4.3; How much care? 3.1, "Example calculation – Core
 * and add-on"): a core block of night + day + handover hours, part of the day floating time, and
 * the hours tenants need beyond the core's contact hours bought as an add-on. The rows are written
 * once, here: option B's sheet builds them on its pink cells, and ECH.COREADDON runs the copy below.
 */
import { coreAndAddOnOver } from "./howMuchCareRun";
import { FMT, Program, calcRow, fx, inputRow, type ParamRule, type Row } from "../calc";
import { SEED_CORE } from "./howMuchCare";
import { technicalBrief } from "./sources";

export type CoreKey = "nightHours" | "dayHours" | "handoverHours" | "floatingHours";
const CORE_KEYS: readonly CoreKey[] = ["nightHours", "dayHours", "handoverHours", "floatingHours"];

export interface CoreAndAddOnRows {
  core: Row;
  planned: Row;
  coreContact: Row;
  coreNonContact: Row;
  addOn: Row;
}

/** The rows over the given inputs and the hours tenants need; `id` prefixes their ids ("B.core"). */
export function coreAndAddOnRows(id: string, p: { readonly [K in CoreKey]: Row }, needed: Row): CoreAndAddOnRows {
  const hours = { unit: "hours a week", format: FMT.hours };
  const core = calcRow(`${id}.core`, "Core block", fx`${p.nightHours}+${p.dayHours}+${p.handoverHours}`, {
    ...hours,
    note: "night + day + handover (the brief's example: 56 + 112 + 7 = 175)",
    name: "ECH_CoreHours",
    total: true,
  });
  const planned = calcRow(`${id}.planned`, "Planned care in the core", fx`${p.dayHours}-${p.floatingHours}`, {
    ...hours,
    note: "day hours − floating time (the brief's example: 72)",
  });
  const coreContact = calcRow(`${id}.coreContact`, "Contact hours in the core", fx`${p.nightHours}+${planned}`, {
    ...hours,
    note: "night + planned care (the brief's example: 56 + 72 = 128)",
  });
  const coreNonContact = calcRow(`${id}.coreNonContact`, "Non-contact hours in the core", fx`${p.floatingHours}+${p.handoverHours}`, {
    ...hours,
    note: "management and floating time + handover (the brief's example: 40 + 7 = 47)",
  });
  const addOn = calcRow(`${id}.addOn`, "Add-on", fx`MAX(0,${needed}-${coreContact})`, {
    ...hours,
    note: "hours needed − the core's contact hours, never below 0",
    name: "ECH_AddOnHours",
    total: true,
  });
  return { core, planned, coreContact, coreNonContact, addOn };
}

/** The core's hours: never below 0 (option B's parameters and ECH.COREADDON's arguments). */
export const CORE_RULES: { readonly [K in CoreKey]: ParamRule } = {
  nightHours: { kind: "number", min: 0 },
  dayHours: { kind: "number", min: 0 },
  handoverHours: { kind: "number", min: 0 },
  floatingHours: { kind: "number", min: 0 },
};

const SOURCE = technicalBrief('How much care? 3.1, "Example calculation – Core and add-on"');
const input = (key: CoreKey | "hoursNeeded", value: number) =>
  inputRow(`coreAndAddOn.${key}`, key, value, {
    source: SOURCE,
    rule: key === "hoursNeeded" ? { kind: "number", min: 0 } : CORE_RULES[key],
    prompt: key,
  });
/** Inputs of the copy ECH.COREADDON runs: never laid out on a sheet. */
export const CORE_INPUTS = {
  ...(Object.fromEntries(CORE_KEYS.map((k) => [k, input(k, SEED_CORE[k])])) as { readonly [K in CoreKey]: Row }),
  hoursNeeded: input("hoursNeeded", 0),
};
const ROWS = coreAndAddOnRows("coreAndAddOn", CORE_INPUTS, CORE_INPUTS.hoursNeeded);
export const CORE_PROGRAM = new Program(
  [CORE_INPUTS.nightHours, CORE_INPUTS.dayHours, CORE_INPUTS.handoverHours, CORE_INPUTS.floatingHours, CORE_INPUTS.hoursNeeded],
  [ROWS.core, ROWS.planned, ROWS.addOn],
);
/** Core, planned care and add-on hours a week, for inputs already checked by their rules (floating time within the day hours). */
export const coreAndAddOnHours = coreAndAddOnOver(CORE_PROGRAM.runner());
