// Creating, changing and deleting content tests and assigning posts to their
// variants, through the real routes on a real SQLite file: the report that
// follows (GET /api/v1/content/tests/[id]), the 400s naming each bad field,
// the audit trail, and another workspace's tests and posts out of reach.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { DELETE as deleteRoute, GET as reportRoute, PATCH as patchRoute } from "@/app/api/v1/content/tests/[id]/route";
import { PUT as itemsRoute } from "@/app/api/v1/content/tests/[id]/items/route";
import { POST as createRoute } from "@/app/api/v1/content/tests/route";
import type { Workspace } from "@/lib/queries/getWorkspaceBySlug";
import { ContentTestDeleteResponse, ContentTestEditResponse, ContentTestResponse } from "@/lib/schemas/api/content-tests";
import { signedInMember, type Member } from "../helpers/auth";
import { badFields, callRoute, signInAs } from "../helpers/route-call";
import { createTempDatabase, type TempDatabase } from "../helpers/temp-db";

let t: TempDatabase;
let ws: Workspace;
let other: Workspace;
let analyst: Member;
let posts: number[] = [];
let theirPost = 0;
let theirTest = 0;
let n = 0;

beforeAll(async () => {
  t = await createTempDatabase();
  process.env.DATABASE_URL = t.url;
});
afterAll(() => t.cleanup());

/** A fresh workspace per test with four posts in no test, and another workspace with a test and a post. */
beforeEach(async () => {
  n++;
  ws = await t.db.workspace.create({ data: { slug: `ct-${n}`, name: `CT ${n}` } });
  other = await t.db.workspace.create({ data: { slug: `ct-other-${n}`, name: "Other" } });
  analyst = await signedInMember(t.db, ws, "analyst");
  signInAs(analyst);
  const account = await t.db.account.create({ data: { workspaceId: ws.id, platformKey: "douyin", handle: "d", displayName: "d", industry: "consumer_goods" } });
  const theirAccount = await t.db.account.create({ data: { workspaceId: other.id, platformKey: "douyin", handle: "o", displayName: "o", industry: "consumer_goods" } });
  posts = [];
  for (const [i, impressions] of [1000, 2000, 3000, 4000].entries()) {
    const item = await t.db.contentItem.create({
      data: { workspaceId: ws.id, accountId: account.id, externalId: `p${i}`, format: "short_video", origin: "human", impressions, clicks: impressions / 20, publishedAt: new Date("2026-11-03T04:00:00Z") },
    });
    posts.push(item.id);
  }
  theirPost = (await t.db.contentItem.create({ data: { workspaceId: other.id, accountId: theirAccount.id, externalId: "secret-post", title: "Secret post", format: "short_video", origin: "human" } })).id;
  theirTest = (await t.db.contentTestGroup.create({ data: { workspaceId: other.id, key: "secret-test", name: "Secret test", controlVariant: "A", startDay: "2026-01-01" } })).id;
});

