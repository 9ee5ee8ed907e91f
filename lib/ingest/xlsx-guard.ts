// An .xlsx is a ZIP, and a ZIP can unpack to a thousand times its size: a
// 487 KB upload holding one 500 MB cell took the server 101 s and 3.8 GB.
// read-excel-file unpacks with a streaming unzip that has no limit: it
// inflates each part to the end of its stream, whatever size the archive
// declares. So the workbook is unpacked here first, within a limit, and
// read-excel-file is handed a new archive holding only what was checked:
//  1. the central directory's declared sizes of the parts read-excel-file
//     reads (its filter: `.xml`, `.xml.rels`) must add up to at most the
//     limit — a bomb that declares its size is refused before any inflating;
//  2. each part is inflated with its output capped at its declared size
//     (zlib's maxOutputLength), so one that declares less than it holds is
//     refused after producing no more than it declared;
//  3. the checked parts are stored, uncompressed, in a fresh archive: an
//     entry the directory does not list (a streaming unzip would still find
//     it) never reaches the reader.
import { inflateEntry, storedZip, zipEntries, ZipFormatError } from "./zip";

/**
 * The most the XML of one workbook may unpack to. Sheet XML runs to some
 * 30–40 bytes a cell, so 256 MB is 200,000 rows of 30 columns or more —
 * beyond any platform's export — while the reader's memory (this archive,
 * its own copy, the text) stays near 1 GB at worst.
 */
export const MAX_XLSX_UNPACKED_BYTES = 256 * 1024 * 1024;

/** A workbook has tens of parts; a directory listing more is not a spreadsheet. */
export const MAX_XLSX_ENTRIES = 10_000;

/** The workbook unpacks to more than the limit. */
export class XlsxTooLargeError extends Error {
  constructor(
    readonly limitBytes: number,
    readonly declaredBytes: number,
  ) {
    super(`the workbook's XML unpacks to ${declaredBytes} bytes, more than ${limitBytes}`);
    this.name = "XlsxTooLargeError";
  }
}

/** The parts read-excel-file reads (node_modules/read-excel-file/modules/export/filterZipArchiveEntry.js). */
const isReadPart = (name: string) => name.endsWith(".xml") || name.endsWith(".xml.rels");

/**
 * The workbook as a new archive of its XML parts, stored, each unpacked here
 * within `limit` bytes in all. Throws XlsxTooLargeError when the parts
 * declare more than `limit`, ZipFormatError when the archive is damaged or
 * a part holds other than it declares.
 */
export async function guardXlsx(bytes: Uint8Array, limit = MAX_XLSX_UNPACKED_BYTES): Promise<Uint8Array> {
  const parts = zipEntries(bytes, MAX_XLSX_ENTRIES).filter((e) => isReadPart(e.name));
  if (parts.length === 0) throw new ZipFormatError("no XML parts");
  const names = new Set<string>();
  let declared = 0;
  for (const part of parts) {
    // Two parts of one name: which one a reader takes is up to the reader.
    if (names.has(part.name)) throw new ZipFormatError(`${part.name} twice`);
    names.add(part.name);
    declared += part.size;
  }
  if (declared > limit) throw new XlsxTooLargeError(limit, declared);
  return storedZip(parts.map((part) => ({ name: part.name, crc32: part.crc32, size: part.size, content: () => inflateEntry(bytes, part) })));
}
