/** The pane's saved scenarios as kept in its settings: small, so the first screen loads without the model. */
import { SCENARIO_COUNT, SCENARIO_NAME_MAX } from "../decisions/scenarioCount";

/** The form fields a scenario keeps. */
export const SCENARIO_FIELDS = ["tenants", "shareLow", "shareMedium", "shareHigh", "rateSupport", "rateCare"] as const;
export type ScenarioFields = Record<(typeof SCENARIO_FIELDS)[number], string>;

export interface PaneScenario {
  name: string;
  fields: ScenarioFields;
}

/** The Scenarios sheet's name cells take this many characters. */
export const NAME_MAX = SCENARIO_NAME_MAX;

/** Saved scenarios as stored, keeping only well-formed ones (at most SCENARIO_COUNT). */
export function restoreScenarios(saved: unknown): PaneScenario[] {
  if (!Array.isArray(saved)) return [];
  return saved
    .filter(
      (s): s is PaneScenario =>
        !!s &&
        typeof (s as PaneScenario).name === "string" &&
        SCENARIO_FIELDS.every((f) => typeof (s as PaneScenario).fields?.[f] === "string"),
    )
    .map((s) => ({ name: s.name.slice(0, NAME_MAX), fields: s.fields }))
    .slice(0, SCENARIO_COUNT);
}
