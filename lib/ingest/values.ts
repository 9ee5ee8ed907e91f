// Cell text → numbers, the way platforms and spreadsheets write them:
// `12,345`, `12 345`, `1.2万`, `3.4亿`, `12.5%`, full-width `１２３`, `--` or
// `N/A` for "no value", `18秒`, `1:02:03`, decimal hours, `¥1,234.56`, and
// float noise (`1.4299999999999999`) in money. Arithmetic stays in decimal
// (BigInt mantissa × power of ten) so no float drift reaches a stored value.
// A value that cannot be read is a message code (`{ code: "not_number" }`,
// lib/i18n/messages/import-errors.ts); the caller turns it into a RowError
// naming the row and column.
import type { ImportMessage } from "@/lib/i18n/messages/import-errors";
import { decimalToMinor } from "./decimal";

export type ValueError = ImportMessage;
export type ParsedValue = number | null | ValueError;

export function isValueError(value: unknown): value is ValueError {
  return typeof value === "object" && value !== null && "code" in value;
}

/** Full-width ASCII (U+FF01–U+FF5E) and the ideographic space to their half-width forms. */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e\u3000]/g, (ch) => (ch === "\u3000" ? " " : String.fromCharCode(ch.charCodeAt(0) - 0xfee0)));
}

const UNKNOWN = new Set(["", "-", "--", "---", "—", "——", "–", "n/a", "na", "null", "none", "nan", "#n/a", "/"]);

/**
 * Strips what exports wrap values in: surrounding whitespace and quotes, an
 * Excel text marker (`'123`, `="123"`), zero-width characters.
 */
function unwrap(text: string): string {
  let t = toHalfWidth(text).replace(/[\u200b\u200c\u200d\ufeff]/g, "").trim();
  const formula = /^="(.*)"$/s.exec(t);
  if (formula) t = (formula[1] as string).trim();
  if (t.length >= 2 && ((t.startsWith('"') && t.endsWith('"')) || (t.startsWith("“") && t.endsWith("”")))) t = t.slice(1, -1).trim();
  if (t.startsWith("'")) t = t.slice(1).trim();
  return t;
}

/** True for the texts exports use for "no value": empty, `-`, `--`, `—`, `N/A`, … */
export function isUnknownText(text: string): boolean {
  return UNKNOWN.has(unwrap(text).toLowerCase());
}

/** A decimal number as mantissa × 10^exp, sign apart. */
interface Decimal {
  negative: boolean;
  mantissa: bigint;
  exp: number;
  /** scaled by a unit word (万, 亿, k): a rounded display value */
  unitScaled: boolean;
  percent: boolean;
}

const UNIT_EXP: Record<string, number> = { 万: 4, w: 4, W: 4, 亿: 8, k: 3, K: 3 };

/** Reads digits with thousands separators or a decimal comma into a plain `123.45` form. */
function plainDigits(body: string): string | null {
  if (/^\d+(\.\d*)?$|^\.\d+$/.test(body)) return body;
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(body)) return body.replace(/,/g, "");
  if (/^\d{1,3}([ \u00a0\u202f\u2009']\d{3})+([.,]\d+)?$/.test(body)) return body.replace(/[ \u00a0\u202f\u2009']/g, "").replace(",", ".");
  if (/^\d{1,3}(\.\d{3})+,\d+$/.test(body)) return body.replace(/\./g, "").replace(",", ".");
  // A decimal comma (`1,5`, `12,75`); `1,234` stays a thousands separator above, `1234,567` is ambiguous.
  const comma = /^(\d+),(\d+)$/.exec(body);
  if (comma && (comma[2] as string).length !== 3) return `${comma[1]}.${comma[2]}`;
  return null;
}

