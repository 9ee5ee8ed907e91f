// The mapping editor's draft (what the form holds) and the CustomMapping the
// API takes, kept apart from the form so the import panel's state can guess
// a first draft without the component.
import type { CustomMapping } from "@/lib/schemas/api/imports";
import type { PlatformKey } from "@/lib/schemas/enums";
import { guessAccountColumn, guessDateColumn, guessTarget, type MappingTarget } from "./measures";

export interface MappingDraft {
  /** "" = no date column: every row is on the upload's day */
  dateColumn: string;
  platform: PlatformKey | "";
  accountMode: "column" | "fixed";
  accountColumn: string;
  account: string;
  columns: Record<string, MappingTarget | "">;
}

/** A first mapping from the header names: the date and account columns by name, measures by the usual words. */
export function guessMapping(headers: readonly string[], platform: PlatformKey | null): MappingDraft {
  const dateColumn = guessDateColumn(headers) ?? "";
  const accountColumn = guessAccountColumn(headers) ?? "";
  const columns: MappingDraft["columns"] = {};
  const used = new Set<MappingTarget>();
  for (const h of headers) {
    if (h === dateColumn || h === accountColumn) continue;
    const guess = guessTarget(h);
    columns[h] = guess && !used.has(guess) ? guess : "";
    if (guess) used.add(guess);
  }
  return { dateColumn, platform: platform ?? "", accountMode: accountColumn ? "column" : "fixed", accountColumn, account: "", columns };
}

export type MappingProblem = "needMeasure" | "needPlatform" | "needAccount";

/** The mapping the API takes, or what is still missing. */
export function draftToMapping(d: MappingDraft): { mapping: CustomMapping | null; problems: MappingProblem[]; duplicates: MappingTarget[] } {
  const problems: MappingProblem[] = [];
  const reserved = new Set([d.dateColumn, d.accountMode === "column" ? d.accountColumn : ""].filter(Boolean));
  const columns: Record<string, string> = {};
  const seen = new Map<MappingTarget, number>();
  for (const [header, target] of Object.entries(d.columns)) {
    if (!target || reserved.has(header)) continue;
    columns[header] = target;
    seen.set(target, (seen.get(target) ?? 0) + 1);
  }
  const duplicates = [...seen].filter(([, n]) => n > 1).map(([t]) => t);
  if (Object.keys(columns).length === 0) problems.push("needMeasure");
  if (!d.platform) problems.push("needPlatform");
  const account = d.account.trim();
  if (d.accountMode === "column" ? !d.accountColumn : !account) problems.push("needAccount");
  if (problems.length || duplicates.length || !d.platform) return { mapping: null, problems, duplicates };
  const mapping: CustomMapping = {
    columns,
    platform: d.platform,
    ...(d.dateColumn ? { dateColumn: d.dateColumn } : {}),
    ...(d.accountMode === "column" ? { accountColumn: d.accountColumn } : { account }),
  };
  return { mapping, problems: [], duplicates: [] };
}
