/** The generated .xlsx files recalculated by Gnumeric (ssconvert --recalc) give the same numbers. */
import { recalcGnumeric, tempDir } from "../support/engines";
import { CHOICES } from "../support/choices";
import { expectSameAsHyperFormula, writeTemplates, type Written } from "./compare";

jest.setTimeout(120_000);

describe("Gnumeric recalculates every template to the same numbers, with no error cell", () => {
  const tmp = tempDir("ech-gnumeric-");
  let written: Written[];
  beforeAll(async () => {
    written = await writeTemplates(tmp.dir);
  });
  afterAll(() => tmp.cleanup());

  test.each(CHOICES.map((c, i) => ({ ...c, i })))("option $option with $overlays", ({ i }) => {
    expectSameAsHyperFormula(written[i].placed, recalcGnumeric(written[i].file, tmp.dir, written[i].placed));
  });
});
