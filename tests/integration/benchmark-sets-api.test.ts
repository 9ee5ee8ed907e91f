// The benchmark registry's routes against a real SQLite file: create, copy,
// edit, delete and activate a set; values checked by their unit with a 400
// naming the figure; built-in sets read-only; another workspace's sets
// invisible; each change audited; and the weekly report's and the KPI API's
// benchmark figure and status follow the active set, worked out here from
// the rows and the status rule (METRICS.md §4).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PUT as activateRoute } from "@/app/api/v1/benchmarks/active/route";
import { DELETE as deleteSetRoute, PATCH as patchSetRoute } from "@/app/api/v1/benchmarks/[id]/route";
import { GET as registryRoute, POST as createSetRoute } from "@/app/api/v1/benchmarks/route";
import { GET as kpisRoute } from "@/app/api/v1/kpis/route";
import { GET as weeklyRoute } from "@/app/api/v1/report/weekly/route";
import { dayInZone, lastCompleteWeek, addDays } from "@/lib/metrics/periods";
import type { Workspace } from "@/lib/queries/getWorkspaceBySlug";
import { BenchmarksResponse, BenchmarkWriteResponse } from "@/lib/schemas/api/benchmarks";
import { KpisResponse } from "@/lib/schemas/api/kpis";
import { WeeklyReportResponse } from "@/lib/schemas/api/weekly-report";
import { signedInMember, type Member } from "../helpers/auth";
import { testNow } from "../helpers/clock";
import { badFields, callRoute } from "../helpers/route-call";
import { createTempDatabase, type TempDatabase, addDailyMetrics } from "../helpers/temp-db";

let t: TempDatabase;
let ws: Workspace;
let other: Workspace;
let manager: Member;
let analyst: Member;
let executive: Member;
let otherManager: Member;

const json = (method: string, body: unknown, as?: Member) => ({ method, body: JSON.stringify(body), headers: { "content-type": "application/json" }, ...(as ? { as } : {}) });

async function create(body: unknown, as: Member = manager) {
  return callRoute(createSetRoute, "/api/v1/benchmarks", {}, json("POST", body, as));
}
async function patch(id: number, body: unknown, as: Member = manager, lang = "") {
  return callRoute(patchSetRoute, `/api/v1/benchmarks/${id}${lang}`, { id: String(id) }, json("PATCH", body, as));
}
async function activate(set: string, as: Member = manager) {
  return callRoute(activateRoute, "/api/v1/benchmarks/active", {}, json("PUT", { set }, as));
}
async function registry(query = "", as: Member = analyst) {
  const response = await callRoute(registryRoute, `/api/v1/benchmarks${query}`, {}, { as });
  expect(response.status).toBe(200);
  return BenchmarksResponse.parse(await response.json());
}

// The last complete week on the pinned day, in the workspace's zone (Asia/Shanghai, weeks from Monday).
const week = lastCompleteWeek(dayInZone(testNow(), "Asia/Shanghai"), 1);
// One Douyin account, 7 days of 10 000 impressions and 300 clicks: CTR = 2 100 / 70 000 = 0.03 exactly.
const CTR = 2_100 / 70_000;

beforeAll(async () => {
  t = await createTempDatabase();
  process.env.DATABASE_URL = t.url;
  ws = await t.db.workspace.create({ data: { slug: "bm", name: "Benchmarks team" } });
  other = await t.db.workspace.create({ data: { slug: "bm-other", name: "Other team" } });
  manager = await signedInMember(t.db, ws, "manager");
  analyst = await signedInMember(t.db, ws, "analyst");
  executive = await signedInMember(t.db, ws, "executive");
  otherManager = await signedInMember(t.db, other, "manager");
  const account = await t.db.account.create({ data: { workspaceId: ws.id, platformKey: "douyin", handle: "brand_dy", displayName: "Brand", industry: "consumer_goods" } });
  for (let i = 0; i < 7; i++) {
    await addDailyMetrics(t.db, { data: { workspaceId: ws.id, accountId: account.id, day: addDays(week.start, i), impressions: 10_000, clicks: 300 } });
  }
});
afterAll(() => t.cleanup());

