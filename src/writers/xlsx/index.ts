/**
 * PlacedTemplate -> .xlsx bytes. No Node-only APIs (the task pane's download mode runs this in the
 * browser). Every formula goes with its computed value, so previews and data tools that do not
 * calculate show the right numbers, and the workbook asks for a full recalculation on load, so
 * Excel, LibreOffice and Gnumeric show live numbers when the file is opened.
 *
 * The parts are written as text straight from the placed template: a workbook library's object
 * model took three times as long as everything else the command does (see the README's
 * Performance section). Deflate is fflate's unless the caller brings a faster one (Node's zlib).
 */
import { fixedRectAddress, parseAddress } from "../../layout/a1";
import { TEMPLATE_VERSION } from "../../templates/version";
import { quoteSheet } from "../../templates/place";
import type { PlacedTemplate } from "../../templates/types";
import { sheetXmlPieces } from "./sheetXml";
import { StyleTable } from "./styleTable";
import { MAIN_NS, REL_NS, XML_HEAD, esc } from "./xml";
import {
  DEFLATE_LEVEL,
  packAfter,
  packFirst,
  utf8,
  zip,
  type Crc32,
  type DeflatePiece,
  type DeflateRaw,
  type Packed,
  type ZipPart,
} from "./zip";

export { DEFLATE_LEVEL, type Crc32, type DeflatePiece, type DeflateRaw };

const PACKAGE_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml";

/** fflate's deflate, loaded only where the caller brings none (the command brings Node's zlib, faster). */
async function fflateDeflate(): Promise<DeflateRaw> {
  const { deflateSync } = await import("fflate");
  return (data) => deflateSync(data, { level: DEFLATE_LEVEL });
}

function relationships(items: readonly { id: string; type: string; target: string }[]): string {
  return `${XML_HEAD}<Relationships xmlns="${PACKAGE_REL}">${items
    .map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${r.target}"/>`)
    .join("")}</Relationships>`;
}

function workbookXml(placed: PlacedTemplate): string {
  const sheets = placed.sheets.map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("");
  const names: string[] = placed.names.map((n) => `<definedName name="${esc(n.placedName)}">${esc(n.reference)}</definedName>`);
  placed.sheets.forEach((s, i) => {
    const q = quoteSheet(s.name);
    if (s.print.area) {
      const area = fixedRectAddress(parseAddress(s.print.area).rect);
      names.push(`<definedName name="_xlnm.Print_Area" localSheetId="${i}">${esc(`${q}!${area}`)}</definedName>`);
    }
    const t = s.print.titleRows;
    if (t) names.push(`<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${esc(`${q}!$${t[0]}:$${t[1]}`)}</definedName>`);
  });
  return (
    `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    '<bookViews><workbookView activeTab="0"/></bookViews>' +
    `<sheets>${sheets}</sheets>` +
    (names.length ? `<definedNames>${names.join("")}</definedNames>` : "") +
    '<calcPr calcId="191029" fullCalcOnLoad="1"/></workbook>'
  );
}

function coreXml(placed: PlacedTemplate): string {
  const now = `${new Date().toISOString().slice(0, 19)}Z`;
  return (
    `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `<dc:title>${esc(placed.title)}</dc:title><dc:creator>ECH Cost Model</dc:creator>` +
    // The template version in the document properties too (the workbook's cells do not show it).
    `<cp:keywords>ECH template version ${TEMPLATE_VERSION}</cp:keywords>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${now}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${now}</dcterms:modified>` +
    "</cp:coreProperties>"
  );
}

function appXml(placed: PlacedTemplate): string {
  const n = placed.sheets.length;
  return (
    `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
    "<Application>ECH Cost Model</Application>" +
    `<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>${n}</vt:i4></vt:variant></vt:vector></HeadingPairs>` +
    `<TitlesOfParts><vt:vector size="${n}" baseType="lpstr">${placed.sheets.map((s) => `<vt:lpstr>${esc(s.name)}</vt:lpstr>`).join("")}</vt:vector></TitlesOfParts>` +
    "</Properties>"
  );
}

