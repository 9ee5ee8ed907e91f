// One benchmark verdict everywhere: on the demo workspace, every sentence the
// weekly report and the executive summary write about a figure against its
// benchmark states the status of that figure's chip or traffic light, and
// uses that status's words. The clock is fixed: the demo ends on Sunday
// 2026-11-22, and "now" is the Wednesday after.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BenchmarkStatus } from "@/lib/metrics/benchmarks";
import { executiveFindings } from "@/lib/metrics/executive-findings";
import { STATUS_WORDS, type Finding } from "@/lib/metrics/finding-phrases";
import { generateDemoData } from "@/lib/demo/generate-demo-data";
import { loadDemoData } from "@/lib/demo/load-demo-data";
import type { Workspace } from "@/lib/queries/getWorkspaceBySlug";
import { WeeklyReportResponse } from "@/lib/schemas/api/weekly-report";
import { getExecutiveSummary, type ExecutiveSummary } from "@/lib/services/executive-summary";
import { getWeeklyReport } from "@/lib/services/weekly-report";
import { createTempDatabase, type TempDatabase } from "../helpers/temp-db";

const END_DAY = "2026-11-22";
const NOW = new Date("2026-11-25T04:00:00Z");
let t: TempDatabase;
let demo: Workspace;

beforeAll(async () => {
  t = await createTempDatabase();
  const summary = await loadDemoData(t.db, generateDemoData({ endDay: END_DAY }));
  demo = await t.db.workspace.findUniqueOrThrow({ where: { id: summary.workspaceId } });
}, 120_000);
afterAll(() => t.cleanup());

/** The sentence uses the verdict's words, and not the words of another status. */
function expectWords(text: string, status: BenchmarkStatus, locale: "en" | "zh-CN") {
  const words = STATUS_WORDS.higher;
  expect(text).toContain(words[status][locale]);
  if (locale === "en") {
    for (const w of ["in line", "on par"]) expect(text).not.toContain(w);
    if (status === "above") expect(text).not.toMatch(/below/);
    if (status === "below") expect(text).not.toContain("just below");
  } else {
    expect(text).not.toContain("持平");
    if (status === "above") expect(text).not.toContain("低于");
    if (status === "below") expect(text).not.toContain("略低于");
  }
}

/** For a sentence with several verdicts, the part about `on` (split at "; " / "；" or at " and "/"，"). */
function partAbout(f: Finding, index: number, locale: "en" | "zh-CN"): string {
  const text = locale === "en" ? f.en : f.zh;
  if (f.verdicts.length === 1) return text;
  if (f.kind === "domains") {
    // one side per "; ", ROI before margin within a side
    const sides = text.split(locale === "en" ? "; " : "；");
    const side = sides[Math.floor(index / 2)] ?? "";
    const [roi, margin] = locale === "en" ? side.split(", profit margin") : side.split("，利润率");
    return (f.verdicts[index]!.metric === "roi" ? roi : margin) ?? "";
  }
  // ranking: best, then worst
  const halves = locale === "en" ? text.split(") and ") : text.split("），");
  return halves[index] ?? "";
}

describe("weekly report on the demo", () => {
  it("every finding's verdict is the status of the chip of the same figure, in its words", async () => {
    const report = WeeklyReportResponse.parse(await getWeeklyReport(t.db, demo, { filter: {}, now: NOW }));
    let judged = 0;
    for (const f of report.findings) {
      for (const v of f.verdicts) {
        const row = v.on === "total" ? report.total : report.platforms.find((p) => p.platformKey === v.on);
        const cell = row?.metrics[v.metric as keyof typeof report.total.metrics];
        expect(cell?.benchmark?.status, `${f.en}`).toBe(v.status);
        judged += 1;
      }
      if (f.verdict) {
        expectWords(f.en, f.verdict, "en");
        expectWords(f.zh, f.verdict, "zh-CN");
      }
    }
    // and every total cell with a status has a sentence that states it
    for (const [key, cell] of Object.entries(report.total.metrics)) {
      if (!cell.benchmark?.status) continue;
      expect(report.findings.some((f) => f.verdicts.some((v) => v.on === "total" && v.metric === key && v.status === cell.benchmark?.status))).toBe(true);
    }
    expect(judged).toBeGreaterThanOrEqual(3);
  });
});

describe("executive summary on the demo", () => {
  async function summary(kind: "month" | "quarter", at: string | null): Promise<ExecutiveSummary> {
    const r = await getExecutiveSummary(t.db, demo, { kind, at, now: NOW });
    if (r.status !== "ready") throw new Error(r.status);
    return r.summary;
  }

  /** The status the page's light shows for a verdict's figure. */
  function lightOf(s: ExecutiveSummary, on: string, metric: string): BenchmarkStatus | null | undefined {
    if (on === "total") return s.headline.find((h) => h.key === metric)?.benchmark?.status;
    if (on === "forecast") return s.forecast?.benchmark?.status;
    if (on === "public" || on === "private") {
      const d = s.domains.find((x) => x.domain === on);
      return metric === "roi" ? d?.roiBenchmark?.status : d?.profitMarginBenchmark?.status;
    }
    const row = s.platforms.rows.find((r) => r.platformKey === on);
    return metric === "ctr" ? row?.ctrStatus : row?.roiStatus;
  }

  it.each([
    ["quarter", null],
    ["month", null],
    ["month", "2026-10"],
    ["quarter", "2026-Q3"],
  ] as const)("%s %s: every finding's verdict is the status of its light, in its words", async (kind, at) => {
    const s = await summary(kind, at);
    let judged = 0;
    for (const f of executiveFindings(s)) {
      f.verdicts.forEach((v, i) => {
        expect(lightOf(s, v.on, v.metric), f.en).toBe(v.status);
        expectWords(partAbout(f, i, "en"), v.status, "en");
        expectWords(partAbout(f, i, "zh-CN"), v.status, "zh-CN");
        judged += 1;
      });
    }
    expect(judged).toBeGreaterThanOrEqual(3);
  });
});
