// GET /api/v1/settings → { workspace, settings, benchmarkSets }: the
// workspace's settings and the benchmark sets it may choose from.
// PATCH /api/v1/settings { name?, weekStart?, timeZone?, currency?,
// interactionDenominator?, benchmarkTolerance?, activeBenchmarkSet? } → the
// same plus `changed` (the fields whose value changed; recorded as
// settings_change). A bad field → 400 naming it. Admins only.
import { readJson } from "@/lib/api/import-requests";
import { badField, json } from "@/lib/api/response";
import { apiRoute, parseInput, queryObject } from "@/lib/api/route";
import { SettingsPatchBody, SettingsPatchResponse, SettingsQuery, SettingsResponse } from "@/lib/schemas/api/settings";
import { getSettings, updateSettings } from "@/lib/services/settings";

export const dynamic = "force-dynamic";

export const GET = apiRoute("settings.manage", async (_request, { db, workspace, query }) => {
  parseInput(SettingsQuery, queryObject(query));
  return json(SettingsResponse.parse(await getSettings(db, workspace)));
});

export const PATCH = apiRoute("settings.manage", async (request, { db, workspace, query, actor, userId, locale }) => {
  parseInput(SettingsQuery, queryObject(query));
  const read = await readJson(request, SettingsPatchBody, 16 * 1024);
  if (!read.ok) return read.response;
  const result = await updateSettings(db, workspace, { patch: read.body, actor, userId });
  if (!result.ok) return badField(result.field, { code: "unknown_benchmark_set", values: { key: result.key } }, locale);
  return json(SettingsPatchResponse.parse(result.value));
});
