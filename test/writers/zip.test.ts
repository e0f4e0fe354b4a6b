import { deflateRawSync } from "zlib";
import { deflateSync, strToU8, strFromU8, unzipSync } from "fflate";
import { crc32, zip } from "../../src/writers/xlsx/zip";
import { writeXlsx } from "../../src/writers/xlsx";
import { buildTemplate, placeTemplate } from "../../src/templates";

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
});
