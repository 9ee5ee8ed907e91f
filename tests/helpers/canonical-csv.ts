// A deterministic canonical CSV (docs/PRODUCT.md, lib/ingest/canonical.ts) of
// any size, for the crash test and the load test: `accounts` accounts over
// consecutive days ending on `endDay`, one row per account per day, values
// from a seeded PRNG, written a megabyte at a time. It returns what the file
// holds, summed as it was written, so a test can check an import against
// figures that never went through the importer.
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { CANONICAL_HEADER } from "@/lib/ingest/canonical";
import { createRng } from "@/lib/demo/prng";

export interface CanonicalFileSpec {
  rows: number;
  /** number of accounts; the rows go round them, so the file covers ceil(rows / accounts) days */
  accounts: number;
  /** last day of the file, YYYY-MM-DD */
  endDay: string;
  seed?: number;
  /** account handles are `${prefix}_${n}` */
  prefix?: string;
  /** platforms the accounts are spread over */
  platforms?: readonly string[];
}

export interface CanonicalFileSummary {
  rows: number;
  firstDay: string;
  lastDay: string;
  impressions: number;
  clicks: number;
  /** Σ spend in fen */
  spendMinor: number;
}

/** A seeded PRNG (the demo data's), the same numbers on every machine. */
export function seededRandom(seed: number): () => number {
  const rng = createRng(seed);
  return () => rng.next();
}

const DAY_MS = 86_400_000;
const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export async function writeCanonicalFile(file: string, spec: CanonicalFileSpec): Promise<CanonicalFileSummary> {
  const { rows, accounts, endDay, seed = 1, prefix = "acct", platforms = ["douyin", "xiaohongshu", "kuaishou", "weibo", "bilibili"] } = spec;
  const rand = seededRandom(seed);
  const int = (hi: number) => Math.floor(rand() * hi);
  const days = Math.ceil(rows / accounts);
  const first = Date.parse(`${endDay}T00:00:00Z`) - (days - 1) * DAY_MS;
  const header = CANONICAL_HEADER;
  const at = (name: string) => header.indexOf(name);
  const summary: CanonicalFileSummary = { rows, firstDay: dayOf(first), lastDay: endDay, impressions: 0, clicks: 0, spendMinor: 0 };
  const out = createWriteStream(file);
  let buffer = `${header.join(",")}\n`;
  for (let i = 0; i < rows; i++) {
    const a = i % accounts;
    const cells: string[] = header.map(() => "");
    const impressions = 1_000 + int(90_000);
    const clicks = int(Math.floor(impressions / 20));
    const spendMinor = int(300_000);
    cells[at("date")] = dayOf(first + Math.floor(i / accounts) * DAY_MS);
    cells[at("platform")] = platforms[a % platforms.length] as string;
    cells[at("account")] = `${prefix}_${a}`;
    cells[at("impressions")] = String(impressions);
    cells[at("reach")] = String(Math.round(impressions * 0.6));
    cells[at("clicks")] = String(clicks);
    cells[at("likes")] = String(int(900));
    cells[at("spend")] = (spendMinor / 100).toFixed(2);
    cells[at("revenue")] = (int(6_000_000) / 100).toFixed(2);
    cells[at("conversions")] = String(int(90));
    summary.impressions += impressions;
    summary.clicks += clicks;
    summary.spendMinor += spendMinor;
    buffer += `${cells.join(",")}\n`;
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await once(out, "drain");
      buffer = "";
    }
  }
  out.end(buffer);
  await once(out, "finish");
  return summary;
}
