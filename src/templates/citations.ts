/** The publications the templates cite, by title, date and author, as users read them. */
export const JIT_2009 = "Extra Care Housing, Tony Homer for the Joint Improvement Team, May 2009";
export const JIT_MODEL = `${JIT_2009}: revenue cost model`;
export const BRIEF = "Housing LIN Technical Brief on care and support in extra care housing, 2010, edited 2015";
/** "Housing LIN Technical Brief …, Section 2 Part A 4.3". */
export const briefSection = (section: string) => `${BRIEF}, Section 2 Part A ${section}`;
/** The brief's "How much care?" part. */
export const howMuchCare = (section: string) => `${BRIEF}, How much care? ${section}`;
