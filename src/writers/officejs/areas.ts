import { rectAddress, type Rect } from "../../layout/a1";

/** Worksheet.getRanges (RangeAreas) arrived in ExcelApi 1.9. */
export const AREAS_API = "1.9";

/**
 * The longest address given to getRanges: as long as a reference Excel takes anywhere (255
 * characters), so the request is refused nowhere for its length.
 */
const MAX_ADDRESS = 255;

/** Addresses joined with commas, each join at most MAX_ADDRESS long. */
export function joinedAddresses(addresses: readonly string[]): string[] {
  const out: string[] = [];
  for (const a of addresses) {
    const last = out.length - 1;
    if (last >= 0 && out[last].length + 1 + a.length <= MAX_ADDRESS) out[last] += `,${a}`;
    else out.push(a);
  }
  return out;
}

/**
 * Calls `f` with the format of every address: with RangeAreas (`areas`), one format for as many
 * addresses as one operation takes, so a property shared by many scattered cells is set in a few
 * operations instead of one per rectangle; without, one a range.
 */
export function formatEach(
  ws: Excel.Worksheet,
  addresses: readonly string[],
  areas: boolean,
  f: (format: Excel.RangeFormat) => void,
): void {
  if (!areas) {
    for (const a of addresses) f(ws.getRange(a).format);
    return;
  }
  for (const a of joinedAddresses(addresses)) f(a.includes(",") ? ws.getRanges(a).format : ws.getRange(a).format);
}

/** formatEach over rectangles of cells. */
export function formatRects(ws: Excel.Worksheet, rects: readonly Rect[], areas: boolean, f: (format: Excel.RangeFormat) => void): void {
  formatEach(ws, rects.map(rectAddress), areas, f);
}