function parseDecimal(raw: string): Decimal | null | ValueError {
  let t = unwrap(raw);
  if (UNKNOWN.has(t.toLowerCase())) return null;
  let negative = false;
  if (/^[-−+]/.test(t)) {
    negative = t[0] !== "+";
    t = t.slice(1).trim();
  }
  let exp = 0;
  let unitScaled = false;
  let percent = false;
  if (t.endsWith("%")) {
    percent = true;
    exp -= 2;
    t = t.slice(0, -1).trim();
  } else {
    const unit = t.slice(-1);
    if (unit in UNIT_EXP && /\d\s*.$/.test(t)) {
      exp += UNIT_EXP[unit] as number;
      unitScaled = true;
      t = t.slice(0, -1).trim();
    }
  }
  let expPart = 0;
  const sci = /^(.*\d)[eE]([-+]?\d{1,3})$/.exec(t);
  if (sci) {
    t = sci[1] as string;
    expPart = Number(sci[2]);
  }
  const body = plainDigits(t);
  if (body === null) return { code: "not_number" };
  const [intPart = "", fracPart = ""] = body.split(".");
  const digits = `${intPart}${fracPart}`.replace(/^0+(?=\d)/, "") || "0";
  return { negative, mantissa: BigInt(digits), exp: exp + expPart - fracPart.length, unitScaled, percent };
}

function toNumber(d: Decimal, extraExp = 0): number {
  return Number(`${d.negative ? "-" : ""}${d.mantissa}e${d.exp + extraExp}`);
}

/** Rounds mantissa × 10^exp to an integer, half away from zero (on the magnitude). */
function roundToInteger(mantissa: bigint, exp: number): bigint {
  if (exp >= 0) return mantissa * 10n ** BigInt(exp);
  const div = 10n ** BigInt(-exp);
  const q = mantissa / div;
  return (mantissa % div) * 2n >= div ? q + 1n : q;
}

export interface NumberOptions {
  /**
   * How a bare number in a rate column is meant: `points` when `4.5` means
   * 4.5% (YouTube's `(%)` columns), `fraction` when `0.045` already is the
   * rate. Either way the result is a fraction; `12.5%` is always 0.125.
   */
  percent?: "fraction" | "points";
}

/** A number (rate or count), null when the cell says "no value", or why it is not one. */
export function parseNumber(text: string, options: NumberOptions = {}): ParsedValue {
  const d = parseDecimal(text);
  if (d === null || isValueError(d)) return d;
  const shift = !d.percent && options.percent === "points" ? -2 : 0;
  const value = toNumber(d, shift);
  return Number.isFinite(value) ? value : { code: "not_number" };
}

/**
 * A whole count. `1.2万` is rounded (exports round such values for display);
 * `12.5` in a count column is an error, as is a percentage.
 */
export function parseCount(text: string): ParsedValue {
  const d = parseDecimal(text);
  if (d === null || isValueError(d)) return d;
  if (d.percent) return { code: "percent_for_count" };
  let magnitude: bigint;
  if (d.unitScaled) magnitude = roundToInteger(d.mantissa, d.exp);
  else {
    magnitude = roundToInteger(d.mantissa, d.exp);
    if (d.exp < 0 && d.mantissa % 10n ** BigInt(-d.exp) !== 0n) return { code: "not_integer" };
  }
  const value = Number(magnitude);
  if (!Number.isSafeInteger(value)) return { code: "number_too_large" };
  return d.negative && value !== 0 ? -value : value;
}

/** Decimal hours (`375.6609`) to whole seconds, rounded half away from zero without float error. */
export function hoursToSeconds(text: string): ParsedValue {
  const d = parseDecimal(text);
  if (d === null || isValueError(d)) return d;
  if (d.percent) return { code: "not_hours" };
  const value = Number(roundToInteger(d.mantissa * 3600n, d.exp));
  if (!Number.isSafeInteger(value)) return { code: "number_too_large" };
  return d.negative && value !== 0 ? -value : value;
}

const DURATION_UNITS: [RegExp, number][] = [
  [/^(小时|时|h|hr|hrs|hour|hours)$/i, 3600],
  [/^(分钟|分|m|min|mins|minute|minutes)$/i, 60],
  [/^(秒钟|秒|s|sec|secs|second|seconds)$/i, 1],
];

/**
 * A duration in seconds: `H:MM:SS`, `M:SS`, `18秒`, `1分20秒`, `1h 2m 3s`, or
 * a bare number of seconds (`9.53`, kept fractional: an average play time).
 */
