/* What an option costs the council: the break-even price, hours and share of high-needs tenants for
   a budget, and the net cost after tenants' contributions. */
import { DEFAULT_NIGHT_SUPPORT_SHARE, DEFAULT_SUPPORT_FUNDING, SUPPORT_FUNDING } from "../model/defaults";
import { breakEvenHighShare, breakEvenHours, breakEvenPrice, councilNetCost } from "./compiled";
import { type Filled, type Range, bands, choice, num, optionalNum } from "./args";
import { excel } from "./excelError";

/**
 * The hourly price, block and spot alike, at which the council's cost a year meets a budget: budget ÷ ((block hours + spot hours × council's share) × 52).
 * @customfunction BREAKEVENPRICE
 * @param budget What the council can spend a year on the hours, in £ (0 or more).
 * @param blockHours Hours a week block-contracted (0 or more), e.g. an option sheet's ECH_BlockHours.
 * @param spotHours Hours a week spot-purchased (0 or more), e.g. an option sheet's ECH_SpotHours.
 * @param [councilShare] Share of the spot-purchased hours the council pays for, 0% to 100%; 100% if omitted.
 * @returns {number} £ an hour.
 */
export function breakevenprice(
  budget: Filled | Range | null,
  blockHours: Filled | Range | null,
  spotHours: Filled | Range | null,
  councilShare?: Filled | Range | null,
) {
  return excel(() =>
    breakEvenPrice(num("budget", budget), num("blockHours", blockHours), num("spotHours", spotHours), num("councilShare", councilShare, 1)),
  );
}

/**
 * The council's net cost a year of an option (spills 1×2): the tenants' contributions and the council's cost less them (and less the service charge when housing support is funded through it). Self-funders pay their share of the option's cost of care, by their care hours; the others their average contribution, never more than that share.
 * @customfunction NETCOST
 * @param councilAnnualCost The option's cost to the council a year, in £ (0 or more), e.g. an option sheet's ECH_CouncilAnnualCost.
 * @param tenants Number of tenants in the scheme (a whole number, e.g. 35).
 * @param bandShares Share of tenants in the Low, Medium and High needs bands: 3 cells adding up to 100%.
 * @param bandHours Daytime care and support hours per week per tenant in each band: 3 cells (e.g. 7, 18, 28).
 * @param supportShares Share of each band's hours that is housing support, the rest being care: 3 cells (e.g. 80%, 60%, 40%).
 * @param selfFunderShares Share of each band's tenants who pay for all their care: 3 cells from 0% to 100%.
 * @param averageContributions Average weekly contribution to their care of each band's other tenants, in £: 3 cells (0 or more).
 * @param [nightHours] Night cover hours a week for the whole scheme (0 or more; 0 if omitted), e.g. 126.
 * @param [nightSupportShare] Share of the night hours that is housing support (0% to 100%; 50% if omitted).
 * @param [supportFunding] How the housing-support share of the hours is funded, as the Inputs sheet's ECH_SupportFunding: "As care, from the care budget", "From care and housing support budgets" (if omitted), "As a grant" or "Through the service charge".
 * @returns {number[][]} Tenants' contributions and the council's net cost, in £ a year.
 */
export function netcost(
  councilAnnualCost: Filled | Range | null,
  tenants: Filled | Range | null,
  bandShares: Array<Array<Filled | null>>,
  bandHours: Array<Array<Filled | null>>,
  supportShares: Array<Array<Filled | null>>,
  selfFunderShares: Array<Array<Filled | null>>,
  averageContributions: Array<Array<Filled | null>>,
  nightHours?: Filled | Range | null,
  nightSupportShare?: Filled | Range | null,
  supportFunding?: Filled | Range | null,
) {
  return excel(() => {
    const r = councilNetCost({
      councilAnnualCost: num("councilAnnualCost", councilAnnualCost),
      tenants: num("tenants", tenants),
      bandShares: bands("bandShares", bandShares),
      bandHours: bands("bandHours", bandHours),
      supportShares: bands("supportShares", supportShares),
      selfFunderShares: bands("selfFunderShares", selfFunderShares),
      averageContributions: bands("averageContributions", averageContributions),
      nightHours: optionalNum("nightHours", nightHours) ?? 0,
      nightSupportShare: optionalNum("nightSupportShare", nightSupportShare) ?? DEFAULT_NIGHT_SUPPORT_SHARE,
      supportFunding: choice("supportFunding", supportFunding, SUPPORT_FUNDING, DEFAULT_SUPPORT_FUNDING),
    });
    return [[r.contributions, r.netCost]];
  });
}

/**
 * Hours a week a budget carries at the option's prices: hours bought × budget ÷ the council's cost a year (block and other hours in today's mix).
 * @customfunction BREAKEVENHOURS
 * @param budget What the council can spend a year on the hours, in £ (0 or more).
 * @param councilAnnualCost The council's cost a year of the hours bought now, in £ (0 or more), e.g. an option sheet's ECH_CouncilAnnualCost.
 * @param blockHours Hours a week block-contracted now (0 or more), e.g. an option sheet's ECH_BlockHours.
 * @param spotHours Hours a week bought outside the block now (0 or more), e.g. an option sheet's ECH_SpotHours.
 * @returns {number} Hours a week.
 */
export function breakevenhours(
  budget: Filled | Range | null,
  councilAnnualCost: Filled | Range | null,
  blockHours: Filled | Range | null,
  spotHours: Filled | Range | null,
) {
  return excel(() =>
    breakEvenHours(
      num("budget", budget),
      num("councilAnnualCost", councilAnnualCost),
      num("blockHours", blockHours),
      num("spotHours", spotHours),
    ),
  );
}

/**
 * The share of high-needs tenants a budget carries at the option's prices, the Medium band taking up the difference; an error says why when no share from 0% to the Medium and High shares together meets it.
 * @customfunction BREAKEVENHIGHSHARE
 * @param budget What the council can spend a year on the hours, in £ (0 or more).
 * @param councilAnnualCost The council's cost a year of the hours bought now, in £ (0 or more), e.g. an option sheet's ECH_CouncilAnnualCost.
 * @param blockHours Hours a week block-contracted now (0 or more), e.g. an option sheet's ECH_BlockHours.
 * @param spotHours Hours a week bought outside the block now (0 or more), e.g. an option sheet's ECH_SpotHours.
 * @param tenants Number of tenants in the scheme (a whole number, e.g. 35).
 * @param bandShares Share of tenants in the Low, Medium and High needs bands now: 3 cells adding up to 100%.
 * @param bandHours Daytime care and support hours per week per tenant in each band: 3 cells (e.g. 7, 18, 28).
 * @returns {number} Share of tenants with high needs.
 */
export function breakevenhighshare(
  budget: Filled | Range | null,
  councilAnnualCost: Filled | Range | null,
  blockHours: Filled | Range | null,
  spotHours: Filled | Range | null,
  tenants: Filled | Range | null,
  bandShares: Array<Array<Filled | null>>,
  bandHours: Array<Array<Filled | null>>,
) {
  return excel(() =>
    breakEvenHighShare(
      num("budget", budget),
      num("councilAnnualCost", councilAnnualCost),
      num("blockHours", blockHours),
      num("spotHours", spotHours),
      num("tenants", tenants),
      bands("bandShares", bandShares),
      bands("bandHours", bandHours),
    ),
  );
}
