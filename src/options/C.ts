/** Option C: block contract for the whole service, with freedom of choice (Section 2 Part A, 4.4). */
import { blockContract } from "./blockContract";

export const { P, ROWS, layout, model, phasing, checkParams } = blockContract("C");
