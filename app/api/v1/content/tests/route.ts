// GET /api/v1/content/tests — the workspace's content test groups.
import { csvResponse } from "@/lib/api/csv";
import { json } from "@/lib/api/response";
import { apiRoute, parseInput, queryObject } from "@/lib/api/route";
import { ContentTestListQuery, ContentTestListResponse } from "@/lib/schemas/api/content-tests";
import { getContentTestList } from "@/lib/services/content-test-report";

export const dynamic = "force-dynamic";

export const GET = apiRoute("analysis.read", async (_request, { db, workspace, query }) => {
  const q = parseInput(ContentTestListQuery, queryObject(query));
  const list = await getContentTestList(db, workspace);
  if (q.format === "csv") {
    return csvResponse(
      "content-tests.csv",
      ["id", "key", "name", "control_variant", "start_day", "end_day", "running", "items"],
      list.tests.map((t) => [t.id, t.key, t.name, t.controlVariant, t.startDay, t.endDay, t.running, t.items]),
    );
  }
  return json(ContentTestListResponse.parse(list));
});
