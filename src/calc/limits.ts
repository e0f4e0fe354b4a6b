/** The largest amount the model accepts anywhere; beyond it results stop being pennies-exact. */
export const MAX_AMOUNT = 1e12;
