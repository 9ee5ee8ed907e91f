// The KPI API end to end: a generated canonical CSV is imported into a real
// SQLite file, the route handlers answer, and every figure is compared with
// one computed here directly from the generated rows.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as getKpis } from "@/app/api/v1/kpis/route";
import { GET as getWeekly } from "@/app/api/v1/report/weekly/route";
import { GET as getBenchmarks } from "@/app/api/v1/benchmarks/route";
import { parseCanonicalCsv } from "@/lib/ingest/canonical";
import { writeDailyMetrics } from "@/lib/ingest/write-daily-metrics";
import { KpisResponse } from "@/lib/schemas/api/kpis";
import { checkKpisResponse } from "@/lib/api/kpis-response";
import { getWorkspaceBySlug } from "@/lib/queries/getWorkspaceBySlug";
import { getKpiReport } from "@/lib/services/kpi-report";
import { WeeklyReportResponse } from "@/lib/schemas/api/weekly-report";
import { BenchmarksResponse } from "@/lib/schemas/api/benchmarks";
import { signedInMember } from "../helpers/auth";
import { callRoute, signInAs } from "../helpers/route-call";
import { createTempDatabase, type TempDatabase } from "../helpers/temp-db";

// ---- generated data ---------------------------------------------------------

function mulberry32(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Num = number | null;
interface GenRow {
  date: string;
  platform: string;
  account: string;
  impressions: Num; reach: Num; views: Num; clicks: Num; likes: Num; comments: Num; shares: Num; saves: Num;
  follows: Num; unfollows: Num; followers: Num; profile_visits: Num; watch_seconds: Num;
  /** money in yuan with up to 2 decimals, as the CSV writes it */
  spend: Num; revenue: Num; conversions: Num; cost: Num;
}
const COLUMNS = ["date", "platform", "account", "impressions", "reach", "views", "clicks", "likes", "comments", "shares", "saves", "follows", "unfollows", "followers", "profile_visits", "watch_seconds", "spend", "revenue", "conversions", "cost"] as const;

const ACCOUNTS = [
  { platform: "douyin", account: "brand_dy" },
  { platform: "douyin", account: "shop_dy" },
  { platform: "xiaohongshu", account: "brand_xhs" },
  { platform: "wechat_private", account: "brand_wecom" },
];
// 2026-10-26 (Mon) … 2026-11-22 (Sun): four ISO weeks, W44–W47
const DAYS = Array.from({ length: 28 }, (_, i) => new Date(Date.UTC(2026, 9, 26 + i)).toISOString().slice(0, 10));

function generate(): GenRow[] {
  const rand = mulberry32(42);
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const maybe = (v: number, pNull = 0.08): Num => (rand() < pNull ? null : v);
  const rows: GenRow[] = [];
  for (const a of ACCOUNTS) {
    let followers = int(5_000, 50_000);
    for (const date of DAYS) {
      const impressions = int(2_000, 60_000);
      const follows = int(0, 200);
      const unfollows = int(0, 60);
      followers += follows - unfollows;
      const spend = int(0, 300_00) / 100;
      rows.push({
        date, platform: a.platform, account: a.account,
        impressions: maybe(impressions, 0.03),
        reach: maybe(Math.round(impressions * 0.6), 0.2),
        views: maybe(Math.round(impressions * 0.7)),
        clicks: maybe(Math.round(impressions * (0.01 + rand() * 0.05))),
        likes: maybe(int(0, 900)),
        comments: maybe(int(-3, 80)), // negative: deleted comments, kept
        shares: maybe(int(0, 50)),
        saves: maybe(int(0, 120), 0.25),
        follows: maybe(follows),
        unfollows: maybe(unfollows, 0.3),
        followers: maybe(followers, 0.1),
        profile_visits: maybe(int(0, 400)),
        watch_seconds: maybe(int(1_000, 400_000)),
        spend: maybe(spend),
        revenue: maybe(Math.round(spend * (5 + rand() * 20) * 100) / 100),
        conversions: maybe(int(0, 90)),
        cost: maybe(int(0, 200_00) / 100, 0.3),
      });
    }
  }
  return rows;
}

function toCsv(rows: GenRow[]): string {
  const cell = (v: string | number | null) => (v === null ? "" : String(v));
  return [COLUMNS.join(","), ...rows.map((r) => COLUMNS.map((c) => cell(r[c])).join(","))].join("\r\n") + "\r\n";
}

// ---- independent computation from the generated rows ------------------------

type Part = (r: GenRow) => Num;
const field = (k: keyof GenRow): Part => (r) => r[k] as Num;
const anyOf = (...ks: (keyof GenRow)[]): Part => (r) => {
  const known = ks.map((k) => r[k] as Num).filter((v): v is number => v !== null);
  return known.length ? known.reduce((s, v) => s + v, 0) : null;
};
const interactions = anyOf("likes", "comments", "shares", "saves");

function rate(rows: GenRow[], num: Part, den: Part): number | null {
  let n = 0;
  let d = 0;
  for (const r of rows) {
    const a = num(r);
    const b = den(r);
    if (a === null || b === null) continue;
    n += a;
    d += b;
  }
  return d === 0 ? null : n / d;
}
function total(rows: GenRow[], k: keyof GenRow): number | null {
  const known = rows.map((r) => r[k] as Num).filter((v): v is number => v !== null);
  return known.length ? known.reduce((s, v) => s + v, 0) : null;
}

function expectedKpis(rows: GenRow[]) {
  const roi = rate(rows, field("revenue"), field("spend"));
  const costShare = rate(rows, field("cost"), field("revenue"));
  const cpm = rate(rows, field("spend"), field("impressions"));
  return {
    ctr: rate(rows, field("clicks"), field("impressions")),
    interactionRateByImpressions: rate(rows, interactions, field("impressions")),
    interactionRateByReach: rate(rows, interactions, field("reach")),
    conversionRate: rate(rows, field("conversions"), field("clicks")),
    roi,
    netRoi: roi === null ? null : roi - 1,
    cpm: cpm === null ? null : cpm * 1000,
    cpc: rate(rows, field("spend"), field("clicks")),
    cpa: rate(rows, field("spend"), field("conversions")),
    avgDwell: rate(rows, field("watch_seconds"), field("views")),
    profitMargin: costShare === null ? null : 1 - costShare,
  };
}

/** Followers is semi-additive: each account's last known value in the period, then summed. */
function expectedFollowersEnd(rows: GenRow[], from: string, to: string): number {
  let sum = 0;
  for (const a of ACCOUNTS) {
    const known = rows.filter((r) => r.account === a.account && r.date >= from && r.date <= to && r.followers !== null);
    const last = known.at(-1);
    if (last) sum += last.followers as number;
  }
  return sum;
}

// ---- the test ----------------------------------------------------------------

let t: TempDatabase;
const generated = generate();
const csv = toCsv(generated);

async function call<T>(handler: (r: Request, s: { params: Promise<Record<string, string>> }) => Promise<Response>, path: string): Promise<{ status: number; body: T; text: string; response: Response }> {
  const response = await callRoute(handler, path);
  // Keep a byte-order mark in the text (Response.text() would drop it).
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await response.arrayBuffer());
  let body = undefined as T;
  try {
    body = JSON.parse(text) as T;
  } catch {
    // CSV
  }
  return { status: response.status, body, text, response };
}

