/** The worked 2026-27 example of docs/price-base.md: the published 35-tenant scheme paid at the National Living Wage of April 2026. */
import { PUBLISHED_SCHEME, type SchemeInputs } from "../../src/model";

export const WORKED_2026: SchemeInputs = {
  ...PUBLISHED_SCHEME,
  priceBase: "2026-27",
  hourlyRates: { support: 12.71, care: 12.71 },
};

/** The same as template inputs (the JSON `ech-templates --inputs` reads). */
export const WORKED_2026_JSON = {
  priceBase: "2026-27",
  hourlyRates: { support: 12.71, care: 12.71 },
  managerSalary: 26000,
};

/**
 * The worked English budget of docs/price-base.md on that workbook: a tenant with capital £20,000
 * and 10 hours of care at £30.00. The 2026-27 figures not verified are entered as a user would;
 * £250.00 is an illustrative Minimum Income Guarantee, not the published one.
 */
export const ENGLISH_2026_JSON = {
  ...WORKED_2026_JSON,
  englishTenant: {
    rent: 120,
    serviceCharge: 40,
    councilTax: 25,
    livingCosts: 150,
    housingBenefit: 160,
    councilTaxReduction: 25,
    capital: 20000,
    careRate: 30,
  },
  enteredTenantFigures: {
    "2026-27": {
      minimumIncomeGuaranteePensionAge: 250,
      lowerCapitalLimit: 14250,
      upperCapitalLimit: 23250,
      tariffIncomePer250: 1,
    },
  },
};
