/** The commissioning options' ids: A–D are ways of contracting (one is chosen), E and F overlays on any of them. */
export const OPTION_IDS = ["A", "B", "C", "D"] as const;
export const OVERLAY_IDS = ["E", "F"] as const;

export type OptionId = (typeof OPTION_IDS)[number];
export type OverlayId = (typeof OVERLAY_IDS)[number];
