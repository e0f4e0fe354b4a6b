/** The generated .xlsx files recalculated by Gnumeric (ssconvert --recalc) give the same numbers. */
import { recalcGnumeric, tempDir } from "../support/engines";
import { ENGINE_CHOICES } from "../support/choices";
import { expectSameAsHyperFormula, expectWorked2026, writeTemplates, writeWorked2026, type Written } from "./compare";

jest.setTimeout(120_000);

describe("Gnumeric recalculates the templates (all sixteen in test:deep) to the same numbers, with no error cell", () => {
  const tmp = tempDir("ech-gnumeric-");
  let written: Written[];
  beforeAll(async () => {
    written = await writeTemplates(tmp.dir);
  });
  afterAll(() => tmp.cleanup());

  test.each(ENGINE_CHOICES.map((c, i) => ({ ...c, i })))("option $option with $overlays", ({ i }) => {
    expectSameAsHyperFormula(written[i].placed, recalcGnumeric(written[i].file, tmp.dir, written[i].placed));
  });
});

describe("Gnumeric recalculates the worked 2026-27 example (docs/price-base.md) to the penny", () => {
  const tmp = tempDir("ech-gnumeric-2026-");
  afterAll(() => tmp.cleanup());
  test("option A at 2026-27 prices", async () => {
    const w = await writeWorked2026(tmp.dir);
    expectWorked2026(w.placed, recalcGnumeric(w.file, tmp.dir, w.placed));
  });
});
