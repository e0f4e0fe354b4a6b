/**
 * ech-templates: writes one .xlsx template per requested option. Everything is validated and built
 * in memory first, then each file is written to a temporary name and renamed, so a failure leaves
 * no partial files in the output folder.
 */
import { promises as fsPromises } from "fs";
import * as path from "path";
import * as zlib from "zlib";
import { parseArgs } from "util";
import { isInputError } from "../model";
import { optionSpan } from "../options/ids";
import {
  OPTION_IDS,
  OVERLAY_IDS,
  OPTION_CONTENT,
  buildAppraisal,
  templateBuilder,
  parseTemplateInputs,
  placeTemplate,
  type OptionId,
  type OverlayId,
  type TemplateInputs,
} from "../templates";
import { DEFLATE_LEVEL, writeXlsx, type WriteOptions } from "../writers/xlsx";

/** Node's own zlib: several times faster than a deflate and a CRC written in JavaScript (its crc32 is Node 22.2's). */
const codec: WriteOptions = {
  deflateRaw: (data) => zlib.deflateRawSync(data, { level: DEFLATE_LEVEL }),
  deflatePiece: (data, last) =>
    zlib.deflateRawSync(data, { level: DEFLATE_LEVEL, finishFlush: last ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH }),
  ...(zlib.crc32 ? { crc32: (data, crc) => zlib.crc32(data, crc) } : {}),
};

export const USAGE = `Usage: ech-templates --out DIR [--option ${OPTION_IDS.join("|")}] [--with ${OVERLAY_IDS.join(",")}] [--all] [--compare] [--scheme "Name"] [--inputs FILE.json]

Writes one ECH Cost Model workbook (.xlsx) per commissioning option.

  --out DIR         folder to write to (created if missing)
  --option X        ${OPTION_IDS.join(", ")} (repeat or comma-separate for several); all of them if omitted
  --with ${OVERLAY_IDS.join(",")}        overlays to add to each workbook: ${OVERLAY_IDS.map((o) => `${o} (${OPTION_CONTENT[o].title.toLowerCase()})`).join(", ")}
  --all             every option with every set of overlays (${OPTION_IDS.length * 2 ** OVERLAY_IDS.length} workbooks)
  --compare         also write the appraisal workbook: options ${OPTION_IDS[0]} to ${OPTION_IDS[OPTION_IDS.length - 1]} side by side over one scheme
  --scheme "Name"   scheme name shown in the workbooks and file names
  --inputs FILE     JSON with any of the inputs (e.g. {"tenants": 40}); the rest are the published model's defaults
  --help            show this help
`;

export class UsageError extends Error {}

export interface CliStreams {
  out: (s: string) => void;
  err: (s: string) => void;
}

function list<T extends string>(what: string, raw: readonly string[], allowed: readonly T[]): T[] {
  const items = raw
    .flatMap((r) => r.split(","))
    .map((s) => s.trim().toUpperCase())
    .filter(Boolean);
  for (const i of items) if (!allowed.includes(i as T)) throw new UsageError(`Unknown ${what} "${i}": choose from ${allowed.join(", ")}.`);
  return [...new Set(items)] as T[];
}

/** The appraisal workbook's id in file names. */
const APPRAISAL_FILE = optionSpan();

/** A file name without characters Windows, macOS or Linux reject. */
export function fileName(id: string, scheme?: string): string {
  const safe = (scheme ?? "")
    .replace(/[^A-Za-z0-9 ._-]+/g, "")
    .trim()
    .replace(/\s+/g, "-");
  return `${id === APPRAISAL_FILE ? `ECH-Appraisal-${optionSpan("-")}` : `ECH-Option-${id}`}${safe ? `-${safe}` : ""}.xlsx`;
}

async function readInputs(file: string): Promise<TemplateInputs> {
  let text: string;
  try {
    text = await fsPromises.readFile(file, "utf8");
  } catch (e) {
    throw new UsageError(`Cannot read the inputs file ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new UsageError(`The inputs file ${file} is not valid JSON: ${(e as Error).message}`);
  }
  try {
    return parseTemplateInputs(json);
  } catch (e) {
    if (isInputError(e))
      throw new UsageError(`The inputs file ${file} has a problem with "${e.argument}": ${e.message.replace(/^[^:]+: /, "")}`);
    throw e;
  }
}

/** Runs the command; returns the exit code. */
export async function main(
  argv: readonly string[],
  io: CliStreams = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) },
): Promise<number> {
  try {
    const { values } = parseArgs({
      args: [...argv],
      options: {
        out: { type: "string" },
        option: { type: "string", multiple: true },
        with: { type: "string", multiple: true },
        compare: { type: "boolean" },
        all: { type: "boolean" },
        scheme: { type: "string" },
        inputs: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
      allowPositionals: false,
    });
    if (values.help) {
      io.out(USAGE);
      return 0;
    }
    if (!values.out) throw new UsageError("--out DIR is required.");
    const options = values.option ? list<OptionId>("option", values.option, OPTION_IDS) : [...OPTION_IDS];
    const overlays = list<OverlayId>("overlay", values.with ?? [], OVERLAY_IDS);
    const inputs = values.inputs ? await readInputs(values.inputs) : undefined;

    const files: { name: string; bytes: Uint8Array }[] = [];
    if (values.all && (values.with || values.option))
      throw new UsageError("--all writes every option with every set of overlays: leave out --option and --with.");
    // Every subset of the overlays, in their order: [], [E], [F], [E, F].
    const sets = values.all ? OVERLAY_IDS.reduce<OverlayId[][]>((acc, o) => [...acc, ...acc.map((x) => [...x, o])], [[]]) : [overlays];
    const build = templateBuilder(inputs);
    for (const option of options) {
      for (const set of sets) {
        const def = build({ option, overlays: set, scheme: values.scheme });
        files.push({ name: fileName(def.id, values.scheme), bytes: await writeXlsx(placeTemplate(def), codec) });
      }
    }
    if (values.compare)
      files.push({
        name: fileName(APPRAISAL_FILE, values.scheme),
        bytes: await writeXlsx(placeTemplate(buildAppraisal(inputs, values.scheme)), codec),
      });
    const written = await writeAll(values.out, files);
    for (const f of written) io.out(`${f}\n`);
    return 0;
  } catch (e) {
    const message =
      e instanceof UsageError || (e as { code?: string }).code?.startsWith("ERR_PARSE_ARGS") ? (e as Error).message : String(e);
    io.err(
      `ech-templates: ${message}\n${e instanceof UsageError || (e as { code?: string }).code?.startsWith("ERR_PARSE_ARGS") ? "Run ech-templates --help for usage.\n" : ""}`,
    );
    return 1;
  }
}

/** Writes every file to a temporary name, then renames; removes what it wrote if anything fails. */
async function writeAll(dir: string, files: readonly { name: string; bytes: Uint8Array }[]): Promise<string[]> {
  await fsPromises.mkdir(dir, { recursive: true });
  const temps: string[] = [];
  const done: string[] = [];
  try {
    for (const f of files) {
      const tmp = path.join(dir, `.${f.name}.${process.pid}.tmp`);
      temps.push(tmp);
      await fsPromises.writeFile(tmp, f.bytes);
    }
    for (const [i, f] of files.entries()) {
      const target = path.join(dir, f.name);
      await fsPromises.rename(temps[i], target);
      done.push(target);
    }
    return done;
  } catch (e) {
    await Promise.all([...temps, ...done].map((p) => fsPromises.rm(p, { force: true })));
    throw e;
  }
}

export function run(): void {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
