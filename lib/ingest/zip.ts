// Just enough of the ZIP format to look inside an .xlsx before any library
// unpacks it: the central directory (each entry's name, method, declared
// sizes, where its data is), one entry inflated with its output bounded,
// and a new archive of stored (uncompressed) entries. Only what a
// spreadsheet uses: one disk, no encryption, stored or deflated entries;
// ZIP64 fields are read, since a declared size is only ever compared with a
// limit far below 4 GB.
import { promisify } from "node:util";
import { inflateRaw } from "node:zlib";

// zlib's thread pool, not the event loop: a large workbook takes seconds to inflate.
const inflateRawAsync = promisify(inflateRaw);

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated */
  method: number;
  crc32: number;
  compressedSize: number;
  /** as the directory declares it: the archive may lie, so inflateEntry holds the data to it */
  size: number;
  localHeaderOffset: number;
}

/** The archive cannot be read as a plain ZIP (truncated, encrypted, split, an unknown method, sizes that do not match). */
export class ZipFormatError extends Error {
  constructor(detail: string) {
    super(`not a readable zip: ${detail}`);
    this.name = "ZipFormatError";
  }
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const FFFF = 0xffff;
const FFFFFFFF = 0xffffffff;

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** A 64-bit field as a number (beyond 2^53 it is only ever compared with limits, so precision does not matter). */
const u64 = (v: DataView, at: number) => Number(v.getBigUint64(at, true));

/** Where the central directory is and how many entries it holds. */
function directory(bytes: Uint8Array): { offset: number; size: number; count: number } {
  const v = view(bytes);
  // The end record is 22 bytes plus a comment of at most 65,535.
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - FFFF); at--) {
    if (v.getUint32(at, true) === EOCD) {
      end = at;
      break;
    }
  }
  if (end < 0) throw new ZipFormatError("no end of central directory");
  if (v.getUint16(end + 4, true) !== 0 || v.getUint16(end + 6, true) !== 0) throw new ZipFormatError("split across disks");
  let count = v.getUint16(end + 10, true);
  let size = v.getUint32(end + 12, true);
  let offset = v.getUint32(end + 16, true);
  if (count === FFFF || size === FFFFFFFF || offset === FFFFFFFF) {
    const locator = end - 20;
    if (locator < 0 || v.getUint32(locator, true) !== ZIP64_LOCATOR) throw new ZipFormatError("ZIP64 end record missing");
    const at = u64(v, locator + 8);
    if (at + 56 > bytes.length || v.getUint32(at, true) !== ZIP64_EOCD) throw new ZipFormatError("ZIP64 end record missing");
    count = u64(v, at + 32);
    size = u64(v, at + 40);
    offset = u64(v, at + 48);
  }
  if (offset + size > bytes.length) throw new ZipFormatError("central directory outside the file");
  return { offset, size, count };
}

/** The entries the central directory lists, at most `maxEntries` of them (more throws). */
export function zipEntries(bytes: Uint8Array, maxEntries: number): ZipEntry[] {
  const { offset, size, count } = directory(bytes);
  if (count > maxEntries) throw new ZipFormatError(`${count} entries`);
  const v = view(bytes);
  const names = new TextDecoder();
  const entries: ZipEntry[] = [];
  let at = offset;
  const stop = offset + size;
  for (let i = 0; i < count; i++) {
    if (at + 46 > stop || v.getUint32(at, true) !== CENTRAL) throw new ZipFormatError("damaged central directory");
    const flags = v.getUint16(at + 8, true);
    if (flags & 0x1) throw new ZipFormatError("encrypted entry");
    const nameLength = v.getUint16(at + 28, true);
    const extraLength = v.getUint16(at + 30, true);
    const commentLength = v.getUint16(at + 32, true);
    const next = at + 46 + nameLength + extraLength + commentLength;
    if (next > stop) throw new ZipFormatError("damaged central directory");
    let compressedSize = v.getUint32(at + 20, true);
    let entrySize = v.getUint32(at + 24, true);
    let localHeaderOffset = v.getUint32(at + 42, true);
    if (entrySize === FFFFFFFF || compressedSize === FFFFFFFF || localHeaderOffset === FFFFFFFF) {
      // The ZIP64 extra field holds the 64-bit values, in this order, of those marked FFFFFFFF.
      const extra = zip64Extra(v, at + 46 + nameLength, extraLength);
      let k = 0;
      const take = () => {
        if (extra === null || k + 8 > extra.length) throw new ZipFormatError("ZIP64 sizes missing");
        const value = u64(v, extra.at + k);
        k += 8;
        return value;
      };
      if (entrySize === FFFFFFFF) entrySize = take();
      if (compressedSize === FFFFFFFF) compressedSize = take();
      if (localHeaderOffset === FFFFFFFF) localHeaderOffset = take();
    }
    entries.push({
      name: names.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: v.getUint16(at + 10, true),
      crc32: v.getUint32(at + 16, true),
      compressedSize,
      size: entrySize,
      localHeaderOffset,
    });
    at = next;
  }
  return entries;
}

