/**
 * The assumption register on the Sources and assumptions sheet: every pink input of every template
 * is listed once, with a source and a date, and its value is a live link to the pink cell.
 */
import { buildAppraisal, placeTemplate, type TemplateDef } from "../../src/templates";
import { cellAddress, parseCell } from "../../src/layout/a1";
import { ASSESSMENT_QUESTIONS } from "../../src/options/content";
import { EvaluatedTemplate } from "../support/hyperformula";
import { CHOICES } from "../support/choices";
import { templateDef } from "../support/templates";

interface Line {
  rowId: string;
  /** Where the line's value cell is, on the Sources and assumptions sheet. */
  ref: string;
  /** The pink cell it links to: sheet id and cell. */
  target: string;
  text: (col: number) => unknown;
}

const SOURCE_COL = 2;
const NOTE_COL = 4;

function registerOf(def: TemplateDef): Line[] {
  const sheet = def.sheets.find((s) => s.id === "sources")!;
  const at = new Map(sheet.cells.map((c) => [c.ref, c]));
  return Object.entries(def.rows ?? {})
    .filter(([id]) => id.startsWith("register."))
    .map(([rowId, r]) => {
      expect(r.sheet).toBe("sources");
      const ref = r.range.replace(/\$/g, "");
      const formula = at.get(ref)!.formula!;
      // IF(ISBLANK(x),"",x): x is the pink cell, on its own sheet or (unlikely) this one.
      const m = /^IF\(ISBLANK\((?:\{(\w+)\}!)?\$?([A-Z]+)\$?(\d+)\),"",/.exec(formula);
      if (!m) throw new Error(`${rowId}: ${formula} is not a link`);
      const { row } = parseCell(ref);
      return {
        rowId,
        ref,
        target: `${m[1] ?? "sources"}!${m[2]}${m[3]}`,
        text: (col: number) => at.get(cellAddress({ row, col }))?.value,
      };
    });
}

function pinkCells(def: TemplateDef): string[] {
  return def.sheets.flatMap((s) => s.cells.filter((c) => c.style === "input").map((c) => `${s.id}!${c.ref}`));
}

const books: [string, TemplateDef][] = [
  ...CHOICES.map((c) => {
    const def = templateDef(c);
    return [def.id, def] as [string, TemplateDef];
  }),
  ["appraisal", buildAppraisal()],
];

describe.each(books)("%s: the assumption register", (_id, def) => {
  const lines = registerOf(def);
  const notes = new Set(lines.map((l) => `sources!${cellAddress({ row: parseCell(l.ref).row, col: NOTE_COL })}`));
  // The Assessment sheet's notes are the user's reasons beside the answers, not inputs; its answers are input rows, so they are listed.
  const linked = new Set(lines.map((l) => l.target));
  const answers = (def.sheets.find((s) => s.id === "assessment")?.cells ?? [])
    .filter((c) => c.style === "input" && !linked.has(`assessment!${c.ref}`))
    .map((c) => `assessment!${c.ref}`);
  // The Scenarios sheet's scenario columns are alternatives to inputs listed in their own right; its selector is listed.
  const scenarioCells = (def.sheets.find((s) => s.id === "scenarios")?.cells ?? [])
    .filter((c) => c.style === "input" && !linked.has(`scenarios!${c.ref}`))
    .map((c) => `scenarios!${c.ref}`);

  test("every pink cell appears once, and nothing else does", () => {
    const targets = lines.map((l) => l.target);
    expect(new Set(targets).size).toBe(targets.length);
    const inputs = pinkCells(def).filter((c) => !notes.has(c) && !answers.includes(c) && !scenarioCells.includes(c));
    expect([...targets].sort()).toEqual([...inputs].sort());
    expect(lines.length).toBeGreaterThan(100);
  });

  test("the Assessment answers are listed as the user's own answers; only the single templates' notes beside them are left out", () => {
    const answerLines = lines.filter((l) => l.target.startsWith("assessment!"));
    // In the appraisal each question is one input over the options: its first line says so.
    for (const l of answerLines) expect(l.text(SOURCE_COL)).toBe(l.rowId.endsWith(".0") ? "Your own answer" : undefined);
    if (def.id === "A–D") {
      expect(answers).toEqual([]);
      expect(answerLines).toHaveLength(4 * ASSESSMENT_QUESTIONS.length);
    } else {
      expect(answerLines).toHaveLength(ASSESSMENT_QUESTIONS.length);
      expect(answers).toHaveLength(ASSESSMENT_QUESTIONS.length);
    }
  });

  test("the Scenarios sheet: only the scenario in use is listed; the scenarios' own cells are left out", () => {
    if (!def.sheets.some((s) => s.id === "scenarios")) return;
    const listed = lines.filter((l) => l.target.startsWith("scenarios!"));
    expect(listed.map((l) => l.rowId)).toEqual(["register.activeScenario.0"]);
    expect(scenarioCells.length).toBeGreaterThan(5 * 20);
  });

  test("every input's first line has a source (a publication with its date), its other cells' lines none; every line a pink note cell", () => {
    let continued = 0;
    for (const l of lines) {
      // "register.<input>.<cell>": the source (and the unit, in the label) are on the line of the input's first cell.
      if (!l.rowId.endsWith(".0")) {
        continued++;
        expect([l.rowId, l.text(SOURCE_COL)]).toEqual([l.rowId, undefined]);
      } else {
        expect([l.rowId, l.text(SOURCE_COL)]).toEqual([l.rowId, expect.stringMatching(/\w{3}/)]);
        // A publication's date closes its citation, in brackets; an example or the user's own figure says so.
        expect([l.rowId, l.text(SOURCE_COL)]).toEqual([l.rowId, expect.stringMatching(/\([^()]*\d{4}[^()]*\)$|^An example|^Your own/)]);
      }
      expect(notes.has(`sources!${cellAddress({ row: parseCell(l.ref).row, col: NOTE_COL })}`)).toBe(true);
    }
    expect(continued).toBeGreaterThan(20);
    const sheet = def.sheets.find((s) => s.id === "sources")!;
    const noteCells = sheet.cells.filter((c) => notes.has(`sources!${c.ref}`));
    expect(noteCells).toHaveLength(lines.length);
    for (const c of noteCells) expect(c).toMatchObject({ style: "input", validation: { type: "textLength", allowBlank: true } });
  });

  test("the published model's inputs cite it by title, publisher, date and table", () => {
    const tenants = lines.find((l) => l.rowId === "register.tenants.0")!;
    expect(tenants.text(SOURCE_COL)).toBe(
      "Extra Care Housing revenue cost model, Joint Improvement Team, Care and support staffing (May 2009)",
    );
    const ni = lines.find((l) => l.rowId === "register.niRate.0")!;
    expect(ni.text(SOURCE_COL)).toBe("Extra Care Housing revenue cost model, Joint Improvement Team, Staff on-costs (May 2009)");
  });
});

describe.each([books[0], books[books.length - 2], books[books.length - 1]])(
  "%s: the register's values follow the pink cells (HyperFormula)",
  (_id, def) => {
    const placed = placeTemplate(def);
    const lines = registerOf(def);
    const wb = new EvaluatedTemplate(placed);
    const split = (t: string) => t.split("!") as [string, string];

    test("at the defaults each value is the pink cell's value, and an empty cell shows empty", () => {
      let blanks = 0;
      for (const l of lines) {
        const v = wb.value(...split(l.target));
        if (v === null) blanks++;
        expect([l.rowId, wb.value("sources", l.ref)]).toEqual([l.rowId, v === null ? "" : v]);
      }
      expect(blanks).toBeGreaterThan(5);
    });

    test("after every pink cell is changed and the workbook recalculated, each value is the new one", () => {
      wb.setMany(lines.map((l, k) => [...split(l.target), k % 7 === 3 ? null : 1000 + k * 1.25]));
      lines.forEach((l, k) => {
        expect([l.rowId, wb.value("sources", l.ref)]).toEqual([l.rowId, k % 7 === 3 ? "" : 1000 + k * 1.25]);
      });
      wb.setMany([[...split(lines[0].target), "Riverside Court"]]);
      expect(wb.value("sources", lines[0].ref)).toBe("Riverside Court");
    });
  },
);