function contentTypes(sheets: number): string {
  const over = (part: string, type: string) => `<Override PartName="${part}" ContentType="${type}"/>`;
  return (
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    over("/xl/workbook.xml", `${TYPE}.sheet.main+xml`) +
    Array.from({ length: sheets }, (_, i) => over(`/xl/worksheets/sheet${i + 1}.xml`, `${TYPE}.worksheet+xml`)).join("") +
    over("/xl/styles.xml", `${TYPE}.styles+xml`) +
    over("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml") +
    over("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml") +
    "</Types>"
  );
}

export interface WriteOptions {
  /** Raw deflate to pack the parts with; fflate's by default (Node's zlib is faster where there is one). */
  deflateRaw?: DeflateRaw;
  /** CRC-32 of a part; this module's own by default (Node's zlib has a faster one). */
  crc32?: Crc32;
  /**
   * Raw deflate of a piece of a part (Node's zlib has one): where given, the part of a sheet that the
   * same sheet of another workbook shares is packed once for both (see sheetXmlPieces).
   */
  deflatePiece?: DeflatePiece;
}

/** Sheets' first pieces packed already, by their text: the last few, most recent last. */
const packedFirsts = new Map<string, Packed>();
const PACKED_KEPT = 32;

function packedFirst(text: string, deflate: DeflatePiece, crc: Crc32 | undefined): Packed {
  let p = packedFirsts.get(text);
  if (p) packedFirsts.delete(text);
  else p = packFirst(utf8(text), deflate, crc);
  packedFirsts.set(text, p);
  if (packedFirsts.size > PACKED_KEPT) packedFirsts.delete(packedFirsts.keys().next().value!);
  return p;
}

export async function writeXlsx(placed: PlacedTemplate, options: WriteOptions = {}): Promise<Uint8Array> {
  const styles = new StyleTable();
  const sheets = placed.sheets.map((s) => sheetXmlPieces(s, styles));
  const n = sheets.length;
  const part = (name: string, text: string): ZipPart => ({ name, data: utf8(text) });
  const { deflatePiece } = options;
  const sheetPart = (name: string, [first, rest]: [string, string]): ZipPart =>
    deflatePiece
      ? { name, packed: packAfter(packedFirst(first, deflatePiece, options.crc32), utf8(rest), deflatePiece, options.crc32) }
      : part(name, first + rest);
  const parts: ZipPart[] = [
    part("[Content_Types].xml", contentTypes(n)),
    part(
      "_rels/.rels",
      relationships([
        { id: "rId1", type: `${REL_NS}/officeDocument`, target: "xl/workbook.xml" },
        { id: "rId2", type: `${PACKAGE_REL}/metadata/core-properties`, target: "docProps/core.xml" },
        { id: "rId3", type: `${REL_NS}/extended-properties`, target: "docProps/app.xml" },
      ]),
    ),
    part("docProps/core.xml", coreXml(placed)),
    part("docProps/app.xml", appXml(placed)),
    part("xl/workbook.xml", workbookXml(placed)),
    part(
      "xl/_rels/workbook.xml.rels",
      relationships([
        ...sheets.map((_, i) => ({ id: `rId${i + 1}`, type: `${REL_NS}/worksheet`, target: `worksheets/sheet${i + 1}.xml` })),
        { id: `rId${n + 1}`, type: `${REL_NS}/styles`, target: "styles.xml" },
      ]),
    ),
    ...sheets.map((pieces, i) => sheetPart(`xl/worksheets/sheet${i + 1}.xml`, pieces)),
    part("xl/styles.xml", styles.xml()),
  ];
  return zip(parts, options.deflateRaw ?? (await fflateDeflate()), options.crc32);
}