function zip64Extra(v: DataView, start: number, length: number): { at: number; length: number } | null {
  for (let at = start; at + 4 <= start + length; ) {
    const id = v.getUint16(at, true);
    const size = v.getUint16(at + 2, true);
    if (id === 0x0001) return { at: at + 4, length: Math.min(size, start + length - at - 4) };
    at += 4 + size;
  }
  return null;
}

/**
 * The entry's content, inflated to exactly its declared size: a stream that
 * would produce more stops there (zlib's maxOutputLength), so a directory
 * that understates a size costs no more than the size it states.
 */
export async function inflateEntry(bytes: Uint8Array, entry: ZipEntry): Promise<Uint8Array> {
  const v = view(bytes);
  const local = entry.localHeaderOffset;
  if (local + 30 > bytes.length || v.getUint32(local, true) !== LOCAL) throw new ZipFormatError(`no local header for ${entry.name}`);
  const start = local + 30 + v.getUint16(local + 26, true) + v.getUint16(local + 28, true);
  if (start + entry.compressedSize > bytes.length) throw new ZipFormatError(`${entry.name} runs past the end`);
  const data = bytes.subarray(start, start + entry.compressedSize);
  let content: Uint8Array;
  if (entry.method === 0) content = data;
  else if (entry.method === 8) {
    try {
      content = await inflateRawAsync(data, { maxOutputLength: Math.max(1, entry.size) });
    } catch (error) {
      // ERR_BUFFER_TOO_LARGE (more than declared) or a broken deflate stream
      throw new ZipFormatError(`${entry.name} does not inflate to its declared size (${error instanceof Error ? error.message : String(error)})`);
    }
  } else throw new ZipFormatError(`${entry.name} uses compression method ${entry.method}`);
  if (content.length !== entry.size) throw new ZipFormatError(`${entry.name} is ${content.length} bytes, its directory says ${entry.size}`);
  return content;
}

/**
 * A new archive of `files` stored uncompressed, each with the CRC-32 it came
 * with (the contents are the same bytes). Each content is asked for once,
 * when it is copied in, so only one is held beside the archive at a time;
 * it must be `size` bytes long.
 */
export async function storedZip(files: readonly { name: string; crc32: number; size: number; content: () => Promise<Uint8Array> }[]): Promise<Uint8Array> {
  const encoder = new TextEncoder();
  const named = files.map((f) => ({ ...f, nameBytes: encoder.encode(f.name) }));
  const localSize = named.reduce((n, f) => n + 30 + f.nameBytes.length + f.size, 0);
  const centralSize = named.reduce((n, f) => n + 46 + f.nameBytes.length, 0);
  if (localSize + centralSize > FFFFFFFF || named.length > FFFF) throw new RangeError("too large for a plain zip");
  const out = new Uint8Array(localSize + centralSize + 22);
  const v = view(out);
  const UTF8_NAMES = 0x0800;
  let at = 0;
  const offsets: number[] = [];
  for (const f of named) {
    const content = await f.content();
    if (content.length !== f.size) throw new RangeError(`${f.name} is not ${f.size} bytes`);
    offsets.push(at);
    v.setUint32(at, LOCAL, true);
    v.setUint16(at + 4, 10, true); // version needed: 1.0, stored
    v.setUint16(at + 6, UTF8_NAMES, true);
    v.setUint32(at + 14, f.crc32, true);
    v.setUint32(at + 18, f.size, true);
    v.setUint32(at + 22, f.size, true);
    v.setUint16(at + 26, f.nameBytes.length, true);
    out.set(f.nameBytes, at + 30);
    out.set(content, at + 30 + f.nameBytes.length);
    at += 30 + f.nameBytes.length + f.size;
  }
  const centralStart = at;
  named.forEach((f, i) => {
    v.setUint32(at, CENTRAL, true);
    v.setUint16(at + 4, 20, true); // made by: version 2.0
    v.setUint16(at + 6, 10, true);
    v.setUint16(at + 8, UTF8_NAMES, true);
    v.setUint32(at + 16, f.crc32, true);
    v.setUint32(at + 20, f.size, true);
    v.setUint32(at + 24, f.size, true);
    v.setUint16(at + 28, f.nameBytes.length, true);
    v.setUint32(at + 42, offsets[i] as number, true);
    out.set(f.nameBytes, at + 46);
    at += 46 + f.nameBytes.length;
  });
  v.setUint32(at, EOCD, true);
  v.setUint16(at + 8, named.length, true);
  v.setUint16(at + 10, named.length, true);
  v.setUint32(at + 12, at - centralStart, true);
  v.setUint32(at + 16, centralStart, true);
  return out;
}
