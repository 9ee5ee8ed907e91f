// Recomputes DailyRollup and Account.firstDay/lastDay from the daily rows with
// plain loops in JavaScript (a different route from the GROUP BY the app runs)
// and lists every difference: [] when the derived tables are in step.
import Database from "better-sqlite3";
import { INTERACTIONS, RATIO_KEYS, RATIO_PARTS } from "@/lib/metrics/ratios";
import { ADDITIVE_MEASURES, type Measure } from "@/lib/metrics/measures";

type Row = Record<string, number | string | null>;

function part(row: Row, measures: readonly Measure[]): number | null {
  const known = measures.map((m) => row[m]).filter((v): v is number => v !== null);
  return known.length ? known.reduce((a, b) => a + b, 0) : null;
}

export function rollupProblems(file: string): string[] {
  const sqlite = new Database(file, { readonly: true });
  sqlite.defaultSafeIntegers(false);
  try {
    const rows = sqlite.prepare(`SELECT m.*, a."platformKey", a."industry" FROM "DailyMetric" m JOIN "Account" a ON a."id" = m."accountId"`).all() as Row[];
    const expected = new Map<string, Row>();
    const add = (r: Row, key: string, v: number | null) => {
      if (v === null) return;
      r[key] = ((r[key] as number | null) ?? 0) + v;
    };
    for (const row of rows) for (const industry of [row.industry, ""]) {
      // Each row counts in its industry's rollup row and in its platform's total (industry "").
      const key = [row.workspaceId, row.day, row.platformKey, industry].join("|");
      let r = expected.get(key);
      if (!r) {
        r = { rows: 0, followersKnown: 0, followersSum: 0, followsKnown: 0, netFollowsSum: 0, interactionsKnown: 0, interactionsSum: 0 };
        for (const m of [...ADDITIVE_MEASURES, "reachDailySum"]) r[m] = null;
        for (const k of RATIO_KEYS) r[`${k}Num`] = r[`${k}Den`] = 0;
        expected.set(key, r);
      }
      r.rows = (r.rows as number) + 1;
      for (const m of ADDITIVE_MEASURES) add(r, m, row[m] as number | null);
      add(r, "reachDailySum", row.reach as number | null);
      for (const k of RATIO_KEYS) {
        const n = part(row, RATIO_PARTS[k].numerator);
        const d = part(row, RATIO_PARTS[k].denominator);
        if (n !== null && d !== null) {
          add(r, `${k}Num`, n);
          add(r, `${k}Den`, d);
        }
      }
      if (row.followers !== null) {
        add(r, "followersKnown", 1);
        add(r, "followersSum", row.followers as number);
      }
      if (row.follows !== null) {
        add(r, "followsKnown", 1);
        add(r, "netFollowsSum", (row.follows as number) - ((row.unfollows as number | null) ?? 0));
      }
      const interactions = part(row, INTERACTIONS);
      if (interactions !== null) {
        add(r, "interactionsKnown", 1);
        add(r, "interactionsSum", interactions);
      }
    }
    const problems: string[] = [];
    const stored = sqlite.prepare(`SELECT * FROM "DailyRollup"`).all() as Row[];
    const seen = new Set<string>();
    for (const s of stored) {
      const key = [s.workspaceId, s.day, s.platformKey, s.industry].join("|");
      seen.add(key);
      const e = expected.get(key);
      if (!e) {
        problems.push(`rollup ${key} has no daily rows`);
        continue;
      }
      for (const [column, value] of Object.entries(e)) if (s[column] !== value) problems.push(`rollup ${key} ${column}: stored ${String(s[column])}, rows give ${String(value)}`);
    }
    for (const key of expected.keys()) if (!seen.has(key)) problems.push(`rollup ${key} is missing`);
    const spans = sqlite
      .prepare(`SELECT a."id", a."firstDay", a."lastDay", MIN(m."day") AS "first", MAX(m."day") AS "last" FROM "Account" a LEFT JOIN "DailyMetric" m ON m."accountId" = a."id" GROUP BY a."id"`)
      .all() as Row[];
    for (const s of spans) if (s.firstDay !== s.first || s.lastDay !== s.last) problems.push(`account ${s.id} span ${s.firstDay}..${s.lastDay}, rows ${s.first}..${s.last}`);
    return problems.slice(0, 20);
  } finally {
    sqlite.close();
  }
}
