// What /content needs in one call: the test groups, the chosen test's report,
// the origin split and the top content over one range of publishing days.
import type { Db } from "@/lib/db";
import { addDays, dayInZone, type Day } from "@/lib/metrics/periods";
import { getLastPublishedAt } from "@/lib/queries/getLastPublishedAt";
import type { ContentPageParams } from "@/lib/schemas/content-page-params";
import { getContentOrigins } from "./content-origins";
import { getContentTestList, getContentTestReport } from "./content-test-report";
import { getTopContent } from "./top-content";
import type { WorkspaceRef } from "./analysis-support";

/** The default range: the 90 days up to the last day a post was published. */
export const DEFAULT_RANGE_DAYS = 90;
export const TOP_CONTENT_ROWS = 20;

export async function getContentPage(db: Db, workspace: WorkspaceRef, params: ContentPageParams) {
  const [list, last] = await Promise.all([
    getContentTestList(db, workspace),
    getLastPublishedAt(db, { workspaceId: workspace.id }),
  ]);
  const chosen = (params.test && list.tests.find((t) => t.key === params.test)) || list.tests[0] || null;
  const lastDay: Day | null = last ? dayInZone(last, workspace.timeZone) : null;
  const range = params.from && params.to ? { from: params.from, to: params.to } : lastDay ? { from: addDays(lastDay, -(DEFAULT_RANGE_DAYS - 1)), to: lastDay } : null;
  const platforms = params.platform ? [params.platform] : undefined;
  const [report, origins, top] = await Promise.all([
    chosen ? getContentTestReport(db, workspace, { id: chosen.key }) : null,
    range ? getContentOrigins(db, workspace, { ...range, platforms }) : null,
    range
      ? getTopContent(db, workspace, { ...range, platforms, origin: params.origin ?? undefined, sort: params.sort, dir: params.dir, limit: TOP_CONTENT_ROWS })
      : null,
  ]);
  return { tests: list.tests, report, unknownTest: params.test !== null && chosen?.key !== params.test, range, lastDay, origins, top };
}
export type ContentPage = Awaited<ReturnType<typeof getContentPage>>;
