import { buildTemplate, placeTemplate } from "../../src/templates";
import { CHOICES } from "../support/choices";
import { placedTemplate, templateDef } from "../support/templates";

/** Functions every spreadsheet engine has had for decades: no LET, LAMBDA, XLOOKUP or dynamic arrays. */
const PORTABLE = new Set([
  "IF",
  "NOT",
  "AND",
  "OR",
  "ISNUMBER",
  "ISBLANK",
  "INT",
  "ABS",
  "NA",
  "ROUND",
  "ROUNDUP",
  "MAX",
  "MIN",
  "SUM",
  "TEXT",
  "COUNTIF",
  "CHOOSE",
]);

describe.each(CHOICES)("template $option + $overlays is portable and well-formed", (choice) => {
  const def = templateDef(choice);
  const placed = placedTemplate(choice);
  const cells = placed.sheets.flatMap((s) => s.cells.map((c) => ({ sheet: s, c })));

  // Problems are collected and compared once: an expect() a formula would take most of the time.
  test("only portable functions; formulas within Excel's length and nesting limits", () => {
    const problems: string[] = [];
    let formulas = 0;
    for (const { sheet, c } of cells) {
      if (c.formula === undefined) continue;
      formulas++;
      const at = `${sheet.name}!${c.ref}`;
      const text = c.formula.replace(/"[^"]*"/g, '""');
      for (const m of text.matchAll(/([A-Z][A-Z0-9.]*)\(/g)) if (!PORTABLE.has(m[1])) problems.push(`${at}: ${m[1]} is not portable`);
      if (c.formula.length >= 8192) problems.push(`${at}: ${c.formula.length} characters`);
      let depth = 0;
      let max = 0;
      for (const ch of text) {
        depth += ch === "(" ? 1 : ch === ")" ? -1 : 0;
        max = Math.max(max, depth);
      }
      if (depth !== 0) problems.push(`${at}: unbalanced brackets`);
      if (max > 64) problems.push(`${at}: nested ${max} deep`);
      if (/\{[a-zA-Z]/.test(c.formula)) problems.push(`${at}: an unresolved {sheet} reference`);
    }
    expect(problems).toEqual([]);
    expect(formulas).toBeGreaterThan(100);
  });

  test("input cells are exactly the cells with validation; prompts and errors fit Excel's limits", () => {
    const problems: string[] = [];
    for (const { sheet, c } of cells) {
      const at = `${sheet.name}!${c.ref}`;
      if ((c.style === "input") !== (c.validation !== undefined))
        problems.push(`${at}: pink ${c.style === "input"}, validation ${c.validation !== undefined}`);
      if (c.validation) {
        if (c.validation.prompt.length > 255) problems.push(`${at}: prompt of ${c.validation.prompt.length} characters`);
        if (c.validation.error.length > 225) problems.push(`${at}: error of ${c.validation.error.length} characters`);
        if (c.formula !== undefined) problems.push(`${at}: an input with a formula`);
      }
    }
    expect(problems).toEqual([]);
  });

  test("unique cells, sheet names and defined names; sheet names fit 31 characters", () => {
    for (const s of placed.sheets) {
      expect(new Set(s.cells.map((c) => c.ref)).size).toBe(s.cells.length);
      expect(s.name.length).toBeLessThanOrEqual(31);
    }
    expect(new Set(placed.sheets.map((s) => s.id)).size).toBe(placed.sheets.length);
    expect(new Set(placed.names.map((n) => n.name)).size).toBe(placed.names.length);
    expect(placed.names.every((n) => /^ECH_[A-Za-z]+$/.test(n.name))).toBe(true);
  });

  test("id, sheets and overlays", () => {
    expect(def.id).toBe([choice.option, ...choice.overlays].join("+"));
    expect(def.sheets.map((s) => s.id)).toEqual([
      "summary",
      "inputs",
      "staffing",
      "hours",
      "budget",
      "option",
      ...(choice.overlays.includes("E") ? ["pooled"] : []),
      ...(choice.overlays.includes("F") ? ["pumpPriming"] : []),
      "projection",
      "sensitivity",
      "scenarios",
      "residential",
      "assessment",
      "workings",
      "sources",
    ]);
  });
});

test("overlays are de-duplicated and ordered E, F; unknown options are refused", () => {
  expect(buildTemplate({ option: "C", overlays: ["F", "E", "F"] }).id).toBe("C+E+F");
  expect(() => buildTemplate({ option: "G" as never, overlays: [] })).toThrow(/Unknown option G/);
  expect(() => buildTemplate({ option: "A", overlays: ["X" as never] })).toThrow(/Unknown overlay X/);
});

test("the templates the tests share are the templates buildTemplate makes, and each caller gets its own copy", () => {
  const choice = { option: "B", overlays: ["F"] } as const;
  const fresh = placeTemplate(buildTemplate({ ...choice, overlays: [...choice.overlays] }));
  const first = placedTemplate({ ...choice, overlays: [...choice.overlays] });
  expect(first).toStrictEqual(fresh);
  first.sheets[0].cells[0].value = "changed by a test";
  expect(placedTemplate({ ...choice, overlays: [...choice.overlays] })).toStrictEqual(fresh);
  expect(templateDef({ ...choice, overlays: [...choice.overlays] })).toStrictEqual(
    buildTemplate({ ...choice, overlays: [...choice.overlays] }),
  );
});
