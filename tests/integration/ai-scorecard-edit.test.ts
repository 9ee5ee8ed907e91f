// Editing the AI tool scorecard through its real routes on a real SQLite
// file: weights (set, refused, back to defaults), tools (add, rename,
// rescore, remove), the ranking that follows, the audit trail, and another
// workspace's tools out of reach. Expected totals are worked out by hand
// from Σ weight·score / Σ weight over the scored criteria.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { DELETE as removeToolRoute, PATCH as patchToolRoute } from "@/app/api/v1/ai-tools/[id]/route";
import { POST as addToolRoute } from "@/app/api/v1/ai-tools/route";
import { GET as scorecardRoute, PATCH as weightsRoute } from "@/app/api/v1/ai-tools/scorecard/route";
import type { Workspace } from "@/lib/queries/getWorkspaceBySlug";
import { AiScorecardEditResponse, AiScorecardResponse } from "@/lib/schemas/api/ai-scorecard";
import { signedInMember, type Member } from "../helpers/auth";
import { badFields, callRoute, signInAs } from "../helpers/route-call";
import { createTempDatabase, type TempDatabase } from "../helpers/temp-db";

let t: TempDatabase;
let ws: Workspace;
let analyst: Member;
let n = 0;

beforeAll(async () => {
  t = await createTempDatabase();
  process.env.DATABASE_URL = t.url;
});
afterAll(() => t.cleanup());

/** A fresh workspace per test with three tools: copy (5, 3, 4, 2, —), image (4, 4, 4, 4, 4), video (2, 5, 5, 3, 1). */
beforeEach(async () => {
  n++;
  ws = await t.db.workspace.create({ data: { slug: `ai-${n}`, name: `AI ${n}` } });
  analyst = await signedInMember(t.db, ws, "analyst");
  signInAs(analyst);
  const tools = [
    { key: "copy", name: "Copy", category: "copywriting", scores: { output_quality: 5, cost: 3, speed: 4, brand_safety: 2 } },
    { key: "image", name: "Image", category: "image", scores: { output_quality: 4, cost: 4, speed: 4, brand_safety: 4, homogenisation_risk: 4 } },
    { key: "video", name: "Video", category: "video", scores: { output_quality: 2, cost: 5, speed: 5, brand_safety: 3, homogenisation_risk: 1 } },
  ];
  for (const tool of tools) {
    await t.db.aiTool.create({
      data: { workspaceId: ws.id, key: tool.key, name: tool.name, category: tool.category, scores: { create: Object.entries(tool.scores).map(([criterion, score]) => ({ criterion, score })) } },
    });
  }
});

