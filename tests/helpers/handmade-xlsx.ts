// .xlsx workbooks built byte by byte with node:zlib, so a test can make the
// ones no spreadsheet program writes: a few hundred KB that unpack to
// hundreds of MB (a decompression bomb), a directory that understates a
// part's size, a part the directory does not list. The smallest ones are
// real workbooks: read-excel-file reads them (tests check that), so the big
// ones differ only in size.
import { constants, deflateRawSync } from "node:zlib";

/** One cell's text given as `chunk` repeated `times` times, so a huge cell is never built as a string. */
export interface Repeated {
  chunk: string;
  times: number;
}

export interface HandmadePart {
  name: string;
  /** the raw deflate stream */
  deflated: Uint8Array;
  size: number;
  crc32: number;
  /** the size the central directory states (default: `size`) */
  declaredSize?: number;
  /** written into the archive but left out of the central directory */
  unlisted?: boolean;
}

const utf8 = (s: string) => new TextEncoder().encode(s);

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(parts: readonly Uint8Array[], times = 1): number {
  let c = 0xffffffff;
  for (let t = 0; t < times; t++) for (const bytes of parts) for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/**
 * A part from text pieces: deflated piece by piece with a full flush after
 * each (byte-aligned, no back-references across pieces), so a repeated
 * piece is deflated once and its stream repeated — 300 MB of `a` cost 300 KB
 * and no time to make.
 */
export function part(name: string, pieces: readonly (string | Repeated)[]): HandmadePart {
  const streams: Uint8Array[] = [];
  let size = 0;
  const plain: { bytes: Uint8Array; times: number }[] = [];
  for (const piece of pieces) {
    const { chunk, times } = typeof piece === "string" ? { chunk: piece, times: 1 } : piece;
    const bytes = utf8(chunk);
    const stream = deflateRawSync(bytes, { finishFlush: constants.Z_FULL_FLUSH });
    for (let i = 0; i < times; i++) streams.push(stream);
    size += bytes.length * times;
    plain.push({ bytes, times });
  }
  streams.push(deflateRawSync(new Uint8Array(0))); // the final, empty block
  const deflated = new Uint8Array(streams.reduce((n, s) => n + s.length, 0));
  let at = 0;
  for (const s of streams) {
    deflated.set(s, at);
    at += s.length;
  }
  // The CRC of a part this large is never read: it is refused on its size first.
  const crc = size <= 1024 * 1024 ? crc32(plain.flatMap((p) => Array.from({ length: p.times }, () => p.bytes))) : 0;
  return { name, deflated, size, crc32: crc };
}

/** A ZIP of the parts, deflated, with the central directory stating each part's `declaredSize`. */
export function zipOf(parts: readonly HandmadePart[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  let listed = 0;
  for (const p of parts) {
    const name = utf8(p.name);
    const declared = p.declaredSize ?? p.size;
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(8, 8, true); // deflated
    lv.setUint32(14, p.crc32, true);
    lv.setUint32(18, p.deflated.length, true);
    lv.setUint32(22, declared, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    if (!p.unlisted) {
      const entry = new Uint8Array(46 + name.length);
      const cv = new DataView(entry.buffer);
      cv.setUint32(0, 0x02014b50, true);
      cv.setUint16(4, 20, true);
      cv.setUint16(6, 20, true);
      cv.setUint16(10, 8, true);
      cv.setUint32(16, p.crc32, true);
      cv.setUint32(20, p.deflated.length, true);
      cv.setUint32(24, declared, true);
      cv.setUint16(28, name.length, true);
      cv.setUint32(42, offset, true);
      entry.set(name, 46);
      central.push(entry);
      listed++;
    }
    chunks.push(local, p.deflated);
    offset += local.length + p.deflated.length;
  }
  const centralSize = central.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, listed, true);
  ev.setUint16(10, listed, true);
  ev.setUint32(12, centralSize, true);
  ev.setUint32(16, offset, true);
  const all = [...chunks, ...central, end];
  const out = new Uint8Array(all.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of all) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

const NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";

/**
 * The parts of a one-sheet workbook: A1 holds `header`, A2 `cell` (both
 * shared strings). `sharedStrings` can be changed (its declared size, left
 * out of the directory) before zipOf.
 */
export function workbookParts(header: string, cell: string | Repeated): { parts: HandmadePart[]; sharedStrings: HandmadePart } {
  const sharedStrings = part("xl/sharedStrings.xml", [`<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${NS}" count="2" uniqueCount="2"><si><t>${header}</t></si><si><t>`, cell, "</t></si></sst>"]);
  const parts = [
    part("[Content_Types].xml", [
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
    ]),
    part("_rels/.rels", [`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`]),
    part("xl/workbook.xml", [`<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${NS}" xmlns:r="${REL}"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`]),
    part("xl/_rels/workbook.xml.rels", [
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    ]),
    part("xl/worksheets/sheet1.xml", [
      `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${NS}"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2" t="s"><v>1</v></c></row></sheetData></worksheet>`,
    ]),
    sharedStrings,
  ];
  return { parts, sharedStrings };
}

/** A one-sheet workbook: A1 `header`, A2 `cell`. */
export function handmadeXlsx(header: string, cell: string | Repeated): Uint8Array {
  return zipOf(workbookParts(header, cell).parts);
}
