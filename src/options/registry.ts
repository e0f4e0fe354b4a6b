/**
 * The one list of commissioning options. Everything else (the pane, the CLI, the templates, the
 * docs tables and the tests' arbitraries) reads it from here, and asks an option's entry for what
 * differs between options instead of testing its letter.
 */
import type { Row, Value } from "../calc";
import type { OptionParams, OptionResult, SchemeFigures, SharedCover } from "../model";
import type { ProjectionSource } from "../model/projection";
import * as A from "./A";
import * as B from "./B";
import * as C from "./C";
import * as D from "./D";
import * as E from "./E";
import * as F from "./F";
import type { BaseRows, Placement, Prior } from "./sheet";
import { OPTION_IDS, OVERLAY_IDS, OVERLAY_ROLES, type OptionId, type OverlayId, type OverlayRole } from "./ids";
import type { SheetLayout } from "../layout/layout";

export * from "./ids";

export interface BaseOption<K extends OptionId = OptionId> {
  kind: "base";
  /** Pink parameters, keyed as in TemplateInputs.options[id]. */
  params: Readonly<Record<string, Row>>;
  /** The option's rows as the model evaluates them (the same objects its sheet places). */
  rows: BaseRows;
  layout(prior: readonly Prior[], at?: Placement): { layout: SheetLayout; rows: BaseRows };
  /** The option in the model: what it buys and costs the council for one scheme. */
  model(params: OptionParams[K], s: SchemeFigures): OptionResult;
  /** Its parameters' rules and the rules across them (with the scheme's shared cover, the defaults when absent); InputError names the key. */
  checkParams(params: OptionParams[K], cover?: SharedCover): void;
  /** The first year month by month, for an option that phases its block in (the Projection reads it). */
  phasing?: ProjectionSource["phasing"];
}

export interface Overlay<K extends OverlayId = OverlayId> {
  kind: "overlay";
  role: OverlayRole;
  params: Readonly<Record<string, Row>>;
  layout(prior: readonly Prior[], base: BaseRows): { layout: SheetLayout };
  checkParams(params: OptionParams[K]): void;
}

/** Options A–D: a way of contracting for the whole scheme; one is chosen. */
export const BASE_OPTIONS: { readonly [K in OptionId]: BaseOption<K> } = {
  A: { kind: "base", params: A.P, rows: A.ROWS, layout: A.layout, model: A.spotPurchasing, checkParams: A.checkParams },
  B: { kind: "base", params: B.P, rows: B.ROWS, layout: B.layout, model: B.coreAndAddOnOption, checkParams: B.checkParams },
  C: { kind: "base", params: C.P, rows: C.ROWS, layout: C.layout, model: C.model, checkParams: C.checkParams, phasing: C.phasing },
  D: { kind: "base", params: D.P, rows: D.ROWS, layout: D.layout, model: D.model, checkParams: D.checkParams, phasing: D.phasing },
};

/** Options E and F: overlays that add a sheet to any of A–D. */
export const OVERLAYS: { readonly [K in OverlayId]: Overlay<K> } = {
  E: { kind: "overlay", role: OVERLAY_ROLES.E, params: E.P, layout: E.layout, checkParams: E.checkParams },
  F: { kind: "overlay", role: OVERLAY_ROLES.F, params: F.P, layout: F.layout, checkParams: F.checkParams },
};
export const ALL_OPTION_IDS: readonly (OptionId | OverlayId)[] = [...OPTION_IDS, ...OVERLAY_IDS];

const entry = (id: OptionId | OverlayId): BaseOption | Overlay =>
  id in BASE_OPTIONS ? BASE_OPTIONS[id as OptionId] : OVERLAYS[id as OverlayId];

/** The chosen option in the model, with its parameters from `params`. */
export function costOption(id: OptionId, params: OptionParams, s: SchemeFigures): OptionResult {
  return (BASE_OPTIONS[id] as BaseOption<typeof id>).model(params[id] as never, s);
}

/** Checks an option's or an overlay's parameters (its rules and the rules across them). */
export function checkOptionParams<K extends OptionId | OverlayId>(id: K, params: OptionParams[K], cover?: SharedCover): void {
  (entry(id).checkParams as (p: OptionParams[K], c?: SharedCover) => void)(params, cover);
}

/** The pink cells' values of an option's parameters, from TemplateInputs.options. */
export function paramValues(id: OptionId | OverlayId, values: OptionParams[keyof OptionParams]): [Row, readonly Value[]][] {
  return Object.entries(entry(id).params).map(([key, row]): [Row, readonly Value[]] => {
    const v = (values as unknown as Record<string, number | null | readonly number[]>)[key];
    return [row, Array.isArray(v) ? (v as number[]) : [v as number | null]];
  });
}

export { spotPurchasing, BREAK_EVEN_TEXT } from "./A";
export { coreAndAddOnOption } from "./B";
export { pooledBudgets } from "./E";
export { pumpPriming, pumpSource } from "./F";
export type { BaseRows, Placement, Prior } from "./sheet";

/** Options C and D in the model. */
export function blockContractOption(id: "C" | "D", p: Parameters<typeof C.model>[0], s: Parameters<typeof C.model>[1]) {
  return { C, D }[id].model(p, s);
}
