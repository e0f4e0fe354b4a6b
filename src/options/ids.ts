/** The commissioning options' ids: A–D are ways of contracting (one is chosen), E and F overlays on any of them. */
export const OPTION_IDS = ["A", "B", "C", "D"] as const;
export const OVERLAY_IDS = ["E", "F"] as const;

export type OptionId = (typeof OPTION_IDS)[number];
export type OverlayId = (typeof OVERLAY_IDS)[number];

/**
 * What each overlay does, so callers ask the overlay rather than its letter: "pooling" (tenants pool
 * personal budgets; the council's cost does not change) or "pumpPriming" (a block, then spot-purchasing;
 * it changes the council's cost, the projection reads it). Kept here, with the ids, so the pane can
 * read it without loading the options' rows.
 */
export const OVERLAY_ROLES = { E: "pooling", F: "pumpPriming" } as const satisfies Record<OverlayId, OverlayRole>;
export type OverlayRole = "pooling" | "pumpPriming";

type WithRole<R extends OverlayRole> = { [K in OverlayId]: (typeof OVERLAY_ROLES)[K] extends R ? K : never }[OverlayId];
const withRole = <R extends OverlayRole>(role: R) => OVERLAY_IDS.find((id) => OVERLAY_ROLES[id] === role) as WithRole<R>;

/** The overlay that pools tenants' personal budgets. */
export const POOLING = withRole("pooling");
/** The overlay that pump-primes the chosen option: its sheet and the projection change the council's cost. */
export const PUMP_PRIMING = withRole("pumpPriming");

/** Whether these overlays include the pump-priming one. */
export const pumpPrimes = (overlays: readonly OverlayId[]): boolean => overlays.includes(PUMP_PRIMING);

/** "A–D", "A to D" or "A-D" (in file names): the ways of contracting, from the list. */
export function optionSpan(joiner: "–" | " to " | "-" = "–"): string {
  return `${OPTION_IDS[0]}${joiner}${OPTION_IDS[OPTION_IDS.length - 1]}`;
}
