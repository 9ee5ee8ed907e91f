// Changing the benchmark registry: a workspace's own sets (create, copy,
// rename, new values, delete) and which set is active. Built-in sets are
// read-only; another workspace's sets do not exist here. Each change is
// written with its audit event (`benchmark_edit`) in one transaction, and
// the answer is the registry as it reads afterwards.
import { randomUUID } from "node:crypto";
import { audit } from "@/lib/auth/audit";
import type { ApiMessage } from "@/lib/api/response";
import type { Db } from "@/lib/db";
import { benchmarkValueRule, fitsBenchmarkRule } from "@/lib/metrics/benchmark-values";
import type { Workspace } from "@/lib/queries/getWorkspaceBySlug";
import type { BenchmarkWriteResponse, CreateBenchmarkSetBody, PatchBenchmarkSetBody } from "@/lib/schemas/api/benchmarks";
import { BenchmarkDirection } from "@/lib/schemas/enums";
import { getBenchmarkRegistry, type RegistryWorkspace } from "./benchmark-registry";

export interface Editor {
  actor: string;
  userId: number | null;
}

export type FieldIssue = { field: string; message: ApiMessage };

export type BenchmarkWriteResult =
  | { ok: true; value: BenchmarkWriteResponse }
  | { ok: false; reason: "not_found" }
  | { ok: false; reason: "read_only"; key: string }
  | { ok: false; reason: "invalid"; issues: FieldIssue[] };

/** A set this workspace may see: its own or a built-in one (another workspace's is as if missing). */
async function visibleSet(db: Db, workspaceId: number, where: { id: number } | { key: string }) {
  return db.benchmarkSet.findFirst({ where: { ...where, OR: [{ workspaceId: null }, { workspaceId }] }, include: { benchmarks: true } });
}

async function answer(db: Db, workspace: RegistryWorkspace, setKey: string | undefined, changed: string[]): Promise<BenchmarkWriteResponse> {
  const registry = (await getBenchmarkRegistry(db, workspace, setKey)) ?? (await getBenchmarkRegistry(db, workspace));
  if (!registry) throw new Error("the built-in benchmark set is missing: prepare the database first");
  return { ...registry, changed };
}

/** A new set of the workspace's own: empty, or a copy of the figures of a set it can see. */
export async function createBenchmarkSet(db: Db, workspace: Workspace, params: { body: CreateBenchmarkSetBody } & Editor): Promise<BenchmarkWriteResult> {
  const { body } = params;
  let source = body.source ?? "";
  let figures: { key: string; metric: string; value: number; unit: string; direction: string; scope: string; platformKey: string | null; page: number | null; textZh: string; note: string | null }[] = [];
  if (body.copyFrom !== undefined) {
    const from = await visibleSet(db, workspace.id, { key: body.copyFrom });
    if (!from) return { ok: false, reason: "invalid", issues: [{ field: "copyFrom", message: { code: "unknown_benchmark_set", values: { key: body.copyFrom } } }] };
    if (body.source === undefined) source = from.source;
    figures = from.benchmarks.map((b) => ({
      key: b.key,
      metric: b.metric,
      value: b.value,
      unit: b.unit,
      direction: b.direction,
      scope: b.scope,
      platformKey: b.platformKey,
      page: b.page,
      textZh: b.textZh,
      note: b.note,
    }));
  }
  const key = await db.$transaction(async (tx) => {
    // The key is the row's id (`set-<id>`): unique without guessing, and stable for links (?set=).
    const created = await tx.benchmarkSet.create({
      data: { workspaceId: workspace.id, key: `pending-${randomUUID()}`, nameZh: body.nameZh, nameEn: body.nameEn, kind: body.kind, source, builtIn: false },
    });
    const row = await tx.benchmarkSet.update({ where: { id: created.id }, data: { key: `set-${created.id}` } });
    if (figures.length) await tx.benchmark.createMany({ data: figures.map((f) => ({ ...f, setId: row.id })) });
    await audit(tx, {
      workspaceId: workspace.id,
      userId: params.userId,
      actor: params.actor,
      action: "benchmark_edit",
      target: `benchmark set ${row.key}`,
      detail: { created: { nameEn: row.nameEn, nameZh: row.nameZh, kind: row.kind, copyFrom: body.copyFrom ?? null, figures: figures.length } },
    });
    return row.key;
  });
  return { ok: true, value: await answer(db, workspace, key, ["created"]) };
}

/** The message for a value its figure cannot take, or null when it fits. */
export function valueIssue(figure: { metric: string; unit: string; direction: string }, value: number): ApiMessage | null {
  const rule = benchmarkValueRule({ metric: figure.metric, unit: figure.unit, direction: BenchmarkDirection.parse(figure.direction) });
  if (fitsBenchmarkRule(rule, value)) return null;
  if (rule.kind === "roi") return { code: "benchmark_value_roi", values: { unit: figure.unit } };
  if (rule.max !== null) return { code: "benchmark_value_rate", values: { min: rule.min, max: rule.max, unit: figure.unit } };
  return { code: "benchmark_value_min", values: { min: rule.min, unit: figure.unit } };
}

