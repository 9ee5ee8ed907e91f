// A workspace's settings as /settings reads and changes them: name, week
// start, time zone, currency, the interaction-rate denominator, the benchmark
// tolerance and the active benchmark set (by key: the built-in set or one of
// the workspace's own). A change is written with its audit event in one
// transaction.
import { audit } from "@/lib/auth/audit";
import type { Db } from "@/lib/db";
import type { Workspace } from "@/lib/queries/getWorkspaceBySlug";
import { BUILT_IN_BENCHMARK_SET_KEY } from "@/lib/reference/benchmark-report";
import { InteractionDenominator, WeekStart } from "@/lib/schemas/enums";
import type { SettingsPatchBody, SettingsResponse, WorkspaceSettingsJson } from "@/lib/schemas/api/settings";

interface SetRow {
  id: number;
  key: string;
  nameZh: string;
  nameEn: string;
  builtIn: boolean;
  workspaceId: number | null;
}

/** The sets the workspace may choose from: the built-in ones and its own (never another workspace's). */
async function usableSets(db: Db, workspaceId: number): Promise<SetRow[]> {
  return db.benchmarkSet.findMany({
    where: { OR: [{ workspaceId: null }, { workspaceId }] },
    select: { id: true, key: true, nameZh: true, nameEn: true, builtIn: true, workspaceId: true },
    orderBy: [{ builtIn: "desc" }, { key: "asc" }],
  });
}

/** The set in use: the chosen one, else the built-in report set (as lib/services/benchmark-registry decides). */
function activeSet(workspace: Workspace, sets: readonly SetRow[]): SetRow | null {
  return sets.find((s) => s.id === workspace.activeBenchmarkSetId) ?? sets.find((s) => s.key === BUILT_IN_BENCHMARK_SET_KEY) ?? null;
}

function settingsOf(workspace: Workspace, sets: readonly SetRow[]): WorkspaceSettingsJson {
  return {
    name: workspace.name,
    weekStart: WeekStart.parse(workspace.weekStart),
    timeZone: workspace.timeZone,
    currency: workspace.currency,
    interactionDenominator: InteractionDenominator.parse(workspace.interactionDenominator),
    benchmarkTolerance: workspace.benchmarkTolerance,
    activeBenchmarkSet: activeSet(workspace, sets)?.key ?? null,
  };
}

function answer(workspace: Workspace, sets: readonly SetRow[]): SettingsResponse {
  return {
    workspace: { id: workspace.id, slug: workspace.slug, isDemo: workspace.isDemo },
    settings: settingsOf(workspace, sets),
    benchmarkSets: sets.map((s) => ({ key: s.key, nameZh: s.nameZh, nameEn: s.nameEn, builtIn: s.builtIn })),
  };
}

export async function getSettings(db: Db, workspace: Workspace): Promise<SettingsResponse> {
  return answer(workspace, await usableSets(db, workspace.id));
}

export type UpdateSettingsResult =
  | { ok: true; value: SettingsResponse & { changed: string[] } }
  | { ok: false; field: "activeBenchmarkSet"; key: string };

/**
 * Applies the fields the patch gives. Only fields whose value changes are
 * written and recorded (`settings_change`, with each field's old and new
 * value); a patch that changes nothing writes nothing.
 */
export async function updateSettings(
  db: Db,
  workspace: Workspace,
  params: { patch: SettingsPatchBody; actor: string; userId: number | null },
): Promise<UpdateSettingsResult> {
  const { patch } = params;
  const sets = await usableSets(db, workspace.id);
  const before = settingsOf(workspace, sets);

  let chosenSet: SetRow | undefined;
  if (patch.activeBenchmarkSet !== undefined) {
    chosenSet = sets.find((s) => s.key === patch.activeBenchmarkSet);
    if (!chosenSet) return { ok: false, field: "activeBenchmarkSet", key: patch.activeBenchmarkSet };
  }

  const data: Partial<Pick<Workspace, "name" | "weekStart" | "timeZone" | "currency" | "interactionDenominator" | "benchmarkTolerance" | "activeBenchmarkSetId">> = {};
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  const take = <K extends keyof WorkspaceSettingsJson>(field: K, value: WorkspaceSettingsJson[K] | undefined) => {
    if (value === undefined || value === before[field]) return false;
    changes[field] = { from: before[field], to: value };
    return true;
  };
  if (take("name", patch.name)) data.name = patch.name;
  if (take("weekStart", patch.weekStart)) data.weekStart = patch.weekStart;
  if (take("timeZone", patch.timeZone)) data.timeZone = patch.timeZone;
  if (take("currency", patch.currency)) data.currency = patch.currency;
  if (take("interactionDenominator", patch.interactionDenominator)) data.interactionDenominator = patch.interactionDenominator;
  if (take("benchmarkTolerance", patch.benchmarkTolerance)) data.benchmarkTolerance = patch.benchmarkTolerance;
  if (chosenSet && take("activeBenchmarkSet", chosenSet.key)) data.activeBenchmarkSetId = chosenSet.id;

  const changed = Object.keys(changes);
  if (changed.length === 0) return { ok: true, value: { ...answer(workspace, sets), changed } };

  const updated = await db.$transaction(async (tx) => {
    const row = await tx.workspace.update({ where: { id: workspace.id }, data });
    await audit(tx, {
      workspaceId: workspace.id,
      userId: params.userId,
      actor: params.actor,
      action: "settings_change",
      target: `workspace ${workspace.slug}`,
      detail: { changes },
    });
    return row;
  });
  return { ok: true, value: { ...answer(updated, sets), changed } };
}
