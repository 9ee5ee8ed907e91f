// Which preset reads the file: a one-off mapping or a preset the user
// names (built-in or saved) overrides detection; otherwise the built-in and
// saved presets are ranked by how well they match the header.
import { CustomMapping } from "@/lib/schemas/api/imports";
import { detectPresets } from "./detect-preset";
import type { ImportOptions, PresetInfo } from "./import-types";
import { ImportOptionError } from "./import-types";
import { mappedPreset } from "./mapped-preset";
import { BUILT_IN_PRESETS } from "./presets";
import type { LocatedHeader, Preset } from "./types";
import type { Queryable } from "./write-daily-metrics";

export interface Chosen {
  preset: Preset;
  score: number;
  via: "detected" | "chosen" | "saved" | "mapping";
}

export const CUSTOM_PREFIX = "custom:";

/** The workspace's saved mappings as presets (`custom:<key>`); a stored mapping that no longer parses is left out. */
export async function savedPresets(db: Queryable, workspaceId: number): Promise<Preset[]> {
  const rows = await db.importPreset.findMany({ where: { workspaceId }, orderBy: { id: "asc" } });
  const out: Preset[] = [];
  for (const row of rows) {
    try {
      const mapping = CustomMapping.parse(JSON.parse(row.mapping));
      const headers = JSON.parse(row.headers) as unknown;
      out.push(
        mappedPreset({
          key: `${CUSTOM_PREFIX}${row.key}`,
          nameEn: row.name,
          nameZh: row.name,
          mapping,
          headers: Array.isArray(headers) ? headers.filter((h): h is string => typeof h === "string") : [],
        }),
      );
    } catch {
      // skipped: a mapping saved by an older version that this one cannot read
    }
  }
  return out;
}

export function chooseOverride(options: ImportOptions, saved: readonly Preset[]): Chosen | null {
  if (options.mapping) {
    return { preset: mappedPreset({ key: "mapping", nameEn: "Custom column mapping", nameZh: "自定义列映射", mapping: options.mapping }), score: 1, via: "mapping" };
  }
  if (!options.preset) return null;
  const key = options.preset;
  const builtIn = BUILT_IN_PRESETS.find((p) => p.key === key);
  if (builtIn) return { preset: builtIn, score: 1, via: "chosen" };
  const custom = saved.find((p) => p.key === key || p.key === `${CUSTOM_PREFIX}${key}`);
  if (custom) return { preset: custom, score: 1, via: "saved" };
  throw new ImportOptionError("preset", `unknown preset "${key}"`);
}

export const infoOf = (p: Preset): PresetInfo => ({ key: p.key, nameEn: p.nameEn, nameZh: p.nameZh, platform: p.platform, kind: p.kind });

export function rank(header: LocatedHeader, saved: readonly Preset[]): { preset: Preset; score: number }[] {
  return detectPresets(header.names, [...BUILT_IN_PRESETS, ...saved]);
}
