/**
 * Check cells are green when they say "OK" and red when they say what to fix, as LibreOffice and
 * Gnumeric print them: each engine prints a template (as generated, and with the number of tenants
 * set to 0 so a check fails) to PDF, and the colour behind each check's words is read off the page.
 */
import { execFileSync } from "child_process";
import { writeFileSync } from "fs";
import * as path from "path";
import { ruleMessage } from "../../src/calc/rows";
import { parseCell } from "../../src/layout/a1";
import { tenants } from "../../src/model/scheme";
import { type PlacedTemplate } from "../../src/templates";
import { CONDITIONAL } from "../../src/templates/styles";
import { writeXlsx } from "../../src/writers/xlsx";
import { tempDir } from "../support/engines";
import { background, pageImage, printToPdf, wordBoxes, type WordBox } from "../support/pdf";
import { placedTemplate } from "../support/templates";

jest.setTimeout(300_000);

const [OK_RULE, PROBLEM_RULE] = CONDITIONAL.check!;

/**
 * The template with one input changed as a user would type it: without the stored results, which
 * no longer hold, so each engine works every formula out on opening.
 */
function withInput(placed: PlacedTemplate, rowId: string, value: number): PlacedTemplate {
  const at = placed.rows![rowId];
  return {
    ...placed,
    sheets: placed.sheets.map((s) => ({
      ...s,
      cells: s.cells.map(({ cached: _stale, ...c }) => (s.id === at.sheet && c.ref === at.range ? { ...c, value } : c)),
    })),
  };
}

/** Pages already rendered, by PDF and page: each test reads some of the same pages. */
const rendered = new Map<string, ReturnType<typeof pageImage>>();
const words = new Map<string, WordBox[]>();

/** The printed words that `keep` picks, each with the colour behind it; only their pages are rendered. */
function coloured(pdf: string, keep: (text: string) => boolean): (WordBox & { colour: string })[] {
  if (!words.has(pdf)) words.set(pdf, wordBoxes(pdf));
  return words
    .get(pdf)!
    .filter((w) => keep(w.text))
    .map((w) => {
      const key = `${pdf}#${w.page}`;
      if (!rendered.has(key)) rendered.set(key, pageImage(pdf, w.page));
      return { ...w, colour: background(rendered.get(key)!, w) };
    });
}

const isOK = (text: string) => text === "OK";

/** Check cells saying `text` inside their sheet's print area (the workings' grids do not print). */
const checksSaying = (placed: PlacedTemplate, text: string) =>
  placed.sheets
    .flatMap((s) => {
      const bottom = parseCell(s.print.area!.split(":")[1]);
      return s.cells.filter((c) => {
        const at = parseCell(c.ref);
        return at.row <= bottom.row && at.col <= bottom.col;
      });
    })
    .filter((c) => c.style === "check" && c.cached === text).length;

describe("LibreOffice and Gnumeric print check cells green when OK and red otherwise", () => {
  const tmp = tempDir("ech-checks-");
  const placed = placedTemplate({ option: "A", overlays: ["E"] });
  const broken = withInput(placed, "tenants", 0);
  const pdfs: Record<"LibreOffice" | "Gnumeric", { asMade: string; broken: string }> = {} as never;
  beforeAll(async () => {
    const files = await Promise.all(
      [placed, broken].map(async (p, i) => {
        const file = path.join(tmp.dir, `${i === 0 ? "as-made" : "broken"}.xlsx`);
        writeFileSync(file, await writeXlsx(p));
        return file;
      }),
    );
    const [lo1, lo2] = printToPdf(files, tmp.dir);
    const gnumeric = files.map((f) => {
      const pdf = f.replace(/\.xlsx$/, "-gnumeric.pdf");
      execFileSync("ssconvert", ["--recalc", f, pdf], { stdio: "pipe", timeout: 120_000 });
      return pdf;
    });
    pdfs.LibreOffice = { asMade: lo1, broken: lo2 };
    pdfs.Gnumeric = { asMade: gnumeric[0], broken: gnumeric[1] };
  });
  afterAll(() => tmp.cleanup());

  test.each(["LibreOffice", "Gnumeric"] as const)("%s: every check that says OK is green, none red", (engine) => {
    const ok = coloured(pdfs[engine].asMade, isOK);
    const green = ok.filter((w) => w.colour === OK_RULE.fill);
    // "OK" also appears in notes, on white; never on red.
    expect(ok.filter((w) => w.colour === PROBLEM_RULE.fill)).toEqual([]);
    // At least every check cell (a check in a sheet's repeated title rows prints on each page).
    expect(green.length).toBeGreaterThanOrEqual(checksSaying(placed, "OK"));
    expect(green.length).toBeGreaterThan(5);
  });

  test.each(["LibreOffice", "Gnumeric"] as const)("%s: a check that says what to fix is red", (engine) => {
    // The tenants check says what to enter.
    const message = ruleMessage(tenants).split(" ");
    const words = coloured(pdfs[engine].broken, (text) => isOK(text) || message.includes(text));
    const red = words.filter((w) => w.colour === PROBLEM_RULE.fill).map((w) => w.text);
    expect(red).toEqual(expect.arrayContaining(message));
    // Those checks are no longer green.
    const green = words.filter((w) => w.text === "OK" && w.colour === OK_RULE.fill);
    const greenAsMade = coloured(pdfs[engine].asMade, isOK).filter((w) => w.colour === OK_RULE.fill);
    expect(green.length).toBeLessThan(greenAsMade.length);
  });
});
