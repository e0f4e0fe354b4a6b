import { buildAppraisal, placeTemplate, type PlacedTemplate } from "../../src/templates";
import { CHOICES } from "../support/choices";
import { placedTemplate } from "../support/templates";

/** Words a provider or a board member would not understand: the project's own name for its sources, and abbreviations. */
const JARGON = /\bseed\b|\bNI\b|\bHS\b|%age|\bpw\b|\bpa\b|\bpp\b|\bph\b|\be\.g\.|\bi\.e\./i;

/** Every template and the appraisal, placed once for all three checks (the appraisal is built afresh). */
const books = [...CHOICES.map((c) => placedTemplate(c)), placeTemplate(buildAppraisal())];

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
  test.each(books.map((b) => [b.id, b] as const))("%s: no jargon or abbreviation in any cell, prompt, message or header", (_id, placed) => {
    expect(texts(placed).filter((t) => JARGON.test(t))).toEqual([]);
  });

  test("the check catches jargon", () => {
    expect(JARGON.test("Seed 002 revenue model")).toBe(true);
    expect(JARGON.test("HS hrs pw (each)")).toBe(true);
    expect(JARGON.test("Housing support hours a week")).toBe(false);
  });
});

/** The project's insides: a file path, a defined name, formula text, a boolean, a version label. */
const INTERNAL =
  /\b[\w-]+\/[\w./-]+\.(?:md|ts|json|js)\b|\bECH_[A-Za-z]|\b(?:IF|ROUND|ROUNDUP|MAX|MIN|SUM|ISBLANK|ISNUMBER|CHOOSE|NA)\(|\bTRUE\b|\bFALSE\b|\bTemplate version\b|\bJIT\b/;

function visible(placed: PlacedTemplate): string[] {
  const out: string[] = [];
  for (const s of placed.sheets)
    for (const c of s.cells) {
      for (const t of [c.value, c.validation?.prompt, c.validation?.error, c.cached])
        if (typeof t === "string") out.push(`${s.name}!${c.ref}: ${t}`);
        else if (typeof t === "boolean") out.push(`${s.name}!${c.ref}: ${t ? "TRUE" : "FALSE"}`);
      for (const m of (c.formula ?? "").matchAll(/"((?:[^"]|"")*)"/g)) out.push(`${s.name}!${c.ref}: ${m[1]}`);
    }
  return out;
}

describe("no internal words in front of a reader", () => {
  test.each(books.map((b) => [b.id, b] as const))(
    "%s: no file path, defined name, formula text, TRUE/FALSE or version label in any cell, prompt or message",
    (_id, placed) => {
      expect(visible(placed).filter((t) => INTERNAL.test(t.replace(/^[^:]*: /, "")))).toEqual([]);
    },
  );

  test("the check catches them", () => {
    for (const t of ["See docs/price-base.md", "(ECH_UnitCostPerHour)", "ROUNDUP(ROUND(x, 9), 0)", "FALSE", "Template version 2"])
      expect(INTERNAL.test(t)).toBe(true);
    expect(INTERNAL.test("The unit cost per hour on the Staffing sheet")).toBe(false);
  });
});

/** The people who live in the scheme are tenants: not residents, occupants or service users. A care home's residents are a different group. */
const OTHER_WORDS_FOR_TENANTS = /\b(?:residents?|occupants?|service users?)\b/i;
const CARE_HOME_RESIDENT = /care home[^.;:]*\bresidents?\b|\bresidents? of a care home/gi;

describe("one word for the scheme's tenants", () => {
  test.each(books.map((b) => [b.id, b] as const))("%s: tenants are called tenants in every cell, prompt and message", (_id, placed) => {
    const strays = visible(placed).filter((t) => OTHER_WORDS_FOR_TENANTS.test(t.replace(/^[^:]*: /, "").replace(CARE_HOME_RESIDENT, "")));
    expect(strays).toEqual([]);
  });

  test("the check tells tenants from a care home's residents", () => {
    const stray = (t: string) => OTHER_WORDS_FOR_TENANTS.test(t.replace(CARE_HOME_RESIDENT, ""));
    expect(stray("Residents who opt out")).toBe(true);
    expect(stray("Occupants in the group")).toBe(true);
    expect(stray("The weekly fee your council pays a care home for a resident")).toBe(false);
    expect(stray("Residential care: care home weekly fee")).toBe(false);
  });
});
