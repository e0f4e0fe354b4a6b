/**
 * Every template printed by LibreOffice: no two words on a page overlap (text that does not fit
 * its cell must wrap into a taller row, not run over its neighbours), and every page carries the
 * header and footer.
 */
import { CHOICES } from "../support/choices";
import { tempDir } from "../support/engines";
import { describePair, overlappingWords, pdfFonts, pdfPages, printToPdf, wordBoxes } from "../support/pdf";
import { writeTemplates, type Written } from "../engines/compare";

jest.setTimeout(300_000);

describe("LibreOffice prints every template with no word over another", () => {
  const tmp = tempDir("ech-print-");
  let written: Written[];
  let pdfs: string[];
  beforeAll(async () => {
    written = await writeTemplates(tmp.dir);
    pdfs = printToPdf(
      written.map((w) => w.file),
      tmp.dir,
    );
  });
  afterAll(() => {
    if (!process.env.ECH_KEEP_PRINT) tmp.cleanup();
    else console.log(`PDFs kept in ${tmp.dir}`);
  });

  // The workbooks name Arial; Liberation Sans has its metrics, so every machine breaks lines alike.
  // DejaVu Sans, also on the install list, prints the few characters Liberation Sans lacks.
  test("printed in Liberation Sans, as on every machine the project installs", () => {
    const fonts = pdfFonts(pdfs[0]);
    expect(fonts.some((f) => f.startsWith("LiberationSans"))).toBe(true);
    expect(fonts.filter((f) => !f.startsWith("LiberationSans") && !f.startsWith("DejaVuSans"))).toEqual([]);
  });

  test.each(CHOICES.map((c, i) => ({ ...c, i })))("option $option with $overlays", ({ i }) => {
    const pairs = overlappingWords(wordBoxes(pdfs[i]));
    if (process.env.ECH_PRINT_COUNTS) console.log(`${written[i].placed.id}: ${pairs.length} overlapping pairs`);
    expect(pairs.map(describePair)).toEqual([]);
  });

  test.each(CHOICES.map((c, i) => ({ ...c, i })))("option $option with $overlays: every page has the header and footer", ({ i }) => {
    const pages = pdfPages(pdfs[i]);
    expect(pages.length).toBeGreaterThanOrEqual(written[i].placed.sheets.length);
    pages.forEach((text, p) => {
      expect(text).toContain(`Page ${p + 1} of ${pages.length}`);
      expect(text).toContain("Indicative costs: check the inputs");
      expect(text).toContain(`option ${written[i].placed.id}`);
    });
  });
});
