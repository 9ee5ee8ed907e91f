// GET /api/v1/journeys[/id] on a real SQLite file: funnel figures worked out
// by hand from the observation rows inserted here.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getJourney } from "@/app/api/v1/journeys/[id]/route";
import { GET as listJourneys } from "@/app/api/v1/journeys/route";
import { JourneyFunnelResponse, JourneyListResponse } from "@/lib/schemas/api/journeys";
import { badFields, callRoute, csvOf, signInAs } from "../helpers/route-call";
import { signedInMember } from "../helpers/auth";
import { createTempDatabase, type TempDatabase } from "../helpers/temp-db";

let t: TempDatabase;
let journeyId = 0;
let otherJourneyId = 0;

const obs = (cohortDay: string, position: number, daysToStep: number, people: number) => ({ cohortDay, position, daysToStep, people });

beforeAll(async () => {
  t = await createTempDatabase();
  process.env.DATABASE_URL = t.url;
  const ws = await t.db.workspace.create({ data: { slug: "demo", name: "Test brand" } });
  const other = await t.db.workspace.create({ data: { slug: "other", name: "Someone else" } });
  signInAs(await signedInMember(t.db, ws, "analyst"));
  const steps = [
    { position: 1, platformKey: "douyin", role: "traffic", nameZh: "抖音引流", nameEn: "Douyin traffic" },
    { position: 2, platformKey: "xiaohongshu", role: "seeding", nameZh: "小红书种草", nameEn: "Xiaohongshu seeding" },
    { position: 3, platformKey: "wechat_private", role: "retention", nameZh: "私域留存", nameEn: "Private-domain retention" },
  ];
  const j = await t.db.journey.create({
    data: {
      workspaceId: ws.id,
      key: "ecom",
      nameZh: "电商",
      nameEn: "E-commerce",
      industry: "ecommerce_retail",
      steps: { create: steps },
      observations: {
        create: [
          // Nov 1: 100 entered; step 2 after 1/2/3 days: 10/20/10; step 3 after 5 days: 8
          obs("2026-11-01", 1, 0, 100),
          obs("2026-11-01", 2, 1, 10),
          obs("2026-11-01", 2, 2, 20),
          obs("2026-11-01", 2, 3, 10),
          obs("2026-11-01", 3, 5, 8),
          // Nov 2: 50 entered; step 2 after 2/4 days: 5/15
          obs("2026-11-02", 1, 0, 50),
          obs("2026-11-02", 2, 2, 5),
          obs("2026-11-02", 2, 4, 15),
          // Nov 20 (the last observed day, so 0 days old: immature): 40 entered, 4 at step 2 after 1 day
          obs("2026-11-20", 1, 0, 40),
          obs("2026-11-20", 2, 1, 4),
        ],
      },
    },
  });
  journeyId = j.id;
  // Another workspace's journey with the same key must never leak in.
  const o = await t.db.journey.create({
    data: {
      workspaceId: other.id,
      key: "ecom",
      nameZh: "别人的",
      nameEn: "Not ours",
      steps: { create: steps.slice(0, 1) },
      observations: { create: [obs("2026-11-01", 1, 0, 999_999)] },
    },
  });
  otherJourneyId = o.id;
});
afterAll(() => t.cleanup());

describe("GET /api/v1/journeys", () => {
  it("lists the workspace's journeys with steps, domains and the observed range", async () => {
    const res = await callRoute(listJourneys, "/api/v1/journeys");
    expect(res.status).toBe(200);
    const body = JourneyListResponse.parse(await res.json());
    expect(body.journeys).toHaveLength(1);
    expect(body.journeys[0]).toMatchObject({ id: journeyId, key: "ecom", industry: "ecommerce_retail" });
    expect(body.journeys[0]?.steps.map((s) => [s.platformKey, s.domain])).toEqual([
      ["douyin", "public"],
      ["xiaohongshu", "public"],
      ["wechat_private", "private"],
    ]);
    expect(body.journeys[0]?.observed).toEqual({ firstCohortDay: "2026-11-01", lastCohortDay: "2026-11-20" });
  });

  it("exports CSV with a BOM", async () => {
    const { bom, lines } = await csvOf(await callRoute(listJourneys, "/api/v1/journeys?format=csv"));
    expect(bom).toBe(true);
    expect(lines[0]).toBe("id,key,name_en,name_zh,industry,steps,platforms,first_cohort_day,last_cohort_day");
    expect(lines[1]).toBe(`${journeyId},ecom,E-commerce,电商,ecommerce_retail,3,douyin > xiaohongshu > wechat_private,2026-11-01,2026-11-20`);
  });
});

