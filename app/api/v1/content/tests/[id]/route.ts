// GET /api/v1/content/tests/[id] — one test's variants against the control:
// CTR difference, z-test, probability to beat control, winner when significant
// (by numeric id or key).
// PATCH /api/v1/content/tests/[id] { name?, hypothesis?, controlVariant?,
// startDay?, endDay? } → { test }; DELETE → { deleted, unassigned }: the
// test's posts stay, in no test. Both by numeric id, recorded as
// content_test_edit; another workspace's test → 404. Analysts and up.
import { contentTestEditAnswer } from "@/lib/api/content-test-refusal";
import { csvResponse } from "@/lib/api/csv";
import { readJson } from "@/lib/api/import-requests";
import { json, notFound } from "@/lib/api/response";
import { apiRoute, parseInput, queryObject } from "@/lib/api/route";
import {
  ContentTestDetailQuery,
  ContentTestEditQuery,
  ContentTestIdParam,
  ContentTestNumericIdParam,
  ContentTestPatchBody,
  ContentTestResponse,
} from "@/lib/schemas/api/content-tests";
import { removeContentTest, updateContentTest } from "@/lib/services/content-test-edit";
import { getContentTestReport } from "@/lib/services/content-test-report";

export const dynamic = "force-dynamic";

export const GET = apiRoute<{ id: string }>("analysis.read", async (_request, { db, workspace, params, query }) => {
  const { id } = parseInput(ContentTestIdParam, params);
  const q = parseInput(ContentTestDetailQuery, queryObject(query));
  const report = await getContentTestReport(db, workspace, { id });
  if (!report) return notFound(`Content test "${id}"`);
  if (q.format === "csv") {
    return csvResponse(
      `content-test-${report.test.key}.csv`,
      [
        "variant", "is_control", "items", "impressions", "clicks", "interactions", "views", "watch_seconds", "ctr",
        "interaction_rate", "avg_dwell", "ctr_diff_pp", "z", "p_value", "significance", "probability_to_beat_control", "winner",
      ],
      report.variants.map((v) => [
        v.variant, v.isControl, v.items, v.impressions, v.clicks, v.interactions, v.views, v.watchSeconds, v.ctr,
        v.interactionRate, v.avgDwell, v.vsControl?.ctrDiffPp, v.vsControl?.test?.z, v.vsControl?.test?.pValue,
        v.vsControl?.test?.significance, v.vsControl?.probabilityToBeatControl, v.variant === report.winner,
      ]),
    );
  }
  return json(ContentTestResponse.parse(report));
});

export const PATCH = apiRoute<{ id: string }>("content_tests.write", async (request, { db, workspace, params, query, actor, userId, locale }) => {
  const { id } = parseInput(ContentTestNumericIdParam, params);
  parseInput(ContentTestEditQuery, queryObject(query));
  const read = await readJson(request, ContentTestPatchBody, 8 * 1024);
  if (!read.ok) return read.response;
  return contentTestEditAnswer(await updateContentTest(db, workspace, { id, body: read.body, actor, userId }), locale);
});

export const DELETE = apiRoute<{ id: string }>("content_tests.write", async (_request, { db, workspace, params, query, actor, userId, locale }) => {
  const { id } = parseInput(ContentTestNumericIdParam, params);
  parseInput(ContentTestEditQuery, queryObject(query));
  return contentTestEditAnswer(await removeContentTest(db, workspace, { id, actor, userId }), locale);
});