function closeTo(actual: number | null | undefined, expected: number | null, digits = 9) {
  if (expected === null) expect(actual).toBeNull();
  else expect(actual).toBeCloseTo(expected, digits);
}

beforeAll(async () => {
  t = await createTempDatabase();
  const ws = await t.db.workspace.create({ data: { slug: "kpi-test", name: "KPI test" } });
  const parsed = parseCanonicalCsv(csv, 2);
  expect(parsed.errors).toEqual([]);
  expect(parsed.rows).toHaveLength(generated.length);
  const summary = await writeDailyMetrics(t.db, { workspaceId: ws.id, currency: "CNY", rows: parsed.rows });
  expect(summary).toEqual({ inserted: generated.length, updated: 0, unchanged: 0, accountsCreated: ACCOUNTS.length });
  process.env.DATABASE_URL = t.url;
  // another team's workspace, which the signed-in analyst is no member of
  const other = await t.db.workspace.create({ data: { slug: "kpi-other", name: "Another team" } });
  const xhsRows = parseCanonicalCsv(csv, 2).rows.filter((r) => r.platformKey === "xiaohongshu");
  expect(xhsRows).toHaveLength(DAYS.length);
  await writeDailyMetrics(t.db, { workspaceId: other.id, currency: "CNY", rows: xhsRows });
  signInAs(await signedInMember(t.db, ws, "analyst"));
  // Only the clock is mocked: "now" is Thursday 2026-11-26 in Shanghai.
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date("2026-11-26T04:00:00Z"));
});

