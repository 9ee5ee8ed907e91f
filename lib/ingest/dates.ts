// Date cells as platforms write them, to calendar days and instants:
// `2026-07-18`, `2026-07-18 14:11:20`, `2026/5/1 20:19`, `20220329`,
// `2024年01月05日12时30分45秒`, `03/18/2025 12:59` (US month first — Meta),
// `Sep 27, 2024`, `Sat, Sep 6, 2025`, `April 12` and `8 de marzo` (no year),
// month names in several languages, Excel serial numbers.
//
// A date without a year takes it from the export day: it is the latest such
// date not after the day the file was exported, so `December 30` in a file
// exported on 2026-01-03 is 2025-12-30 (the Dec→Jan rollover). A file's
// year-less dates are read together (readYearless): in the file's order when
// the rows are in date order, the year stepping at each New Year, so a
// year-long file from 28 February to 27 February keeps its first row.
import { addDays, isDay, type Day } from "@/lib/metrics/periods";
import { toHalfWidth } from "./values";
import { zoneOffsetMs } from "@/lib/metrics/zoned-day";

export interface DateContext {
  /** the year of a date without one (the user's answer) */
  year?: number;
  /** the day the file was exported: year-less dates are the latest ones not after it */
  exportDay?: Day;
  /** BCP 47 tag; a non-US locale reads `05/04/2025` day first */
  locale?: string;
}

export type DayResult = Day | { error: string } | { needsYear: true };

/** What a date cell says, before the year is settled. */
export interface DateParts {
  year: number | null;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  hasTime: boolean;
  /** minutes east of UTC when the text names an offset (`Z`, `+0800`) */
  offsetMinutes: number | null;
}

const MONTHS: Record<string, number> = {};
function months(names: string, ...more: string[]): void {
  for (const list of [names, ...more]) list.split(" ").forEach((name, i) => (MONTHS[name] = i + 1));
}
// English, Spanish, French, German, Portuguese, Indonesian, Italian, Dutch; full names and short forms.
months(
  "january february march april may june july august september october november december",
  "jan feb mar apr may jun jul aug sep oct nov dec",
  "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
  "ene feb mar abr may jun jul ago sep oct nov dic",
  "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
  "janv févr mars avr mai juin juil août sept oct nov déc",
  "januar februar märz april mai juni juli august september oktober november dezember",
  "jan feb mär apr mai jun jul aug sep okt nov dez",
  "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
  "jan fev mar abr mai jun jul ago set out nov dez",
  "januari februari maret april mei juni juli agustus september oktober november desember",
  "jan feb mar apr mei jun jul agu sep okt nov des",
  "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
  "gen feb mar apr mag giu lug ago set ott nov dic",
  "januari februari maart april mei juni juli augustus september oktober november december",
);
Object.assign(MONTHS, { sept: 9, setiembre: 9, jänner: 1, fevrier: 2, aout: 8, decembre: 12, maerz: 3, marco: 3, agt: 8, mrt: 3 });

const WEEKDAYS = new Set(
  [
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun",
    "lunes martes miércoles miercoles jueves viernes sábado sabado domingo lun mar mié mie jue vie sáb sab dom",
    "lundi mardi mercredi jeudi vendredi samedi dimanche lun mar mer jeu ven sam dim",
    "montag dienstag mittwoch donnerstag freitag samstag sonntag mo di mi do fr sa so",
    "segunda terça terca quarta quinta sexta sábado sabado domingo seg ter qua qui sex sáb sab dom feira",
    "senin selasa rabu kamis jumat sabtu minggu sen sel rab kam jum sab min",
  ]
    .join(" ")
    .split(" "),
);
/** Words that join the parts of a date in some languages (`8 de marzo`, `le 5 mars`, `am 5. März`). */
const FILLERS = new Set(["de", "del", "of", "the", "le", "am", "den", "el", "um", "at"]);

const ISO = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2}|UTC|GMT)?$/i;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:[T\s]?(\d{2}):?(\d{2})(?::?(\d{2}))?)?$/;
const CJK = /^(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?(?:\s*(\d{1,2})\s*[时點点:]\s*(?:(\d{1,2})\s*分?)?\s*(?::?\s*(\d{1,2})\s*秒?)?)?$/;
const NUMERIC_DMY = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?:[T\s,]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?)?)?$/i;
const TIME = /(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?)?/i;

