import { printExpr, type Addresser, type Row } from "../../../src/calc";
import { scenarioInputs } from "../../../src/decisions/scenarios";
import { headlineRows } from "../../../src/decisions/sensitivity";
import { projectionSource } from "../../../src/decisions/source";
import { inputCheck } from "../../../src/model/inputCheck";
import { projectionRows } from "../../../src/model/projection";
import { OPTION_IDS } from "../../../src/options/ids";
import { scenariosLayout } from "../../../src/templates/sheets/scenarios";

/** Each row as its id and formula, references written as row ids: two layouts compare as text. */
const byId: Addresser = { cell: (row, i) => `${row.id}[${i}]`, range: (row, from, to) => `${row.id}[${from}:${to}]` };
const shape = (r: Row) => `${r.id} = ${r.expr ? printExpr(r.expr, byId, 0) : "(input)"}`;

describe("the Scenarios sheet: scenarios 2 to 5 made from scenario 1", () => {
  // The sheet's shape depends on the option and pump priming only, never on the inputs' values:
  // these are all the shapes there are.
  for (const option of OPTION_IDS)
    for (const pumpPriming of [false, true])
      test(`give what making and folding each gives: option ${option}${pumpPriming ? " with F" : ""}`, () => {
        const src = projectionSource(option, pumpPriming);
        const results = headlineRows(src, projectionRows(src));
        const [mirrored, each] = [true, false].map((mirror) =>
          scenariosLayout(scenarioInputs({ option, pumpPriming }), results, [inputCheck], mirror),
        );
        const workings = (s: typeof each) => s.workings.cases.map((c) => c.rows.map(shape));
        expect(workings(mirrored)).toEqual(workings(each));
        expect(mirrored.layout.calcRows().map(shape)).toEqual(each.layout.calcRows().map(shape));
        expect([...mirrored.repoint.to.values()].map(shape)).toEqual([...each.repoint.to.values()].map(shape));
        // Scenario 5's column is there, with rows of its own.
        expect(workings(each)[5].length).toBeGreaterThan(5);
      });
});
