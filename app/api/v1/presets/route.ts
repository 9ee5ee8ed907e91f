// GET /api/v1/presets — the built-in presets (key, names, platform, kind) and
// the workspace's saved column mappings. POST /api/v1/presets — save a
// mapping { name, headers, mapping } (the same name replaces it) → 201.
import { readJson } from "@/lib/api/import-requests";
import { json } from "@/lib/api/response";
import { audit } from "@/lib/auth/audit";
import { apiRoute, parseInput, queryObject } from "@/lib/api/route";
import { PresetListSchema, PresetsQuery, SavePresetBody } from "@/lib/schemas/api/imports";
import { listPresets, savePreset } from "@/lib/services/imports";

export const dynamic = "force-dynamic";

export const GET = apiRoute("imports.read", async (_request, { db, workspace, query }) => {
  parseInput(PresetsQuery, queryObject(query));
  return json(PresetListSchema.parse(await listPresets(db, workspace)));
});

export const POST = apiRoute("imports.write", async (request, { db, workspace, query, userId, actor }) => {
  parseInput(PresetsQuery, queryObject(query));
  const read = await readJson(request, SavePresetBody);
  if (!read.ok) return read.response;
  const preset = await savePreset(db, workspace, read.body);
  await audit(db, { workspaceId: workspace.id, userId, actor, action: "preset_save", target: `mapping ${read.body.name}` });
  return json({ preset: PresetListSchema.shape.custom.element.parse(preset) }, { status: 201 });
});