const json = (method: string, body: unknown) => ({ method, headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
const create = (body: unknown) => callRoute(createRoute, "/api/v1/content/tests", {}, json("POST", body));
const patch = (id: number, body: unknown) => callRoute(patchRoute, `/api/v1/content/tests/${id}`, { id: String(id) }, json("PATCH", body));
const remove = (id: number) => callRoute(deleteRoute, `/api/v1/content/tests/${id}`, { id: String(id) }, { method: "DELETE" });
const assign = (id: number, body: unknown) => callRoute(itemsRoute, `/api/v1/content/tests/${id}/items`, { id: String(id) }, json("PUT", body));
const report = async (id: number) => ContentTestResponse.parse(await (await callRoute(reportRoute, `/api/v1/content/tests/${id}`, { id: String(id) })).json());
const newTest = async (body: Record<string, unknown> = {}) =>
  ContentTestEditResponse.parse(await (await create({ name: "Hook A/B", controlVariant: "A", startDay: "2026-11-02", ...body })).json()).test;
const events = () => t.db.auditEvent.findMany({ where: { workspaceId: ws.id, action: "content_test_edit" }, orderBy: { id: "asc" } });

describe("tests", () => {
  it("creates a test with a key from its name, and a free key for the same name again", async () => {
    const response = await create({ name: " Hook A/B ", hypothesis: "a question hook lifts CTR", controlVariant: " A ", startDay: "2026-11-02" });
    expect(response.status).toBe(201);
    expect(ContentTestEditResponse.parse(await response.json()).test).toMatchObject({
      key: "hook-a-b", name: "Hook A/B", hypothesis: "a question hook lifts CTR", controlVariant: "A", startDay: "2026-11-02", endDay: null, running: true, items: 0,
    });
    expect((await newTest()).key).toBe("hook-a-b-2");
    expect((await newTest({ name: "封面测试", endDay: "2026-11-30" })).key).toBe("test");
    const [event] = await events();
    expect([event?.actor, event?.userId, event?.target]).toEqual([analyst.actor, analyst.user.id, "test Hook A/B"]);
  });

  it.each([
    [{ controlVariant: "A", startDay: "2026-11-02" }, ["name"]],
    [{ name: "  ", controlVariant: "A", startDay: "2026-11-02" }, ["name"]],
    [{ name: "X", controlVariant: "", startDay: "2026-11-02" }, ["controlVariant"]],
    [{ name: "X", controlVariant: "x".repeat(41), startDay: "2026-11-02" }, ["controlVariant"]],
    [{ name: "X", controlVariant: "A", startDay: "2026-02-30" }, ["startDay"]],
    [{ name: "X", controlVariant: "A", startDay: "2026-11-02", endDay: "2026-11" }, ["endDay"]],
    [{ name: "X", controlVariant: "A", startDay: "2026-11-02", endDay: "2026-11-01" }, ["endDay"]],
    [{ name: "X", controlVariant: "A", startDay: "2026-11-02", owner: "me" }, ["owner"]],
  ])("refuses a new test %o, naming %o, and writes nothing", async (body, fields) => {
    const response = await create(body);
    expect(response.status).toBe(400);
    expect(await badFields(response)).toEqual(fields);
    expect(await t.db.contentTestGroup.count({ where: { workspaceId: ws.id } })).toBe(0);
    expect(await events()).toHaveLength(0);
  });

  it("renames, ends and re-hypothesises a test (the key stays), and refuses an end before the start", async () => {
    const test = await newTest();
    const response = await patch(test.id, { name: "Hook test", hypothesis: "", endDay: "2026-11-20", controlVariant: "B" });
    expect(response.status).toBe(200);
    expect(ContentTestEditResponse.parse(await response.json()).test).toMatchObject({ key: "hook-a-b", name: "Hook test", hypothesis: null, endDay: "2026-11-20", running: false, controlVariant: "B" });
    expect(await badFields(await patch(test.id, { startDay: "2026-11-21" }))).toEqual(["startDay"]);
    expect(await badFields(await patch(test.id, { endDay: "2026-11-01" }))).toEqual(["endDay"]);
    expect(await badFields(await patch(test.id, { name: "" }))).toEqual(["name"]);
    expect(await badFields(await patch(test.id, { key: "mine" }))).toEqual(["key"]);
    expect((await patch(test.id, { endDay: null })).status).toBe(200);
    expect((await report(test.id)).test).toMatchObject({ name: "Hook test", running: true });
    expect((await events()).map((e) => e.target)).toEqual(["test Hook A/B", "test Hook test", "test Hook test"]);
  });

  it("refuses an id that is not a number for the edits (GET still takes the key)", async () => {
    const test = await newTest();
    const response = await callRoute(patchRoute, "/api/v1/content/tests/hook-a-b", { id: "hook-a-b" }, json("PATCH", { name: "X" }));
    expect(await badFields(response)).toEqual(["id"]);
    expect(ContentTestResponse.parse(await (await callRoute(reportRoute, "/api/v1/content/tests/hook-a-b", { id: "hook-a-b" })).json()).test.id).toBe(test.id);
  });
});

describe("posts in variants", () => {
  it("assigns posts to variants, the report counts them, unassigns, and moves a post between variants", async () => {
    const test = await newTest();
    const [p0, p1, p2, p3] = posts as [number, number, number, number];
    const response = await assign(test.id, { assignments: [{ itemId: p0, variant: "A" }, { itemId: p1, variant: " A " }, { itemId: p2, variant: "B" }, { itemId: p3, variant: "C" }] });
    expect(response.status).toBe(200);
    expect(ContentTestEditResponse.parse(await response.json()).test.items).toBe(4);
    let r = await report(test.id);
    expect(r.variants.map((v) => [v.variant, v.isControl, v.items, v.impressions])).toEqual([["A", true, 2, 3000], ["B", false, 1, 3000], ["C", false, 1, 4000]]);

    await assign(test.id, { assignments: [{ itemId: p3, variant: "B" }], unassign: [p0] });
    r = await report(test.id);
    expect(r.variants.map((v) => [v.variant, v.items])).toEqual([["A", 1], ["B", 2]]);
    expect(await t.db.contentItem.findUnique({ where: { id: p0 } })).toMatchObject({ testGroupId: null, variant: null });

    const [, ...edits] = await events();
    expect(edits.map((e) => JSON.parse(e.detail ?? "{}"))).toEqual([{ assigned: { A: 2, B: 1, C: 1 }, unassigned: 0 }, { assigned: { B: 1 }, unassigned: 1 }]);
  });

  it("moves a post from another test into this one, and leaves a post of another test alone when unassigning here", async () => {
    const first = await newTest({ name: "First" });
    const second = await newTest({ name: "Second" });
    await assign(first.id, { assignments: [{ itemId: posts[0], variant: "A" }, { itemId: posts[1], variant: "A" }] });
    await assign(second.id, { assignments: [{ itemId: posts[0], variant: "X" }], unassign: [posts[1]] });
    expect(await t.db.contentItem.findUnique({ where: { id: posts[0] } })).toMatchObject({ testGroupId: second.id, variant: "X" });
    expect(await t.db.contentItem.findUnique({ where: { id: posts[1] } })).toMatchObject({ testGroupId: first.id, variant: "A" });
  });

  it.each([
    [{}, ["assignments"]],
    [{ assignments: [] }, ["assignments"]],
    [{ assignments: [{ itemId: 1, variant: "" }] }, ["assignments.variant"]],
    [{ assignments: [{ itemId: 1, variant: "v".repeat(41) }] }, ["assignments.variant"]],
    [{ assignments: [{ itemId: "1", variant: "A" }] }, ["assignments.itemId"]],
    [{ assignments: [{ itemId: 1.5, variant: "A" }] }, ["assignments.itemId"]],
    [{ assignments: [{ itemId: 1 }] }, ["assignments.variant"]],
    [{ unassign: ["x"] }, ["unassign"]],
  ])("refuses %o, naming %o", async (body, fields) => {
    const test = await newTest();
    const response = await assign(test.id, body);
    expect(response.status).toBe(400);
    expect(await badFields(response)).toEqual(fields);
  });

  it("refuses more than 500 assignments, naming assignments", async () => {
    const test = await newTest();
    expect(await badFields(await assign(test.id, { assignments: Array.from({ length: 501 }, (_, i) => ({ itemId: i + 1, variant: "A" })) }))).toEqual(["assignments"]);
  });

  it("refuses a post of another workspace (or none) naming assignments.itemId and nothing of that post, and assigns none of the batch", async () => {
    const test = await newTest();
    for (const itemId of [theirPost, 999_999]) {
      const response = await assign(test.id, { assignments: [{ itemId: posts[0], variant: "A" }, { itemId, variant: "B" }] });
      expect(response.status).toBe(400);
      const text = await response.text();
      expect(text).not.toMatch(/secret/i);
      expect(JSON.parse(text).error.issues.map((i: { field: string }) => i.field)).toEqual(["assignments.itemId"]);
    }
    expect(await t.db.contentItem.count({ where: { testGroupId: test.id } })).toBe(0);
    expect(await t.db.contentItem.findUnique({ where: { id: theirPost } })).toMatchObject({ testGroupId: null, variant: null });
    // unassigning another workspace's post touches nothing
    await t.db.contentItem.update({ where: { id: theirPost }, data: { testGroupId: theirTest, variant: "A" } });
    expect((await assign(test.id, { unassign: [theirPost] })).status).toBe(200);
    expect(await t.db.contentItem.findUnique({ where: { id: theirPost } })).toMatchObject({ testGroupId: theirTest, variant: "A" });
  });

  it("deletes a test, its posts staying in no test, in one recorded edit", async () => {
    const test = await newTest();
    await assign(test.id, { assignments: [{ itemId: posts[0], variant: "A" }, { itemId: posts[1], variant: "B" }] });
    const response = await remove(test.id);
    expect(response.status).toBe(200);
    expect(ContentTestDeleteResponse.parse(await response.json())).toEqual({ deleted: test.id, unassigned: 2 });
    expect(await t.db.contentTestGroup.count({ where: { workspaceId: ws.id } })).toBe(0);
    expect(await t.db.contentItem.count({ where: { workspaceId: ws.id } })).toBe(4);
    expect(await t.db.contentItem.count({ where: { workspaceId: ws.id, OR: [{ testGroupId: { not: null } }, { variant: { not: null } }] } })).toBe(0);
    expect(JSON.parse((await events()).at(-1)?.detail ?? "{}")).toEqual({ removed: "hook-a-b", unassigned: 2 });
    expect((await remove(test.id)).status).toBe(404);
  });
});

describe("another workspace's test", () => {
  it("is 404 for every edit, with none of its data, and stays as it was", async () => {
    await t.db.contentItem.update({ where: { id: theirPost }, data: { testGroupId: theirTest, variant: "A" } });
    for (const response of [
      await patch(theirTest, { name: "Mine now" }),
      await assign(theirTest, { assignments: [{ itemId: posts[0], variant: "A" }] }),
      await assign(theirTest, { unassign: [theirPost] }),
      await remove(theirTest),
    ]) {
      expect(response.status).toBe(404);
      expect(await response.text()).not.toMatch(/secret/i);
    }
    expect(await t.db.contentTestGroup.findUnique({ where: { id: theirTest } })).toMatchObject({ name: "Secret test" });
    expect(await t.db.contentItem.findUnique({ where: { id: theirPost } })).toMatchObject({ testGroupId: theirTest, variant: "A" });
    expect(await t.db.contentItem.findUnique({ where: { id: posts[0] } })).toMatchObject({ testGroupId: null });
    expect(await t.db.auditEvent.count({ where: { workspaceId: { in: [ws.id, other.id] }, action: "content_test_edit" } })).toBe(0);
  });

  it("cannot be edited by an executive of this workspace", async () => {
    const test = await newTest();
    const executive = await signedInMember(t.db, ws, "executive");
    const response = await callRoute(patchRoute, `/api/v1/content/tests/${test.id}`, { id: String(test.id) }, { ...json("PATCH", { name: "X" }), as: executive });
    expect(response.status).toBe(403);
  });
});
