import { constants, crc32 as nodeCrc32, deflateRawSync } from "zlib";
import { deflateSync, strToU8, strFromU8, unzipSync } from "fflate";
import { crc32, packAfter, packFirst, zip, type DeflatePiece } from "../../src/writers/xlsx/zip";
import { writeXlsx } from "../../src/writers/xlsx";
import { buildTemplate, placeTemplate } from "../../src/templates";

/** Node's raw deflate of a piece: a sync flush after every piece but the last. */
const piece: DeflatePiece = (d, last) =>
  new Uint8Array(deflateRawSync(d, { level: 3, finishFlush: last ? constants.Z_FINISH : constants.Z_SYNC_FLUSH }));

describe("the .xlsx container", () => {
  test("CRC-32 as zip records it (the standard check value of '123456789')", () => {
    expect(crc32(strToU8("123456789"))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
  });

  test("a zip any reader opens: names, contents and order kept, with either deflate", () => {
    const parts = [
      { name: "[Content_Types].xml", data: strToU8("<Types/>") },
      { name: "xl/worksheets/sheet1.xml", data: strToU8("£ ".repeat(5000)) },
      { name: "empty.xml", data: new Uint8Array() },
    ];
    for (const deflate of [(d: Uint8Array) => deflateSync(d), (d: Uint8Array) => new Uint8Array(deflateRawSync(d))]) {
      const files = unzipSync(zip(parts, deflate));
      expect(Object.keys(files)).toEqual(parts.map((p) => p.name));
      for (const p of parts) expect(strFromU8(files[p.name])).toBe(strFromU8(p.data));
    }
  });

  test("the same template gives the same bytes, but for the creation date in the document properties", async () => {
    const placed = placeTemplate(buildTemplate({ option: "D", overlays: ["E"] }));
    const [a, b] = [unzipSync(await writeXlsx(placed)), unzipSync(await writeXlsx(placed))];
    expect(Object.keys(a)).toEqual(Object.keys(b));
    for (const name of Object.keys(a))
      if (name !== "docProps/core.xml") expect({ name, same: strFromU8(a[name]) === strFromU8(b[name]) }).toEqual({ name, same: true });
  });

  test("CRC-32 goes on from the CRC of the data before it", () => {
    const [a, b] = [strToU8("£ first part "), strToU8("and the rest")];
    expect(crc32(b, crc32(a))).toBe(crc32(strToU8("£ first part and the rest")));
  });

  test("a part packed in two pieces, the first packed once for several parts, reads whole", () => {
    const shared = strToU8("<worksheet>" + "<row>£ 1</row>".repeat(3000));
    const first = packFirst(shared, piece);
    const parts = ["<oddHeader>A</oddHeader></worksheet>", "<oddHeader>A+E</oddHeader></worksheet>"].map((tail, i) => ({
      name: `sheet${i + 1}.xml`,
      packed: packAfter(first, strToU8(tail), piece, (d, c) => nodeCrc32(d, c)),
    }));
    const files = unzipSync(zip(parts, (d) => d));
    expect(strFromU8(files["sheet2.xml"])).toBe(strFromU8(shared) + "<oddHeader>A+E</oddHeader></worksheet>");
    for (const [i, p] of parts.entries()) {
      const whole = files[`sheet${i + 1}.xml`];
      expect(p.packed.crc).toBe(crc32(whole));
      expect(p.packed.size).toBe(whole.length);
    }
  });

  test("workbooks written with pieces hold what they hold without, the twin that shares its sheets included", async () => {
    for (const overlays of [[], ["E"]] as const) {
      const placed = placeTemplate(buildTemplate({ option: "B", overlays: [...overlays] }));
      const [plain, pieces] = [unzipSync(await writeXlsx(placed)), unzipSync(await writeXlsx(placed, { deflatePiece: piece }))];
      expect(Object.keys(pieces)).toEqual(Object.keys(plain));
      for (const name of Object.keys(plain))
        if (name !== "docProps/core.xml")
          expect({ name, same: strFromU8(pieces[name]) === strFromU8(plain[name]) }).toEqual({ name, same: true });
    }
  });
});
