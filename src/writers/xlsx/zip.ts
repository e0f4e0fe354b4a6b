/**
 * The .xlsx container: a zip of the workbook's parts, each deflated. Written here rather than with
 * a zip library so the deflate itself can be the platform's fastest (Node's zlib in the command,
 * fflate in the browser); the format is PKWARE's APPNOTE, the subset every reader of .xlsx accepts:
 * no encryption, no zip64 (a template is far below 4 GB), UTF-8 names, one fixed date.
 */

/** Raw deflate (RFC 1951, no zlib or gzip header) of one part. */
export type DeflateRaw = (data: Uint8Array) => Uint8Array;

/**
 * How hard every deflate packs (zlib's scale, 1 to 9): at 3 a template is about 14% larger than at
 * the default 6, and packing it takes less than half the time.
 */
export const DEFLATE_LEVEL = 3;

/** A text's UTF-8 bytes (every browser and Node has the encoder). */
const encoder = new TextEncoder();
export const utf8 = (text: string): Uint8Array => encoder.encode(text);

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** CRC-32 (ISO 3309) of the part, as the zip entry records it; `crc` of the data before it, to go on from. */
export function crc32(data: Uint8Array, crc = 0): number {
  let c = (crc ^ 0xffffffff) >>> 0;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A part to deflate, or one deflated already (see packAfter). */
export type ZipPart = { name: string; data: Uint8Array } | { name: string; packed: Packed };

/** A part's deflated bytes, with the CRC-32 and length of what they hold. */
export interface Packed {
  packed: Uint8Array;
  crc: number;
  size: number;
}

/** Raw deflate of a piece of a part: all but the last end on a byte, without ending the stream (a sync flush). */
export type DeflatePiece = (data: Uint8Array, last: boolean) => Uint8Array;

/** CRC-32 of data, going on from `crc`, the CRC-32 of the data before it (0 for none). */
export type Crc32 = (data: Uint8Array, crc?: number) => number;

/** The first piece of a part, deflated on its own: it may begin parts of several workbooks. */
export function packFirst(data: Uint8Array, deflate: DeflatePiece, crc: Crc32 = crc32): Packed {
  return { packed: deflate(data, false), crc: crc(data), size: data.length };
}

/**
 * A part deflated in two pieces, one after the other (a deflate stream may be cut where a sync flush
 * ends a block): `first`, packed once for every part it begins (the cells a sheet shares with the
 * same sheet of another workbook), then the rest of the part.
 */
export function packAfter(first: Packed, rest: Uint8Array, deflate: DeflatePiece, crc: Crc32 = crc32): Packed {
  const tail = deflate(rest, true);
  const packed = new Uint8Array(first.packed.length + tail.length);
  packed.set(first.packed);
  packed.set(tail, first.packed.length);
  return { packed, crc: crc(rest, first.crc), size: first.size + rest.length };
}

/** 1 January 1980, 00:00, MS-DOS date and time: the same bytes for the same workbook on every run. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
/** Version 2.0 (deflate), bit 11: names in UTF-8, method 8: deflate. */
const VERSION = 20;
const UTF8_NAMES = 0x0800;
const DEFLATE = 8;

/** The zip of the parts, in order; `crc` may be the platform's own (Node's zlib has one). */
export function zip(parts: readonly ZipPart[], deflateRaw: DeflateRaw, crc: Crc32 = crc32): Uint8Array {
  const entries = parts.map((p) => {
    const name = utf8(p.name);
    if ("packed" in p) return { name, ...p.packed, offset: 0 };
    return { name, crc: crc(p.data), size: p.data.length, packed: deflateRaw(p.data), offset: 0 };
  });
  const local = entries.reduce((n, e) => n + 30 + e.name.length + e.packed.length, 0);
  const central = entries.reduce((n, e) => n + 46 + e.name.length, 0);
  const out = new Uint8Array(local + central + 22);
  const view = new DataView(out.buffer);
  let at = 0;
  const u16 = (v: number) => {
    view.setUint16(at, v, true);
    at += 2;
  };
  const u32 = (v: number) => {
    view.setUint32(at, v, true);
    at += 4;
  };
  const bytes = (b: Uint8Array) => {
    out.set(b, at);
    at += b.length;
  };
  // What the local header and the central directory both say of an entry, from the version needed on.
  const common = (e: (typeof entries)[number]) => {
    u16(VERSION);
    u16(UTF8_NAMES);
    u16(DEFLATE);
    u16(DOS_TIME);
    u16(DOS_DATE);
    u32(e.crc);
    u32(e.packed.length);
    u32(e.size);
    u16(e.name.length);
    u16(0); // extra field
  };
  for (const e of entries) {
    e.offset = at;
    u32(0x04034b50);
    common(e);
    bytes(e.name);
    bytes(e.packed);
  }
  const directory = at;
  for (const e of entries) {
    u32(0x02014b50);
    u16(VERSION); // made by
    common(e);
    u16(0); // comment
    u16(0); // disk
    u16(0); // internal attributes
    u32(0); // external attributes
    u32(e.offset);
    bytes(e.name);
  }
  const size = at - directory;
  u32(0x06054b50);
  u16(0);
  u16(0);
  u16(entries.length);
  u16(entries.length);
  u32(size);
  u32(directory);
  u16(0);
  return out;
}
