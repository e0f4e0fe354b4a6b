/**
 * The templates (ENGINE_CHOICES) printed by LibreOffice: no two words on a page overlap (text that does not fit
 * its cell must wrap into a taller row, not run over its neighbours), every page carries the
 * header and footer, and the largest template (option C with overlays E and F) prints readably on
 * A4: every word at 8 pt or more, no page without figures, at most 4,000 non-empty cells (the
 * target), and no more than 20 pages (the target). A word's size is read from its box: pdftotext's
 * box is the font's whole height, which a calibration cell of known size measures first (Liberation
 * Sans: 1.30 × the point size). One LibreOffice run prints them all: starting it takes longer than
 * printing a workbook.
 */
import { execFileSync } from "child_process";
import { writeFileSync } from "fs";
import * as path from "path";
import { ENGINE_CHOICES } from "../support/choices";
import { tempDir } from "../support/engines";
import { describePair, overlappingWords, pdfFonts, pdfPages, printToPdf, wordBoxes, type WordBox } from "../support/pdf";
import { writeTemplates, type Written } from "../engines/compare";
import { FONT_NAME } from "../../src/templates/styles";
import { buildAppraisal, placeTemplate } from "../../src/templates";
import { writeXlsx } from "../../src/writers/xlsx";
import { hasFormula } from "../../src/layout/r1c1";

const ExcelJS = require("exceljs/dist/exceljs.min.js");

jest.setTimeout(300_000);

/** Box height over point size, as measured on the calibration cell below. */
const BOX_PER_POINT = 1.3;
const CALIBRATION = { text: "Calibration", size: 10 };
const READABLE = 8;
/** The targets for the largest template: its pages and its cells. */
const MOST_PAGES = 20;
const MOST_CELLS = 4000;
const LARGEST = ENGINE_CHOICES.findIndex((c) => c.option === "C" && c.overlays.join() === "E,F");

const points = (w: WordBox) => (w.yMax - w.yMin) / BOX_PER_POINT;

const tmp = tempDir("ech-print-");
let written: Written[];
let pdfs: string[];
let appraisalPdf: string;
let calibrationPdf: string;
let printedFrom: Date;
let printedTo: Date;
beforeAll(async () => {
  written = await writeTemplates(tmp.dir);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Calibration", { pageSetup: { paperSize: 9, scale: 100 } });
  ws.getCell("A1").value = CALIBRATION.text;
  ws.getCell("A1").font = { name: FONT_NAME, size: CALIBRATION.size };
  const calFile = path.join(tmp.dir, "calibration.xlsx");
  writeFileSync(calFile, Buffer.from(await wb.xlsx.writeBuffer()));
  const appraisalFile = path.join(tmp.dir, "appraisal.xlsx");
  writeFileSync(appraisalFile, await writeXlsx(placeTemplate(buildAppraisal())));
  printedFrom = new Date();
  const printed = printToPdf([...written.map((w) => w.file), appraisalFile, calFile], tmp.dir);
  printedTo = new Date();
  pdfs = printed.slice(0, written.length);
  [appraisalPdf, calibrationPdf] = printed.slice(written.length);
});
afterAll(() => {
  if (!process.env.ECH_KEEP_PRINT) tmp.cleanup();
  else console.log(`PDFs kept in ${tmp.dir}`);
});

