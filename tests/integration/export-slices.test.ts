// The export streams in slices of (day, platform) pairs
// (app/api/v1/export/route.ts). A range that starts years before the data,
// has long gaps and rows on its last day must still give every row once, in
// order — a slice without rows must not end or stall the stream — and so must
// a day with more rows than a slice holds, split by platform.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getExport } from "@/app/api/v1/export/route";
import { EXPORT_SLICE_ROWS } from "@/lib/api/export-slices";
import { commitImport } from "@/lib/ingest/pipeline";
import { canonicalCsv, encode, sampleRow, type CanonicalCells } from "../helpers/import-fixtures";
import { signedInMember } from "../helpers/auth";
import { callRoute, csvOf, signInAs } from "../helpers/route-call";
import { createTempDatabase, type TempDatabase } from "../helpers/temp-db";

let t: TempDatabase;

beforeAll(async () => {
  t = await createTempDatabase();
  process.env.DATABASE_URL = t.url;
  const ws = await t.db.workspace.create({ data: { slug: "slices", name: "Slices" } });
  signInAs(await signedInMember(t.db, ws, "manager"));
  // Two accounts: a run of days in early 2026, one day 300 days later, and the range's last day.
  const rows = [
    ...Array.from({ length: 40 }, (_, d) => sampleRow(0, d)),
    ...Array.from({ length: 40 }, (_, d) => sampleRow(1, d, "tiktok")),
    sampleRow(0, 300),
    sampleRow(1, 364, "tiktok"),
  ];
  const result = await commitImport(t.db, ws, { bytes: encode(canonicalCsv(rows)), fileName: "rows.csv" });
  expect(result.ok).toBe(true);
});
afterAll(async () => {
  await t.cleanup();
});

describe("GET /api/v1/export in slices", () => {
  it("gives every row once, in day order, across years without data and gaps", async () => {
    const response = await callRoute(getExport, "/api/v1/export?from=2001-01-01&to=2026-12-31");
    expect(response.status).toBe(200);
    const { lines } = await csvOf(response);
    const days = lines.slice(1).map((l) => l.split(",")[0] as string);
    expect(days).toHaveLength(82);
    expect(days).toEqual([...days].sort());
    expect(new Set(lines.slice(1)).size).toBe(82);
    expect(days.at(-1)).toBe("2026-12-31");
  });

  it("splits a day larger than a slice by platform, every row once, in (day, platform, handle) order", async () => {
    const ws = await t.db.workspace.create({ data: { slug: "big-day", name: "Big day" } });
    signInAs(await signedInMember(t.db, ws, "manager"));
    const platforms = ["weibo", "douyin", "tiktok"];
    const rows: CanonicalCells[] = platforms.flatMap((p) => Array.from({ length: EXPORT_SLICE_ROWS / 2 }, (_, a) => ({ ...sampleRow(a, 10, p), account: `h${String(a).padStart(4, "0")}` })));
    const result = await commitImport(t.db, ws, { bytes: encode(canonicalCsv(rows)), fileName: "big-day.csv" });
    expect(result.ok).toBe(true);
    const { lines } = await csvOf(await callRoute(getExport, "/api/v1/export?from=2026-01-01&to=2026-12-31"));
    const keys = lines.slice(1).map((l) => l.split(",").slice(0, 3).join(","));
    expect(keys).toHaveLength(rows.length);
    expect(new Set(keys).size).toBe(rows.length);
    const expected = rows.map((r) => `${r.date},${r.platform},${r.account}`).sort();
    expect(keys).toEqual(expected);
  });

  it("answers a range with no rows at all with the header alone", async () => {
    const { lines } = await csvOf(await callRoute(getExport, "/api/v1/export?from=1990-01-01&to=1999-12-31"));
    expect(lines).toHaveLength(1);
  });
});
