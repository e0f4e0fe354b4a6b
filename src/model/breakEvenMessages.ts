/** What the Projection sheet's break-even rows say when no figure meets the budget (the ECH.BREAKEVEN* functions read them too). */
export const NO_PAID_HOURS = "The council pays for no hours, so no price meets the budget.";
export const NO_COST = "The council pays nothing for the hours at the option's prices, so no number of hours meets the budget.";
export const SAME_HOURS =
  "A high-needs tenant needs no more daytime hours than a medium-needs one, so the share of high-needs tenants does not move the cost.";
export const SHARE_BELOW = "Even with no high-needs tenants the cost is above the budget: no share of 0% or more meets it.";
export const SHARE_ABOVE =
  "Even with every medium-needs tenant at high needs the cost is below the budget: the share would pass its limit (the Medium and High shares together).";
