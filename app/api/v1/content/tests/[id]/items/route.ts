// PUT /api/v1/content/tests/[id]/items { assignments: [{ itemId, variant }],
// unassign?: [itemId] } → { test }: puts this workspace's posts into the
// test's variants (a post in another test moves here) and takes posts out of
// it. A post of another workspace (or none) → 400 naming assignments.itemId;
// another workspace's test → 404. Recorded as content_test_edit. Analysts and up.
import { contentTestEditAnswer } from "@/lib/api/content-test-refusal";
import { readJson } from "@/lib/api/import-requests";
import { apiRoute, parseInput, queryObject } from "@/lib/api/route";
import { ContentTestEditQuery, ContentTestItemsBody, ContentTestNumericIdParam } from "@/lib/schemas/api/content-tests";
import { assignContentTestItems } from "@/lib/services/content-test-edit";

export const dynamic = "force-dynamic";

export const PUT = apiRoute<{ id: string }>("content_tests.write", async (request, { db, workspace, params, query, actor, userId, locale }) => {
  const { id } = parseInput(ContentTestNumericIdParam, params);
  parseInput(ContentTestEditQuery, queryObject(query));
  const read = await readJson(request, ContentTestItemsBody, 64 * 1024);
  if (!read.ok) return read.response;
  return contentTestEditAnswer(await assignContentTestItems(db, workspace, { id, body: read.body, actor, userId }), locale);
});
