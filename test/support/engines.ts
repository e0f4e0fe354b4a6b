/**
 * Recalculates generated .xlsx files in real spreadsheet engines (LibreOffice Calc, Gnumeric) and
 * reads the results back, so tests can compare them with HyperFormula's and look for error cells.
 */
import { execFileSync } from "child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import type { PlacedTemplate } from "../../src/templates";
import type { Value } from "./hyperformula";
import { parseRef } from "./hyperformula";

/** Values by template sheet id and A1 reference. */
export type Results = (sheetId: string, ref: string) => Value;

export function tempDir(prefix: string): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** LibreOffice settings: recalculate .xlsx (OOXML) and .ods formulas on load, always (0). */
const ALWAYS_RECALCULATE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

const LO_CSV = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

/**
 * LibreOffice: one soffice run converts every file (start-up dominates) to one CSV per sheet with
 * raw values ("save as shown" off), named "<file>-<sheet>.csv".
 */
export function recalcLibreOffice(files: readonly string[], workDir: string, placed: readonly PlacedTemplate[]): Results[] {
  const out = path.join(workDir, "lo-out");
  mkdirSync(out, { recursive: true });
  // A private profile (no clash with a running LibreOffice) set to recalculate every formula on
  // load: by default LibreOffice shows the results stored in an .xlsx from Excel (ours carry them
  // for viewers that do not calculate), which would test the stored values, not LibreOffice.
  const profileDir = path.join(workDir, "lo-profile");
  mkdirSync(path.join(profileDir, "user"), { recursive: true });
  writeFileSync(path.join(profileDir, "user", "registrymodifications.xcu"), ALWAYS_RECALCULATE);
  const profile = `file://${profileDir}`;
  execFileSync(
    "soffice",
    [`-env:UserInstallation=${profile}`, "--headless", "--norestore", "--convert-to", LO_CSV, "--outdir", out, ...files],
    {
      stdio: "pipe",
      timeout: 120_000,
    },
  );
  return files.map((f, i) =>
    csvResults(placed[i], (sheet) => path.join(out, `${path.basename(f, ".xlsx")}-${placed[i].sheets[sheet].name}.csv`)),
  );
}

/** Minimal CSV reader (quoted fields, doubled quotes), enough for Gnumeric's output. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else if (ch !== "\r") field += ch;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

const ERROR = /^#(N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!)$/;

/** Reads one CSV per sheet into Results. */
function csvResults(placed: PlacedTemplate, fileOf: (sheetIndex: number) => string): Results {
  const grids = new Map(placed.sheets.map((s, i) => [s.id, parseCsv(readFileSync(fileOf(i), "utf8"))]));
  return (sheetId: string, ref: string): Value => {
    const { row, col } = parseRef(ref);
    const text = grids.get(sheetId)?.[row]?.[col] ?? "";
    if (text === "") return null;
    if (ERROR.test(text)) return { error: text };
    if (/^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(text)) return Number(text);
    // LibreOffice keeps the % of percentage-formatted cells even when not saving "as shown".
    if (/^-?\d+(\.\d+)?([eE][-+]?\d+)?%$/.test(text)) return Number(text.slice(0, -1)) / 100;
    if (text === "TRUE" || text === "FALSE") return text === "TRUE";
    return text;
  };
}

/** Gnumeric: `ssconvert --recalc`, one CSV per sheet (raw values, full precision). */
export function recalcGnumeric(file: string, workDir: string, placed: PlacedTemplate): Results {
  const out = path.join(workDir, `gnumeric-${path.basename(file, ".xlsx")}`);
  mkdirSync(out, { recursive: true });
  execFileSync("ssconvert", ["--recalc", "-S", "--export-type=Gnumeric_stf:stf_csv", file, path.join(out, "%n.csv")], {
    stdio: "pipe",
    timeout: 60_000,
  });
  expect(readdirSync(out)).toHaveLength(placed.sheets.length);
  return csvResults(placed, (i) => path.join(out, `${i}.csv`));
}