afterAll(async () => {
  vi.useRealTimers();
  await t.cleanup();
});

describe("GET /api/v1/kpis", () => {
  it("computes every KPI as a ratio of sums over the imported rows", async () => {
    const { status, body } = await call<unknown>(getKpis, "/api/v1/kpis?from=2026-10-26&to=2026-11-22");
    expect(status).toBe(200);
    const r = KpisResponse.parse(body);
    const expected = expectedKpis(generated);
    for (const [key, value] of Object.entries(expected)) closeTo(r.kpis[key as keyof typeof expected], value);
    closeTo(r.kpis.interactionRate ?? null, expected.interactionRateByImpressions);
    expect(r.totals.impressions).toBe(total(generated, "impressions"));
    expect(r.totals.comments).toBe(total(generated, "comments"));
    expect(r.totals.spendMinor).toBe(Math.round((total(generated, "spend") ?? 0) * 100));
    expect(r.totals.reachDailySum).toBe(total(generated, "reach"));
    expect(r.followers.end).toBe(expectedFollowersEnd(generated, "2026-10-26", "2026-11-22"));
    expect(r.definitions.ctr?.formulaEn).toBe("clicks ÷ impressions");
  });

  it("filters by platform, domain and account", async () => {
    const douyin = generated.filter((g) => g.platform === "douyin");
    const a = KpisResponse.parse((await call<unknown>(getKpis, "/api/v1/kpis?from=2026-10-26&to=2026-11-22&platform=douyin")).body);
    closeTo(a.kpis.ctr ?? null, expectedKpis(douyin).ctr);
    closeTo(a.kpis.roi ?? null, expectedKpis(douyin).roi);

    const privateRows = generated.filter((g) => g.platform === "wechat_private");
    const b = KpisResponse.parse((await call<unknown>(getKpis, "/api/v1/kpis?from=2026-10-26&to=2026-11-22&domain=private")).body);
    closeTo(b.kpis.conversionRate ?? null, expectedKpis(privateRows).conversionRate);
    expect(b.platforms.map((p) => p.platformKey)).toEqual(["wechat_private"]);

    const account = await t.db.account.findFirstOrThrow({ where: { handle: "shop_dy" } });
    const c = KpisResponse.parse((await call<unknown>(getKpis, `/api/v1/kpis?from=2026-11-16&to=2026-11-22&account=${account.id}`)).body);
    const shopWeek = generated.filter((g) => g.account === "shop_dy" && g.date >= "2026-11-16");
    closeTo(c.kpis.avgDwell ?? null, expectedKpis(shopWeek).avgDwell);
  });

  it("buckets by ISO week and compares with the previous period in pp", async () => {
    const r = KpisResponse.parse(
      (await call<unknown>(getKpis, "/api/v1/kpis?from=2026-11-09&to=2026-11-22&granularity=week&compare=previous")).body,
    );
    expect(r.series.map((s) => [s.key, s.start, s.end, s.partial])).toEqual([
      ["2026-W46", "2026-11-09", "2026-11-15", false],
      ["2026-W47", "2026-11-16", "2026-11-22", false],
    ]);
    const w47 = generated.filter((g) => g.date >= "2026-11-16");
    closeTo(r.series[1]?.kpis.ctr ?? null, expectedKpis(w47).ctr);
    // the previous period of a two-week range is the two weeks before it
    expect(r.comparison?.period).toEqual({ start: "2026-10-26", end: "2026-11-08", days: 14 });
    const now = expectedKpis(generated.filter((g) => g.date >= "2026-11-09")).ctr as number;
    const before = expectedKpis(generated.filter((g) => g.date < "2026-11-09")).ctr as number;
    closeTo(r.comparison?.kpis.ctr?.change ?? null, (now - before) * 100);
    expect(r.comparison?.kpis.ctr?.test).toBe("two_proportion_z");
    expect(r.comparison?.kpis.roi?.changeKind).toBe("percent");
  });

  it("gives each platform its own series with breakdown=platform, in JSON and CSV alike", async () => {
    const path = "/api/v1/kpis?from=2026-11-09&to=2026-11-22&granularity=week&breakdown=platform";
    const r = KpisResponse.parse((await call<unknown>(getKpis, path)).body);
    const xhs = r.platforms.find((p) => p.platformKey === "xiaohongshu");
    const xhsW46 = generated.filter((g) => g.platform === "xiaohongshu" && g.date >= "2026-11-09" && g.date <= "2026-11-15");
    closeTo(xhs?.series?.[0]?.kpis.ctr ?? null, expectedKpis(xhsW46).ctr);
    const { text } = await call<unknown>(getKpis, `${path}&format=csv`);
    const lines = text.slice(1).trim().split("\r\n");
    expect(lines[0]?.startsWith("platform,period,")).toBe(true);
    expect(lines).toHaveLength(1 + 3 * 2); // three platforms × two weeks
    const csvRow = lines.find((l) => l.startsWith("xiaohongshu,2026-W46,"))?.split(",");
    const ctrColumn = lines[0]?.split(",").indexOf("ctr") ?? -1;
    closeTo(Number(csvRow?.[ctrColumn]), expectedKpis(xhsW46).ctr);
  });

  it("checks the answer in turns as strictly as KpisResponse.parse: a wrong value deep in a platform's series is refused", async () => {
    const workspace = (await getWorkspaceBySlug(t.db, "kpi-test"))!;
    const report = await getKpiReport(t.db, workspace, {
      period: { start: "2026-09-01", end: "2026-11-22" },
      filter: {},
      granularity: "day",
      compare: true,
      platformSeries: true,
      now: new Date(),
    });
    expect(report.platforms[0]?.series?.length).toBeGreaterThan(64);
    await expect(checkKpisResponse(report)).resolves.toBe(report);
    const broken = structuredClone(report);
    (broken.platforms[1]!.series![70]!.totals as Record<string, unknown>).impressions = "12";
    expect(() => KpisResponse.parse(broken)).toThrow();
    await expect(checkKpisResponse(broken)).rejects.toThrow(/impressions/);
    const extra = { ...structuredClone(report), stray: 1 };
    await expect(checkKpisResponse(extra)).rejects.toThrow(/stray/);
  });

  it("marks the week that has not ended as partial", async () => {
    const r = KpisResponse.parse((await call<unknown>(getKpis, "/api/v1/kpis?from=2026-11-16&to=2026-11-29&granularity=week")).body);
    expect(r.series.map((s) => [s.key, s.partial, s.covered.end])).toEqual([
      ["2026-W47", false, "2026-11-22"],
      ["2026-W48", true, "2026-11-25"],
    ]);
  });

  it("forecasts the next four weeks after the complete ones, with an interval", async () => {
    const r = KpisResponse.parse(
      (await call<unknown>(getKpis, "/api/v1/kpis?from=2026-10-26&to=2026-11-29&granularity=week&forecast=ctr")).body,
    );
    // W48 has not ended, so the model sees W44–W47 and forecasts from W48 on
    expect(r.forecast?.basedOn).toBe(4);
    expect(r.forecast?.points.map((p) => p.key)).toEqual(["2026-W48", "2026-W49", "2026-W50", "2026-W51"]);
    for (const p of r.forecast?.points ?? []) {
      expect(p.lower).toBeLessThanOrEqual(p.value);
      expect(p.upper).toBeGreaterThanOrEqual(p.value);
    }
    const noForecast = KpisResponse.parse((await call<unknown>(getKpis, "/api/v1/kpis?from=2026-11-16&to=2026-11-22")).body);
    expect(noForecast.forecast).toBeNull();
  });

  it("answers CSV with a BOM and the series as rows", async () => {
    const { text, response } = await call<unknown>(getKpis, "/api/v1/kpis?from=2026-11-16&to=2026-11-22&granularity=week&format=csv");
    expect(response.headers.get("content-type")).toContain("text/csv");
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const [header, row] = text.slice(1).split("\r\n");
    expect(header?.split(",").slice(0, 5)).toEqual(["period", "start", "end", "partial", "impressions"]);
    expect(row?.split(",")[0]).toBe("2026-W47");
  });

  it.each([
    ["/api/v1/kpis?from=2026-11-22&to=2026-11-01", "from"],
    ["/api/v1/kpis?from=2026-02-30&to=2026-03-01", "from"],
    ["/api/v1/kpis?to=2026-03-01", "from"],
    ["/api/v1/kpis?from=2026-11-01&to=2026-11-22&platform=tiktk", "platform"],
    ["/api/v1/kpis?from=2026-11-01&to=2026-11-22&metric=ctr,reachRate", "metric"],
    ["/api/v1/kpis?from=2026-11-01&to=2026-11-22&granularity=year", "granularity"],
    ["/api/v1/kpis?from=2026-11-01&to=2026-11-22&account=abc", "account"],
    ["/api/v1/kpis?from=2026-11-01&to=2026-11-22&colour=red", "colour"],
    // Limits: about ten years, three years by day, 100 accounts (KPI_LIMITS).
    ["/api/v1/kpis?from=2000-01-01&to=2099-12-31&granularity=month", "to"],
    ["/api/v1/kpis?from=2023-01-01&to=2026-11-22&granularity=day", "granularity"],
    ["/api/v1/kpis?from=2025-01-01&to=2026-11-22&granularity=day&breakdown=platform", "breakdown"],
    [`/api/v1/kpis?from=2026-11-01&to=2026-11-22&account=${Array.from({ length: 101 }, (_, i) => i + 1).join(",")}`, "account"],
  ])("rejects %s with a 400 naming %s", async (path, field) => {
    const { status, body } = await call<{ error: { issues: { field: string }[] } }>(getKpis, path);
    expect(status).toBe(400);
    expect(body.error.issues.map((i) => i.field)).toContain(field);
  });

  it("names the limit in the 400, and answers just inside it: three years by day, ten years by week", async () => {
    const tooMany = await call<{ error: { issues: { field: string; message: string }[] } }>(getKpis, "/api/v1/kpis?from=2023-01-01&to=2026-11-22&granularity=day");
    // 2023-01-01..2026-11-22: 365 + 366 + 365 + 326 days
    expect(tooMany.body.error.issues.find((i) => i.field === "granularity")?.message).toContain("1422");
    expect(tooMany.body.error.issues.find((i) => i.field === "granularity")?.message).toContain("1100");
    expect((await call<unknown>(getKpis, "/api/v1/kpis?from=2023-12-08&to=2026-11-22&granularity=day")).status).toBe(200);
    expect((await call<unknown>(getKpis, "/api/v1/kpis?from=2016-12-01&to=2026-11-22&granularity=week")).status).toBe(200);
  });
});

