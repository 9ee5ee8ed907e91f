// Helpers for the import tests: canonical CSV text from rows, and a checksum
// of the data tables read byte for byte through a separate SQLite connection
// (values exactly as stored: text stays text, integers stay integers).
import { createHash } from "node:crypto";
import Database from "better-sqlite3";
import { CANONICAL_HEADER } from "@/lib/ingest/canonical";

export const HEADER = CANONICAL_HEADER.join(",");

export type CanonicalCells = Partial<Record<(typeof CANONICAL_HEADER)[number], string | number | null>>;

/** A canonical CSV (LF line ends) from rows given as column → value; missing = empty cell. */
export function canonicalCsv(rows: readonly CanonicalCells[], header: readonly string[] = CANONICAL_HEADER): string {
  const cell = (v: string | number | null | undefined) => (v === null || v === undefined ? "" : String(v));
  return `${[header.join(","), ...rows.map((r) => header.map((c) => cell(r[c as keyof CanonicalCells])).join(","))].join("\n")}\n`;
}

/** A deterministic full canonical row for account `a` on day offset `d` from 2026-01-01. */
export function sampleRow(a: number, d: number, platform = "douyin"): CanonicalCells {
  const day = new Date(Date.UTC(2026, 0, 1 + d)).toISOString().slice(0, 10);
  const base = 1000 + a * 100 + d;
  return {
    date: day,
    platform,
    account: `acct_${a}`,
    impressions: base * 10,
    reach: base * 6,
    views: base * 7,
    clicks: base,
    likes: base % 90,
    comments: (base % 7) - 2,
    shares: base % 11,
    saves: d % 3 === 0 ? null : base % 13,
    follows: base % 17,
    unfollows: base % 5,
    followers: 10_000 + base,
    profile_visits: base % 40,
    watch_seconds: base * 30,
    spend: `${(base % 500) + 1}.${String(base % 100).padStart(2, "0")}`,
    revenue: `${base * 3}.50`,
    conversions: base % 9,
    cost: d % 4 === 0 ? null : `${base}.05`,
  };
}

export const encode = (text: string) => new TextEncoder().encode(text);

const TABLES = ["Account", "DailyMetric", "ContentItem", "ImportChange"] as const;

/** sha256 over `SELECT * FROM <table> ORDER BY id` for the data tables (and ImportChange). */
export function checksum(file: string, tables: readonly string[] = TABLES): string {
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  try {
    sqlite.defaultSafeIntegers(true);
    const hash = createHash("sha256");
    for (const table of tables) {
      hash.update(`\u0000${table}\u0000`);
      for (const row of sqlite.prepare(`SELECT * FROM "${table}" ORDER BY id`).raw().iterate()) {
        hash.update(JSON.stringify(row, (_k, v: unknown) => (typeof v === "bigint" ? `${v}n` : v)));
        hash.update("\n");
      }
    }
    return hash.digest("hex");
  } finally {
    sqlite.close();
  }
}

/** One table's rows as stored, for readable assertions. */
export function rowsOf(file: string, sql: string, ...params: unknown[]): Record<string, unknown>[] {
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return sqlite.prepare(sql).all(...params) as Record<string, unknown>[];
  } finally {
    sqlite.close();
  }
}
