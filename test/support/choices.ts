import type { OptionId, OverlayId } from "../../src/templates";

/** Every template: A–D, each alone, with E, with F and with both. */
export const CHOICES: { option: OptionId; overlays: OverlayId[] }[] = (["A", "B", "C", "D"] as OptionId[]).flatMap((option) =>
  ([[], ["E"], ["F"], ["E", "F"]] as OverlayId[][]).map((overlays) => ({ option, overlays })),
);
