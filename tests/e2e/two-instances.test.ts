// Two app instances on one database serve a user as one: a second `next
// start` on the e2e server's database, on another port. Whatever one instance
// learns (a session, failed sign-ins, an import, its undo) lives in the
// database, so the other sees it on its next request; neither keeps state of
// its own that the other could disagree with.
//
// The import uses accounts and days (2018) of its own and is undone at the
// end; the session is a new one, so signing it out touches no other test.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { DEMO_PASSWORD } from "@/lib/demo/demo-users";
import { SESSION_COOKIE } from "@/lib/auth/session";
import { SIGNIN_MAX_PER_ACCOUNT } from "@/lib/auth/rate-limit";
import { ROOT, startBuiltApp, type RunningApp } from "../../scripts/app-server";
import { canonicalCsv, sampleRow, type CanonicalCells } from "../helpers/import-fixtures";

const first = inject("baseURL");
let second: RunningApp;

beforeAll(async () => {
  second = await startBuiltApp({
    databaseUrl: inject("databaseUrl"),
    logFile: path.join(ROOT, "test-results", "e2e-second-server.log"),
    fixedNow: new Date(inject("now")),
  });
}, 120_000);
afterAll(async () => {
  await second?.stop();
});

function signIn(origin: string, email: string, password: string): Promise<Response> {
  return fetch(`${origin}/api/v1/auth/signin`, {
    method: "POST",
    headers: { "content-type": "application/json", origin },
    body: JSON.stringify({ email, password }),
  });
}

function asSession(origin: string, pathAndQuery: string, session: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set("cookie", `${SESSION_COOKIE}=${session}`);
  if (init.method && init.method !== "GET") headers.set("origin", origin);
  return fetch(`${origin}${pathAndQuery}`, { ...init, headers });
}

const sessionOf = (response: Response) => new RegExp(`${SESSION_COOKIE}=([^;]+)`).exec(response.headers.get("set-cookie") ?? "")?.[1] ?? "";

describe("two app instances on one database", () => {
  it("a session made on one instance works on the other, and signing out on the other ends it on both", async () => {
    const made = await signIn(first, "analyst@demo.example", DEMO_PASSWORD);
    expect(made.status).toBe(200);
    const session = sessionOf(made);
    expect(session).not.toBe("");

    const report = "/api/v1/report/weekly";
    expect((await asSession(second.baseURL, report, session)).status).toBe(200);
    expect((await asSession(second.baseURL, "/api/v1/auth/signout", session, { method: "POST" })).status).toBe(200);
    expect((await asSession(first, report, session)).status).toBe(401);
    expect((await asSession(second.baseURL, report, session)).status).toBe(401);
  });

  it("failed sign-ins counted on one instance limit the account on the other", async () => {
    const email = "two-instances-nobody@demo.example";
    for (let attempt = 1; attempt <= SIGNIN_MAX_PER_ACCOUNT; attempt++) {
      const origin = attempt % 2 === 1 ? first : second.baseURL;
      expect((await signIn(origin, email, "not the password")).status).toBe(401);
    }
    const refused = await signIn(second.baseURL, email, "not the password");
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await signIn(first, email, "not the password")).status).toBe(429);
  });

  it("an import through one instance is read, and undone, through the other", async () => {
    const session = sessionOf(await signIn(first, "manager@demo.example", DEMO_PASSWORD));
    const rows: CanonicalCells[] = [];
    for (let d = 0; d < 10; d++) {
      const date = new Date(Date.UTC(2018, 2, 1 + d)).toISOString().slice(0, 10);
      for (let a = 0; a < 3; a++) rows.push({ ...sampleRow(a, d, "kuaishou"), date, account: `two_instances_${a}` });
    }
    const expected = {
      impressions: rows.reduce((s, r) => s + Number(r.impressions), 0),
      clicks: rows.reduce((s, r) => s + Number(r.clicks), 0),
    };
    const totals = async (origin: string) => {
      const response = await asSession(origin, "/api/v1/kpis?from=2018-03-01&to=2018-03-10&platform=kuaishou", session);
      expect(response.status).toBe(200);
      return ((await response.json()) as { totals: { impressions: number | null; clicks: number | null } }).totals;
    };
    const before = await totals(second.baseURL);

    const form = new FormData();
    form.set("file", new File([canonicalCsv(rows)], "two-instances.csv", { type: "text/csv" }));
    const imported = await asSession(first, "/api/v1/imports", session, { method: "POST", body: form });
    expect(imported.status).toBe(201);
    const { batch } = (await imported.json()) as { batch: { id: number } };

    expect(await totals(second.baseURL)).toMatchObject(expected);
    expect(await totals(first)).toMatchObject(expected);

    const undone = await asSession(second.baseURL, `/api/v1/imports/${batch.id}/undo`, session, { method: "POST" });
    expect(undone.status).toBe(200);
    expect(await totals(first)).toMatchObject({ impressions: before.impressions, clicks: before.clicks });
    await asSession(first, "/api/v1/auth/signout", session, { method: "POST" });
  });
});