export function parseDuration(text: string): ParsedValue {
  const t = unwrap(text);
  if (UNKNOWN.has(t.toLowerCase())) return null;
  const clock = /^(?:(\d+):)?(\d{1,2}):(\d{1,2}(?:\.\d+)?)$/.exec(t);
  if (clock) {
    const [, h, m, s] = clock;
    if (Number(m) >= 60 && h !== undefined) return { code: "not_duration" };
    if (Number(s) >= 60) return { code: "not_duration" };
    return Number(h ?? 0) * 3600 + Number(m) * 60 + Number(s);
  }
  const parts = [...t.matchAll(/(\d+(?:\.\d+)?)\s*([^\d\s.]+)/g)];
  if (parts.length > 0 && parts.map((p) => p[0]).join("").replace(/\s+/g, "") === t.replace(/\s+/g, "")) {
    let total = 0;
    for (const [, amount, unit] of parts) {
      const factor = DURATION_UNITS.find(([re]) => re.test(unit as string))?.[1];
      if (factor === undefined) return { code: "not_duration" };
      total += Number(amount) * factor;
    }
    return total;
  }
  const n = parseNumber(t);
  if (n === null || isValueError(n)) return n === null ? null : { code: "not_duration" };
  return n;
}

const CURRENCY_PREFIX = /^(US\$|HK\$|NT\$|A\$|C\$|S\$|R\$|USD|CNY|RMB|EUR|GBP|JPY|[¥￥$€£])\s*/i;
const CURRENCY_SUFFIX = /\s*(元|USD|CNY|RMB|EUR|GBP|[¥￥$€£])$/i;

/**
 * Money in minor units of a currency with `decimals` decimals
 * (currencyDigits: `¥1,234.56` → 123456 for CNY, `¥5,000` → 5000 for JPY).
 * More decimals than the currency has are float noise from the export
 * (`1.4299999999999999`, `254.049996`) and are rounded half away from zero
 * to the minor unit.
 */
export function parseMoneyMinor(text: string, decimals: number): ParsedValue {
  let t = unwrap(text);
  if (UNKNOWN.has(t.toLowerCase())) return null;
  let negative = false;
  if (/^[-−]/.test(t)) {
    negative = true;
    t = t.slice(1).trim();
  }
  t = t.replace(CURRENCY_PREFIX, "").replace(CURRENCY_SUFFIX, "").trim();
  const d = parseDecimal(t);
  if (d === null) return null;
  if (isValueError(d)) return { code: "not_money" };
  if (d.percent) return { code: "percent_for_amount" };
  const minorUnits = roundToInteger(d.mantissa, d.exp + decimals);
  const text2 = minorUnits.toString().padStart(decimals + 1, "0");
  const major = decimals > 0 ? `${text2.slice(0, -decimals)}.${text2.slice(-decimals)}` : text2;
  const minor = decimalToMinor(`${negative !== d.negative ? "-" : ""}${major}`, decimals);
  if (minor === null) return { code: "amount_too_large" };
  return Object.is(minor, -0) ? 0 : minor;
}

/**
 * An identifier kept as text (19-digit X ids exceed JavaScript's integers).
 * Excel's scientific notation is expanded when it lost nothing (`1.2345E+4`
 * → `12345`); when it rounded the id (`1.00449E+11` stands for a 12-digit id
 * of which 6 digits survive) the real id is gone and guessing would merge
 * different posts, so that is an error.
 */
export function parseIdText(text: string): string | null | ValueError {
  const t = unwrap(text);
  if (UNKNOWN.has(t.toLowerCase())) return null;
  const sci = /^(\d)(?:[.,](\d+))?[eE]\+?(\d{1,2})$/.exec(t);
  if (sci) {
    const digits = `${sci[1]}${sci[2] ?? ""}`;
    const exp = Number(sci[3]);
    if (digits.length - 1 > exp) return { code: "id_decimal" };
    if (digits.length - 1 < exp) {
      return { code: "id_rounded_by_excel", params: { value: t } };
    }
    return digits;
  }
  return t;
}