describe("LibreOffice prints the templates (all sixteen in test:deep) with no word over another", () => {
  // The workbooks name Arial; Liberation Sans has its metrics, so every machine breaks lines alike.
  // DejaVu Sans, also on the install list, prints the few characters Liberation Sans lacks.
  test("printed in Liberation Sans, as on every machine the project installs", () => {
    const fonts = pdfFonts(pdfs[0]);
    expect(fonts.some((f) => f.startsWith("LiberationSans"))).toBe(true);
    expect(fonts.filter((f) => !f.startsWith("LiberationSans") && !f.startsWith("DejaVuSans"))).toEqual([]);
  });

  test.each(ENGINE_CHOICES.map((c, i) => ({ ...c, i })))("option $option with $overlays", ({ i }) => {
    const pairs = overlappingWords(wordBoxes(pdfs[i]));
    if (process.env.ECH_PRINT_COUNTS) console.log(`${written[i].placed.id}: ${pairs.length} overlapping pairs`);
    expect(pairs.map(describePair)).toEqual([]);
  });

  test.each(ENGINE_CHOICES.map((c, i) => ({ ...c, i })))("option $option with $overlays: every page has the header and footer", ({ i }) => {
    const pages = pdfPages(pdfs[i]);
    expect(pages.length).toBeGreaterThanOrEqual(written[i].placed.sheets.length);
    pages.forEach((text, p) => {
      expect(text).toContain(`Page ${p + 1} of ${pages.length}`);
      expect(text).toContain("Indicative costs: check the inputs");
      expect(text).toContain(`option ${written[i].placed.id}`);
    });
  });
});

test("the appraisal of options A to D prints with no word over another", () => {
  expect(overlappingWords(wordBoxes(appraisalPdf)).map(describePair)).toEqual([]);
});

describe("LibreOffice prints the largest template readably", () => {
  test("the largest is option C with E and F", () => {
    expect(written[LARGEST].placed.id).toBe("C+E+F");
  });

  test("a word's box is 1.30 times its point size (a 10 pt cell at 100%)", () => {
    const w = wordBoxes(calibrationPdf).find((x) => x.text === CALIBRATION.text)!;
    expect((w.yMax - w.yMin) / CALIBRATION.size).toBeCloseTo(BOX_PER_POINT, 1);
  });

  test(`every word on every page at ${READABLE} pt or more`, () => {
    const words = wordBoxes(pdfs[LARGEST]);
    const small = words.filter((w) => points(w) < READABLE - 0.05);
    const byPage = new Map<number, number>();
    for (const w of small) byPage.set(w.page, Math.min(byPage.get(w.page) ?? Infinity, points(w)));
    expect([...byPage].map(([page, size]) => `page ${page}: ${size.toFixed(1)} pt`)).toEqual([]);
    expect(words.length).toBeGreaterThan(1000);
  });

  test(`prints in ${MOST_PAGES} pages or fewer`, () => {
    expect(pdfPages(pdfs[LARGEST]).length).toBeLessThanOrEqual(MOST_PAGES);
  });

  test(`holds ${MOST_CELLS.toLocaleString("en-GB")} non-empty cells or fewer over all its sheets`, () => {
    // A formula copied from the cell to its left counts as a cell too.
    const shows = (c: { value?: unknown; formula?: string; copiedFrom?: string }) =>
      hasFormula(c) || (c.value !== undefined && c.value !== null && c.value !== "");
    const cells = written[LARGEST].placed.sheets.reduce((n, s) => n + s.cells.filter(shows).length, 0);
    expect(cells).toBeLessThanOrEqual(MOST_CELLS);
    expect(cells).toBeGreaterThan(1000);
  });

  test("the header's date is day first, as a British LibreOffice or Excel prints it", () => {
    const text = execFileSync("pdftotext", ["-l", "1", "-layout", pdfs[LARGEST], "-"], { encoding: "utf8" });
    const dayFirst = (d: Date) => d.toLocaleDateString("en-GB", { day: "2-digit", month: "2-digit", year: "numeric" });
    // Printed between these two moments (a run may cross midnight).
    expect([printedFrom, printedTo].map(dayFirst)).toContain(text.split("\n")[0].match(/\d\d\/\d\d\/\d{4}/)?.[0]);
  });

  test("no page without figures: every page has more than its header and footer", () => {
    pdfPages(pdfs[LARGEST]).forEach((text, p) => {
      const body = text
        .split("\n")
        .filter((line) => !line.includes("Indicative costs: check the inputs") && !line.includes(`option ${written[LARGEST].placed.id}`));
      expect({ page: p + 1, figures: /\d/.test(body.join(" ")) }).toEqual({ page: p + 1, figures: true });
    });
  });
});
