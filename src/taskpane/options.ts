/** The options the pane offers, in order, with the templates' own descriptions (one source). */
import { OPTION_CONTENT, OPTION_IDS, OVERLAY_IDS, type OptionContent, type OptionId, type OverlayId } from "../options/ids";

export const OPTIONS: readonly OptionId[] = OPTION_IDS;
export const OVERLAYS: readonly OverlayId[] = OVERLAY_IDS;

export function optionContent(id: OptionId | OverlayId): OptionContent {
  return OPTION_CONTENT[id];
}

/** The publication an option comes from, by title, date and section, as the pane cites it. */
export const OPTIONS_PUBLICATION = "Housing Learning and Improvement Network, Technical Brief (2010, edited 2015)";

/** Where the scheme's costs come from (the revenue cost model). */
export const COSTS_PUBLICATION = "“Extra Care Housing” (Tony Homer, Joint Improvement Team, May 2009), revenue cost model";

/** "Source: Housing Learning and Improvement Network, Technical Brief (2010, edited 2015), section 4.2." */
export function optionSource(id: OptionId | OverlayId): string {
  return `Source: ${OPTIONS_PUBLICATION}, section ${OPTION_CONTENT[id].section}.`;
}
