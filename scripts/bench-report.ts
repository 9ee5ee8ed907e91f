// Timing and printing shared by npm run bench and its --scale run: nearest-rank
// percentiles over repeated runs, fixed-width tables, the machine's figures.
import os from "node:os";

export interface Stats {
  runs: number;
  min: number;
  p50: number;
  p95: number;
  max: number;
}

/** One row of a table: measured figures, or why there are none. */
export interface Row {
  name: string;
  path: string;
  stats: Stats | null;
  note?: string;
}

export interface Target {
  what: string;
  limitMs: number;
  /** null: not measured (the note says why) */
  p95: number | null;
  note?: string;
}

// ---------------------------------------------------------------- figures

/** Nearest-rank percentiles (p50 and p95 are samples that were actually measured). */
export function percentiles(samples: readonly number[]): Stats {
  if (samples.length === 0) throw new Error("percentiles of no samples");
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (p: number) => sorted[Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length))) - 1]!;
  return { runs: sorted.length, min: sorted[0]!, p50: rank(50), p95: rank(95), max: sorted[sorted.length - 1]! };
}

/** Runs `once` `warmup` times unmeasured, then `runs` times one after another; the milliseconds of each run. */
export async function time(once: () => Promise<void>, { warmup, runs }: { warmup: number; runs: number }): Promise<Stats> {
  for (let i = 0; i < warmup; i++) await once();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await once();
    samples.push(performance.now() - started);
  }
  return percentiles(samples);
}

// ---------------------------------------------------------------- printing

export const ms = (value: number) => value.toFixed(1);

export function printHeading(title: string): void {
  console.log(`\n== ${title} ${"=".repeat(Math.max(0, 74 - title.length))}`);
}

/** Columns whose index is in `left` are left-aligned (names, notes); the others right-aligned (numbers). */
export function printTable(headers: string[], rows: string[][], left: number[] = [0]): void {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (left.includes(i) ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ").trimEnd();
  console.log(line(headers));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const row of rows) console.log(line(row));
}

export function printTimings(rows: Row[]): void {
  printTable(
    ["request", "runs", "min ms", "p50 ms", "p95 ms", "max ms", "path"],
    rows.map(({ name, path: urlPath, stats, note }) =>
      stats
        ? [name, String(stats.runs), ms(stats.min), ms(stats.p50), ms(stats.p95), ms(stats.max), urlPath]
        : [name, "–", "–", "–", "–", "–", `${urlPath}  (${note ?? "not measured"})`],
    ),
    [0, 6],
  );
}

export function printTargets(targets: Target[]): void {
  printTable(
    ["target", "limit", "p95", "", "note"],
    targets.map((t) => [
      t.what,
      `< ${t.limitMs.toLocaleString("en-US")} ms`,
      t.p95 === null ? "–" : `${ms(t.p95)} ms`,
      t.p95 === null ? "–" : t.p95 < t.limitMs ? "✔" : "✘",
      t.note ?? "",
    ]),
    [0, 3, 4],
  );
}

export function printMachine(): void {
  const cpus = os.cpus();
  console.log(`machine: ${cpus.length} cpus (${cpus[0]?.model.trim() ?? "unknown"}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.platform()} ${os.release()}`);
  const load = os.loadavg();
  console.log(`node ${process.version}; load average ${load.map((n) => n.toFixed(2)).join(" ")}`);
  if (load[0]! >= cpus.length) {
    console.log(`note: the machine is busy (load ${load[0]!.toFixed(1)} on ${cpus.length} cpus); p95 and max will be pessimistic, min is the steadiest figure`);
  }
}

