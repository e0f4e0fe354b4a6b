import { buildAppraisal, buildTemplate, placeTemplate, type PlacedTemplate } from "../../src/templates";
import { CHOICES } from "../support/choices";

/** Words a provider or a board member would not understand: the project's own name for its sources, and abbreviations. */
const JARGON = /\bseed\b|\bNI\b|\bHS\b|%age|\bpw\b|\bpa\b|\bpp\b|\bph\b|\be\.g\.|\bi\.e\./i;

function texts(placed: PlacedTemplate): string[] {
  const out: string[] = [];
  for (const s of placed.sheets) {
    for (const c of s.cells) {
      for (const t of [c.value, c.validation?.prompt, c.validation?.error, c.cached])
        if (typeof t === "string") out.push(`${s.name}!${c.ref}: ${t}`);
      // Text a formula can show: its string literals.
      for (const m of (c.formula ?? "").matchAll(/"((?:[^"]|"")*)"/g)) out.push(`${s.name}!${c.ref}: ${m[1]}`);
    }
    out.push(`${s.name} header: ${JSON.stringify(s.print ?? {})}`);
  }
  return out;
}

describe("the workbooks speak plain English", () => {
  const books = [...CHOICES.map((c) => placeTemplate(buildTemplate(c))), placeTemplate(buildAppraisal())];

  test.each(books.map((b) => [b.id, b] as const))("%s: no jargon or abbreviation in any cell, prompt, message or header", (_id, placed) => {
    expect(texts(placed).filter((t) => JARGON.test(t))).toEqual([]);
  });

  test("the check catches jargon", () => {
    expect(JARGON.test("Seed 002 revenue model")).toBe(true);
    expect(JARGON.test("HS hrs pw (each)")).toBe(true);
    expect(JARGON.test("Housing support hours a week")).toBe(false);
  });
});