describe("whose figures", () => {
  it("are the session's workspace's only: ?workspace= naming another team's answers 404, and its rows never count", async () => {
    const other = await call<{ error: { code: string } }>(getKpis, "/api/v1/kpis?from=2026-10-26&to=2026-11-22&workspace=kpi-other");
    expect(other.status).toBe(404);
    expect(other.body.error.code).toBe("not_found");
    expect((await call<unknown>(getWeekly, "/api/v1/report/weekly?workspace=kpi-other")).status).toBe(404);
    // the other workspace holds brand_xhs's rows again: counted, they would add to the totals
    const own = KpisResponse.parse((await call<unknown>(getKpis, "/api/v1/kpis?from=2026-10-26&to=2026-11-22&workspace=kpi-test")).body);
    expect(own.totals.impressions).toBe(total(generated, "impressions"));
  });

  it("are open to every role: an executive reads the KPIs and the weekly report", async () => {
    const ws = await t.db.workspace.findUniqueOrThrow({ where: { slug: "kpi-test" } });
    const executive = await signedInMember(t.db, ws, "executive");
    expect((await callRoute(getKpis, "/api/v1/kpis?from=2026-11-16&to=2026-11-22", undefined, { as: executive })).status).toBe(200);
    expect((await callRoute(getWeekly, "/api/v1/report/weekly", undefined, { as: executive })).status).toBe(200);
  });
});

