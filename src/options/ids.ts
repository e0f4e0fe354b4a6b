/**
 * The commissioning options' ids, A–D ways of contracting (one is chosen), E and F overlays on any of
 * them, and what each is, with its advantages and disadvantages, in our own words from the Housing LIN
 * Technical Brief (2010, edited 2015), Section 2 Part A, 4.0–4.7 ("Models for commissioning care and
 * support in ECH"). The pane's first screen reads this file without loading the options' rows.
 */

export const OPTION_IDS = ["A", "B", "C", "D"] as const;
export const OVERLAY_IDS = ["E", "F"] as const;

export type OptionId = (typeof OPTION_IDS)[number];
export type OverlayId = (typeof OVERLAY_IDS)[number];

/**
 * What each overlay does, so callers ask the overlay rather than its letter: "pooling" (tenants pool
 * personal budgets; the council's cost does not change) or "pumpPriming" (a block, then spot-purchasing;
 * it changes the council's cost, the projection reads it). Kept here, with the ids, so the pane can
 * read it without loading the options' rows.
 */
export const OVERLAY_ROLES = { E: "pooling", F: "pumpPriming" } as const satisfies Record<OverlayId, OverlayRole>;
export type OverlayRole = "pooling" | "pumpPriming";

type WithRole<R extends OverlayRole> = { [K in OverlayId]: (typeof OVERLAY_ROLES)[K] extends R ? K : never }[OverlayId];
const withRole = <R extends OverlayRole>(role: R) => OVERLAY_IDS.find((id) => OVERLAY_ROLES[id] === role) as WithRole<R>;

/** The overlay that pools tenants' personal budgets. */
export const POOLING = withRole("pooling");
/** The overlay that pump-primes the chosen option: its sheet and the projection change the council's cost. */
export const PUMP_PRIMING = withRole("pumpPriming");

/** Whether these overlays include the pump-priming one. */
export const pumpPrimes = (overlays: readonly OverlayId[]): boolean => overlays.includes(PUMP_PRIMING);

/** "A–D", "A to D" or "A-D" (in file names): the ways of contracting, from the list. */
export function optionSpan(joiner: "–" | " to " | "-" = "–"): string {
  return `${OPTION_IDS[0]}${joiner}${OPTION_IDS[OPTION_IDS.length - 1]}`;
}

export interface OptionContent {
  id: OptionId | OverlayId;
  title: string;
  /** One plain-English line. */
  summary: string;
  /** What the council block-contracts and what is bought spot or with personal budgets. */
  contracting: string;
  /** Section of the brief's Section 2 Part A. */
  section: string;
  /** When the option is likely to work, where the brief says. */
  conditions?: string;
  advantages: readonly string[];
  disadvantages: readonly string[];
}

