// Calendar days and the periods built from them (METRICS.md §3).
//
// A day is a `YYYY-MM-DD` string: the date in the workspace's time zone.
// Arithmetic on days runs in UTC on purpose: a calendar date has no time
// zone, so daylight-saving shifts can never move a day into another week.
import type { WeekStart } from "@/lib/schemas/enums";

export type Day = string;

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const WEEK_RE = /^(\d{4})-W(\d{2})$/;
const MS_PER_DAY = 86_400_000;

export function isDay(value: string): boolean {
  const m = DAY_RE.exec(value);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === value;
}

function toUtc(day: Day): number {
  const m = DAY_RE.exec(day);
  if (!m) throw new RangeError(`not a day: ${day}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

function fromUtc(ms: number): Day {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(day: Day, n: number): Day {
  return fromUtc(toUtc(day) + n * MS_PER_DAY);
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: Day, b: Day): number {
  return Math.round((toUtc(b) - toUtc(a)) / MS_PER_DAY);
}

/** 1 = Monday … 7 = Sunday. */
export function isoDayOfWeek(day: Day): number {
  const dow = new Date(toUtc(day)).getUTCDay();
  return dow === 0 ? 7 : dow;
}

/** The calendar date of an instant in a time zone. */
export function dayInZone(instant: Date, timeZone: string): Day {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")}`;
}

/** Every day from `from` to `to`, both included. */
export function eachDay(from: Day, to: Day): Day[] {
  const days: Day[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) days.push(d);
  return days;
}

export interface Period {
  /** first day, included */
  start: Day;
  /** last day, included */
  end: Day;
}

// ---- weeks ----------------------------------------------------------------

export function weekStartOf(day: Day, weekStart: WeekStart): Day {
  const offset = (isoDayOfWeek(day) - weekStart + 7) % 7;
  return addDays(day, -offset);
}

export function weekOf(day: Day, weekStart: WeekStart): Period {
  const start = weekStartOf(day, weekStart);
  return { start, end: addDays(start, 6) };
}

// A Sunday-start week is labelled by the ISO week of its Monday, so both
// week starts share one label space and `2026-W47` names one week each.
function labelMonday(weekFirstDay: Day, weekStart: WeekStart): Day {
  return weekStart === 1 ? weekFirstDay : addDays(weekFirstDay, 1);
}

/** ISO week label (`2026-W47`) of the week containing `day`. */
export function weekLabel(day: Day, weekStart: WeekStart): string {
  const monday = labelMonday(weekStartOf(day, weekStart), weekStart);
  // The ISO week-year is the year of the week's Thursday.
  const thursday = addDays(monday, 3);
  const year = Number(thursday.slice(0, 4));
  const week = Math.floor(daysBetween(`${year}-01-01`, thursday) / 7) + 1;
  return `${year}-W${String(week).padStart(2, "0")}`;
}

export function isWeekLabel(label: string): boolean {
  const m = WEEK_RE.exec(label);
  if (!m) return false;
  const week = Number(m[2]);
  return week >= 1 && week <= isoWeeksInYear(Number(m[1]));
}

function isoWeeksInYear(year: number): number {
  // A year has 53 ISO weeks when Dec 28 (always in its last week) is in W53.
  const dec28 = `${year}-12-28`;
  const monday = addDays(dec28, 1 - isoDayOfWeek(dec28));
  const thursday = addDays(monday, 3);
  return Math.floor(daysBetween(`${year}-01-01`, thursday) / 7) + 1;
}

/** The days of the week named by `label`; throws on a malformed label. */
export function weekFromLabel(label: string, weekStart: WeekStart): Period {
  const m = WEEK_RE.exec(label);
  if (!m || !isWeekLabel(label)) throw new RangeError(`not a week label: ${label}`);
  const year = Number(m[1]);
  const jan4 = `${year}-01-04`; // always in ISO week 1
  const week1Monday = addDays(jan4, 1 - isoDayOfWeek(jan4));
  const monday = addDays(week1Monday, (Number(m[2]) - 1) * 7);
  const start = weekStart === 1 ? monday : addDays(monday, -1);
  return { start, end: addDays(start, 6) };
}

/** The last week that ended before `today`. */
export function lastCompleteWeek(today: Day, weekStart: WeekStart): Period {
  const start = addDays(weekStartOf(today, weekStart), -7);
  return { start, end: addDays(start, 6) };
}

// ---- months and quarters ----------------------------------------------------

export function monthOf(day: Day): Period {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  const start = `${day.slice(0, 7)}-01`;
  const next = month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, "0")}-01`;
  return { start, end: addDays(next, -1) };
}

export function quarterOf(day: Day): Period {
  const year = Number(day.slice(0, 4));
  const firstMonth = Math.floor((Number(day.slice(5, 7)) - 1) / 3) * 3 + 1;
  const start = `${year}-${String(firstMonth).padStart(2, "0")}-01`;
  return { start, end: monthOf(`${year}-${String(firstMonth + 2).padStart(2, "0")}-01`).end };
}