describe("GET /api/v1/report/weekly", () => {
  it("reports the last complete week per platform with changes against the week before", async () => {
    const { status, body } = await call<unknown>(getWeekly, "/api/v1/report/weekly");
    expect(status).toBe(200);
    const r = WeeklyReportResponse.parse(body);
    expect(r.week.label).toBe("2026-W47");
    expect(r.week.partial).toBe(false);
    expect(r.platforms.map((p) => p.platformKey)).toEqual(["douyin", "xiaohongshu", "wechat_private"]);
    const w47 = generated.filter((g) => g.date >= "2026-11-16");
    const w46 = generated.filter((g) => g.date >= "2026-11-09" && g.date <= "2026-11-15");
    closeTo(r.total.metrics.ctr.value, expectedKpis(w47).ctr);
    closeTo(r.total.metrics.ctr.change, ((expectedKpis(w47).ctr as number) - (expectedKpis(w46).ctr as number)) * 100);
    const xhs = r.platforms.find((p) => p.platformKey === "xiaohongshu");
    closeTo(xhs?.metrics.roi.value ?? null, expectedKpis(w47.filter((g) => g.platform === "xiaohongshu")).roi);
    expect(r.total.metrics.revenue.value).toBe(Math.round((total(w47, "revenue") ?? 0) * 100));
    expect(r.total.metrics.ctr.benchmark?.key).toBe("short_video_ad_ctr");
    expect(r.total.metrics.ctr.sparkline).toHaveLength(12);
    closeTo(r.total.metrics.ctr.sparkline.at(-2) ?? null, expectedKpis(w46).ctr);
    // weeks before the data started have no value, not 0
    expect(r.total.metrics.ctr.sparkline[0]).toBeNull();
  });

  it("compares a week that has not ended with the same days of the week before", async () => {
    const r = WeeklyReportResponse.parse((await call<unknown>(getWeekly, "/api/v1/report/weekly?week=2026-W48")).body);
    expect(r.week.partial).toBe(true);
    expect(r.week.covered).toEqual({ start: "2026-11-23", end: "2026-11-25" });
    expect(r.previousWeek).toMatchObject({ start: "2026-11-16", end: "2026-11-18" });
  });

  it.each([
    ["/api/v1/report/weekly?week=2026-47", "week"],
    ["/api/v1/report/weekly?week=2025-W53", "week"],
    ["/api/v1/report/weekly?platform=myspace", "platform"],
  ])("rejects %s with a 400 naming %s", async (path, field) => {
    const { status, body } = await call<{ error: { issues: { field: string }[] } }>(getWeekly, path);
    expect(status).toBe(400);
    expect(body.error.issues.map((i) => i.field)).toContain(field);
  });
});

