/** Scenarios a workbook holds beside the base (a module of its own: the pane's first screen reads it without the model). */
export const SCENARIO_COUNT = 5;

/** A scenario's name fits its column on the Scenarios sheet. */
export const SCENARIO_NAME_MAX = 20;
