import { now } from "@/lib/clock";
import { csvResponse } from "@/lib/api/csv";
import { json } from "@/lib/api/response";
import { apiRoute, parseInput, queryObject } from "@/lib/api/route";
import { BOARD_METRIC_KEYS } from "@/lib/metrics/board-metrics";
import { WeeklyReportQuery, WeeklyReportResponse } from "@/lib/schemas/api/weekly-report";
import { getWeeklyReport } from "@/lib/services/weekly-report";

export const dynamic = "force-dynamic";

export const GET = apiRoute("dashboard.read", async (_request, { db, workspace, query }) => {
  const q = parseInput(WeeklyReportQuery, queryObject(query, ["platform", "industry"]));
  const report = WeeklyReportResponse.parse(
    await getWeeklyReport(db, workspace, {
      week: q.week,
      filter: { platforms: q.platform, industries: q.industry, domain: q.domain },
      interactionDenominator: q.interactionDenominator,
      now: now(),
    }),
  );
  if (q.format === "csv") {
    const header = ["platform", "accounts", ...BOARD_METRIC_KEYS.flatMap((k) => [k, `${k}_previous`, `${k}_change`, `${k}_significance`, `${k}_benchmark_status`])];
    const line = (platform: string, r: WeeklyReportResponse["total"]) => [
      platform,
      r.accounts,
      ...BOARD_METRIC_KEYS.flatMap((k) => {
        const c = r.metrics[k];
        return [c.value, c.previous, c.change, c.significance, c.benchmark?.status ?? null];
      }),
    ];
    return csvResponse(`weekly-${report.week.label}.csv`, header, [
      ...report.platforms.map((p) => line(p.platformKey, p)),
      line("all", report.total),
    ]);
  }
  return json(report);
});
