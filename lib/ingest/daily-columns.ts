// Daily records packed by column: the form the writer works on. A million-row
// import made a million record objects, each with its own measures object,
// for the writer to turn into statement parameters; packed, a chunk is a few
// typed arrays that a worker thread can hand over without copying
// (canonical-stream-off-thread.ts), and the writer reads values by position.
import { MEASURES, type Measure } from "@/lib/metrics/measures";
import type { Day } from "@/lib/metrics/periods";
import type { PlatformKey } from "@/lib/schemas/enums";
import type { DailyRecord } from "./types";

export interface AccountRef {
  platformKey: PlatformKey;
  handle: string;
}

/** Accounts by (platform, handle), each with its place in the order they were first named. */
export class AccountList {
  readonly refs: AccountRef[] = [];
  private readonly index = new Map<string, Map<string, number>>();

  /** The account's place in the list (added at the end when new). */
  indexOf(platformKey: PlatformKey, handle: string): number {
    let handles = this.index.get(platformKey);
    if (!handles) this.index.set(platformKey, (handles = new Map()));
    let i = handles.get(handle);
    if (i === undefined) {
      i = this.refs.length;
      handles.set(handle, i);
      this.refs.push({ platformKey, handle });
    }
    return i;
  }

  /** Appends accounts another list named (in its order), so that both give them the same places. */
  extend(refs: readonly AccountRef[]): void {
    for (const r of refs) this.indexOf(r.platformKey, r.handle);
  }
}

/** Records that carry the same measure keys, column by column. */
export interface DailyColumns {
  /** the measure keys every record carries, in MEASURES order (absent keys leave stored values alone) */
  measures: readonly Measure[];
  size: number;
  lines: Int32Array;
  /** each record's account: its place in `accounts` */
  accountAt: Int32Array;
  /** the accounts the records name (may hold more than these records use) */
  accounts: readonly AccountRef[];
  days: Day[];
  /** `measures.length` values per record, record after record; NaN stands for null (unknown) */
  values: Float64Array;
}

/**
 * A measure value as stored: the columns are integers, so a fractional value
 * is rounded; NaN for null.
 */
export function packedValue(v: number | null | undefined): number {
  if (v === null || v === undefined) return Number.NaN;
  if (Number.isInteger(v)) return v;
  if (!Number.isFinite(v)) throw new Error(`a measure value must be a finite number, got ${v}`);
  return Math.round(v);
}

/** A packed value as a statement parameter. */
export const unpacked = (v: number): number | null => (Number.isNaN(v) ? null : v);

/** Fills columns record by record; `capacity` bounds how many it takes. */
export class DailyColumnsBuilder {
  private size = 0;
  private readonly lines: Int32Array;
  private readonly accountAt: Int32Array;
  private readonly days: Day[] = [];
  private readonly values: Float64Array;

  constructor(
    readonly measures: readonly Measure[],
    private readonly accounts: AccountList,
    capacity: number,
  ) {
    this.lines = new Int32Array(capacity);
    this.accountAt = new Int32Array(capacity);
    this.values = new Float64Array(capacity * measures.length);
  }

  get length(): number {
    return this.size;
  }

  /** Adds a record (which must carry this builder's measure keys); returns its account's place in the list. */
  push(line: number, day: Day, platformKey: PlatformKey, handle: string, measures: DailyRecord["measures"]): number {
    const i = this.size++;
    const account = this.accounts.indexOf(platformKey, handle);
    this.lines[i] = line;
    this.accountAt[i] = account;
    this.days.push(day);
    const width = this.measures.length;
    for (let k = 0; k < width; k++) this.values[i * width + k] = packedValue(measures[this.measures[k] as Measure]);
    return account;
  }

  /** The columns; the builder's own arrays when it is full (no copy), else copies cut to the records it took. */
  build(): DailyColumns {
    const n = this.size;
    const full = n === this.lines.length;
    const width = this.measures.length;
    return {
      measures: this.measures,
      size: n,
      lines: full ? this.lines : this.lines.slice(0, n),
      accountAt: full ? this.accountAt : this.accountAt.slice(0, n),
      accounts: this.accounts.refs,
      days: this.days,
      values: full ? this.values : this.values.slice(0, n * width),
    };
  }
}

/** The measure keys a record carries, in MEASURES order, and their group key. */
function signature(r: DailyRecord): { key: string; measures: readonly Measure[] } {
  let n = 0;
  for (const _ in r.measures) n++;
  if (n === MEASURES.length && MEASURES.every((m) => m in r.measures)) return { key: FULL_KEY, measures: MEASURES };
  const measures = MEASURES.filter((m) => m in r.measures);
  return { key: measures.join(","), measures };
}

const FULL_KEY = MEASURES.join(",");

/** Records packed into one DailyColumns per set of measure keys (one for a canonical file), in record order within each. */
export function columnsOf(records: readonly DailyRecord[], accounts: AccountList = new AccountList()): DailyColumns[] {
  const groups = new Map<string, { measures: readonly Measure[]; records: DailyRecord[] }>();
  for (const r of records) {
    const { key, measures } = signature(r);
    const group = groups.get(key);
    if (group) group.records.push(r);
    else groups.set(key, { measures, records: [r] });
  }
  return [...groups.values()].map((g) => {
    const builder = new DailyColumnsBuilder(g.measures, accounts, g.records.length);
    for (const r of g.records) builder.push(r.line, r.day, r.platformKey, r.account, r.measures);
    return builder.build();
  });
}

/** Record `i` of the columns, as a DailyRecord again (the preview's samples, tests). */
export function recordAt(c: DailyColumns, i: number): DailyRecord {
  const ref = c.accounts[c.accountAt[i] as number] as AccountRef;
  const width = c.measures.length;
  const measures: DailyRecord["measures"] = {};
  for (let k = 0; k < width; k++) measures[c.measures[k] as Measure] = unpacked(c.values[i * width + k] as number);
  return { line: c.lines[i] as number, day: c.days[i] as Day, platformKey: ref.platformKey, account: ref.handle, measures };
}
