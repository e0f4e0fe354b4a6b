/** Option D: block contract for the whole service, choice made at entry (Section 2 Part A, 4.5). */
import { briefSection, howMuchCare } from "../model/citations";
import { blockContract } from "./blockContract";

export const OPTION = blockContract("D", [
  [
    "Option D sheet",
    `${briefSection("4.5")}; ${howMuchCare("3.1.4")}`,
    "As option C without opt-outs: the whole service is block-contracted and nothing is spot-purchased.",
  ],
]);
