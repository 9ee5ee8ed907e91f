// The analysis endpoints on the full demo workspace: every response parses
// with the production schema, and the stories planted in the demo show.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as getScorecard } from "@/app/api/v1/ai-tools/scorecard/route";
import { GET as getCohorts } from "@/app/api/v1/cohorts/route";
import { GET as getOrigins } from "@/app/api/v1/content/origins/route";
import { GET as getTest } from "@/app/api/v1/content/tests/[id]/route";
import { GET as listTests } from "@/app/api/v1/content/tests/route";
import { GET as getDomains } from "@/app/api/v1/domains/route";
import { GET as getJourney } from "@/app/api/v1/journeys/[id]/route";
import { GET as listJourneys } from "@/app/api/v1/journeys/route";
import { GET as getSegments } from "@/app/api/v1/segments/route";
import { GET as getTiers } from "@/app/api/v1/tiers/route";
import { generateDemoData } from "@/lib/demo/generate-demo-data";
import { loadDemoData } from "@/lib/demo/load-demo-data";
import { AiScorecardResponse } from "@/lib/schemas/api/ai-scorecard";
import { CohortsResponse } from "@/lib/schemas/api/cohorts";
import { ContentOriginsResponse } from "@/lib/schemas/api/content-origins";
import { ContentTestListResponse, ContentTestResponse } from "@/lib/schemas/api/content-tests";
import { DomainsResponse } from "@/lib/schemas/api/domains";
import { JourneyFunnelResponse, JourneyListResponse } from "@/lib/schemas/api/journeys";
import { SegmentsResponse } from "@/lib/schemas/api/segments";
import { TiersResponse } from "@/lib/schemas/api/tiers";
import { signedInMember } from "../helpers/auth";
import { callRoute, signInAs } from "../helpers/route-call";
import { createTempDatabase, type TempDatabase } from "../helpers/temp-db";

const END_DAY = "2026-11-22";
let t: TempDatabase;

async function body(response: Promise<Response>): Promise<unknown> {
  const res = await response;
  expect(res.status).toBe(200);
  return res.json();
}

beforeAll(async () => {
  t = await createTempDatabase();
  process.env.DATABASE_URL = t.url;
  const demo = await loadDemoData(t.db, generateDemoData({ endDay: END_DAY }));
  signInAs(await signedInMember(t.db, await t.db.workspace.findUniqueOrThrow({ where: { id: demo.workspaceId } }), "analyst"));
});
afterAll(() => t.cleanup());

describe("analysis endpoints on the demo workspace", () => {
  it("journeys: Xiaohongshu seeding takes about the report's 3 days", async () => {
    const list = JourneyListResponse.parse(await body(callRoute(listJourneys, "/api/v1/journeys")));
    expect(list.journeys.map((j) => j.key).sort()).toEqual(["ecommerce-douyin-xhs-wechat", "finance-channels-wecom-miniprogram"]);
    const f = JourneyFunnelResponse.parse(
      await body(callRoute(getJourney, "/api/v1/journeys/ecommerce-douyin-xhs-wechat?mature=true", { id: "ecommerce-douyin-xhs-wechat" })),
    );
    expect(f.asOf).toBe(END_DAY);
    expect(f.maturity.immatureCohorts).toBe(14);
    expect(f.cohorts).toBe(84 - 14);
    expect(f.steps[1]?.medianDays).toBe(3);
    expect(f.steps[1]?.timeToConvert?.status).toBe("above");
    expect(f.steps[1]?.stepConversion).toBeGreaterThan(0.15);
    expect(f.steps[1]?.stepConversion).toBeLessThan(0.3);
  });

  it("cohorts: virtual week-4 retention near 28%, the private domain above it", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-11-26T04:00:00Z"));
    const r = CohortsResponse.parse(await body(callRoute(getCohorts, "/api/v1/cohorts")));
    vi.useRealTimers();
    const at = (p: string) => r.platforms.find((x) => x.platformKey === p)?.retention;
    expect(at("virtual")?.rate).toBeGreaterThan(0.24);
    expect(at("virtual")?.rate).toBeLessThan(0.32);
    expect(at("virtual")?.cohorts).toBe(8);
    expect(at("wechat_private")?.benchmark?.status).toBe("above");
  });

  it("content: co-created notes win on Xiaohongshu; the Douyin hooks are too close to call", async () => {
    const list = ContentTestListResponse.parse(await body(callRoute(listTests, "/api/v1/content/tests")));
    expect(list.tests).toHaveLength(3);
    const xhs = ContentTestResponse.parse(await body(callRoute(getTest, "/x", { id: "xhs-origin-ai-human-cocreated" })));
    expect(xhs).toMatchObject({ winner: "co_created", reason: "significant_winner" });
    const hooks = ContentTestResponse.parse(await body(callRoute(getTest, "/x", { id: "douyin-hook-a-b" })));
    expect(hooks).toMatchObject({ winner: null, reason: "not_significant" });
    expect(hooks.variants.every((v) => v.dwell?.benchmark.key === "douyin_hot_content_dwell")).toBe(true);
    const origins = ContentOriginsResponse.parse(await body(callRoute(getOrigins, `/api/v1/content/origins?from=2026-08-31&to=${END_DAY}`)));
    expect(origins.origins.every((o) => o.items > 0)).toBe(true);
  });

  it("domains: the private domain earns the higher margin", async () => {
    const d = DomainsResponse.parse(await body(callRoute(getDomains, `/api/v1/domains?from=2026-08-31&to=${END_DAY}`)));
    const [pub, priv] = d.domains;
    expect(priv?.profitMargin).toBeGreaterThan(pub?.profitMargin ?? Infinity);
    expect(priv?.benchmarks.profitMargin?.benchmark.key).toBe("private_domain_profit_margin");
  });

  it("tiers, scorecard and segments come out of the demo's own rows", async () => {
    const tiers = TiersResponse.parse(await body(callRoute(getTiers, "/api/v1/tiers")));
    expect(tiers.platforms.map((p) => p.platformKey)).toEqual(["xiaohongshu", "wechat_private", "virtual"]);
    expect(tiers.platforms.every((p) => p.weeks === 12)).toBe(true);
    const card = AiScorecardResponse.parse(await body(callRoute(getScorecard, "/api/v1/ai-tools/scorecard")));
    expect(card.weightsSource).toBe("workspace");
    expect(card.tools.length).toBeGreaterThanOrEqual(5);
    expect(card.tools[0]?.rank).toBe(1);
    const seg = SegmentsResponse.parse(await body(callRoute(getSegments, `/api/v1/segments?from=2026-08-31&to=${END_DAY}`)));
    const [young, middle] = seg.segments;
    expect(young?.segment).toBe("age_18_25");
    expect(young?.interactionRate).toBeGreaterThan(middle?.interactionRate ?? Infinity);
    expect(middle?.conversionRate).toBeGreaterThan(young?.conversionRate ?? Infinity);
    expect(middle?.roi).toBeGreaterThan(young?.roi ?? Infinity);
  });
});
