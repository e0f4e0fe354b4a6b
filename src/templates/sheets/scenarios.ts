/**
 * The Scenarios sheet: the base (the pink cells of the other sheets) and up to five named
 * scenarios, each a pink column holding only the inputs that differ. ECH_ActiveScenario picks the
 * one the whole workbook uses: each key input gets a "value in use" row here, and every formula
 * that reads the input reads that row instead (renderLayouts' re-pointing). The pink inputs
 * elsewhere stay the base. A live table gives each scenario's headline results, from copies of
 * the rows its inputs reach (as the Sensitivity sheet does per move). Portable IFs only.
 */
import {
  calcRow,
  cone,
  dependencies,
  rowCopier,
  firstProblem,
  fx,
  inputRow,
  ruleCheck,
  substitute,
  text,
  type Expr,
  type Row,
  type Value,
} from "../../calc";
import { SCENARIO_COUNT, SCENARIO_NAME_MAX, type Scenario, type ScenarioInput } from "../../decisions/scenarios";
import { HEADLINES } from "../../decisions/sensitivity";
import { inputCheck, titleRow } from "../../model/inputCheck";
import { fold, inlineRows, settled } from "../../calc/inline";
import type { WorkingsPart } from "./workings";
import { SheetLayout, type Slot } from "../../layout/layout";
import type { Repoint } from "../../layout/render";
import { InputError } from "../../model/errors";
import * as Scheme from "../../model/scheme";
import { PUBLISHED_CHOSEN } from "../../model/priceRows";

export const SCENARIOS_ID = "scenarios";
const title = titleRow(SCENARIOS_ID, "Scenarios");

export const activeScenario = inputRow("activeScenario", "Scenario in use", 1, {
  unit: "1 = the base, 2 = scenario 1, … 6 = scenario 5",
  format: "0",
  rule: { kind: "whole", min: 1, max: SCENARIO_COUNT + 1 },
  name: "ECH_ActiveScenario",
  source: "own",
  prompt:
    "Which inputs the whole workbook uses: 1 for the base (the pink cells of the other sheets), 2 for scenario 1, 3 for scenario 2, and so on to 6 for scenario 5.",
});

const COLUMN = ["Base", ...Array.from({ length: SCENARIO_COUNT }, (_, k) => `Scenario ${k + 1}`)];

/** Every row `results` read, themselves included. */
function closure(results: readonly Row[]): Set<Row> {
  const seen = new Set<Row>();
  const visit = (r: Row) => {
    if (seen.has(r)) return;
    seen.add(r);
    for (const e of r.cells ?? (r.expr ? [r.expr] : [])) dependencies(e).forEach(visit);
  };
  results.forEach(visit);
  return seen;
}

export interface ScenariosSheet {
  layout: SheetLayout;
  /** The check every sheet waits for: the scenario in use, its prices, then the Inputs sheet's check. */
  gate: Row;
  /** Its columns of the workings sheet. */
  workings: WorkingsPart;
  repoint: Repoint;
  /** The sheet's pink cells for these scenarios (blank beyond those given). */
  values(scenarios: readonly Scenario[] | undefined, active: number | undefined): Map<Row, readonly Value[]>;
}

/**
 * `inputs`: what a scenario may change; `results`: the headline rows (unit cost, council's cost a
 * year, present value); `checks`: every sheet check the results wait for, in order.
 */