describe("reading the registry", () => {
  it("lists the built-in 2026 set as active, with page references, the ROI figures flagged ambiguous, and no edit of another workspace", async () => {
    const r = await registry();
    expect(r.set).toMatchObject({ key: "report-2026", builtIn: true, active: true, kind: "industry" });
    expect(r.benchmarks.find((b) => b.key === "short_video_ad_ctr")).toMatchObject({ value: 0.032, page: 2, metric: "ctr", ambiguous: false });
    const ambiguous = r.benchmarks.filter((b) => b.ambiguous).map((b) => b.key).sort();
    expect(ambiguous).toEqual(["hard_ad_roi_consumer_goods", "ugc_roi_consumer_goods"]);
    for (const b of r.benchmarks.filter((x) => x.ambiguous)) expect(b.note).toBeTruthy();
    expect(r.benchmarks.find((b) => b.key === "multi_platform_linkage_roi")).toMatchObject({ ambiguous: false, value: 18 });
  });

  it("is open to analysts, closed to executives", async () => {
    expect((await callRoute(registryRoute, "/api/v1/benchmarks", {}, { as: executive })).status).toBe(403);
  });
});

describe("creating, editing and deleting a set of the workspace's own", () => {
  it("copies the built-in set, edits a CTR value, and records each change", async () => {
    const created = await create({ nameZh: "竞品A", nameEn: "Competitor A", kind: "competitor", copyFrom: "report-2026" });
    expect(created.status).toBe(201);
    const body = BenchmarkWriteResponse.parse(await created.json());
    expect(body.set).toMatchObject({ nameEn: "Competitor A", kind: "competitor", builtIn: false, active: false });
    expect(body.set.key).toBe(`set-${body.set.id}`);
    const builtIn = await registry("?set=report-2026");
    expect(body.benchmarks.map((b) => [b.key, b.value])).toEqual(builtIn.benchmarks.map((b) => [b.key, b.value]));

    const edited = await patch(body.set.id, { nameEn: "Competitor A (2026)", values: { short_video_ad_ctr: 0.025 } });
    expect(edited.status).toBe(200);
    const after = BenchmarkWriteResponse.parse(await edited.json());
    expect(after.changed.sort()).toEqual(["nameEn", "values.short_video_ad_ctr"]);
    expect(after.benchmarks.find((b) => b.key === "short_video_ad_ctr")?.value).toBe(0.025);
    // the built-in set is untouched
    expect((await registry("?set=report-2026")).benchmarks.find((b) => b.key === "short_video_ad_ctr")?.value).toBe(0.032);

    const events = await t.db.auditEvent.findMany({ where: { workspaceId: ws.id, action: "benchmark_edit", target: `benchmark set ${body.set.key}` }, orderBy: { id: "asc" } });
    expect(events).toHaveLength(2);
    expect(events[0]?.actor).toBe(manager.actor);
    expect(JSON.parse(events[1]?.detail ?? "{}")).toMatchObject({ values: { short_video_ad_ctr: { from: 0.032, to: 0.025 } } });

    // the same values again: nothing written, nothing recorded
    const again = BenchmarkWriteResponse.parse(await (await patch(body.set.id, { values: { short_video_ad_ctr: 0.025 } })).json());
    expect(again.changed).toEqual([]);
    expect(await t.db.auditEvent.count({ where: { workspaceId: ws.id, action: "benchmark_edit", target: `benchmark set ${body.set.key}` } })).toBe(2);
  });

  it("starts an empty internal set without copyFrom, and deletes it", async () => {
    const body = BenchmarkWriteResponse.parse(await (await create({ nameZh: "内部", nameEn: "Internal", kind: "internal" })).json());
    expect(body.set).toMatchObject({ kind: "internal", figures: 0 });
    expect(body.benchmarks).toEqual([]);
    const deleted = await callRoute(deleteSetRoute, `/api/v1/benchmarks/${body.set.id}`, { id: String(body.set.id) }, { method: "DELETE", as: manager });
    expect(deleted.status).toBe(200);
    expect(await t.db.benchmarkSet.findUnique({ where: { id: body.set.id } })).toBeNull();
  });

  it.each([
    [{ short_video_ad_ctr: 1.5 }, "values.short_video_ad_ctr"],
    [{ short_video_ad_ctr: -0.01 }, "values.short_video_ad_ctr"],
    [{ multi_platform_linkage_roi: 0 }, "values.multi_platform_linkage_roi"],
    [{ douyin_hot_content_dwell: -8 }, "values.douyin_hot_content_dwell"],
    [{ no_such_figure: 1 }, "values.no_such_figure"],
  ])("refuses values %j with a 400 naming %s, and writes nothing", async (values, field) => {
    const { set } = BenchmarkWriteResponse.parse(await (await create({ nameZh: "校验", nameEn: "Checks", kind: "industry", copyFrom: "report-2026" })).json());
    const response = await patch(set.id, { nameEn: "Renamed", values: { enterprise_interaction_rate: 0.02, ...values } });
    expect(response.status).toBe(400);
    expect(await badFields(response)).toEqual([field]);
    const r = await registry(`?set=${set.key}`);
    expect(r.set.nameEn).toBe("Checks");
    expect(r.benchmarks.find((b) => b.key === "enterprise_interaction_rate")?.value).toBe(0.018);
  });

  it("accepts what the units allow: a growth above 100%, an informational share change below 0, an ROI of 1:8", async () => {
    const { set } = BenchmarkWriteResponse.parse(await (await create({ nameZh: "单位", nameEn: "Units", kind: "industry", copyFrom: "report-2026" })).json());
    const values = { virtual_social_registration_growth: 4, brand_share_loss_without_virtual_tryon: -0.2, multi_platform_linkage_roi: 8, short_video_ad_ctr: 1 };
    expect((await patch(set.id, { values })).status).toBe(200);
  });

  it("says what is wrong in the page's language", async () => {
    const { set } = BenchmarkWriteResponse.parse(await (await create({ nameZh: "语言", nameEn: "Language", kind: "industry", copyFrom: "report-2026" })).json());
    const zh = (await (await patch(set.id, { values: { short_video_ad_ctr: 3.2 } }, manager, "?lang=zh-CN")).json()) as { error: { issues: { field: string; message: string }[] } };
    expect(zh.error.issues[0]).toEqual({ field: "values.short_video_ad_ctr", message: "必须是 0 到 1 之间的比值（ratio）：3.2% 写作 0.032" });
    const en = (await (await patch(set.id, { values: { short_video_ad_ctr: 3.2 } }, manager, "?lang=en")).json()) as { error: { issues: { message: string }[] } };
    expect(en.error.issues[0]?.message).toBe("must be a ratio between 0 and 1 (ratio): 3.2% is 0.032");
  });

  it.each([
    [{ nameEn: "No Chinese name", kind: "industry" }, "nameZh"],
    [{ nameZh: "种类", nameEn: "Kind", kind: "partner" }, "kind"],
    [{ nameZh: "来源", nameEn: "From", kind: "industry", copyFrom: "nope" }, "copyFrom"],
    [{ nameZh: "多余", nameEn: "Extra", kind: "industry", workspaceId: 1 }, "workspaceId"],
  ])("refuses a new set %j with a 400 naming %s", async (body, field) => {
    const response = await create(body);
    expect(response.status).toBe(400);
    expect(await badFields(response)).toContain(field);
  });

  it("refuses to edit or delete the built-in set (409, copy it instead)", async () => {
    const builtIn = (await registry()).sets.find((s) => s.builtIn);
    const edit = await patch(builtIn!.id, { values: { short_video_ad_ctr: 0.05 } });
    expect(edit.status).toBe(409);
    expect(((await edit.json()) as { error: { code: string; message: string } }).error).toMatchObject({ code: "read_only", message: expect.stringContaining("copy") });
    const del = await callRoute(deleteSetRoute, `/api/v1/benchmarks/${builtIn!.id}`, { id: String(builtIn!.id) }, { method: "DELETE", as: manager });
    expect(del.status).toBe(409);
    expect((await registry("?set=report-2026")).benchmarks.find((b) => b.key === "short_video_ad_ctr")?.value).toBe(0.032);
  });

  it("does not let analysts or executives write (403)", async () => {
    expect((await create({ nameZh: "分析", nameEn: "Analyst", kind: "industry" }, analyst)).status).toBe(403);
    expect((await activate("report-2026", executive)).status).toBe(403);
  });
});

