// GET /api/v1/content/tests — the workspace's content test groups.
// POST /api/v1/content/tests { name, hypothesis?, controlVariant, startDay,
// endDay? } → 201 { test }: a new test group, its key from the name (recorded
// as content_test_edit). Analysts and up.
import { csvResponse } from "@/lib/api/csv";
import { contentTestEditAnswer } from "@/lib/api/content-test-refusal";
import { readJson } from "@/lib/api/import-requests";
import { json } from "@/lib/api/response";
import { apiRoute, parseInput, queryObject } from "@/lib/api/route";
import { ContentTestEditQuery, ContentTestListQuery, ContentTestListResponse, NewContentTestBody } from "@/lib/schemas/api/content-tests";
import { createContentTest } from "@/lib/services/content-test-edit";
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

export const POST = apiRoute("content_tests.write", async (request, { db, workspace, query, actor, userId, locale }) => {
  parseInput(ContentTestEditQuery, queryObject(query));
  const read = await readJson(request, NewContentTestBody, 8 * 1024);
  if (!read.ok) return read.response;
  return contentTestEditAnswer(await createContentTest(db, workspace, { body: read.body, actor, userId }), locale, 201);
});