export function scenariosLayout(
  inputs: readonly ScenarioInput[],
  results: readonly Row[],
  checks: readonly Row[],
  /** Scenarios 2 to 5 made from scenario 1 (false: each made and folded on its own, for the check that both agree). */
  mirror = true,
): ScenariosSheet {
  const reached = closure([...results, ...checks]);
  // What a scenario replaces: the input, or for a pink cell that may be left blank its "value used" row.
  const items = inputs
    .map((input) => {
      const blankable = !!input.row.input?.rule.blank;
      const target = blankable ? [...reached].find((r) => r.id === `${input.row.id}.used`) : reached.has(input.row) ? input.row : undefined;
      return target && { input, target };
    })
    .filter((x): x is { input: ScenarioInput; target: Row } => !!x);

  const blankable = items.map(({ input }) => !!input.row.input?.rule.blank);
  const names = Array.from({ length: SCENARIO_COUNT }, (_, k) =>
    inputRow(`scenario${k + 1}.name`, `Scenario ${k + 1}: name`, null, {
      rule: { kind: "text", max: SCENARIO_NAME_MAX, blank: true },
      source: "scenario",
      prompt: `A short name for scenario ${k + 1} (for example "Higher needs"); a scenario without a name is not in use.`,
    }),
  );
  const cells = items.map(({ input, target }) =>
    Array.from({ length: SCENARIO_COUNT }, (_, k) =>
      inputRow(`scenario${k + 1}.${input.id}`, input.label, new Array<Value>(target.size).fill(null), {
        size: target.size,
        unit: target.unit,
        format: target.format,
        rule: { ...input.row.input!.rule, blank: true },
        blankMeans: "the base value",
        source: "scenario",
        // The same words in every scenario's column (its heading names it), so one rule covers the line.
        prompt: `${input.label} in this scenario.`,
      }),
    ),
  );
  // A price left blank stands for the unit cost: each column recomputes its "value used" row (below).

  const mirrors = items.map(({ input, target }) =>
    calcRow(`scenario0.${input.id}`, input.label, fx`${target}`, { size: target.size, format: target.format, unit: target.unit }),
  );
  // Scenario k's value of each input: its pink cell, or the base where blank (read from the Base
  // column, so the formula may be folded into the rows that read it without being re-pointed). A
  // price that may be left blank has its value worked out in its column instead (below).
  const valueOf = items.map(({ input, target }, i) =>
    blankable[i]
      ? []
      : cells[i].map((cell, k) =>
          calcRow(`scenario${k + 1}.${input.id}.value`, input.label, fx`IF(ISBLANK(${cell}),${mirrors[i]},${cell})`, {
            size: target.size,
            format: target.format,
            unit: target.unit,
          }),
        ),
  );
  const inUseOf = (i: number, values: readonly Row[]) => {
    const { input, target } = items[i];
    return calcRow(
      `scenario.${input.id}.inUse`,
      `${input.label} (in use)`,
      values.reduceRight<Expr>((rest, v, k) => fx`IF(${activeScenario}=${k + 2},${v},${rest})`, fx`${target}`),
      { size: target.size, format: target.format, unit: target.unit },
    );
  };
  // A blankable price's in-use row reads the scenario's own row, made with its column.
  const inUse: (Row | undefined)[] = items.map((_, i) => (blankable[i] ? undefined : inUseOf(i, valueOf[i])));
  const owns = items.map((): Row[] => []);

  const nameInUse = names.reduceRight<Expr>((rest, n, k) => fx`IF(${activeScenario}=${k + 2},${n},${rest})`, fx`"the base"`);
  const activeName = calcRow("scenario.activeName", "Name of the scenario in use", nameInUse, { check: true });
  const selectorCheck = calcRow(
    "scenario.selectorCheck",
    "Check",
    names.reduceRight<Expr>(
      (rest, n, k) =>
        fx`IF(AND(${activeScenario}=${k + 2},${n}=""),${text(`Scenario in use: scenario ${k + 1} is empty (it has no name). Name it and enter the inputs that differ, or choose 1 for the base.`)},${rest})`,
      fx`IF(OR(NOT(ISNUMBER(${activeScenario})),${activeScenario}<1,${activeScenario}>${SCENARIO_COUNT + 1},${activeScenario}<>INT(${activeScenario})),${text(`Scenario in use: enter a whole number from 1 (the base) to ${SCENARIO_COUNT + 1}.`)},"OK")`,
    ),
    { check: true },
  );
  // A scenario's prices: their own rules (the sheets' checks read the pink prices, which stay the base).
  const priceChecks = names.map((_, k) =>
    calcRow(
      `scenario${k + 1}.priceCheck`,
      "Check of the prices",
      firstProblem(items.flatMap((_, i) => (blankable[i] ? [ruleCheck(cells[i][k])] : []))),
      { check: true },
    ),
  );
  const problem = priceChecks.reduceRight<Expr>((rest, c, k) => fx`IF(${activeScenario}=${k + 2},${c},${rest})`, fx`"OK"`);
  // The check every sheet waits for: the scenario chosen, its prices, then the Inputs sheet's check over the values in use.
  const gate = calcRow(
    "scenario.check",
    "Check",
    fx`IF(${selectorCheck}<>"OK",${selectorCheck},IF(AND(${problem}="OK",${inputCheck}="OK"),"OK",IF(${activeScenario}=1,${inputCheck},"Scenario "&(${activeScenario}-1)&" ("&${activeName}&"): "&IF(${problem}<>"OK",${problem},${inputCheck}))))`,
    { check: true, name: "ECH_ScenarioCheck" },
  );

  /**
   * Scenario k's column made from scenario 1's, as sensitivity moves are (mirrorCone): the columns
   * have one shape, so each row of the first, folded, is copied with the first's pink cells, values,
   * price check and name replaced by column k's, and the value rows folded into the rows "in use"
   * are folded into them for column k too. A test checks this gives what making and folding each
   * column gives, for every option.
   */
  const mirrorColumn = (one: Column, k: number): Column => {
    const to = new Map<Row, Row>([
      [priceChecks[0], priceChecks[k - 1]],
      [names[0], names[k - 1]],
      ...items.flatMap((_, i) => [[cells[i][0], cells[i][k - 1]] as [Row, Row]]),
      ...items.flatMap((_, i) => (blankable[i] ? [] : [[valueOf[i][0], valueOf[i][k - 1]] as [Row, Row]])),
    ]);
    const renamed = (id: string) =>
      id.endsWith("@s1") ? `${id.slice(0, -3)}@s${k}` : id.startsWith("scenario1.") ? `scenario${k}.${id.slice(10)}` : undefined;
    const copy = rowCopier([one.check, ...one.heads, ...one.extra, ...one.kept], to, renamed, "a row of scenario 1's column");
    const column = { check: copy(one.check), heads: one.heads.map(copy), extra: one.extra.map(copy), kept: one.kept.map(copy) };
    // The column's own rows are its blankable prices' own values, in the items' order.
    let own = 0;
    items.forEach((_, i) => {
      if (blankable[i]) owns[i].push(column.extra[own++]);
      else if (!one.kept.includes(valueOf[i][0])) {
        // Scenario 1's value row was folded into the row in use: fold scenario k's the same way.
        const v = valueOf[i][k - 1];
        (inUse[i] as { expr?: Expr }).expr = settled(fold(inUse[i]!.expr!, v, v.expr!));
      }
    });
    return column;
  };

  // Each column's copy of the rows its inputs reach, and its headline results.
  const workings: { label: string; rows: Row[] }[] = [];
  type Column = { check: Row; heads: Row[]; extra: Row[]; kept: Row[] };
  let first: Column | undefined;
  const columns = COLUMN.map((label, k): Column => {
    if (k > 1 && mirror) {
      const c = mirrorColumn(first!, k);
      workings.push({ label, rows: [priceChecks[k - 1], ...c.extra, ...c.kept] });
      return c;
    }
    const made: Row[] = [];
    const tag = `s${k}`;
    const plain = new Map(
      items.flatMap(({ target }, i) => (blankable[i] ? [] : [[target, k === 0 ? mirrors[i] : valueOf[i][k - 1]] as [Row, Row]])),
    );
    // The figures a blank price stands for (the unit cost, or option F's the option's price), from this
    // column's inputs, in the list's order: the option's prices come before option F's, which may read them.
    let known = new Map<Row, Row>(plain);
    const extra: Row[] = [];
    items.forEach(({ input, target }, i) => {
      if (!blankable[i]) return;
      known = cone([...dependencies(target.expr!)], known, tag, made);
      const used = substitute(target.expr!, known);
      const o = { size: target.size, format: target.format, unit: target.unit };
      let row: Row;
      if (k === 0) row = mirrors[i] = calcRow(`scenario0.${input.id}`, input.label, used, o);
      else {
        const cell = cells[i][k - 1];
        extra.push((row = calcRow(`scenario${k}.${input.id}.own`, input.label, fx`IF(ISBLANK(${cell}),${used},${cell})`, o)));
        owns[i].push(row);
      }
      known.set(target, row);
    });
    const memo = cone([...checks, ...results], known, tag, made);
    const check = calcRow(
      `scenario${k}.columnCheck`,
      "Check",
      firstProblem([...(k === 0 ? [] : [priceChecks[k - 1]]), ...checks.map((c) => memo.get(c)!)]),
      { check: true },
    );
    const unnamed = k === 0 ? undefined : names[k - 1];
    const heads = results.map((r, h) => {
      const shown = fx`IF(${check}<>"OK",NA(),${memo.get(r)!})`;
      return calcRow(`scenario${k}.${HEADLINES[h].id}`, HEADLINES[h].label, unnamed ? fx`IF(${unnamed}="","",${shown})` : shown, {
        format: r.format,
        unit: r.unit,
      });
    });
    const values = k === 0 ? [] : valueOf.filter((_, i) => !blankable[i]).map((v) => v[k - 1]);
    const kept = inlineRows(
      [...values, ...made],
      [...extra, ...(k === 0 ? mirrors : []), ...inUse.filter((r): r is Row => !!r)],
      [check, ...heads],
    );
    workings.push({
      label,
      rows: k === 0 ? kept : [priceChecks[k - 1], ...extra, ...kept],
    });
    const column = { check, heads, extra, kept };
    if (k === 1) first = column;
    return column;
  });
  const inUseRows = inUse.map((r, i) => r ?? inUseOf(i, owns[i]));
  const current = results.map((r, h) => calcRow(`scenario.inUse.${HEADLINES[h].id}`, HEADLINES[h].label, fx`${r}`, { format: r.format }));

  const l = new SheetLayout(SCENARIOS_ID, "Scenarios", {
    // Base, five scenarios and in use wide enough for a name.
    columns: [28, 13, ...Array.from({ length: SCENARIO_COUNT + 2 }, () => 11)],
    orientation: "landscape",
    freezeRows: 6,
    freezeColumns: 1,
  });
  l.line([{ row: title, style: "title" }]);
  l.line([
    {
      text: "The base is the pink cells of the other sheets. Each scenario is a pink column: enter only the inputs that differ (a blank cell keeps the base value) and give the scenario a name. Choose the scenario the whole workbook uses below; the pink cells elsewhere stay as they are.",
      style: "subtitle",
    },
  ]);
  l.line([{ text: "Check", style: "total" }, { row: gate }]);
  // The check after the choice, with room on its right for a message; what the numbers mean under them.
  l.line([{ text: activeScenario.label, style: "label" }, null, { row: activeScenario }, { row: selectorCheck }]);
  l.line([{ text: activeScenario.unit!, style: "note" }]);
  l.line([
    { text: "Input", style: "header" },
    { text: "Unit", style: "header" },
    ...[...COLUMN, "In use"].map((h) => ({ text: h, style: "header" as const })),
  ]);
  l.line([
    { text: "Name", style: "label" },
    null,
    { text: "Base", style: "label" },
    ...names.map((n) => ({ row: n })),
    { row: activeName, style: "output" },
  ]);
  const BAND_WORDS = ["Low", "Medium", "High"];
  // A scenario's flat on-costs count only at the published model's price base, as the Inputs sheet's cells.
  items.forEach(({ input }, i) => {
    if (Scheme.FLAT_ON_COSTS.includes(input.row)) l.inUseWhen(PUBLISHED_CHOSEN, cells[i]);
  });
  items.forEach(({ input, target }, i) => {
    const top = l.down(
      [null, null, { row: mirrors[i] }, ...cells[i].map((c) => ({ row: c, acrossColumns: true })), { row: inUseRows[i] }],
      target.size,
    );
    for (let j = 0; j < target.size; j++) {
      const part = target.size === 3 ? BAND_WORDS[j] : target.size > 1 ? `month ${j + 1}` : "";
      // The input's name on its first line; the lines under it name their band or month only.
      l.lineAt(top + j, [
        { text: j === 0 ? `${input.label}${part ? `: ${part}` : ""}` : part, style: "label" },
        { text: target.unit ?? "", style: "note" },
      ]);
    }
  });
  l.gap();
  l.line([{ text: "Headline results of each scenario (live)", style: "subtitle" }]);
  l.line([
    { text: "Result", style: "header" },
    { text: "Unit", style: "header" },
    ...[...COLUMN, "In use"].map((h) => ({ text: h, style: "header" as const })),
  ]);
  l.line([{ text: "Check", style: "label" }, null, ...columns.map((c) => ({ row: c.check }))]);
  HEADLINES.forEach((h, k) => {
    const slots: Slot[] = [
      { text: h.label, style: "label" },
      { text: h.unit, style: "note" },
      ...columns.map((c) => ({ row: c.heads[k] })),
      { row: current[k] },
    ];
    l.line(slots);
  });
  l.line([
    {
      text: "A scenario without a name shows no results. A scenario whose inputs break a rule shows its check's message and no results.",
      style: "note",
    },
  ]);
  l.line([{ text: "How each scenario's results are worked out is on the Model workings sheet.", style: "note" }]);

  const workingsPart: WorkingsPart = {
    cases: workings.map((x) => ({ head: [x.label], rows: x.rows })),
    width: 16,
    shared: (r) => {
      const m = /^scenario\d+\.(.+)$/.exec(r.id);
      return m ? { key: `${m[1]}#${r.size}`, label: r.label } : undefined;
    },
  };
  const keep = new Set<Row>([gate, ...inUseRows, ...mirrors, ...valueOf.flat(), ...current]);
  return {
    layout: l,
    gate,
    workings: workingsPart,
    repoint: { to: new Map([...items.map(({ target }, i) => [target, inUseRows[i]] as [Row, Row]), [inputCheck, gate]]), keep },
    values(scenarios, active) {
      if ((scenarios?.length ?? 0) > SCENARIO_COUNT)
        throw new InputError("scenarios", `holds at most ${SCENARIO_COUNT} scenarios.`, "type");
      scenarios?.forEach((sc, k) => {
        if (sc.name.length > SCENARIO_NAME_MAX)
          throw new InputError(`scenarios[${k}].name`, `keep it to ${SCENARIO_NAME_MAX} characters or fewer.`, "type");
        for (const [id, v] of Object.entries(sc.values)) {
          const item = items.find((x) => x.input.id === id);
          if (!item)
            throw new InputError(
              `scenarios[${k}].values.${id}`,
              `is not an input a scenario can change in this template; expected one of: ${items.map((x) => x.input.id).join(", ")}.`,
              "type",
            );
          if (v.length !== item.target.size)
            throw new InputError(
              `scenarios[${k}].values.${id}`,
              `must be a list of ${item.target.size} values (null keeps the base value).`,
              "type",
            );
        }
      });
      const v = new Map<Row, readonly Value[]>([[activeScenario, [active ?? 1]]]);
      names.forEach((n, k) => v.set(n, [scenarios?.[k]?.name || null]));
      items.forEach(({ input, target }, i) =>
        cells[i].forEach((c, k) => v.set(c, scenarios?.[k]?.values[input.id] ?? new Array<Value>(target.size).fill(null))),
      );
      return v;
    },
  };
}