describe("another workspace's sets", () => {
  it("are not there: listing, copying, editing, deleting and activating them answer as if missing", async () => {
    const theirs = BenchmarkWriteResponse.parse(await (await create({ nameZh: "秘密", nameEn: "Secret set", kind: "internal", copyFrom: "report-2026" }, otherManager)).json());
    expect((await registry()).sets.map((s) => s.key)).not.toContain(theirs.set.key);
    expect((await callRoute(registryRoute, `/api/v1/benchmarks?set=${theirs.set.key}`, {}, { as: analyst })).status).toBe(404);
    expect(await badFields(await create({ nameZh: "抄", nameEn: "Copy", kind: "industry", copyFrom: theirs.set.key }))).toEqual(["copyFrom"]);
    const edit = await patch(theirs.set.id, { nameEn: "Mine now" });
    expect(edit.status).toBe(404);
    expect(await edit.text()).not.toMatch(/secret/i);
    expect((await callRoute(deleteSetRoute, `/api/v1/benchmarks/${theirs.set.id}`, { id: String(theirs.set.id) }, { method: "DELETE", as: manager })).status).toBe(404);
    expect(await badFields(await activate(theirs.set.key))).toEqual(["set"]);
    expect((await t.db.benchmarkSet.findUniqueOrThrow({ where: { id: theirs.set.id } })).nameEn).toBe("Secret set");
  });
});

