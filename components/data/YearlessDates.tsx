"use client";

import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locale";
import type { DataMessages } from "@/lib/i18n/messages/data";
import type { ImportPreviewJson } from "@/lib/schemas/api/imports";
import { fillCount, formatList } from "./format";
import { NOTICE_INFO } from "./ui";

type Dates = NonNullable<ImportPreviewJson["dates"]>;

/** The notes this block says itself, from the preview's codes (PreviewReport leaves them out of its list). */
export const YEARLESS_NOTE_CODES: readonly string[] = ["yearless_dates", "feb_29_missing", "feb_29_not_in_year"];

/** Amber with readable contrast in both themes (a warning, not an error). */
const WARN = "rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-800 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-200";

const MAX_LINES = 10;

function lineList(lines: readonly number[], locale: Locale): string {
  const shown = lines.slice(0, MAX_LINES).map(String);
  return lines.length > MAX_LINES ? `${shown.join(", ")}, …` : formatList(shown, locale);
}

function ruleText(d: Dates, m: DataMessages["preview"]["yearless"]): string {
  if (d.year === null) return { file_order_ascending: m.askAscending, file_order_descending: m.askDescending, largest_gap_guess: m.askGuess }[d.rule];
  return fill(m[d.rule], { year: d.year });
}

/** How the dates written without a year were read (the rule and the year) and what the year contradicts, before anything is written. */
export function YearlessDates({ dates: d, locale, messages: m }: { dates: Dates; locale: Locale; messages: DataMessages["preview"]["yearless"] }) {
  const guess = d.rule === "largest_gap_guess";
  return (
    <section aria-label={m.title} className="flex flex-col gap-2" data-testid="yearless-dates" data-rule={d.rule} data-year={d.year ?? ""}>
      <p className={guess ? WARN : NOTICE_INFO} data-testid="yearless-rule">
        <span className="font-semibold">{m.title}: </span>
        {ruleText(d, m)}
      </p>
      {d.warnings.length > 0 && (
        <ul className="flex flex-col gap-2" data-testid="yearless-warnings">
          {d.warnings.map((w) => (
            <li key={`${w.code}-${w.year}-${w.lines.join(",")}`} className={WARN} data-testid="yearless-warning" data-code={w.code} data-lines={w.lines.join(",")}>
              {fillCount(m[w.code], w.lines.length, locale, { lines: lineList(w.lines, locale), year: w.year })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
