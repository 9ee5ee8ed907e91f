// Minor units of a currency (ISO 4217 exponents). Money is stored as integer
// minor units; every conversion between a typed amount and the stored
// integer, and back for display or export, goes through `currencyDigits`, so
// a JPY workspace (no minor unit) reads the same yen it imported.
//
// A fixed table rather than Intl's currency data: stored integers must keep
// their meaning when the runtime's ICU data changes.

const ZERO_DECIMALS = new Set([
  "BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF", "UGX", "UYI", "VND", "VUV", "XAF", "XOF", "XPF",
]);
const THREE_DECIMALS = new Set(["BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"]);

/** Decimals of a currency's minor unit: 2 for CNY and USD, 0 for JPY, 3 for KWD. Unknown codes count as 2. */
export function currencyDigits(currency: string): number {
  const code = currency.toUpperCase();
  if (ZERO_DECIMALS.has(code)) return 0;
  if (THREE_DECIMALS.has(code)) return 3;
  return 2;
}

/** Minor units per major unit: 100 for CNY (fen), 1 for JPY. */
export function minorPerMajor(currency: string): number {
  return 10 ** currencyDigits(currency);
}

/** An amount in minor units as major units (a float, for display and KPIs such as CPC). */
export function minorToMajor(minor: number, currency: string): number {
  return minor / minorPerMajor(currency);
}
