// Exact conversion of decimal text to integer minor units: "1234.5" → 123450
// for a currency with two decimals (CNY), "5000" → 5000 for one with none
// (JPY), without going through a float. `decimals` is the currency's
// (currencyDigits, lib/reference/currencies.ts): there is no default, so no
// caller can store a JPY amount × 100.

/** null for text that is not a plain decimal number or has more decimals than the currency allows. */
export function decimalToMinor(text: string, decimals: number): number | null {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text.trim());
  if (!m) return null;
  const fraction = (m[3] ?? "").replace(/0+$/, "");
  if (fraction.length > decimals) return null;
  const minor = Number(`${m[2]}${fraction.padEnd(decimals, "0")}`);
  if (!Number.isSafeInteger(minor)) return null;
  return m[1] === "-" ? -minor : minor;
}

/** The reverse: minor units → `1234.50` (or `5000` with no decimals), as the canonical export writes money. */
export function minorToDecimal(minor: bigint | number, decimals: number): string {
  const value = BigInt(minor);
  const digits = (value < 0n ? -value : value).toString().padStart(decimals + 1, "0");
  const sign = value < 0n ? "-" : "";
  return decimals === 0 ? `${sign}${digits}` : `${sign}${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
}
