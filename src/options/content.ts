/**
 * What each commissioning option is, with its advantages and disadvantages, in our own words from
 * the Housing LIN Technical Brief (2010, edited 2015), Section 2 Part A, 4.0–4.7 ("Models for
 * commissioning care and support in ECH"). The Assessment sheet and the task pane both show these.
 */
import { briefSection, howMuchCare } from "../model/citations";
import { optionSpan, type OptionId, type OverlayId } from "./ids";

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

/** What each option's sheet rests on, for the Sources and assumptions sheet: what, its source, and a note. */
export const OPTION_SOURCES: Readonly<Record<OptionId | OverlayId, readonly (readonly [string, string, string])[]>> = {
  A: [
    [
      "Option A sheet",
      `${briefSection("4.2")}; ${howMuchCare("2.1.2")}`,
      "Round-the-clock cover defaults to one person on site at all times. Break-even: hours sold up to the cover hours cost nothing extra, so break-even hours = (cover cost − fixed charges) ÷ spot price. The expected uptake (50%) is an example.",
    ],
  ],
  B: [
    [
      "Option B sheet",
      `${briefSection("4.3")}; ${howMuchCare('3.1, "Example calculation – Core and add-on"')}`,
      "The core of 175 hours pares the minimum block down to one carer on site at any one time: 112 ÷ 7 = 16 hours of day and 56 ÷ 7 = 8 of night cover, plus an hour's handover a day. 40 of the day hours are floating time, 72 planned care. Add-on = hours needed − core, never below 0.",
    ],
  ],
  C: [
    [
      "Option C sheet",
      `${briefSection("4.4")}; ${howMuchCare("3.1.4")}`,
      "Minimum block 310 = 196 day + 70 night + 7 handover + 37 team leader; target about 400 for a 40-unit scheme; phasing: minimum block, +50 a month later, the full block a month after. Opt-outs reduce the block, never below the minimum; their hours are costed at the spot price. Additional and reduced hours are netted off monthly at the block price, and extra hours are spot-purchased (Extra Care Housing, Joint Improvement Team, May 2009, Service Specification and Contract Arrangements).",
    ],
  ],
  D: [
    [
      "Option D sheet",
      `${briefSection("4.5")}; ${howMuchCare("3.1.4")}`,
      "As option C without opt-outs: the whole service is block-contracted and nothing is spot-purchased.",
    ],
  ],
  E: [
    [
      "Option E sheet",
      briefSection("4.6"),
      "A group of 10 tenants pooling all of their budgets is an example. A blank budget uses the Staffing sheet's average cost per tenant a week.",
    ],
  ],
  F: [
    [
      "Option F sheet",
      briefSection("4.7.1"),
      "The 12-month block period is an example; the brief sets none. During the period the option's core is block-contracted and the rest spot-purchased; from the month after, all hours are spot-purchased and the council pays its share.",
    ],
  ],
};

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
