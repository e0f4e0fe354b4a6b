/** The options the pane offers, in order, with the templates' own descriptions (one source). */
import { OPTION_CONTENT, type OptionContent } from "../templates/content";
import type { OptionId, OverlayId } from "../templates/types";

export const OPTIONS: readonly OptionId[] = ["A", "B", "C", "D"];
export const OVERLAYS: readonly OverlayId[] = ["E", "F"];

export function optionContent(id: OptionId | OverlayId): OptionContent {
  return OPTION_CONTENT[id];
}