const json = (method: string, body: unknown) => ({ method, headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
const card = async () => AiScorecardResponse.parse(await (await callRoute(scorecardRoute, "/api/v1/ai-tools/scorecard")).json());
const byKey = (c: AiScorecardResponse) => Object.fromEntries(c.tools.map((x) => [x.key, { total: x.total, rank: x.rank }]));
const toolId = async (key: string) => (await t.db.aiTool.findFirstOrThrow({ where: { workspaceId: ws.id, key } })).id;

describe("weights", () => {
  it("ranks with the default weights until the workspace sets its own", async () => {
    // defaults 0.3, 0.2, 0.15, 0.2, 0.15; copy has no homogenisation score, so its weight leaves the divisor
    const copy = (0.3 * 5 + 0.2 * 3 + 0.15 * 4 + 0.2 * 2) / 0.85;
    const video = 0.3 * 2 + 0.2 * 5 + 0.15 * 5 + 0.2 * 3 + 0.15 * 1;
    const c = await card();
    expect(c.weightsSource).toBe("default");
    expect(byKey(c).copy!.total).toBeCloseTo(copy, 12);
    expect(byKey(c).image!.total).toBeCloseTo(4, 12);
    expect(byKey(c).video!.total).toBeCloseTo(video, 12);
    expect(c.tools.map((x) => x.key)).toEqual(["image", "copy", "video"]); // 4 > 3.647 > 3.1
  });

  it("sets the workspace's weights, re-ranks at once, records who did it, and goes back to the defaults on null", async () => {
    const response = await callRoute(weightsRoute, "/api/v1/ai-tools/scorecard", {}, json("PATCH", { weights: { output_quality: 0, cost: 2, speed: 1, brand_safety: 0, homogenisation_risk: 0 } }));
    expect(response.status).toBe(200);
    const edited = AiScorecardEditResponse.parse(await response.json());
    // only cost (×2) and speed (×1) count: copy (2·3+4)/3, image 4, video (2·5+5)/3 = 5
    expect(edited.scorecard.weightsSource).toBe("workspace");
    expect(edited.scorecard.tools.map((x) => [x.key, x.rank])).toEqual([["video", 1], ["image", 2], ["copy", 3]]);
    expect(byKey(edited.scorecard).copy!.total).toBeCloseTo(10 / 3, 12);
    expect(byKey(await card())).toEqual(byKey(edited.scorecard));

    const [event] = await t.db.auditEvent.findMany({ where: { workspaceId: ws.id, action: "scorecard_edit" } });
    expect([event?.actor, event?.userId, event?.target]).toEqual([analyst.actor, analyst.user.id, "weights"]);

    const reset = AiScorecardEditResponse.parse(await (await callRoute(weightsRoute, "/api/v1/ai-tools/scorecard", {}, json("PATCH", { weights: null }))).json());
    expect(reset.scorecard.weightsSource).toBe("default");
    expect(await t.db.aiScorecardWeight.count({ where: { workspaceId: ws.id } })).toBe(0);
  });

  it.each([
    [{ output_quality: 0, cost: 0, speed: 0, brand_safety: 0, homogenisation_risk: 0 }, ["weights"]],
    [{ output_quality: 1, cost: -1, speed: 0, brand_safety: 0, homogenisation_risk: 0 }, ["weights.cost"]],
    [{ output_quality: 1, cost: 1, brand_safety: 0, homogenisation_risk: 0 }, ["weights.speed"]],
    [{ output_quality: 1, cost: 1, speed: 1, brand_safety: 1, homogenisation_risk: 1, novelty: 1 }, ["weights.novelty"]],
    [{ output_quality: "high", cost: 1, speed: 1, brand_safety: 1, homogenisation_risk: 1 }, ["weights.output_quality"]],
  ])("refuses %o, naming %o, and writes nothing", async (weights, fields) => {
    expect(await badFields(await callRoute(weightsRoute, "/api/v1/ai-tools/scorecard", {}, json("PATCH", { weights })))).toEqual(fields);
    expect(await t.db.aiScorecardWeight.count({ where: { workspaceId: ws.id } })).toBe(0);
    expect(await t.db.auditEvent.count({ where: { workspaceId: ws.id, action: "scorecard_edit" } })).toBe(0);
  });
});

describe("tools", () => {
  it("adds a tool with a key from its name, ranks it, and refuses the same name again", async () => {
    const response = await callRoute(addToolRoute, "/api/v1/ai-tools", {}, json("POST", { name: " 可灵 Kling ", category: "video", scores: { output_quality: 4.5, speed: 3.5 } }));
    expect(response.status).toBe(201);
    const added = AiScorecardEditResponse.parse(await response.json());
    const tool = added.scorecard.tools.find((x) => x.id === added.toolId);
    // (0.3·4.5 + 0.15·3.5) / 0.45
    expect(tool).toMatchObject({ key: "kling", name: "可灵 Kling", category: "video", scores: { output_quality: 4.5, speed: 3.5, cost: null } });
    expect(tool!.total).toBeCloseTo((0.3 * 4.5 + 0.15 * 3.5) / 0.45, 12);
    expect(tool!.rank).toBe(1);

    const again = await callRoute(addToolRoute, "/api/v1/ai-tools", {}, json("POST", { name: "可灵 Kling", category: "image" }));
    expect(again.status).toBe(409);
    expect(await badFields(again)).toEqual(["name"]);
    // a name without Latin letters gets a key of its own
    const chinese = AiScorecardEditResponse.parse(await (await callRoute(addToolRoute, "/api/v1/ai-tools", {}, json("POST", { name: "剪映", category: "video" }))).json());
    expect(chinese.scorecard.tools.find((x) => x.id === chinese.toolId)).toMatchObject({ key: "tool", total: null, rank: null });
  });

  it.each([
    [{ name: "", category: "video" }, ["name"]],
    [{ name: "X", category: "music" }, ["category"]],
    [{ name: "X", category: "video", scores: { output_quality: 6 } }, ["scores.output_quality"]],
    [{ name: "X", category: "video", scores: { cost: 0.5 } }, ["scores.cost"]],
    [{ category: "video" }, ["name"]],
  ])("refuses a new tool %o, naming %o", async (body, fields) => {
    expect(await badFields(await callRoute(addToolRoute, "/api/v1/ai-tools", {}, json("POST", body)))).toEqual(fields);
    expect(await t.db.aiTool.count({ where: { workspaceId: ws.id } })).toBe(3);
  });

  it("renames and rescores a tool (null removes a score) and the ranking follows", async () => {
    const id = await toolId("video");
    const response = await callRoute(patchToolRoute, `/api/v1/ai-tools/${id}`, { id: String(id) }, json("PATCH", { name: "Video Pro", scores: { output_quality: 5, homogenisation_risk: null } }));
    expect(response.status).toBe(200);
    const edited = AiScorecardEditResponse.parse(await response.json());
    // (0.3·5 + 0.2·5 + 0.15·5 + 0.2·3) / 0.85
    const video = edited.scorecard.tools.find((x) => x.id === id)!;
    expect(video).toMatchObject({ name: "Video Pro", scores: { output_quality: 5, homogenisation_risk: null } });
    expect(video.total).toBeCloseTo((1.5 + 1 + 0.75 + 0.6) / 0.85, 12);
    expect(video.rank).toBe(1);
    expect(await t.db.aiToolScore.count({ where: { toolId: id } })).toBe(4);
    expect(await badFields(await callRoute(patchToolRoute, `/api/v1/ai-tools/${id}`, { id: String(id) }, json("PATCH", { name: "Copy" })))).toEqual(["name"]);
  });

  it("removes a tool with its scores", async () => {
    const id = await toolId("copy");
    const response = await callRoute(removeToolRoute, `/api/v1/ai-tools/${id}`, { id: String(id) }, { method: "DELETE" });
    expect(response.status).toBe(200);
    expect(AiScorecardEditResponse.parse(await response.json()).scorecard.tools.map((x) => x.key)).toEqual(["image", "video"]);
    expect(await t.db.aiToolScore.count({ where: { toolId: id } })).toBe(0);
    expect(await t.db.auditEvent.count({ where: { workspaceId: ws.id, action: "scorecard_edit", target: "tool Copy" } })).toBe(1);
  });

  it("gives equal totals the same rank", async () => {
    const id = await toolId("copy");
    await callRoute(patchToolRoute, `/api/v1/ai-tools/${id}`, { id: String(id) }, json("PATCH", { scores: { output_quality: 4, cost: 4, speed: 4, brand_safety: 4 } }));
    expect((await card()).tools.map((x) => [x.key, x.rank])).toEqual([["copy", 1], ["image", 1], ["video", 3]]);
  });

  it("answers 404 for another workspace's tool and leaves it alone", async () => {
    const other = await t.db.workspace.create({ data: { slug: `ai-other-${n}`, name: "Other" } });
    const theirs = await t.db.aiTool.create({ data: { workspaceId: other.id, key: "secret", name: "Secret tool", category: "image" } });
    for (const [route, init] of [[patchToolRoute, json("PATCH", { name: "Mine now" })], [removeToolRoute, { method: "DELETE" }]] as const) {
      const response = await callRoute(route, `/api/v1/ai-tools/${theirs.id}`, { id: String(theirs.id) }, init);
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain("Secret");
    }
    expect(await t.db.aiTool.findUnique({ where: { id: theirs.id } })).toMatchObject({ name: "Secret tool" });
  });
});
