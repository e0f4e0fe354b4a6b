import { deep } from "./runs";
import type { OptionId, OverlayId } from "../../src/templates";

/** Every template: A–D, each alone, with E, with F and with both. */
export const CHOICES: { option: OptionId; overlays: OverlayId[] }[] = (["A", "B", "C", "D"] as OptionId[]).flatMap((option) =>
  ([[], ["E"], ["F"], ["E", "F"]] as OverlayId[][]).map((overlays) => ({ option, overlays })),
);

/**
 * The templates LibreOffice and Gnumeric open and print (each run of theirs takes seconds): every
 * option bare and with both overlays, whose sheets include each overlay's own; test:deep opens all
 * sixteen, each overlay on its own too.
 */
export const ENGINE_CHOICES = CHOICES.filter((c) => deep || c.overlays.length !== 1);
