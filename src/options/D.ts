/** Option D: block contract for the whole service, choice made at entry (Section 2 Part A, 4.5). */
import { blockContract } from "./blockContract";

export const { P, ROWS, layout, model, phasing } = blockContract("D");
