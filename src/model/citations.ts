/** The publications the templates cite, by title, date and author, as users read them. */
export const JIT_2009 = "Extra Care Housing, Tony Homer for the Joint Improvement Team, May 2009";
export const JIT_MODEL = `${JIT_2009}: revenue cost model`;
export const BRIEF = "Housing LIN Technical Brief on care and support in extra care housing, 2010, edited 2015";
/** "Housing LIN Technical Brief …, Section 2 Part A 4.3". */
export const briefSection = (section: string) => `${BRIEF}, Section 2 Part A ${section}`;
/** The brief's "How much care?" part. */
export const howMuchCare = (section: string) => `${BRIEF}, How much care? ${section}`;

/** "Title, publisher, date, section": a source from the price base table, as users read it. */
export function sourceText(s: { title: string; publisher: string; date: string; section?: string }): string {
  return [s.title, s.publisher, s.date, ...(s.section ? [`section ${s.section}`] : [])].join(", ");
}
/** The brief's contracts part (Section 2 Part B). */
export const briefContracts = (section: string) => `${BRIEF}, Section 2 Part B ${section}`;
