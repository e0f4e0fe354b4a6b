import { deep } from "./runs";
import type { OptionId, OverlayId } from "../../src/templates";

/** Every template: A–D, each alone, with E, with F and with both. */
export const CHOICES: { option: OptionId; overlays: OverlayId[] }[] = (["A", "B", "C", "D"] as OptionId[]).flatMap((option) =>
  ([[], ["E"], ["F"], ["E", "F"]] as OverlayId[][]).map((overlays) => ({ option, overlays })),
);

/**
 * The templates LibreOffice and Gnumeric open and print (each run of theirs takes seconds): every
 * option bare and with both overlays, and each overlay on its own with two of the options, in turn;
 * test:deep opens all sixteen.
 */
export const ENGINE_CHOICES = CHOICES.filter(
  (c) => deep || c.overlays.length !== 1 || (c.overlays[0] === "E") === ["A", "C"].includes(c.option),
);
