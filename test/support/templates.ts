/**
 * Templates built once per test run. Many test files read the same templates (the sixteen option
 * and overlay combinations at the default or the published model's inputs); building one takes a
 * quarter of a second. The first test file to ask builds it; the others read a copy: from this
 * process's memory, or, under `npm test` (which sets ECH_TEST_SHARED to a directory it empties
 * first), from the file another jest worker wrote. Every caller gets its own copy to change.
 */
import { createHash } from "crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "fs";
import * as path from "path";
import { deserialize, serialize } from "v8";
import { inputValues } from "../../src/decisions/inputValues";
import { EvaluatedTemplate, rangeCells, type Value } from "./hyperformula";
import {
  buildTemplate,
  OVERLAY_IDS,
  placeTemplate,
  type PlacedTemplate,
  type TemplateChoice,
  type TemplateDef,
  type TemplateInputs,
} from "../../src/templates";

const memory = new Map<string, Buffer>();

function shared<T>(kind: string, key: unknown, make: () => T): T {
  const id = createHash("sha256")
    .update(JSON.stringify([kind, key]))
    .digest("hex")
    .slice(0, 32);
  let bytes = memory.get(id);
  const dir = process.env.ECH_TEST_SHARED;
  const file = dir ? path.join(dir, `${id}.v8`) : undefined;
  if (!bytes && file && existsSync(file)) bytes = readFileSync(file);
  if (!bytes) {
    bytes = serialize(make());
    if (file) {
      mkdirSync(dir!, { recursive: true });
      // Written whole, then renamed: a worker never reads half a file.
      const partial = `${file}.${process.pid}`;
      writeFileSync(partial, bytes);
      renameSync(partial, file);
    }
  }
  memory.set(id, bytes);
  return deserialize(bytes) as T;
}

/** buildTemplate(choice, inputs), built once a run. */
export function templateDef(choice: TemplateChoice, inputs?: TemplateInputs): TemplateDef {
  return shared("def", [choice, inputs ?? null], () => buildTemplate(choice, inputs));
}

/** placeTemplate(buildTemplate(choice, inputs)), built once a run. */
export function placedTemplate(choice: TemplateChoice, inputs?: TemplateInputs): PlacedTemplate {
  return shared("placed", [choice, inputs ?? null], () => placeTemplate(templateDef(choice, inputs)));
}

/** Every cell's value as HyperFormula works it out, by sheet id and A1 reference; worked out once a run. */
export function hyperFormulaValues(placed: PlacedTemplate): (sheetId: string, ref: string) => Value {
  const content = createHash("sha256").update(serialize(placed)).digest("hex");
  const values = shared("hyperformula", content, () => {
    const wb = new EvaluatedTemplate(placed);
    return Object.fromEntries(placed.sheets.map((s) => [s.id, Object.fromEntries(s.cells.map((c) => [c.ref, wb.value(s.id, c.ref)]))]));
  });
  return (sheetId, ref) => values[sheetId]?.[ref] ?? null;
}

type InputValue = number | string | boolean | null;

/**
 * The pink cells buildTemplate(choice, inputs) fills from the inputs, as [sheet id, A1 reference,
 * value], placed where `placed` (the same template at any inputs) has them: typing them into
 * `placed` gives the template built at these inputs, without building it (a quarter of a second).
 * Scenarios are not covered: they must be the defaults.
 */
export function inputCells(placed: PlacedTemplate, choice: TemplateChoice, inputs: TemplateInputs): [string, string, InputValue][] {
  if (inputs.scenarios?.length || inputs.activeScenario !== undefined) throw new Error("inputCells covers templates without scenarios");
  const ids = [choice.option, ...OVERLAY_IDS.filter((o) => choice.overlays.includes(o))];
  const out: [string, string, InputValue][] = [];
  for (const [row, values] of inputValues(inputs, choice.scheme?.trim() || undefined, ids)) {
    const at = placed.rows?.[row.id];
    if (!at) continue;
    rangeCells(at.range).forEach((ref, i) => {
      const v = values[i] ?? null;
      if (v !== null && typeof v === "object") throw new Error(`${row.id} holds an error value`);
      out.push([at.sheet, ref, v]);
    });
  }
  return out;
}
