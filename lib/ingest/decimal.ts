// Exact conversion of decimal text to integer minor units: "1234.5" → 123450
// for a currency with two decimals, without going through a float.

/** null for text that is not a plain decimal number or has more decimals than the currency allows. */
export function decimalToMinor(text: string, decimals = 2): number | null {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text.trim());
  if (!m) return null;
  const fraction = (m[3] ?? "").replace(/0+$/, "");
  if (fraction.length > decimals) return null;
  const minor = Number(`${m[2]}${fraction.padEnd(decimals, "0")}`);
  if (!Number.isSafeInteger(minor)) return null;
  return m[1] === "-" ? -minor : minor;
}
