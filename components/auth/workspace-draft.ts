// What the new-workspace fields hold while the user types, and the lists
// they choose from.
export interface WorkspaceDraft {
  name: string;
  industry: string | null;
  timeZone: string;
  currency: string;
  weekStart: 1 | 7;
}

export const NEW_WORKSPACE: WorkspaceDraft = { name: "", industry: null, timeZone: "Asia/Shanghai", currency: "CNY", weekStart: 1 };

/** Currencies offered first; any other ISO 4217 code is accepted by the API. */
export const COMMON_CURRENCIES = ["CNY", "HKD", "TWD", "USD", "EUR", "GBP", "JPY", "KRW", "SGD", "AUD", "CAD", "MYR", "THB", "IDR", "VND", "INR", "AED", "SAR", "BRL"];
