// A small RFC 4180 CSV reader: quoted fields with "" escapes and line breaks,
// CRLF or LF, a leading byte-order mark. Returns rows of raw strings with
// their 1-based line numbers, so errors can point at the file's own lines.

export interface CsvRecord {
  /** line on which the record starts (1-based, counting the header) */
  line: number;
  cells: string[];
}

export function parseCsv(text: string, separator = ","): CsvRecord[] {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let sawAny = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i] as string;
    if (quoted) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === "\n") line++;
        cell += ch;
      }
      continue;
    }
    if (ch === '"' && cell === "") {
      quoted = true;
      sawAny = true;
    } else if (ch === separator) {
      cells.push(cell);
      cell = "";
      sawAny = true;
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && src[i + 1] === "\n") i++;
      cells.push(cell);
      if (sawAny || cells.some((c) => c !== "")) records.push({ line: recordLine, cells });
      cells = [];
      cell = "";
      sawAny = false;
      line++;
      recordLine = line;
    } else {
      cell += ch;
      sawAny = true;
    }
  }
  if (sawAny || cell !== "") {
    cells.push(cell);
    records.push({ line: recordLine, cells });
  }
  return records;
}