/**
 * Renames a set of the workspace's own, changes its kind or source, and sets
 * new values for its figures (by key). Every value is checked against its
 * figure's unit before anything is written; only what changes is written and
 * recorded (with old and new values).
 */
export async function updateBenchmarkSet(db: Db, workspace: Workspace, params: { id: number; patch: PatchBenchmarkSetBody } & Editor): Promise<BenchmarkWriteResult> {
  const set = await visibleSet(db, workspace.id, { id: params.id });
  if (!set) return { ok: false, reason: "not_found" };
  if (set.builtIn || set.workspaceId === null) return { ok: false, reason: "read_only", key: set.key };
  const { patch } = params;

  const issues: FieldIssue[] = [];
  const values: { id: number; key: string; from: number; to: number }[] = [];
  for (const [key, value] of Object.entries(patch.values ?? {})) {
    const figure = set.benchmarks.find((b) => b.key === key);
    const field = `values.${key}`;
    if (!figure) {
      issues.push({ field, message: { code: "unknown_benchmark_figure", values: { key } } });
      continue;
    }
    const issue = valueIssue(figure, value);
    if (issue) issues.push({ field, message: issue });
    else if (value !== figure.value) values.push({ id: figure.id, key, from: figure.value, to: value });
  }
  if (issues.length) return { ok: false, reason: "invalid", issues };

  const fields: Record<string, { from: unknown; to: unknown }> = {};
  for (const field of ["nameZh", "nameEn", "kind", "source"] as const) {
    const to = patch[field];
    if (to !== undefined && to !== set[field]) fields[field] = { from: set[field], to };
  }
  const changed = [...Object.keys(fields), ...values.map((v) => `values.${v.key}`)];
  if (changed.length === 0) return { ok: true, value: await answer(db, workspace, set.key, []) };

  await db.$transaction(async (tx) => {
    if (Object.keys(fields).length) {
      await tx.benchmarkSet.update({ where: { id: set.id }, data: Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v.to])) });
    }
    for (const v of values) await tx.benchmark.update({ where: { id: v.id }, data: { value: v.to } });
    await audit(tx, {
      workspaceId: workspace.id,
      userId: params.userId,
      actor: params.actor,
      action: "benchmark_edit",
      target: `benchmark set ${set.key}`,
      detail: { changes: fields, values: Object.fromEntries(values.map((v) => [v.key, { from: v.from, to: v.to }])) },
    });
  });
  return { ok: true, value: await answer(db, workspace, set.key, changed) };
}

/** Deletes a set of the workspace's own; when it was active, the built-in set is active again (the foreign key sets it null). */
export async function deleteBenchmarkSet(db: Db, workspace: Workspace, params: { id: number } & Editor): Promise<BenchmarkWriteResult> {
  const set = await visibleSet(db, workspace.id, { id: params.id });
  if (!set) return { ok: false, reason: "not_found" };
  if (set.builtIn || set.workspaceId === null) return { ok: false, reason: "read_only", key: set.key };
  const wasActive = workspace.activeBenchmarkSetId === set.id;
  const after = await db.$transaction(async (tx) => {
    await tx.benchmarkSet.delete({ where: { id: set.id } });
    await audit(tx, {
      workspaceId: workspace.id,
      userId: params.userId,
      actor: params.actor,
      action: "benchmark_edit",
      target: `benchmark set ${set.key}`,
      detail: { deleted: { nameEn: set.nameEn, nameZh: set.nameZh, kind: set.kind, figures: set.benchmarks.length, wasActive } },
    });
    return tx.workspace.findUniqueOrThrow({ where: { id: workspace.id }, select: { id: true, activeBenchmarkSetId: true } });
  });
  return { ok: true, value: await answer(db, after, undefined, ["deleted"]) };
}

/** Makes a set the workspace can see the one every benchmark line and status is judged against. */
export async function activateBenchmarkSet(db: Db, workspace: Workspace, params: { key: string } & Editor): Promise<BenchmarkWriteResult> {
  const set = await visibleSet(db, workspace.id, { key: params.key });
  if (!set) return { ok: false, reason: "invalid", issues: [{ field: "set", message: { code: "unknown_benchmark_set", values: { key: params.key } } }] };
  const current = await getBenchmarkRegistry(db, workspace);
  if (current?.set.id === set.id) return { ok: true, value: { ...current, changed: [] } };
  const after = await db.$transaction(async (tx) => {
    const row = await tx.workspace.update({ where: { id: workspace.id }, data: { activeBenchmarkSetId: set.id }, select: { id: true, activeBenchmarkSetId: true } });
    await audit(tx, {
      workspaceId: workspace.id,
      userId: params.userId,
      actor: params.actor,
      action: "benchmark_edit",
      target: `benchmark set ${set.key}`,
      detail: { activated: { from: current?.set.key ?? null, to: set.key } },
    });
    return row;
  });
  return { ok: true, value: await answer(db, after, set.key, ["active"]) };
}
