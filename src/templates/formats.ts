/** The templates' number formats: defined with the calculation rows that choose them (src/calc/formats.ts). */
export { FMT } from "../calc/formats";
