/**
 * The one list of commissioning options. Everything else (the pane, the CLI, the templates, the
 * docs tables and the tests' arbitraries) reads it from here, and asks an option's entry for what
 * differs between options instead of testing its letter.
 */
import type { OptionResult, SchemeFigures, SharedCover } from "../model";
import type { InputSource } from "../model/sources";
import * as OptionA from "./A";
import * as OptionB from "./B";
import * as OptionC from "./C";
import * as OptionD from "./D";
import * as OptionE from "./E";
import * as OptionF from "./F";
import type { BaseOption, Overlay, SheetSource } from "./sheet";
import { OPTION_IDS, OVERLAY_IDS, type OptionId, type OverlayId } from "./ids";

export * from "./ids";
export type { BaseOption, Overlay } from "./sheet";

/** Options A–D: a way of contracting for the whole scheme; one is chosen. */
export const BASE_OPTIONS = { A: OptionA.OPTION, B: OptionB.OPTION, C: OptionC.OPTION, D: OptionD.OPTION } satisfies {
  readonly [K in OptionId]: BaseOption;
};

/** Options E and F: overlays that add a sheet to any of A–D. */
export const OVERLAYS = { E: OptionE.OPTION, F: OptionF.OPTION } satisfies { readonly [K in OverlayId]: Overlay };

type Entries = typeof BASE_OPTIONS & typeof OVERLAYS;

/** Every option's parameters, keyed by its id (TemplateInputs.options). */
export type OptionParams = { [K in keyof Entries]: Entries[K]["spec"]["defaults"] };

const ENTRIES: Entries = { ...BASE_OPTIONS, ...OVERLAYS };

const byId = <T>(of: (entry: BaseOption | Overlay) => T) =>
  Object.fromEntries(Object.entries(ENTRIES).map(([id, entry]) => [id, of(entry)]));

/** Each option's defaults: the brief's numbers where it gives them, otherwise examples (listed on the Sources sheet). */
export const DEFAULT_OPTION_PARAMS = byId((entry) => entry.spec.defaults) as OptionParams;

/** Where each option parameter's default comes from (the assumption register). */
export const OPTION_PARAM_SOURCES = byId((entry) => entry.spec.sources) as {
  readonly [K in keyof OptionParams]: { readonly [P in keyof OptionParams[K]]: InputSource };
};

/** What each option's sheet rests on, for the Sources and assumptions sheet. */
export const OPTION_SOURCES = byId((entry) => entry.sheetSources) as Readonly<Record<OptionId | OverlayId, readonly SheetSource[]>>;

export const ALL_OPTION_IDS: readonly (OptionId | OverlayId)[] = [...OPTION_IDS, ...OVERLAY_IDS];

/** An option's or an overlay's entry. */
export const entryOf = (id: OptionId | OverlayId): BaseOption | Overlay => ENTRIES[id];

/** The chosen option in the model, with its parameters from `params`. */
export function costOption(id: OptionId, params: OptionParams, s: SchemeFigures): OptionResult {
  return (BASE_OPTIONS[id] as BaseOption).model(params[id], s);
}

/** Checks an option's or an overlay's parameters (its rules and the rules across them). */
export function checkOptionParams<K extends OptionId | OverlayId>(id: K, params: OptionParams[K], cover?: SharedCover): void {
  (entryOf(id) as BaseOption).checkParams(params, cover);
}

export { spotPurchasing, BREAK_EVEN_TEXT, type SpotParams } from "./A";
export type { CoreParams } from "./B";
export type { BlockParams } from "./blockContract";
export type { PoolParams } from "./E";
export type { PumpParams } from "./F";
export { coreAndAddOnOption } from "./B";
export { pooledBudgets } from "./E";
export { pumpPriming, pumpSource } from "./F";
export type { BaseRows, Placement, Prior } from "./sheet";

/** Options C and D in the model. */
export function blockContractOption(id: "C" | "D", params: OptionParams["C"], s: SchemeFigures) {
  return BASE_OPTIONS[id].model(params, s);
}
