/**
 * The one list of commissioning options. Everything else (the pane, the CLI, the templates, the
 * docs tables and the tests' arbitraries) reads it from here.
 */
import type { Row, Value } from "../calc";
import type { OptionParams } from "../model";
import * as A from "./A";
import * as B from "./B";
import * as C from "./C";
import * as D from "./D";
import * as E from "./E";
import * as F from "./F";
import type { BaseRows, Placement, Prior } from "./sheet";
import { OPTION_IDS, OVERLAY_IDS, type OptionId, type OverlayId } from "./ids";

export { OPTION_IDS, OVERLAY_IDS, type OptionId, type OverlayId };
import type { SheetLayout } from "../templates/layout";

export interface BaseOption {
  kind: "base";
  /** Pink parameters, keyed as in TemplateInputs.options[id]. */
  params: Readonly<Record<string, Row>>;
  layout(prior: readonly Prior[], at?: Placement): { layout: SheetLayout; rows: BaseRows };
}

export interface Overlay {
  kind: "overlay";
  params: Readonly<Record<string, Row>>;
  layout(prior: readonly Prior[], base: BaseRows): { layout: SheetLayout };
}

/** Options A–D: a way of contracting for the whole scheme; one is chosen. */
export const BASE_OPTIONS: Readonly<Record<OptionId, BaseOption>> = {
  A: { kind: "base", params: A.P, layout: A.layout },
  B: { kind: "base", params: B.P, layout: B.layout },
  C: { kind: "base", params: C.P, layout: C.layout },
  D: { kind: "base", params: D.P, layout: D.layout },
};

/** Options E and F: overlays that add a sheet to any of A–D. */
export const OVERLAYS: Readonly<Record<OverlayId, Overlay>> = {
  E: { kind: "overlay", params: E.P, layout: E.layout },
  F: { kind: "overlay", params: F.P, layout: F.layout },
};
export const ALL_OPTION_IDS: readonly (OptionId | OverlayId)[] = [...OPTION_IDS, ...OVERLAY_IDS];

/** The pink cells' values of an option's parameters, from TemplateInputs.options. */
export function paramValues(id: OptionId | OverlayId, values: OptionParams[keyof OptionParams]): [Row, readonly Value[]][] {
  const params: Readonly<Record<string, Row>> = id in BASE_OPTIONS ? BASE_OPTIONS[id as OptionId].params : OVERLAYS[id as OverlayId].params;
  return Object.entries(params).map(([key, row]): [Row, readonly Value[]] => {
    const v = (values as unknown as Record<string, number | null | readonly number[]>)[key];
    return [row, Array.isArray(v) ? (v as number[]) : [v as number | null]];
  });
}

export { spotPurchasing, BREAK_EVEN_TEXT } from "./A";
export { coreAndAddOnOption } from "./B";
export { pooledBudgets } from "./E";
export { pumpPriming } from "./F";
export type { BaseRows, Placement, Prior } from "./sheet";

/** Options C and D in the model. */
export function blockContractOption(id: "C" | "D", p: Parameters<typeof C.model>[0], s: Parameters<typeof C.model>[1]) {
  return id === "C" ? C.model(p, s) : D.model(p, s);
}