function validParts(p: DateParts): DateParts | { error: string } {
  if (p.month < 1 || p.month > 12 || p.day < 1 || p.day > 31) return { error: "not a date" };
  if (p.hour > 23 || p.minute > 59 || p.second > 59) return { error: "not a time of day" };
  if (p.year !== null) {
    if (p.year < 1900 || p.year > 2200) return { error: "year out of range" };
    if (!isDay(dayText(p.year, p.month, p.day))) return { error: "not a date" };
  } else if (!isDay(dayText(2000, p.month, p.day))) return { error: "not a date" };
  return p;
}

function dayText(year: number, month: number, day: number): Day {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function parts(year: number | null, month: number, day: number, time?: { hour?: number; minute?: number; second?: number; offset?: number | null }): DateParts {
  const hasTime = time?.hour !== undefined;
  return {
    year,
    month,
    day,
    hour: time?.hour ?? 0,
    minute: time?.minute ?? 0,
    second: time?.second ?? 0,
    hasTime,
    offsetMinutes: time?.offset ?? null,
  };
}

function hour12(hour: number, meridiem: string | undefined): number {
  if (!meridiem) return hour;
  const pm = meridiem.toLowerCase().startsWith("p");
  return (hour % 12) + (pm ? 12 : 0);
}

function offsetOf(text: string | undefined): number | null {
  if (!text) return null;
  const t = text.toUpperCase();
  if (t === "Z" || t === "UTC" || t === "GMT") return 0;
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(t);
  if (!m) return null;
  return (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

/** Excel's serial day numbers (1900 system; serials after 1900-02-28). */
export function excelSerialToParts(serial: number): DateParts | null {
  if (!Number.isFinite(serial) || serial < 61 || serial > 2_958_465) return null;
  const whole = Math.floor(serial);
  let seconds = Math.round((serial - whole) * 86_400);
  let day = addDays("1899-12-30", whole);
  if (seconds >= 86_400) {
    seconds -= 86_400;
    day = addDays(day, 1);
  }
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return parts(y, m, d, seconds ? { hour: Math.floor(seconds / 3600), minute: Math.floor(seconds / 60) % 60, second: seconds % 60 } : undefined);
}

function wordDate(text: string): DateParts | { error: string } {
  let t = text.toLowerCase();
  let time: { hour: number; minute: number; second: number } | undefined;
  const tm = TIME.exec(t);
  if (tm) {
    time = { hour: hour12(Number(tm[1]), tm[4]), minute: Number(tm[2]), second: Number(tm[3] ?? 0) };
    t = t.replace(tm[0], " ");
  }
  const tokens = t
    .replace(/[,.]/g, " ")
    .split(/\s+/)
    .filter((w) => w !== "")
    .map((w) => w.replace(/^(\d+)(st|nd|rd|th|er|e|º|°)$/, "$1"));
  const numbers: string[] = [];
  const monthWords: string[] = [];
  for (const w of tokens) {
    if (/^\d+$/.test(w)) numbers.push(w);
    else if (MONTHS[w] !== undefined || WEEKDAYS.has(w)) monthWords.push(w);
    else if (!FILLERS.has(w)) return { error: "not a date" };
  }
  let candidates = monthWords.filter((w) => MONTHS[w] !== undefined);
  // `mar`, `sab`… are both weekdays and months in some languages: a weekday comes first.
  if (candidates.length > 1) candidates = candidates.filter((w, i) => !(i === 0 && WEEKDAYS.has(w)));
  if (candidates.length !== 1) return { error: "not a date" };
  const month = MONTHS[candidates[0] as string] as number;
  const year = numbers.filter((n) => n.length === 4);
  const days = numbers.filter((n) => n.length <= 2);
  if (year.length > 1 || days.length !== 1 || year.length + days.length !== numbers.length) return { error: "not a date" };
  return parts(year[0] ? Number(year[0]) : null, month, Number(days[0]), time);
}

/** Reads a date (and time, when there is one) without settling a missing year. */
export function parseDateParts(text: string, locale?: string): DateParts | { error: string } | null {
  const t = toHalfWidth(text)
    .replace(/[\u200b\ufeff]/g, "")
    .trim()
    .replace(/^"(.*)"$/s, "$1")
    .trim();
  if (t === "" || t === "-" || t === "--" || t === "—" || /^n\/?a$/i.test(t)) return null;
  let m = ISO.exec(t);
  if (m) {
    const time = m[4] !== undefined ? { hour: Number(m[4]), minute: Number(m[5]), second: Number(m[6] ?? 0), offset: offsetOf(m[7]) } : undefined;
    return validParts(parts(Number(m[1]), Number(m[2]), Number(m[3]), time));
  }
  m = COMPACT.exec(t);
  if (m) {
    const time = m[4] !== undefined ? { hour: Number(m[4]), minute: Number(m[5]), second: Number(m[6] ?? 0) } : undefined;
    return validParts(parts(Number(m[1]), Number(m[2]), Number(m[3]), time));
  }
  m = CJK.exec(t);
  if (m) {
    const time = m[4] !== undefined ? { hour: Number(m[4]), minute: Number(m[5] ?? 0), second: Number(m[6] ?? 0) } : undefined;
    return validParts(parts(m[1] ? Number(m[1]) : null, Number(m[2]), Number(m[3]), time));
  }
  m = NUMERIC_DMY.exec(t);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const dayFirst = m[2] === "." || a > 12 || (b <= 12 && locale !== undefined && !/^en-us$|^en$|^es-us$/i.test(locale) && !locale.toLowerCase().endsWith("-us"));
    const year = (m[4] as string).length === 2 ? 2000 + Number(m[4]) : Number(m[4]);
    const time = m[5] !== undefined ? { hour: hour12(Number(m[5]), m[8]), minute: Number(m[6]), second: Number(m[7] ?? 0) } : undefined;
    return validParts(parts(year, dayFirst ? b : a, dayFirst ? a : b, time));
  }
  if (/^\d{5}(\.\d+)?$/.test(t)) {
    const serial = excelSerialToParts(Number(t));
    return serial ?? { error: "not a date" };
  }
  if (/\p{L}/u.test(t)) {
    const w = wordDate(t);
    return "error" in w ? w : validParts(w);
  }
  return { error: "not a date" };
}

/**
 * The year of a month-day without one: the latest such date not after the
 * export day (or in `year` when only that is known). null when neither is
 * known; an error for 29 February with no leap year near.
 */
export function resolveYear(month: number, day: number, context: DateContext): number | null | { error: string } {
  if (context.exportDay && isDay(context.exportDay)) {
    const exportYear = Number(context.exportDay.slice(0, 4));
    for (let y = exportYear; y >= exportYear - 8; y--) {
      const candidate = dayText(y, month, day);
      if (isDay(candidate) && candidate <= context.exportDay) return y;
    }
    return { error: "not a date" };
  }
  if (context.year !== undefined) return isDay(dayText(context.year, month, day)) ? context.year : { error: "not a date in that year" };
  return null;
}

/**
 * The latest month-day of a set of year-less dates that lie within one year:
 * the one before the largest gap in the calendar cycle. With the year the
 * user gives for the file (the year of its latest dates) this is its
 * effective export day, so a file running 28 December → 3 January puts the
 * December days in the year before.
 */
export function latestMonthDay(monthDays: readonly { month: number; day: number }[]): { month: number; day: number } | null {
  const ordinals = [...new Set(monthDays.map((md) => md.month * 100 + md.day))].sort((a, b) => a - b);
  if (ordinals.length === 0) return null;
  const dayOfYear = (o: number) => {
    const start = Date.UTC(2000, 0, 1);
    return (Date.UTC(2000, Math.floor(o / 100) - 1, o % 100) - start) / 86_400_000;
  };
  let best = ordinals[ordinals.length - 1] as number;
  let bestGap = dayOfYear(ordinals[0] as number) + 366 - dayOfYear(best);
  for (let i = 0; i + 1 < ordinals.length; i++) {
    const gap = dayOfYear(ordinals[i + 1] as number) - dayOfYear(ordinals[i] as number);
    if (gap > bestGap) {
      bestGap = gap;
      best = ordinals[i] as number;
    }
  }
  return { month: Math.floor(best / 100), day: best % 100 };
}

/** A calendar day (the date as written; a time, if any, is dropped). */
export function parseDay(text: string, context: DateContext = {}): DayResult {
  const p = parseDateParts(text, context.locale);
  if (p === null) return { error: "no date" };
  if ("error" in p) return p;
  let year = p.year;
  if (year === null) {
    const resolved = resolveYear(p.month, p.day, context);
    if (resolved === null) return { needsYear: true };
    if (typeof resolved === "object") return resolved;
    year = resolved;
  }
  return dayText(year, p.month, p.day);
}

// ---- wall time in a zone → instant ------------------------------------------

/**
 * The instant a local wall time names in `timeZone`. A time skipped by a
 * daylight-saving jump is read with the offset before the jump (so it lands
 * after it, as clocks do); a repeated time takes its first occurrence.
 */
export function wallTimeToInstant(year: number, month: number, day: number, hour: number, minute: number, second: number, timeZone: string): Date {
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  const before = zoneOffsetMs(wall - 86_400_000, timeZone);
  const after = zoneOffsetMs(wall + 86_400_000, timeZone);
  const candidates = [wall - before, wall - after].filter((t) => zoneOffsetMs(t, timeZone) === wall - t);
  if (candidates.length === 0) return new Date(wall - before);
  return new Date(Math.min(...candidates));
}

/**
 * A post's publish time as an instant: the local wall time in the
 * workspace's zone (or the offset the text names). null for an empty cell
 * (a private video has no publish date).
 */
export function parseDateTime(text: string, context: DateContext, timeZone: string): Date | null | { error: string } | { needsYear: true } {
  const p = parseDateParts(text, context.locale);
  if (p === null) return null;
  if ("error" in p) return p;
  let year = p.year;
  if (year === null) {
    const resolved = resolveYear(p.month, p.day, context);
    if (resolved === null) return { needsYear: true };
    if (typeof resolved === "object") return resolved;
    year = resolved;
  }
  if (p.offsetMinutes !== null) {
    return new Date(Date.UTC(year, p.month - 1, p.day, p.hour, p.minute, p.second) - p.offsetMinutes * 60_000);
  }
  try {
    return wallTimeToInstant(year, p.month, p.day, p.hour, p.minute, p.second, timeZone);
  } catch {
    return { error: `unknown time zone ${timeZone}` };
  }
}

/**
 * The export day a file name carries (`Overview_2025-04-14.csv`,
 * `20260401`, `2026年4月1日`); the latest when it names a range.
 */
export function exportDayFromFileName(fileName: string): Day | null {
  const base = fileName.replace(/^.*[\\/]/, "");
  const found: Day[] = [];
  const patterns = [
    /(?<!\d)(20\d{2})[-_.](\d{1,2})[-_.](\d{1,2})(?!\d)/g,
    /(?<!\d)(20\d{2})(\d{2})(\d{2})(?!\d)/g,
    /(20\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/g,
  ];
  for (const re of patterns) {
    for (const m of base.matchAll(re)) {
      const day = dayText(Number(m[1]), Number(m[2]), Number(m[3]));
      if (isDay(day)) found.push(day);
    }
  }
  return found.length ? (found.sort().at(-1) as Day) : null;
}

/** `YYYY-MM-DD` of parts whose year is known. */
export function partsToDay(p: DateParts, year = p.year): Day | null {
  return year === null ? null : dayText(year, p.month, p.day);
}

// ---- year-less dates of one file ----------------------------------------------

/**
 * How the years of a file's year-less dates were settled: in the file's
 * order (oldest first or newest first: the year steps at each wrap), or,
 * when the rows are in neither order, by guessing the latest date as the
 * one before the largest gap in the calendar (latestMonthDay).
 */
export type YearlessRule = "file_order_ascending" | "file_order_descending" | "largest_gap_guess";

/** One row's year-less date, in file order. */
export interface YearlessRow {
  line: number;
  month: number;
  day: number;
}

/**
 * Something the year contradicts. `feb_29_missing` (a warning): daily rows
 * step from 28 February to 1 March of a leap year. `feb_29_not_in_year` (a
 * row error as well): a 29 February in a year without one.
 */
export interface YearlessWarning {
  code: "feb_29_missing" | "feb_29_not_in_year";
  /** the rows' lines: the two rows around the missing day, or the impossible rows */
  lines: number[];
  year: number;
}

export interface YearlessReading {
  rule: YearlessRule;
  /** the year of the file's latest row (the user's, or from the export day); null when nothing gives it */
  year: number | null;
  /** the latest year that keeps every date on or before `today`; null without `today` */
  suggestedYear: number | null;
  /** each row's year by line (empty when `year` is null) */
  years: Map<number, number>;
  warnings: YearlessWarning[];
}

/**
 * A step larger than half a year between neighbouring rows is not a step
 * forward in time but a step back (or a shuffle): a file is read in order
 * only if every step is at most this many days in one direction.
 */
const MAX_ORDERED_STEP = 183;
const CYCLE = 366;

/** Day of a leap year (0–365), so 28 Feb → 29 Feb → 1 Mar are consecutive. */
function ordinal(month: number, day: number): number {
  return (Date.UTC(2000, month - 1, day) - Date.UTC(2000, 0, 1)) / 86_400_000;
}

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

function orderOf(rows: readonly YearlessRow[]): "ascending" | "descending" | null {
  let ascending = true;
  let descending = true;
  for (let i = 1; i < rows.length; i++) {
    const a = ordinal((rows[i - 1] as YearlessRow).month, (rows[i - 1] as YearlessRow).day);
    const b = ordinal((rows[i] as YearlessRow).month, (rows[i] as YearlessRow).day);
    if (a === b) continue;
    const forward = (b - a + CYCLE) % CYCLE;
    if (forward > MAX_ORDERED_STEP) ascending = false;
    if (CYCLE - forward > MAX_ORDERED_STEP) descending = false;
  }
  return ascending ? "ascending" : descending ? "descending" : null;
}

/**
 * The years of a file's year-less dates. In file order, the latest row is
 * the last (ascending) or the first (descending) and the year steps at each
 * wrap; `pin.year` is the latest row's year, else the export day gives it
 * (the latest such date not after it). Out of order, the latest month-day
 * is guessed (latestMonthDay) and every row is the latest such date not
 * after it. `today` gives `suggestedYear`.
 */
export function readYearless(rows: readonly YearlessRow[], pin: { year?: number; exportDay?: Day; today?: Day }): YearlessReading {
  const order = orderOf(rows);
  const rule: YearlessRule = order === "ascending" ? "file_order_ascending" : order === "descending" ? "file_order_descending" : "largest_gap_guess";
  // Years relative to the latest row (0), in file order.
  const offsets: number[] = [];
  let latest: { month: number; day: number } | null;
  if (order) {
    const step = order === "ascending" ? 1 : -1;
    let k = 0;
    rows.forEach((r, i) => {
      const prev = rows[i - 1];
      if (prev && step * (ordinal(r.month, r.day) - ordinal(prev.month, prev.day)) < 0) k += step;
      offsets.push(k);
    });
    const last = order === "ascending" ? (offsets.at(-1) ?? 0) : 0;
    for (let i = 0; i < offsets.length; i++) offsets[i] = (offsets[i] as number) - last;
    latest = (order === "ascending" ? rows.at(-1) : rows[0]) ?? null;
  } else {
    latest = latestMonthDay(rows);
    const anchor = latest ? ordinal(latest.month, latest.day) : 0;
    for (const r of rows) offsets.push(ordinal(r.month, r.day) > anchor ? -1 : 0);
  }
  const latestYear = (exportDay: Day | undefined): number | null => {
    if (!latest || !exportDay) return null;
    const y = resolveYear(latest.month, latest.day, { exportDay });
    return typeof y === "number" ? y : null;
  };
  const year = pin.year ?? latestYear(pin.exportDay);
  const suggestedYear = latestYear(pin.today);
  const years = new Map<number, number>();
  const warnings: YearlessWarning[] = [];
  if (year === null) return { rule, year, suggestedYear, years, warnings };
  rows.forEach((r, i) => years.set(r.line, year + (offsets[i] as number)));

  const impossible = new Map<number, number[]>();
  for (const r of rows) {
    const y = years.get(r.line) as number;
    if (r.month === 2 && r.day === 29 && !isLeap(y)) impossible.set(y, [...(impossible.get(y) ?? []), r.line]);
  }
  for (const [y, lines] of impossible) warnings.push({ code: "feb_29_not_in_year", lines, year: y });

  if (order) {
    // Oldest first; a daily file (every other step one day) that steps 28 Feb → 1 Mar of a leap year lacks its 29 February.
    const chrono = order === "ascending" ? rows : [...rows].reverse();
    const days = chrono.map((r) => ({ line: r.line, t: Date.UTC(years.get(r.line) as number, r.month - 1, r.day) / 86_400_000, r }));
    const gaps: { from: (typeof days)[number]; to: (typeof days)[number] }[] = [];
    let daily = true;
    for (let i = 1; i < days.length; i++) {
      const from = days[i - 1] as (typeof days)[number];
      const to = days[i] as (typeof days)[number];
      const step = to.t - from.t;
      if (step === 0) continue;
      const y = years.get(to.line) as number;
      if (step === 2 && from.r.month === 2 && from.r.day === 28 && to.r.month === 3 && to.r.day === 1 && isLeap(y)) gaps.push({ from, to });
      else if (step !== 1) daily = false;
    }
    if (daily) {
      for (const g of gaps) {
        warnings.push({ code: "feb_29_missing", lines: order === "ascending" ? [g.from.line, g.to.line] : [g.to.line, g.from.line], year: years.get(g.to.line) as number });
      }
    }
  }
  return { rule, year, suggestedYear, years, warnings };
}
