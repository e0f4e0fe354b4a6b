/** The worked 2026-27 example of docs/price-base.md: the published 35-tenant scheme paid at the National Living Wage of April 2026. */
import { DEFAULT_SCHEME, type SchemeInputs } from "../../src/model";

/** The secondary threshold for 2026-27 is not verified, so the example enters it (£5,000, as the user would). */
export const WORKED_2026: SchemeInputs = {
  ...DEFAULT_SCHEME,
  priceBase: "2026-27",
  hourlyRates: { support: 12.71, care: 12.71 },
  enteredFigures: { "2026-27": { secondaryThreshold: 5000 } },
};

/** The same as template inputs (the JSON `ech-templates --inputs` reads). */
export const WORKED_2026_JSON = {
  priceBase: "2026-27",
  hourlyRates: { support: 12.71, care: 12.71 },
  enteredFigures: { "2026-27": { secondaryThreshold: 5000 } },
};