export const OPTION_CONTENT: Readonly<Record<OptionId | OverlayId, OptionContent>> = {
  A: {
    id: "A",
    title: "Spot-purchasing",
    summary: "The provider carries the risk of round-the-clock cover and relies on tenants buying enough care on site.",
    contracting: "Nothing is block-contracted; all care is bought spot, by the council, personal budgets or private payers.",
    section: "4.2",
    conditions:
      "More likely to work in a very large scheme, with economies of scale and a fixed charge for some of the cover, such as its support element (4.2.1); unlikely to work if simply imposed by the council: provider and council both need confidence in the demand (4.2.2).",
    advantages: [
      "Tenants can spend their personal budgets wherever they like and round-the-clock cover still exists.",
      "The council ties up the least money in block contracts.",
      "If the provider makes a compulsory charge for the cover, option A is a variation on option B, and B's advantages apply too (4.2.3).",
    ],
    disadvantages: [
      "The provider may struggle to staff a flexible, responsive service on uncertain income.",
      "Many providers, especially of smaller schemes, cannot carry the risk (pump-priming, option F, can help).",
      "If the provider makes a compulsory charge for the cover, B's disadvantages apply too (4.2.3).",
    ],
  },
  B: {
    id: "B",
    title: "Core and add-on",
    summary: "The council buys a core of round-the-clock cover; tenants buy planned care on top, on site or elsewhere.",
    contracting:
      "The core (night, day and handover hours) is block-contracted; the add-on is spot-purchased or bought with personal budgets.",
    section: "4.3",
    advantages: [
      "Keeps block contracts small while keeping what makes extra care extra care: cover day and night.",
      "Gives the on-site provider a reason to offer good quality at a competitive price.",
      "Tenants choose freely for their own care without having to opt out of anything.",
      "If the on-site service is good, tenants are likely to choose it anyway.",
      "Spending personal budgets on activities on or off site only adds to the scheme's community life.",
    ],
    disadvantages: [
      "In small schemes a core that is all floating time may be poor value; using part of it for planned care helps.",
      "With several providers on site there may be less co-ordination and fewer economies of scale.",
      "Many off-site providers coming in can weaken building security and raise duty-of-care questions for the landlord.",
      "A minimal core may not suit people with dementia, who need flexible rather than planned care.",
      "Staff are harder to recruit and keep when demand is unpredictable and terms are less attractive.",
      "There is a small risk of registration as a care home unless contracts and charges are set up carefully.",
      "Providers fear off-site competitors undercutting them without offering the on-site service's added value.",
    ],
  },
  C: {
    id: "C",
    title: "Block contract with freedom of choice",
    summary: "The council block-contracts the whole on-site service, but tenants may spend their personal budgets elsewhere.",
    contracting:
      "The whole service (about 400 hours for 40 units) is block-contracted; tenants who opt out buy care elsewhere and the block is reduced.",
    section: "4.4",
    advantages: [
      "Probably gets the most out of extra care while tenants keep choice and control.",
      "A round-the-clock service, and usually wider support and activities, is there on site to choose.",
      "Encourages openness about what the on-site service offers and costs, which empowers tenants.",
      "The on-site service must stay good, flexible and personal to keep its tenants.",
      "Keeps a real care team: continuity, stability and responsiveness that a skeleton service loses.",
      "Partners have a reason to plan together before the scheme opens.",
      "Accommodation and care stay under separate contracts.",
    ],
    disadvantages: [
      "Letting tenants pick parts of the service can fragment it; clear rules on what can be opted out of are needed.",
      "The council may pay twice unless the block is reduced when tenants opt out.",
      "An over-generous block can breed dependency and waste money.",
      "It may not meet the aim of keeping block contracts to a minimum.",
    ],
  },
  D: {
    id: "D",
    title: "Block contract, choice made at entry",
    summary: "The council block-contracts the whole service and tenants choose it by choosing to move in.",
    contracting: "The whole service is block-contracted and tenants are expected to use it; nothing is spot-purchased.",
    section: "4.5",
    advantages: [
      "Choice is made up front, so the service is stable and funded.",
      "Shares option C's advantages apart from the first.",
      "More cohesive: the parts of the service need not be itemised and costed, avoiding disputes over boundaries.",
      "Few providers on site means good communication, co-ordination, flexibility and economies of scale.",
      "Tenants still get personal service within what is on site and spend their own money as they wish.",
    ],
    disadvantages: [
      "It can look like care and accommodation provided together, and so be registrable as residential care.",
      "Personal budgets are not portable, which runs against Putting People First.",
      "Cohesion can come at the cost of clarity about what the service covers.",
      "Arguably unnecessary: a good on-site service would be chosen anyway.",
      "Tenants can feel stuck with a poor provider, and frail tenants find it hard to organise to change it.",
      "Option C's last three disadvantages apply too.",
    ],
  },
  E: {
    id: "E",
    title: "Co-production or social enterprise",
    summary: "Tenants join together to shape, buy or run their care, for example by pooling personal budgets.",
    contracting: `A tenant group pools part of its personal budgets to buy care or activities together; it can sit on top of any of ${optionSpan(" to ")}.`,
    section: "4.6",
    advantages: [
      "The tenant group shapes its services, their cost and who provides them.",
      "Raises participation, choice and possibly control, exercised democratically by the group.",
      "Suits tenants with the energy and motivation to take part.",
      "Works well alongside a core service, for example for arranging activities.",
    ],
    disadvantages: [
      "Many tenants may be too frail to take an active part in decisions like these.",
      "A group cannot design the core service from scratch unless it is known well before the scheme opens.",
    ],
  },
  F: {
    id: "F",
    title: "Pump-priming",
    summary: "The council block-contracts the service for a set period, then it converts to spot-purchasing.",
    contracting: "The core or whole service is block-contracted for a set number of months; after that everything is spot-purchased.",
    section: "4.7",
    advantages: [
      "The core service is there from opening day, so the scheme can attract people with a wide range of needs.",
      "The provider gets certainty to invest at the start and a reason to stay good and competitive afterwards.",
      "Can lead on to other approaches, such as co-production or spot-purchasing.",
    ],
    disadvantages: ["The council may have to step in if the service falters, to protect tenants rather than the provider."],
  },
};
