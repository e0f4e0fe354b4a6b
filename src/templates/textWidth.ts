/**
 * Printed widths of text in Arial (Liberation Sans has the same metrics), from which placing a
 * template wraps long text and sizes its rows (print.ts).
 */

/**
 * Estimated text is widened by this much, so a line the estimate fits also fits in the widest
 * renderer of the three (metrics and kerning differ a little).
 */
const SAFETY = 1.1;

/* Arial advance widths in 1/1000 em (Liberation Sans has the same). */
const WIDTHS: Record<string, number> = {
  " ": 278,
  "!": 278,
  '"': 355,
  "#": 556,
  $: 556,
  "%": 889,
  "&": 667,
  "'": 191,
  "(": 333,
  ")": 333,
  "*": 389,
  "+": 584,
  ",": 278,
  "-": 333,
  ".": 278,
  "/": 278,
  ":": 278,
  ";": 278,
  "<": 584,
  "=": 584,
  ">": 584,
  "?": 556,
  "@": 1015,
  "[": 278,
  "]": 278,
  _: 556,
  a: 556,
  b: 556,
  c: 500,
  d: 556,
  e: 556,
  f: 278,
  g: 556,
  h: 556,
  i: 222,
  j: 222,
  k: 500,
  l: 222,
  m: 833,
  n: 556,
  o: 556,
  p: 556,
  q: 556,
  r: 333,
  s: 500,
  t: 278,
  u: 556,
  v: 500,
  w: 722,
  x: 500,
  y: 500,
  z: 500,
  A: 667,
  B: 667,
  C: 722,
  D: 722,
  E: 667,
  F: 611,
  G: 778,
  H: 722,
  I: 278,
  J: 500,
  K: 667,
  L: 556,
  M: 833,
  N: 722,
  O: 778,
  P: 667,
  Q: 778,
  R: 722,
  S: 667,
  T: 611,
  U: 722,
  V: 667,
  W: 944,
  X: 667,
  Y: 667,
  Z: 611,
  "£": 556,
  "€": 556,
  "×": 584,
  "÷": 584,
  "–": 556,
  "—": 1000,
  "’": 222,
  "‘": 222,
  "“": 333,
  "”": 333,
  "…": 1000,
  "≥": 549,
  "≤": 549,
};
const DIGIT = 556;
const OTHER = 667;
const BOLD = 1.08;

/** Estimated printed width of `text` in points. */
export function textWidth(text: string, size: number, bold = false): number {
  let units = 0;
  for (const ch of text) units += WIDTHS[ch] ?? (ch >= "0" && ch <= "9" ? DIGIT : OTHER);
  return (units / 1000) * size * (bold ? BOLD : 1) * SAFETY;
}

/**
 * Lines `text` takes when wrapped at word boundaries to `width` points (a word too long breaks).
 * Excel and LibreOffice also break a line after a hyphen ("Housing-" / "related").
 */
export function wrappedLines(text: string, width: number, size: number, bold = false): number {
  const key = `${width}|${size}|${bold ? 1 : 0}|${text}`;
  let lines = measured.get(key);
  if (lines === undefined) {
    // The texts are the templates' own, a few thousand in all: kept whole, but never without bound.
    if (measured.size >= MEASURED_MAX) measured.clear();
    measured.set(key, (lines = linesOf(text, width, size, bold)));
  }
  return lines;
}

/** Lines already counted: the workbooks of a set share most of their texts, at the same widths. */
const measured = new Map<string, number>();
const MEASURED_MAX = 20_000;

function linesOf(text: string, width: number, size: number, bold: boolean): number {
  const space = textWidth(" ", size, bold);
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    lines++;
    let used = 0;
    const parts = paragraph
      .split(" ")
      .filter(Boolean)
      .flatMap((word) =>
        word.includes("-")
          ? word.split(/(?<=-)(?=.)/).map((part, j) => ({ part, gap: j === 0 ? space : 0 }))
          : [{ part: word, gap: space }],
      );
    for (const { part: word, gap } of parts) {
      const w = textWidth(word, size, bold);
      const needed = used === 0 ? w : used + gap + w;
      if (needed <= width) used = needed;
      else if (used === 0 || w > width) {
        // A word wider than the cell breaks across lines.
        const extra = Math.ceil(w / width) - 1;
        lines += (used === 0 ? 0 : 1) + extra;
        used = w - extra * width;
      } else {
        lines++;
        used = w;
      }
    }
  }
  return lines;
}
