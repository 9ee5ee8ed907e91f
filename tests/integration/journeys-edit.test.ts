// Creating, editing, reordering and deleting journeys through their real
// routes on a real SQLite file: keys from the English name, free edits while
// a journey has no data, the 409s that keep imported data (keyed by step
// position) under the step it was recorded for, 400s naming the field, the
// audit trail, and another workspace's journey out of reach. A 400 names a
// step's field without its index (`steps.role`), as every route does.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { DELETE as deleteRoute, GET as getRoute, PATCH as patchRoute } from "@/app/api/v1/journeys/[id]/route";
import { POST as createRoute } from "@/app/api/v1/journeys/route";
import type { Workspace } from "@/lib/queries/getWorkspaceBySlug";
import { JourneyDeleteResponse, JourneyEditResponse, JourneyFunnelResponse } from "@/lib/schemas/api/journeys";
import { signedInMember, type Member } from "../helpers/auth";
import { badFields, callRoute, signInAs } from "../helpers/route-call";
import { createTempDatabase, type TempDatabase } from "../helpers/temp-db";

let t: TempDatabase;
let ws: Workspace;
let analyst: Member;
let n = 0;

const STEPS = [
  { platformKey: "douyin", role: "traffic", nameZh: "抖音引流", nameEn: "Douyin traffic" },
  { platformKey: "xiaohongshu", role: "seeding", nameZh: "小红书种草", nameEn: "Xiaohongshu seeding" },
  { platformKey: "wechat_private", role: "retention", nameZh: "私域留存", nameEn: "Private retention" },
];

beforeAll(async () => {
  t = await createTempDatabase();
  process.env.DATABASE_URL = t.url;
});
afterAll(() => t.cleanup());

beforeEach(async () => {
  n++;
  ws = await t.db.workspace.create({ data: { slug: `j-${n}`, name: `Journeys ${n}` } });
  analyst = await signedInMember(t.db, ws, "analyst");
  signInAs(analyst);
});

