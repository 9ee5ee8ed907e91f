// Bytes → text for exported CSV/TSV files. The encoding is detected, never
// asked: a byte-order mark wins; then UTF-16 without a mark (recognised by
// its NUL bytes, which text in any other encoding never has); then strict
// UTF-8; and GB18030 (a superset of GBK/GB2312, what Excel on Chinese
// Windows saves "CSV" as) for everything else.

export type TextEncodingName = "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" | "gb18030";

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

const SAMPLE = 4096;

/** Share of NUL bytes at even and odd offsets of the first bytes, to spot UTF-16 without a BOM. */
function utf16WithoutBom(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(bytes.length, SAMPLE) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  // Latin text in UTF-16LE: every high byte (odd offsets) is 0, low bytes never are.
  if (oddNul >= pairs * 0.4 && evenNul <= pairs * 0.05) return "utf-16le";
  if (evenNul >= pairs * 0.4 && oddNul <= pairs * 0.05) return "utf-16be";
  return null;
}

function decodeWith(label: string, bytes: Uint8Array, fatal = false): string {
  // ignoreBOM: true keeps a BOM in the output; we strip the ones we detect ourselves.
  return new TextDecoder(label, { fatal, ignoreBOM: true }).decode(bytes);
}

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: decodeWith("utf-8", bytes.subarray(3)), encoding: "utf-8-bom" };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: decodeWith("utf-16le", bytes.subarray(2)), encoding: "utf-16le" };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: decodeWith("utf-16be", bytes.subarray(2)), encoding: "utf-16be" };
  }
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return { text: decodeWith(utf16, bytes), encoding: utf16 };
  try {
    return { text: decodeWith("utf-8", bytes, true), encoding: "utf-8" };
  } catch {
    // A UTF-8 file with a stray bad byte stays UTF-8 (the bad byte shows as U+FFFD)
    // rather than turning every Chinese character into GB18030 mojibake.
    if (mostlyUtf8(bytes)) return { text: decodeWith("utf-8", bytes), encoding: "utf-8" };
    return { text: decodeWith("gb18030", bytes), encoding: "gb18030" };
  }
}

/** Many valid multi-byte UTF-8 sequences and at most one invalid byte per ten of them. */
function mostlyUtf8(bytes: Uint8Array): boolean {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = len > 0 && i + len <= bytes.length;
    for (let k = 1; ok && k < len; k++) ok = ((bytes[i + k] as number) & 0xc0) === 0x80;
    if (ok) {
      valid++;
      i += len;
    } else {
      invalid++;
      i++;
    }
  }
  return valid >= 10 && invalid * 10 <= valid;
}
