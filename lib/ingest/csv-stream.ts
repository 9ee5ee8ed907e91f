// parseCsv (csv.ts) for text that arrives in pieces: the same records with the
// same line numbers, however the text is split, in memory proportional to one
// piece. Lines without a quote take a fast path (indexOf + split); a quoted
// field — which may span pieces and lines — goes through the character loop,
// whose state survives from one piece to the next.
import type { CsvRecord } from "./csv";

export class CsvStreamParser {
  private readonly separator: string;
  private cells: string[] = [];
  private cell = "";
  private quoted = false;
  private sawAny = false;
  /** inside a record (after its first character), so the fast path does not apply */
  private inRecord = false;
  private line = 1;
  private recordLine = 1;
  /** the previous piece ended with a CR that ended a record: a LF starting this piece belongs to it */
  private pendingCr = false;
  private started = false;

  constructor(separator = ",") {
    this.separator = separator;
  }

  /** The records completed by this piece of text. */
  push(text: string): CsvRecord[] {
    const out: CsvRecord[] = [];
    let src = text;
    if (!this.started && src.length > 0) {
      this.started = true;
      if (src.charCodeAt(0) === 0xfeff) src = src.slice(1);
    }
    let i = 0;
    if (this.pendingCr && src.length > 0) {
      this.pendingCr = false;
      if (src[0] === "\n") i = 1;
    }
    const n = src.length;
    const sep = this.separator;
    // Next quote and CR at or after i (n when none), found once per piece rather than per line.
    let quote = -1;
    let cr = -1;
    while (i < n) {
      if (!this.inRecord) {
        // Fast path: a whole line with no quote and no lone CR.
        const nl = src.indexOf("\n", i);
        if (nl >= 0) {
          const end = nl > i && src.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
          if (quote < i) quote = indexOrEnd(src, '"', i);
          if (cr < i) cr = indexOrEnd(src, "\r", i);
          if (quote > nl && cr >= end) {
            if (end > i) out.push({ line: this.line, cells: src.slice(i, end).split(sep) });
            this.line++;
            this.recordLine = this.line;
            i = nl + 1;
            continue;
          }
        }
        this.inRecord = true;
      }
      // Character loop until the record ends or the text does.
      for (; i < n; i++) {
        const ch = src[i] as string;
        if (this.quoted) {
          if (ch === '"') {
            if (i + 1 < n) {
              if (src[i + 1] === '"') {
                this.cell += '"';
                i++;
              } else this.quoted = false;
            } else {
              // A quote at the end of the piece: whether it is "" depends on the next piece.
              this.quoted = false;
              this.maybeEscapedQuote = true;
            }
          } else {
            if (ch === "\n") this.line++;
            this.cell += ch;
          }
          continue;
        }
        if (this.maybeEscapedQuote) {
          this.maybeEscapedQuote = false;
          if (ch === '"') {
            this.cell += '"';
            this.quoted = true;
            continue;
          }
        }
        if (ch === '"' && this.cell === "") {
          this.quoted = true;
          this.sawAny = true;
        } else if (ch === sep) {
          this.cells.push(this.cell);
          this.cell = "";
          this.sawAny = true;
        } else if (ch === "\n" || ch === "\r") {
          if (ch === "\r") {
            if (i + 1 < n) {
              if (src[i + 1] === "\n") i++;
            } else this.pendingCr = true;
          }
          this.endRecord(out);
          this.line++;
          this.recordLine = this.line;
          i++;
          break;
        } else {
          this.cell += ch;
          this.sawAny = true;
        }
      }
    }
    return out;
  }

  /** A quote ended the previous piece outside an escape: `""` if the next piece starts with `"`. */
  private maybeEscapedQuote = false;

  /** The last record, when the text does not end with a line break. */
  end(): CsvRecord[] {
    this.maybeEscapedQuote = false;
    const out: CsvRecord[] = [];
    if (this.sawAny || this.cell !== "") {
      this.cells.push(this.cell);
      out.push({ line: this.recordLine, cells: this.cells });
    }
    this.cells = [];
    this.cell = "";
    this.sawAny = false;
    this.inRecord = false;
    return out;
  }

  private endRecord(out: CsvRecord[]): void {
    this.cells.push(this.cell);
    if (this.sawAny || this.cells.some((c) => c !== "")) out.push({ line: this.recordLine, cells: this.cells });
    this.cells = [];
    this.cell = "";
    this.sawAny = false;
    this.inRecord = false;
  }
}

function indexOrEnd(text: string, ch: string, from: number): number {
  const at = text.indexOf(ch, from);
  return at < 0 ? text.length : at;
}

/** Every record of a text given in pieces. */
export function parseCsvPieces(pieces: readonly string[], separator = ","): CsvRecord[] {
  const parser = new CsvStreamParser(separator);
  const out: CsvRecord[] = [];
  for (const piece of pieces) out.push(...parser.push(piece));
  out.push(...parser.end());
  return out;
}
