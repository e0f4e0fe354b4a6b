/**
 * Text every option sheet and the appraisal share, in our own words from the Housing LIN Technical
 * Brief (2010, edited 2015), Section 2 Part A, 4.3 and 4.7.2. Each option's own text is with its id
 * in ids.ts.
 */
import { briefSection } from "../model/citations";

/** Seed 000, 4.7.2: questions for shaping and assessing an approach. */
export const ASSESSMENT_QUESTIONS: readonly string[] = [
  "Does the approach keep the key benefits of extra care: more than sheltered or general needs housing, and an alternative to residential care?",
  "Does it make the most of individual choice, control and personalised care, including access to a personal budget?",
  "Does it give tenants real involvement in, co-production of and control over the on-site services?",
  "Can services still be delivered seamlessly, integrated or co-ordinated?",
  "How far does it allow a cohesive, responsive and flexible service?",
  "Is it fairly simple, transparent and easy to understand?",
  "Does it keep down the risk of being seen as accommodation and care provided together, and so registrable as a care home?",
  "Are the charging arrangements lawful, fair and clear?",
  "Does it risk not being exempt from local reference rents?",
];

/** Beside the option sheets' "Who pays": the ways of funding the round-the-clock core and the brief's risks of each. */
export const WHO_PAYS_NOTES: readonly string[] = [
  `How the core of round-the-clock cover is funded is the council's choice (${briefSection("4.3.2")}), made on the Inputs sheet for the housing-support share of the hours: as care, from the care budget, so tenants can be charged for it; from the care and housing-related support budgets; as a grant, with no charge to tenants; or through the service charge.`,
  "As care: care and accommodation stay contractually separate, but if the landlord provides no support or supervision there is a small risk that Housing Benefit does not cover the full rent and service charges (4.3.3).",
  "As a grant: a safe approach, but the council has no way to collect charges from tenants (4.3.4).",
  "As a condition of occupancy, paid through the service charge: if the cover includes personal care in an emergency, not only general support, the scheme may risk registration as a care home (4.3.5).",
];