const json = (method: string, body: unknown) => ({ method, headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
const create = (body: unknown, lang = "en") => callRoute(createRoute, `/api/v1/journeys?lang=${lang}`, {}, json("POST", body));
const patch = (id: number, body: unknown, lang = "en") => callRoute(patchRoute, `/api/v1/journeys/${id}?lang=${lang}`, { id: String(id) }, json("PATCH", body));
const remove = (id: number) => callRoute(deleteRoute, `/api/v1/journeys/${id}`, { id: String(id) }, { method: "DELETE" });
const stepsOf = async (journeyId: number) =>
  (await t.db.journeyStep.findMany({ where: { journeyId }, orderBy: { position: "asc" } })).map((s) => [s.position, s.platformKey, s.role, s.nameEn]);

async function created(body: unknown = { nameZh: "电商旅程", nameEn: "E-commerce journey", industry: "ecommerce_retail", steps: STEPS }) {
  const response = await create(body);
  expect(response.status).toBe(201);
  return JourneyEditResponse.parse(await response.json()).journey;
}

/** Imported data for steps 1 and 2 of a journey. */
async function withData(journeyId: number) {
  await t.db.journeyObservation.createMany({
    data: [
      { journeyId, cohortDay: "2026-11-01", position: 1, daysToStep: 0, people: 100 },
      { journeyId, cohortDay: "2026-11-01", position: 2, daysToStep: 2, people: 30 },
    ],
  });
}

describe("create", () => {
  it("creates a journey with its steps in order, a key from the English name, and an audit row", async () => {
    const j = await created();
    expect(j).toMatchObject({ key: "e-commerce-journey", nameZh: "电商旅程", nameEn: "E-commerce journey", industry: "ecommerce_retail", observed: null });
    expect(j.steps.map((s) => [s.position, s.platformKey, s.domain, s.role])).toEqual([
      [1, "douyin", "public", "traffic"],
      [2, "xiaohongshu", "public", "seeding"],
      [3, "wechat_private", "private", "retention"],
    ]);
    // the existing GET takes the new key and the new id alike
    for (const id of [j.key, String(j.id)]) {
      const got = await callRoute(getRoute, `/api/v1/journeys/${id}`, { id });
      expect(got.status).toBe(200);
      expect(JourneyFunnelResponse.parse(await got.json()).journey.id).toBe(j.id);
    }
    const events = await t.db.auditEvent.findMany({ where: { workspaceId: ws.id, action: "journey_edit" } });
    expect(events.map((e) => [e.actor, e.userId, e.target])).toEqual([[analyst.actor, analyst.user.id, "journey e-commerce-journey"]]);
  });

  it("gives a second journey of the same name the next free key, and a Chinese-only name a fallback key", async () => {
    await created();
    expect((await created()).key).toBe("e-commerce-journey-2");
    expect((await created({ nameZh: "旅程", nameEn: "旅程", steps: STEPS.slice(0, 2) })).key).toBe("journey");
  });

  it.each([
    ["nameEn", { nameEn: "  " }],
    ["nameZh", { nameZh: "" }],
    ["nameEn", { nameEn: undefined }],
    ["industry", { industry: "shipping" }],
    ["steps", { steps: STEPS.slice(0, 1) }],
    ["steps", { steps: [...STEPS, ...STEPS, ...STEPS] }],
    ["steps.platformKey", { steps: [STEPS[0], { ...STEPS[1], platformKey: "myspace" }] }],
    ["steps.role", { steps: [{ ...STEPS[0], role: "hype" }, STEPS[1]] }],
    ["steps.nameEn", { steps: [STEPS[0], STEPS[1], { ...STEPS[2], nameEn: "" }] }],
    ["steps.position", { steps: [{ ...STEPS[0], position: 1 }, STEPS[1]] }],
  ])("400 naming %s, and nothing written", async (field, change) => {
    const response = await create({ nameZh: "旅程", nameEn: "Journey", steps: STEPS, ...change });
    expect(response.status).toBe(400);
    expect(await badFields(response)).toContain(field);
    expect(await t.db.journey.count({ where: { workspaceId: ws.id } })).toBe(0);
    expect(await t.db.auditEvent.count({ where: { workspaceId: ws.id, action: "journey_edit" } })).toBe(0);
  });

  it("says the field's problem in Chinese when the page is in Chinese", async () => {
    const response = await create({ nameZh: "旅程", nameEn: "Journey", steps: STEPS.slice(0, 1) }, "zh-CN");
    const body = (await response.json()) as { error: { issues: { field: string; message: string }[] } };
    expect(body.error.issues.find((i) => i.field === "steps")?.message).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe("edit a journey without data", () => {
  it("renames it (the key stays, so links keep working) and records the change", async () => {
    const j = await created();
    const response = await patch(j.id, { nameEn: "Shop path", nameZh: "购物路径", industry: null });
    expect(response.status).toBe(200);
    const edited = JourneyEditResponse.parse(await response.json()).journey;
    expect([edited.key, edited.nameEn, edited.nameZh, edited.industry]).toEqual(["e-commerce-journey", "Shop path", "购物路径", null]);
    expect(await stepsOf(j.id)).toHaveLength(3);
    expect(await t.db.auditEvent.count({ where: { workspaceId: ws.id, action: "journey_edit" } })).toBe(2);
  });

  it("reorders, removes and re-platforms steps freely", async () => {
    const j = await created();
    const reordered = await patch(j.id, { steps: [STEPS[1], STEPS[0], STEPS[2]] });
    expect(reordered.status).toBe(200);
    expect(await stepsOf(j.id)).toEqual([
      [1, "xiaohongshu", "seeding", "Xiaohongshu seeding"],
      [2, "douyin", "traffic", "Douyin traffic"],
      [3, "wechat_private", "retention", "Private retention"],
    ]);
    const shorter = await patch(j.id, { steps: [{ ...STEPS[0], platformKey: "bilibili", from: 2 }, { ...STEPS[2], from: 3 }] });
    expect(shorter.status).toBe(200);
    expect(await stepsOf(j.id)).toEqual([
      [1, "bilibili", "traffic", "Douyin traffic"],
      [2, "wechat_private", "retention", "Private retention"],
    ]);
  });

  it("400 for a bad field, and for a step said to come from a step the journey does not have", async () => {
    const j = await created();
    const bad = await patch(j.id, { steps: [STEPS[0], { ...STEPS[1], role: "hype" }] });
    expect(bad.status).toBe(400);
    expect(await badFields(bad)).toEqual(["steps.role"]);
    const unknown = await patch(j.id, { steps: [STEPS[0], { ...STEPS[1], from: 7 }] });
    expect(unknown.status).toBe(400);
    expect(await badFields(unknown)).toEqual(["steps.from"]);
    const twice = await patch(j.id, { steps: [{ ...STEPS[0], from: 1 }, { ...STEPS[1], from: 1 }] });
    expect(twice.status).toBe(400);
    expect(await badFields(twice)).toEqual(["steps.from"]);
    expect(await stepsOf(j.id)).toHaveLength(3);
  });
});

describe("edit a journey with imported data (keyed by step position)", () => {
  it.each([
    ["steps_reordered", [STEPS[1], STEPS[0], STEPS[2]]],
    ["steps_reordered", [{ ...STEPS[1], from: 2 }, { ...STEPS[1], from: 1, platformKey: "xiaohongshu" }, { ...STEPS[2], from: 3 }]],
    ["step_removed", [STEPS[0], STEPS[1]]],
    ["step_removed", [{ ...STEPS[0], from: 1 }, { ...STEPS[2], from: 3 }]],
    ["platform_changed", [STEPS[0], { ...STEPS[1], platformKey: "weibo" }, STEPS[2]]],
    ["steps_reordered", [STEPS[0], { ...STEPS[1], from: null }, { ...STEPS[1], from: 2 }, { ...STEPS[2], from: 3 }]],
  ])("409 %s, with a message saying why, and nothing changed", async (code, steps) => {
    const j = await created();
    await withData(j.id);
    const before = await stepsOf(j.id);
    const response = await patch(j.id, { nameEn: "Renamed too", steps });
    expect(response.status).toBe(409);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe(code);
    expect(body.error.message).toMatch(/imported step data \(2 rows\)/);
    expect(await stepsOf(j.id)).toEqual(before);
    expect((await t.db.journey.findUniqueOrThrow({ where: { id: j.id } })).nameEn).toBe("E-commerce journey");
    expect(await t.db.auditEvent.count({ where: { workspaceId: ws.id, action: "journey_edit" } })).toBe(1);
  });

  it("says it in Chinese for a Chinese page", async () => {
    const j = await created();
    await withData(j.id);
    const body = (await (await patch(j.id, { steps: [STEPS[1], STEPS[0], STEPS[2]] }, "zh-CN")).json()) as { error: { message: string } };
    expect(body.error.message).toMatch(/已有导入的步骤数据/);
  });

  it("still renames steps, changes their roles and adds steps at the end", async () => {
    const j = await created();
    await withData(j.id);
    const steps = [
      { ...STEPS[0], nameEn: "Douyin videos", role: "reach" },
      STEPS[1],
      STEPS[2],
      { platformKey: "wechat_private", role: "purchase", nameZh: "小程序购买", nameEn: "Mini program purchase", from: null },
    ];
    const response = await patch(j.id, { steps });
    expect(response.status).toBe(200);
    expect(await stepsOf(j.id)).toEqual([
      [1, "douyin", "reach", "Douyin videos"],
      [2, "xiaohongshu", "seeding", "Xiaohongshu seeding"],
      [3, "wechat_private", "retention", "Private retention"],
      [4, "wechat_private", "purchase", "Mini program purchase"],
    ]);
    expect(await t.db.journeyObservation.count({ where: { journeyId: j.id } })).toBe(2);
  });
});

describe("delete", () => {
  it("deletes the journey with its steps and its imported data, and records how much went", async () => {
    const j = await created();
    await withData(j.id);
    const response = await remove(j.id);
    expect(response.status).toBe(200);
    expect(JourneyDeleteResponse.parse(await response.json()).deleted).toEqual({ id: j.id, key: j.key, steps: 3, observations: 2 });
    expect(await t.db.journey.count({ where: { id: j.id } })).toBe(0);
    expect(await t.db.journeyStep.count({ where: { journeyId: j.id } })).toBe(0);
    expect(await t.db.journeyObservation.count({ where: { journeyId: j.id } })).toBe(0);
    const last = await t.db.auditEvent.findFirstOrThrow({ where: { workspaceId: ws.id, action: "journey_edit" }, orderBy: { id: "desc" } });
    expect(JSON.parse(last.detail ?? "{}")).toEqual({ deleted: j.key, steps: 3, observations: 2 });
    expect((await remove(j.id)).status).toBe(404);
  });
});

describe("another workspace's journey", () => {
  it("404 for PATCH and DELETE by its id, and it stays as it was", async () => {
    const mine = await created();
    const other = await t.db.workspace.create({ data: { slug: `other-${n}`, name: "Other" } });
    const theirs = await t.db.journey.create({ data: { workspaceId: other.id, key: "secret", nameZh: "秘密", nameEn: "Secret", steps: { create: STEPS.map((s, i) => ({ ...s, position: i + 1 })) } } });
    for (const response of [await patch(theirs.id, { nameEn: "Mine now" }), await remove(theirs.id)]) {
      expect(response.status).toBe(404);
      expect(await response.text()).not.toMatch(/secret/i);
    }
    expect((await t.db.journey.findUniqueOrThrow({ where: { id: theirs.id } })).nameEn).toBe("Secret");
    // the edit routes take the numeric id only
    const byKey = await callRoute(patchRoute, `/api/v1/journeys/${mine.key}`, { id: mine.key }, json("PATCH", { nameEn: "x" }));
    expect(byKey.status).toBe(400);
    expect(await t.db.auditEvent.count({ where: { workspaceId: other.id } })).toBe(0);
  });
});
