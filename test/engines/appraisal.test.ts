/** The appraisal workbook (options A–D side by side) recalculated by LibreOffice Calc and Gnumeric gives HyperFormula's numbers, with no error cell. */
import { writeFileSync } from "fs";
import * as path from "path";
import { pennies } from "../../src/model";
import { buildAppraisal, PUBLISHED_TEMPLATE_INPUTS, placeTemplate } from "../../src/templates";
import { writeXlsx } from "../../src/writers/xlsx";
import { recalcGnumeric, recalcLibreOffice, tempDir, type Results } from "../support/engines";
import { rangeCells } from "../support/hyperformula";
import { expectSameNumbers } from "./compare";

jest.setTimeout(180_000);

describe("the appraisal workbook in LibreOffice Calc and Gnumeric", () => {
  const tmp = tempDir("ech-appraisal-");
  const placed = placeTemplate(buildAppraisal(PUBLISHED_TEMPLATE_INPUTS));
  const file = path.join(tmp.dir, "appraisal.xlsx");
  beforeAll(async () => writeFileSync(file, await writeXlsx(placed)));
  afterAll(() => tmp.cleanup());

  const costs = (results: Results) => {
    const n = placed.names.find((x) => x.name === "ECH_AppraisalCouncilCost")!;
    return rangeCells(n.range).map((ref) => pennies(results(n.sheet, ref) as number));
  };

  test("LibreOffice", () => {
    const [results] = recalcLibreOffice([file], tmp.dir, [placed]);
    expectSameNumbers(placed, results);
    expect(costs(results)).toEqual([555415.8, 588797.56, 586666.81, 586666.81]);
  });

  test("Gnumeric", () => {
    const results = recalcGnumeric(file, tmp.dir, placed);
    expectSameNumbers(placed, results);
    expect(costs(results)).toEqual([555415.8, 588797.56, 586666.81, 586666.81]);
  });
});
