/** Option C: block contract for the whole service, with freedom of choice (Section 2 Part A, 4.4). */
import { briefSection, howMuchCare } from "../model/citations";
import { blockContract } from "./blockContract";

export const OPTION = blockContract("C", [
  [
    "Option C sheet",
    `${briefSection("4.4")}; ${howMuchCare("3.1.4")}`,
    "Minimum block 310 = 196 day + 70 night + 7 handover + 37 team leader; target about 400 for a 40-unit scheme; phasing: minimum block, +50 a month later, the full block a month after. Opt-outs reduce the block, never below the minimum; their hours are costed at the spot price. Additional and reduced hours are netted off monthly at the block price, and extra hours are spot-purchased (Extra Care Housing, Joint Improvement Team, May 2009, Service Specification and Contract Arrangements).",
  ],
]);
