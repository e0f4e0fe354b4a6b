import fc from "fast-check";
import { InputError } from "../../src/model";
import { DEFAULT_TEMPLATE_INPUTS, buildTemplate, parseTemplateInputs } from "../../src/templates";
import { BAND_FIELDS, defaultFormText, evaluateForm, type FormText } from "../../src/taskpane/form";
import { runs } from "../support/runs";

/**
 * Promise 2 for the other two ways in: the CLI's --inputs JSON and the pane's form. Whatever
 * arrives, the answer is usable inputs or a message naming what to fix — never an exception of
 * another kind, never a result with NaN in it.
 */
const finiteDeep = (v: unknown): boolean =>
  typeof v === "number"
    ? Number.isFinite(v)
    : Array.isArray(v)
      ? v.every(finiteDeep)
      : v && typeof v === "object"
        ? Object.values(v).every(finiteDeep)
        : true;

describe("--inputs JSON (parseTemplateInputs, as ech-templates reads it)", () => {
  const keys = Object.keys(DEFAULT_TEMPLATE_INPUTS);
  const anyValue = fc.oneof(
    fc.jsonValue(),
    fc.double(),
    fc.array(fc.oneof(fc.double(), fc.integer({ min: -5, max: 300 }), fc.constant(null)), { maxLength: 7 }),
    fc.constantFrom(35, 0, -1, 0.5, 1e300, "35", null, [0.27, 0.46, 0.27], { support: 10, care: 10 }),
  );
  const partial = fc.dictionary(fc.oneof(fc.constantFrom(...keys), fc.string({ maxLength: 8 })), anyValue, { maxKeys: 4 });

  test("random JSON: valid inputs that build a workbook, or an InputError naming the key", () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.oneof(partial, fc.jsonValue()), (json) => {
        let inputs;
        try {
          inputs = parseTemplateInputs(json);
        } catch (e) {
          expect(e).toBeInstanceOf(InputError);
          const err = e as InputError;
          expect(err.argument.length).toBeGreaterThan(0);
          expect(err.argument).not.toMatch(/undefined|\[object/);
          expect(err.message.length).toBeGreaterThan(err.argument.length + 5);
          return;
        }
        accepted++;
        expect(finiteDeep(inputs)).toBe(true);
        expect(buildTemplate({ option: "C", overlays: ["E", "F"] }, inputs).sheets.length).toBeGreaterThan(4);
      }),
      { numRuns: runs(300) },
    );
    expect(accepted).toBeGreaterThan(20);
  });
});

describe("the pane's form", () => {
  const fields = Object.keys(defaultFormText()) as (keyof FormText)[];
  const typed = fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.integer({ min: -10, max: 400 }).map(String),
    fc.double({ min: -1e6, max: 1e6, noNaN: true }).map(String),
    fc.constantFrom("", " ", "27%", "£10.50", "1,250", "1e308", "1e309", "0", "-0", "NaN", "Infinity", "3.5", "x".repeat(80)),
  );
  const form = fc.record(Object.fromEntries(fields.map((f) => [f, typed])) as Record<keyof FormText, typeof typed>);

  test("anything typed: results with no errors, or no results and a message on a field", () => {
    let valid = 0;
    fc.assert(
      fc.property(fc.tuple(form, fc.subarray(fields)), ([random, changed]) => {
        const text = { ...defaultFormText(), ...Object.fromEntries(changed.map((f) => [f, random[f]])) } as FormText;
        const s = evaluateForm(text);
        const messages = Object.values(s.errors);
        if (s.result) {
          valid++;
          expect(messages).toEqual([]);
          expect(s.inputs).not.toBeNull();
          expect(finiteDeep(s.result)).toBe(true);
        } else {
          expect(s.inputs).toBeNull();
          expect(messages.length).toBeGreaterThan(0);
          for (const m of messages) expect(typeof m === "string" && m.length > 5).toBe(true);
        }
      }),
      { numRuns: runs(300) },
    );
    // A good share of the cases reach the model: the fuzzing is not all rejected at the door.
    expect(valid).toBeGreaterThan(runs(300) / 10);
  });

  test("a band mix that does not add up is reported on the band mix, whatever else is wrong", () => {
    const s = evaluateForm({ ...defaultFormText(), [BAND_FIELDS[0]]: "50" });
    expect(s.errors.bandMix).toMatch(/100%/);
  });
});
