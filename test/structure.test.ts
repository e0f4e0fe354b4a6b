import * as fs from "fs";
import * as path from "path";

/** Every TypeScript source file under src, with its text. */
function sources(dir = path.join(__dirname, "../src")): { file: string; text: string }[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return /\.tsx?$/.test(e.name) ? [{ file: path.relative(path.join(__dirname, ".."), p), text: fs.readFileSync(p, "utf8") }] : [];
  });
}

/** Code without its comments (strings kept). */
const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`])\/\/.*$/gm, "$1");

/** String and template literals of a source text (comments removed first). */
function literals(text: string): string[] {
  return [...code(text).matchAll(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`/g)].map((m) => m[0]);
}

/** A cell address written by hand: "B5", "$B$5", "B5:D7", or a column letter glued to a computed row (`A${row}`). */
const ADDRESS = /(?<![A-Za-z0-9_$])\$?[A-Z]{1,3}\$?[0-9]{1,7}(?![0-9A-Za-z_.])|(?<=[`:!(,+=])[A-Z]{1,3}\$\{/g;

/**
 * An option's letter deciding behaviour: compared (`id === "B"`), searched for (`includes("F")`),
 * switched on (`case "C":`) or a map by letter indexed at once (`{ A: …, B: … }[option]`).
 */
const LETTER =
  /[=!]==\s*["'`][A-F]["'`]|["'`][A-F]["'`]\s*[=!]==|includes\(\s*["'`][A-F]["'`]\s*\)|case\s+["'`][A-F]["'`]\s*:|\{\s*[A-F]\s*[:,][^{}]*\}\s*\)?\s*\[/g;
const lettersDeciding = (text: string): string[] => code(text).match(LETTER) ?? [];

/** The ways of contracting spelt out as a span in text ("A–D", "A to D") rather than taken from the list. */
const SPAN = /\bA\s*(?:–|-|to)\s*D\b/;

describe("one definition of everything", () => {
  const files = sources();

  test("hand-written cell addresses outside the A1 module: 10 or fewer", () => {
    const found = files
      .filter((f) => !f.file.endsWith(path.join("layout", "a1.ts")))
      .flatMap((f) =>
        literals(f.text)
          // Colours (RRGGBB) are not addresses.
          .filter((l) => !/^["'`][0-9A-F]{6}["'`]$/.test(l))
          .flatMap((l) => (l.match(ADDRESS) ?? []).map((a) => `${f.file}: ${a} in ${l.slice(0, 60)}`)),
      )
      // Not addresses: requirement sets, paper size, header codes (&L, &C, &R), colours (FF…), sections (4.2).
      .filter((x) => !/ExcelApi|\bA4\b|&[LCR]\$\{|FF\$\{/.test(x));
    if (found.length > 10) throw new Error(`${found.length} addresses written by hand:\n${found.join("\n")}`);
    expect(found.length).toBeLessThanOrEqual(10);
  });

  test("the detector finds addresses written by hand", () => {
    expect(literals('const f = "B16+B17+B19";').join().match(ADDRESS)).toEqual(["B16", "B17", "B19"]);
    expect(literals("s.text(`A${r}`, x)").join().match(ADDRESS)).toEqual(["A${"]);
    expect(literals('"Section 2 Part A 4.3"').join().match(ADDRESS)).toBeNull();
  });

  test("the option list is spelled out in one source file", () => {
    const spelled = files
      .filter((f) => /["'`]A["'`]\s*,\s*["'`]B["'`]\s*,\s*["'`]C["'`]\s*,\s*["'`]D["'`]|A\|B\|C\|D|\[A-D\]|\[A-F\]/.test(f.text))
      .map((f) => f.file);
    expect(spelled).toEqual([path.join("src", "options", "ids.ts")]);
  });

  test("no option letter decides behaviour outside src/options (the registry entry is asked instead)", () => {
    const options = path.join("src", "options") + path.sep;
    const found = files.filter((f) => !f.file.startsWith(options)).flatMap((f) => lettersDeciding(f.text).map((m) => `${f.file}: ${m}`));
    expect(found).toEqual([]);
  });

  test("the detector finds an option letter deciding behaviour, and not a letter in a comment or a label", () => {
    const planted = [
      'if (id === "B") return x;',
      'const pump = overlays.includes("F");',
      "switch (o) { case 'C': break; }",
      "return { A: A.ROWS, B: B.ROWS }[option];",
      "const pick = ({ C, D })[id];",
      "if (`E` !== id) f();",
    ].join("\n");
    expect(lettersDeciding(planted)).toHaveLength(6);
    expect(lettersDeciding('// if (id === "B")\nconst label = "Option A";\nconst a = { A: 1 };')).toEqual([]);
  });

  test("the span of options (A–D) is taken from the list, not spelt in text, outside src/options", () => {
    const options = path.join("src", "options") + path.sep;
    const spelt = files
      .filter((f) => !f.file.startsWith(options))
      .flatMap((f) =>
        literals(f.text)
          .filter((l) => SPAN.test(l))
          .map((l) => `${f.file}: ${l.slice(0, 60)}`),
      );
    expect(spelt).toEqual([]);
    expect(SPAN.test('"appraisal of options A to D"') && SPAN.test('"A–D"') && !SPAN.test('"A day"')).toBe(true);
  });

  test("no source file over 500 lines, but those still to be split (the list may only shrink)", () => {
    const stillLong: string[] = [];
    // Code the generator writes from the rows (npm run generate) is not read or edited by hand.
    const long = files.filter((f) => !f.file.endsWith(".generated.ts") && f.text.split("\n").length > 500).map((f) => f.file);
    expect(long.filter((f) => !stillLong.includes(f))).toEqual([]);
  });
});

/** Code with comments, string and template literals blanked, so that only types and names are left. */
function typesAndNames(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/(^|[^:"'`])\/\/.*$/gm, "$1")
    .replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`/g, '""');
}

/** `any` used as a type: after a colon, in a type argument, an array, a union or a cast. */
const ANY = /(?::|<|,|\||&|\bas)\s*any\b(?!\w)|\bany\s*\[\]/g;

describe("the custom functions are typed", () => {
  test("no `any` as a type in src/functions: arguments are the cell types of args.ts", () => {
    const found = sources(path.join(__dirname, "../src/functions")).flatMap((f) =>
      (typesAndNames(f.text).match(ANY) ?? []).map((m) => `${f.file}: ${m}`),
    );
    expect(found).toEqual([]);
  });

  test("the detector finds `any` as a type, and not the word in text", () => {
    const hits = (s: string) => typesAndNames(s).match(ANY) ?? [];
    expect(hits("export function f(a: any, b?: any[], c: Array<any>, d = x as any) {}")).toHaveLength(4);
    expect(hits("function f(a: number | any) {}")).toHaveLength(1);
    expect(hits('// any value\nconst s = "any length"; /* any */ const many = 1;')).toEqual([]);
  });
});
