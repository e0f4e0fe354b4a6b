/**
 * Printing generated workbooks: LibreOffice (headless) turns .xlsx files into PDFs, pdftotext
 * -bbox-layout gives every printed word's box, and overlappingWords finds words printed on top of
 * each other (a label running into the next cell, a long subtitle over the row below).
 */
import { execFileSync } from "child_process";
import { mkdirSync } from "fs";
import * as path from "path";

export interface WordBox {
  page: number;
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/**
 * One soffice run for all the files (start-up dominates); returns the PDFs' paths in order. It
 * prints as a council's LibreOffice does, in British English: the header's date (Excel's &D, which
 * each program writes in its own locale) day first, not this machine's American default.
 */
export function printToPdf(files: readonly string[], workDir: string): string[] {
  const out = path.join(workDir, "pdf");
  mkdirSync(out, { recursive: true });
  const profile = `file://${path.join(workDir, "lo-profile")}`;
  execFileSync(
    "soffice",
    [`-env:UserInstallation=${profile}`, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", out, ...files],
    {
      stdio: "pipe",
      timeout: 240_000,
      env: { ...process.env, LANG: "en_GB.UTF-8", LC_ALL: "en_GB.UTF-8" },
    },
  );
  return files.map((f) => path.join(out, `${path.basename(f, ".xlsx")}.pdf`));
}

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

/** Every word of the PDF with its box, in points from the page's top left. */
export function wordBoxes(pdf: string): WordBox[] {
  const html = execFileSync("pdftotext", ["-bbox-layout", pdf, "-"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const words: WordBox[] = [];
  let page = 0;
  const TOKEN = /<page\b|<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
  for (let m = TOKEN.exec(html); m; m = TOKEN.exec(html)) {
    if (m[0] === "<page") page++;
    else words.push({ page, text: unescape(m[5]), xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]) });
  }
  return words;
}

/**
 * Pairs of words on one page printed over each other: their boxes overlap by more than
 * `tolerance` points across, and by more than `tolerance` points and a quarter of the smaller box's
 * height down. (pdftotext's boxes span the font's whole height, a little more than the line pitch
 * of wrapped text, so the lines of one paragraph overlap by some 15% without touching.)
 */
export function overlappingWords(words: readonly WordBox[], tolerance = 1): [WordBox, WordBox][] {
  const pairs: [WordBox, WordBox][] = [];
  const byPage = new Map<number, WordBox[]>();
  for (const w of words) {
    if (!byPage.has(w.page)) byPage.set(w.page, []);
    byPage.get(w.page)!.push(w);
  }
  for (const page of byPage.values()) {
    const sorted = [...page].sort((a, b) => a.yMin - b.yMin);
    for (let i = 0; i < sorted.length; i++) {
      const a = sorted[i];
      for (let j = i + 1; j < sorted.length && sorted[j].yMin < a.yMax; j++) {
        const b = sorted[j];
        const dx = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
        const dy = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
        const minHeight = Math.min(a.yMax - a.yMin, b.yMax - b.yMin);
        if (dx > tolerance && dy > Math.max(tolerance, minHeight / 4)) pairs.push([a, b]);
      }
    }
  }
  return pairs;
}

export function describePair([a, b]: [WordBox, WordBox]): string {
  const at = (w: WordBox) => `"${w.text}"@(${w.xMin.toFixed(0)},${w.yMin.toFixed(0)})`;
  return `page ${a.page}: ${at(a)} over ${at(b)}`;
}

/** Each page's text (pdftotext ends every page with a form feed). */
export function pdfPages(pdf: string): string[] {
  const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return text.split("\f").slice(0, -1);
}

/** A printed page as pixels at 72 dpi, so one pixel is one point of pdftotext's boxes. */
export interface PageImage {
  width: number;
  height: number;
  /** RGB, 3 bytes a pixel, row by row from the top left. */
  rgb: Buffer;
}

/** Renders one page (1-based) with pdftoppm to a PPM image, which needs no decoder to read. */
export function pageImage(pdf: string, page: number): PageImage {
  const ppm = execFileSync("pdftoppm", ["-r", "72", "-f", String(page), "-l", String(page), "-singlefile", pdf], {
    maxBuffer: 64 * 1024 * 1024,
  });
  // Header: "P6\n<width> <height>\n255\n", then the pixels.
  const m = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 40).toString("latin1"));
  if (!m) throw new Error(`pdftoppm gave no PPM image for page ${page} of ${pdf}`);
  return { width: Number(m[1]), height: Number(m[2]), rgb: ppm.subarray(m[0].length) };
}

/**
 * The colour behind a printed word, RRGGBB: the commonest colour inside its box (the cell's fill
 * shows between and around the letters; white when the cell has none).
 */
export function background(image: PageImage, w: WordBox): string {
  const counts = new Map<string, number>();
  for (let y = Math.ceil(w.yMin); y < Math.floor(w.yMax); y++) {
    for (let x = Math.ceil(w.xMin); x < Math.floor(w.xMax); x++) {
      const i = (y * image.width + x) * 3;
      const c = image.rgb
        .subarray(i, i + 3)
        .toString("hex")
        .toUpperCase();
      counts.set(c, (counts.get(c) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "FFFFFF";
}

/** The names of the fonts a PDF embeds (pdffonts), without the subset prefix ("ABCDEF+"). */
export function pdfFonts(pdf: string): string[] {
  const table = execFileSync("pdffonts", [pdf], { encoding: "utf8" });
  const names = table
    .split("\n")
    .slice(2)
    .map((line) => line.split(/\s+/)[0])
    .filter(Boolean)
    .map((name) => name.replace(/^[A-Z]{6}\+/, ""));
  return [...new Set(names)].sort();
}