describe("GET /api/v1/benchmarks", () => {
  it("lists the active (built-in) set with page references", async () => {
    const r = BenchmarksResponse.parse((await call<unknown>(getBenchmarks, "/api/v1/benchmarks")).body);
    expect(r.set).toMatchObject({ key: "report-2026", builtIn: true, active: true });
    expect(r.benchmarks.find((b) => b.key === "multi_platform_linkage_roi")).toMatchObject({ value: 18, page: 14, metric: "roi" });
    expect((await call<unknown>(getBenchmarks, "/api/v1/benchmarks?set=nope")).status).toBe(404);
  });
});

describe("importing the same file again", () => {
  it("changes nothing, and a corrected row updates only that row", async () => {
    const ws = await t.db.workspace.findUniqueOrThrow({ where: { slug: "kpi-test" } });
    const again = await writeDailyMetrics(t.db, { workspaceId: ws.id, currency: "CNY", rows: parseCanonicalCsv(csv, 2).rows });
    expect(again).toEqual({ inserted: 0, updated: 0, unchanged: generated.length, accountsCreated: 0 });
    const corrected = parseCanonicalCsv(csv, 2).rows.map((r, i) => (i === 5 ? { ...r, measures: { ...r.measures, clicks: 123_456 } } : r));
    const fixed = await writeDailyMetrics(t.db, { workspaceId: ws.id, currency: "CNY", rows: corrected });
    expect(fixed).toEqual({ inserted: 0, updated: 1, unchanged: generated.length - 1, accountsCreated: 0 });
  });
});
