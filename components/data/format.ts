import { fill } from "@/lib/i18n/fill";

// Small display helpers of the /data page (browser side; the server formats
// what it renders itself, so server and browser never disagree on a text).

export function formatBytes(bytes: number, locale: string): string {
  const units = ["B", "KB", "MB", "GB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value)} ${units[unit]}`;
}

export function formatInteger(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value);
}

/** A list in the page's language: "a, b and c" / "a、b和c". */
export function formatList(items: readonly string[], locale: string): string {
  return new Intl.ListFormat(locale, { style: "long", type: "conjunction" }).format(items);
}

/** An ISO instant as a date and time in the workspace's time zone. */
export function formatInstant(iso: string, locale: string, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, { timeZone, dateStyle: "medium", timeStyle: "short" }).format(new Date(iso));
}

/** Fills a message with a count, choosing its "one|other" form (lib/i18n/messages/data.ts) by the language's plural rules. */
export function fillCount(template: string, count: number, locale: string, values: Record<string, string | number> = {}): string {
  const [one, other] = template.split("|");
  const form = other !== undefined && new Intl.PluralRules(locale).select(count) !== "one" ? other : one;
  return fill(form ?? template, { count: formatInteger(count, locale), ...values });
}
