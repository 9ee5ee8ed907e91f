// An import large enough to be read on a worker thread (1 MB and more), sent
// to the built app: Next's build bundles the worker, so this is the only place
// that worker runs as users' uploads run it. The file's rows are counted here
// from the rows written into it, not from the app.
import { afterAll, describe, expect, inject, it } from "vitest";
import { OFF_THREAD_MIN_BYTES } from "@/lib/ingest/canonical-stream-off-thread";
import { canonicalCsv, sampleRow, type CanonicalCells } from "../helpers/import-fixtures";
import { apiWrite } from "./browser";

const baseURL = inject("baseURL");

// Days of 2019 and 2020 (long before the demo's) for accounts of this test's own.
const rows: CanonicalCells[] = [];
for (let d = 0; d < 730; d++) {
  const date = new Date(Date.UTC(2019, 0, 1 + d)).toISOString().slice(0, 10);
  for (let a = 0; a < 15; a++) rows.push({ ...sampleRow(a, d, "bilibili"), date, account: `e2e_large_${a}` });
}
const text = canonicalCsv(rows);

describe("a large canonical CSV through the built app", () => {
  const batches: number[] = [];
  afterAll(async () => {
    for (const id of batches.reverse()) await (await apiWrite(`${baseURL}/api/v1/imports/${id}/undo`, { method: "POST" })).body?.cancel();
  });

  it("is read off the request thread, written whole, and idempotent", async () => {
    expect(new TextEncoder().encode(text).length).toBeGreaterThanOrEqual(OFF_THREAD_MIN_BYTES);
    const send = async (name: string) => {
      const form = new FormData();
      form.set("file", new File([text], name, { type: "text/csv" }));
      const response = await apiWrite(`${baseURL}/api/v1/imports`, { method: "POST", body: form });
      expect(response.status).toBe(201);
      return (await response.json()) as { batch: { id: number }; counts: Record<string, number> };
    };
    const first = await send("large.csv");
    batches.push(first.batch.id);
    expect(first.counts).toMatchObject({ rows: rows.length, inserted: rows.length, updated: 0, unchanged: 0, rejected: 0, accountsNew: 15 });
    const again = await send("large-again.csv");
    batches.push(again.batch.id);
    expect(again.counts).toMatchObject({ rows: rows.length, inserted: 0, unchanged: rows.length });
  });
});
