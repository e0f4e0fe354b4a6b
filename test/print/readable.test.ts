/**
 * The largest template (option C with overlays E and F, default inputs) as LibreOffice prints it
 * on A4: every word at 8 pt or more, and no page without figures (its 53 pages, against a target of 20, are reported, not tested). A word's size is read from
 * its box: pdftotext's box is the font's whole height, which a calibration cell of known size
 * measures first (Liberation Sans: 1.30 × the point size).
 */
import { writeFileSync } from "fs";
import * as path from "path";
import { tempDir } from "../support/engines";
import { pdfPages, printToPdf, wordBoxes, type WordBox } from "../support/pdf";
import { writeTemplates, type Written } from "../engines/compare";
import { FONT_NAME } from "../../src/templates/styles";

const ExcelJS = require("exceljs/dist/exceljs.min.js");

jest.setTimeout(300_000);

/** Box height over point size, as measured on the calibration cell below. */
const BOX_PER_POINT = 1.3;
const CALIBRATION = { text: "Calibration", size: 10 };
const READABLE = 8;

const points = (w: WordBox) => (w.yMax - w.yMin) / BOX_PER_POINT;

describe("LibreOffice prints the largest template readably", () => {
  const tmp = tempDir("ech-readable-");
  let written: Written;
  let words: WordBox[];
  let pages: string[];
  let calibration: WordBox[];
  beforeAll(async () => {
    [written] = await writeTemplates(tmp.dir, [{ option: "C", overlays: ["E", "F"] }]);
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Calibration", { pageSetup: { paperSize: 9, scale: 100 } });
    ws.getCell("A1").value = CALIBRATION.text;
    ws.getCell("A1").font = { name: FONT_NAME, size: CALIBRATION.size };
    const calFile = path.join(tmp.dir, "calibration.xlsx");
    writeFileSync(calFile, Buffer.from(await wb.xlsx.writeBuffer()));
    const [pdf, calPdf] = printToPdf([written.file, calFile], tmp.dir);
    words = wordBoxes(pdf);
    pages = pdfPages(pdf);
    calibration = wordBoxes(calPdf);
  });
  afterAll(() => tmp.cleanup());

  test("a word's box is 1.30 times its point size (a 10 pt cell at 100%)", () => {
    const w = calibration.find((x) => x.text === CALIBRATION.text)!;
    expect((w.yMax - w.yMin) / CALIBRATION.size).toBeCloseTo(BOX_PER_POINT, 1);
  });

  test(`every word on every page at ${READABLE} pt or more`, () => {
    const small = words.filter((w) => points(w) < READABLE - 0.05);
    const byPage = new Map<number, number>();
    for (const w of small) byPage.set(w.page, Math.min(byPage.get(w.page) ?? Infinity, points(w)));
    expect([...byPage].map(([page, size]) => `page ${page}: ${size.toFixed(1)} pt`)).toEqual([]);
    expect(words.length).toBeGreaterThan(1000);
  });

  test("no page without figures: every page has more than its header and footer", () => {
    pages.forEach((text, p) => {
      const body = text
        .split("\n")
        .filter((line) => !line.includes("Indicative costs: check the inputs") && !line.includes(`option ${written.placed.id}`));
      expect({ page: p + 1, figures: /\d/.test(body.join(" ")) }).toEqual({ page: p + 1, figures: true });
    });
  });
});