describe("the active set", () => {
  const weekly = async () => WeeklyReportResponse.parse(await (await callRoute(weeklyRoute, "/api/v1/report/weekly", {}, { as: analyst })).json());
  const kpis = async () => KpisResponse.parse(await (await callRoute(kpisRoute, `/api/v1/kpis?from=${week.start}&to=${week.end}`, {}, { as: analyst })).json());

  it("decides the weekly report's and the KPI API's CTR benchmark and status, at once", async () => {
    // Built-in: 0.03 against 3.2% (higher is better, tolerance 10%): 0.03 < 0.032 but ≥ 0.9 × 0.032 = 0.0288 → near.
    const before = await weekly();
    expect(before.week.start).toBe(week.start);
    expect(before.total.metrics.ctr.value).toBeCloseTo(CTR, 10);
    expect(before.total.metrics.ctr.benchmark).toMatchObject({ value: 0.032, status: "near" });

    const { set } = BenchmarkWriteResponse.parse(await (await create({ nameZh: "低基准", nameEn: "Lower bar", kind: "internal", copyFrom: "report-2026" })).json());
    await patch(set.id, { values: { short_video_ad_ctr: 0.025 } });
    const activated = await activate(set.key);
    expect(activated.status).toBe(200);
    expect(BenchmarkWriteResponse.parse(await activated.json())).toMatchObject({ set: { key: set.key, active: true }, changed: ["active"] });
    expect((await t.db.auditEvent.findFirst({ where: { workspaceId: ws.id, action: "benchmark_edit", target: `benchmark set ${set.key}` }, orderBy: { id: "desc" } }))?.detail).toContain('"activated"');

    // 0.03 ≥ 0.025 → above.
    const after = await weekly();
    expect(after.total.metrics.ctr.benchmark).toMatchObject({ value: 0.025, status: "above" });
    expect((await kpis()).benchmarks.ctr).toMatchObject({ key: "short_video_ad_ctr", value: 0.025 });

    // 0.04 → below (0.03 < 0.9 × 0.04 = 0.036), seen by the next request.
    await patch(set.id, { values: { short_video_ad_ctr: 0.04 } });
    expect((await weekly()).total.metrics.ctr.benchmark).toMatchObject({ value: 0.04, status: "below" });
    expect((await registry()).set.key).toBe(set.key);

    // Deleting the active set hands the judging back to the built-in set.
    const deleted = BenchmarkWriteResponse.parse(await (await callRoute(deleteSetRoute, `/api/v1/benchmarks/${set.id}`, { id: String(set.id) }, { method: "DELETE", as: manager })).json());
    expect(deleted.set).toMatchObject({ key: "report-2026", active: true });
    expect((await weekly()).total.metrics.ctr.benchmark).toMatchObject({ value: 0.032, status: "near" });
  });

  it("can be the built-in set again, and choosing the active set again changes nothing", async () => {
    const { set } = BenchmarkWriteResponse.parse(await (await create({ nameZh: "再来", nameEn: "Again", kind: "industry", copyFrom: "report-2026" })).json());
    await activate(set.key);
    const back = BenchmarkWriteResponse.parse(await (await activate("report-2026")).json());
    expect(back.set).toMatchObject({ key: "report-2026", active: true });
    expect(back.changed).toEqual(["active"]);
    expect(BenchmarkWriteResponse.parse(await (await activate("report-2026")).json()).changed).toEqual([]);
  });
});
