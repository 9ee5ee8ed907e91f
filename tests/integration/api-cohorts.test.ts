// GET /api/v1/cohorts on a real SQLite file: triangle, curve (ratio of sums)
// and the retention figure against the report's 28%, computed by hand.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/api/v1/cohorts/route";
import { CohortsResponse } from "@/lib/schemas/api/cohorts";
import { badFields, callRoute, csvOf, signInAs } from "../helpers/route-call";
import { signedInMember } from "../helpers/auth";
import { createTempDatabase, type TempDatabase } from "../helpers/temp-db";

let t: TempDatabase;

async function cohort(workspaceId: number, platformKey: string, cohortStart: string, size: number, active: number[], periodUnit = "week") {
  await t.db.audienceCohort.create({
    data: {
      workspaceId,
      platformKey,
      cohortStart,
      periodUnit,
      size,
      activity: { create: active.map((a, periodIndex) => ({ periodIndex, active: a })) },
    },
  });
}

beforeAll(async () => {
  t = await createTempDatabase();
  process.env.DATABASE_URL = t.url;
  const ws = await t.db.workspace.create({ data: { slug: "demo", name: "Test brand" } });
  const other = await t.db.workspace.create({ data: { slug: "other", name: "Someone else" } });
  signInAs(await signedInMember(t.db, ws, "analyst"));
  await cohort(ws.id, "virtual", "2026-10-05", 100, [100, 50, 40]);
  await cohort(ws.id, "virtual", "2026-10-12", 1000, [1000, 300]);
  await cohort(ws.id, "virtual", "2026-10-19", 10, [10]);
  await cohort(ws.id, "wechat_private", "2026-10-05", 200, [200, 120, 110]);
  await cohort(ws.id, "virtual", "2026-09-01", 500, [500, 100], "month");
  await cohort(other.id, "virtual", "2026-10-05", 99_999, [99_999, 99_999]);
});
afterAll(() => {
  vi.useRealTimers();
  return t.cleanup();
});

describe("GET /api/v1/cohorts", () => {
  it("gives the triangle and the size-weighted curve per platform", async () => {
    // Monday 2026-10-26, noon in Shanghai: every week up to Sunday Oct 25 has ended.
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-10-26T04:00:00Z"));
    const res = await callRoute(GET, "/api/v1/cohorts?period=1");
    vi.useRealTimers();
    expect(res.status).toBe(200);
    const body = CohortsResponse.parse(await res.json());
    expect(body).toMatchObject({ unit: "week", period: 1, asOf: "2026-10-26", range: { from: null, to: null } });
    expect(body.platforms.map((p) => p.platformKey)).toEqual(["wechat_private", "virtual"]);
    const virtual = body.platforms.find((p) => p.platformKey === "virtual");
    expect(virtual?.triangle.map((r) => [r.cohortStart, r.size, r.cells.map((c) => c?.active ?? null)])).toEqual([
      ["2026-10-05", 100, [100, 50, 40]],
      ["2026-10-12", 1000, [1000, 300, null]],
      ["2026-10-19", 10, [10, null, null]],
    ]);
    // week 1: (50 + 300) / (100 + 1000), not the mean of 50% and 30%
    expect(virtual?.curve[1]).toMatchObject({ cohorts: 2, size: 1100, active: 350 });
    expect(virtual?.retention.rate).toBeCloseTo(350 / 1100, 12);
    expect(virtual?.retention.cohorts).toBe(2);
    // 31.8% ≥ 28%
    expect(virtual?.retention.benchmark).toEqual({ benchmark: { key: "virtual_platform_retention", value: 0.28, page: 3 }, status: "above" });
    const priv = body.platforms.find((p) => p.platformKey === "wechat_private");
    expect(priv?.domain).toBe("private");
    expect(priv?.retention.rate).toBeCloseTo(0.6, 12);
    // no private-domain figure: the report's 28% is the reference line
    expect(priv?.retention.benchmark?.benchmark.key).toBe("virtual_platform_retention");
  });

  it("reads week 4 by default, null when no cohort has reached it", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-10-26T04:00:00Z"));
    const body = CohortsResponse.parse(await (await callRoute(GET, "/api/v1/cohorts?platform=virtual")).json());
    vi.useRealTimers();
    expect(body.period).toBe(4);
    expect(body.platforms.map((p) => p.platformKey)).toEqual(["virtual"]);
    expect(body.platforms[0]?.retention).toMatchObject({ periodIndex: 4, rate: null, cohorts: 0 });
    expect(body.platforms[0]?.retention.benchmark?.status).toBeNull();
  });

  it("hides periods that have not ended yet", async () => {
    // Saturday Oct 24: the week of Oct 19–25 is still running
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-10-24T04:00:00Z"));
    const body = CohortsResponse.parse(await (await callRoute(GET, "/api/v1/cohorts?platform=virtual&period=1")).json());
    vi.useRealTimers();
    expect(body.platforms[0]?.triangle.map((r) => r.cells.filter((c) => c !== null).length)).toEqual([2, 1, 0]);
    expect(body.platforms[0]?.retention.rate).toBeCloseTo(0.5, 12);
  });

  it("filters cohort starts by from/to and the period unit", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-11-26T04:00:00Z"));
    const body = CohortsResponse.parse(await (await callRoute(GET, "/api/v1/cohorts?platform=virtual&from=2026-10-10&to=2026-10-31")).json());
    expect(body.platforms[0]?.triangle.map((r) => r.cohortStart)).toEqual(["2026-10-12", "2026-10-19"]);
    const monthly = CohortsResponse.parse(await (await callRoute(GET, "/api/v1/cohorts?unit=month")).json());
    vi.useRealTimers();
    // September's cohort: 100 of 500 active in October
    expect(monthly.period).toBe(1);
    expect(monthly.platforms[0]?.retention.rate).toBeCloseTo(0.2, 12);
  });

  it("exports the triangle in long form as CSV", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-10-26T04:00:00Z"));
    const res = await callRoute(GET, "/api/v1/cohorts?platform=virtual&format=csv");
    vi.useRealTimers();
    const { bom, lines } = await csvOf(res);
    expect(bom).toBe(true);
    expect(lines[0]).toBe("platform,cohort_start,size,period_index,active,rate");
    expect(lines.slice(1)).toEqual([
      "virtual,2026-10-05,100,0,100,1",
      "virtual,2026-10-05,100,1,50,0.5",
      "virtual,2026-10-05,100,2,40,0.4",
      "virtual,2026-10-12,1000,0,1000,1",
      "virtual,2026-10-12,1000,1,300,0.3",
      "virtual,2026-10-19,10,0,10,1",
    ]);
  });

  it("answers 400 naming the field for bad parameters", async () => {
    const cases: [string, string][] = [
      ["platform=virtual,metaverse", "platform"],
      ["period=-1", "period"],
      ["period=two", "period"],
      ["unit=year", "unit"],
      ["from=2026-11-01&to=2026-10-01", "from"],
      ["format=pdf", "format"],
    ];
    for (const [query, field] of cases) {
      const res = await callRoute(GET, `/api/v1/cohorts?${query}`);
      expect(res.status, query).toBe(400);
      expect(await badFields(res), query).toEqual([field]);
    }
  });
});