describe("GET /api/v1/journeys/[id]", () => {
  it("computes the funnel over every cohort day, counting the immature ones", async () => {
    const res = await callRoute(getJourney, "/api/v1/journeys/ecom", { id: "ecom" });
    expect(res.status).toBe(200);
    const body = JourneyFunnelResponse.parse(await res.json());
    expect(body.asOf).toBe("2026-11-20");
    expect(body.maturity).toEqual({ minAgeDays: 14, immatureCohorts: 1, excluded: false });
    expect(body.cohorts).toBe(3);
    expect(body.entered).toBe(190);
    const [s1, s2, s3] = body.steps;
    expect(s1).toMatchObject({ reached: 190, stepConversion: null, overallConversion: 1, medianDays: 0, timeToConvert: null });
    // step 2 merged: day 1: 14, day 2: 25, day 3: 10, day 4: 15 (64) → cumulative 14, 39, 49, 64
    // median: 39 ≥ 32 → day 2; p75: 49 ≥ 48 → day 3
    expect(s2).toMatchObject({ platformKey: "xiaohongshu", domain: "public", reached: 64, medianDays: 2, p75Days: 3 });
    expect(s2?.stepConversion).toBeCloseTo(64 / 190, 12);
    // 2 days against Xiaohongshu's 3-day seeding lag (lower is better)
    expect(s2?.timeToConvert).toEqual({ benchmark: { key: "xiaohongshu_seeding_lag_days", value: 3, page: 6 }, status: "above" });
    expect(s3).toMatchObject({ reached: 8, medianDays: 5, p75Days: 5, timeToConvert: null });
    expect(s3?.stepConversion).toBeCloseTo(8 / 64, 12);
    expect(s3?.overallConversion).toBeCloseTo(8 / 190, 12);
  });

  it("leaves immature cohorts out with mature=true, and finds the journey by numeric id too", async () => {
    const res = await callRoute(getJourney, `/api/v1/journeys/${journeyId}?mature=true`, { id: String(journeyId) });
    const body = JourneyFunnelResponse.parse(await res.json());
    expect(body.maturity).toEqual({ minAgeDays: 14, immatureCohorts: 1, excluded: true });
    expect(body.cohorts).toBe(2);
    expect(body.lastCohortDay).toBe("2026-11-02");
    expect(body.entered).toBe(150);
    // Nov 1 + Nov 2: day 1: 10, day 2: 25, day 3: 10, day 4: 15 → median day 2, p75 day 3 (45 ≥ 45)
    expect(body.steps[1]).toMatchObject({ reached: 60, medianDays: 2, p75Days: 3 });
    expect(body.steps[1]?.stepConversion).toBeCloseTo(0.4, 12);
  });

  it("restricts the cohort days to [from, to]", async () => {
    const res = await callRoute(getJourney, "/api/v1/journeys/ecom?from=2026-11-02&to=2026-11-30", { id: "ecom" });
    const body = JourneyFunnelResponse.parse(await res.json());
    expect(body.range).toEqual({ from: "2026-11-02", to: "2026-11-30" });
    expect(body.entered).toBe(90);
    // step 2: day 1: 4, day 2: 5, day 4: 15 (24) → cumulative 4, 9, 24: median and p75 day 4
    expect(body.steps[1]).toMatchObject({ reached: 24, medianDays: 4, p75Days: 4 });
    // 4 days is more than 10% over the 3-day lag
    expect(body.steps[1]?.timeToConvert?.status).toBe("below");
    expect(body.steps[2]).toMatchObject({ reached: 0, stepConversion: 0, medianDays: null });
  });

  it("gives drop-off and the days-to-step distribution, and compares with the days just before", async () => {
    // Nov 2 alone against Nov 1 alone
    const res = await callRoute(getJourney, "/api/v1/journeys/ecom?from=2026-11-02&to=2026-11-02&compare=previous", { id: "ecom" });
    const body = JourneyFunnelResponse.parse(await res.json());
    const [s1, s2, s3] = body.steps;
    expect([s1?.dropped, s1?.dropOff]).toEqual([null, null]);
    // 50 entered, 20 reached step 2 (after 2 days: 5, after 4: 15), none step 3
    expect(s2?.dropped).toBe(30);
    expect(s2?.dropOff).toBeCloseTo(0.6, 12);
    expect(s2?.distribution).toEqual([
      { days: 2, people: 5, share: 0.25 },
      { days: 4, people: 15, share: 0.75 },
    ]);
    expect([s3?.dropped, s3?.dropOff, s3?.distribution]).toEqual([20, 1, []]);
    // Nov 1: 100 entered, 40 at step 2 (40%), 8 at step 3 (8%)
    expect(body.comparison?.range).toEqual({ from: "2026-11-01", to: "2026-11-01" });
    expect(body.comparison?.entered).toBe(100);
    const [c1, c2, c3] = body.comparison?.steps ?? [];
    expect(c1).toMatchObject({ previousOverall: 1, changePp: 0, significance: null });
    expect(c2?.previousOverall).toBeCloseTo(0.4, 12);
    expect(c2?.changePp).toBeCloseTo(0, 12);
    // 20 of 50 against 40 of 100: fewer than 30 events on one side
    expect(c2?.significance).toBe("too_little_data");
    expect(c3?.changePp).toBeCloseTo(-8, 10);
    // without both ends there is nothing to compare with
    const open = JourneyFunnelResponse.parse(await (await callRoute(getJourney, "/api/v1/journeys/ecom?compare=previous", { id: "ecom" })).json());
    expect(open.comparison).toBeNull();
  });

  it("exports the steps as CSV", async () => {
    const res = await callRoute(getJourney, "/api/v1/journeys/ecom?format=csv", { id: "ecom" });
    expect(res.headers.get("content-type")).toMatch(/^text\/csv/);
    const { bom, lines } = await csvOf(res);
    expect(bom).toBe(true);
    expect(lines[0]?.split(",").slice(0, 7)).toEqual(["position", "platform", "domain", "role", "name_en", "name_zh", "reached"]);
    expect(lines).toHaveLength(4);
    expect(lines[2]?.startsWith("2,xiaohongshu,public,seeding,Xiaohongshu seeding,小红书种草,64,")).toBe(true);
    expect(lines[2]?.endsWith(",2,3,xiaohongshu_seeding_lag_days,3,above")).toBe(true);
  });

  it("answers 404 for an unknown journey and for another workspace's", async () => {
    expect((await callRoute(getJourney, "/api/v1/journeys/nope", { id: "nope" })).status).toBe(404);
    expect((await callRoute(getJourney, `/api/v1/journeys/${otherJourneyId}`, { id: String(otherJourneyId) })).status).toBe(404);
  });

  it("answers 400 naming the field for bad parameters", async () => {
    const cases: [string, string][] = [
      ["from=2026-11-05&to=2026-11-01", "from"],
      ["from=2026-13-01", "from"],
      ["to=yesterday", "to"],
      ["mature=maybe", "mature"],
      ["format=xml", "format"],
    ];
    for (const [query, field] of cases) {
      const res = await callRoute(getJourney, `/api/v1/journeys/ecom?${query}`, { id: "ecom" });
      expect(res.status, query).toBe(400);
      expect(await badFields(res), query).toEqual([field]);
    }
  });
});
