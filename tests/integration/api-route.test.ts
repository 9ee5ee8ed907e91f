// The route wrapper: bad input is the client's (400 naming the field); a
// response that breaks its own schema, or any other failure, is ours (500).
// The workspace is the session's, never a query parameter's: `?workspace=`
// naming another one answers 404, as if it did not exist.
import { z } from "zod";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiRoute, parseInput } from "@/lib/api/route";
import { signedInMember, type Member } from "../helpers/auth";
import { callRoute, signInAs } from "../helpers/route-call";
import { createTempDatabase, type TempDatabase } from "../helpers/temp-db";

let t: TempDatabase;
let member: Member;
beforeAll(async () => {
  t = await createTempDatabase();
  const ws = await t.db.workspace.create({ data: { slug: "route-test", name: "Route test" } });
  const mine = await t.db.workspace.create({ data: { slug: "also-mine", name: "Also mine" } });
  await t.db.workspace.create({ data: { slug: "not-mine", name: "Someone else's" } });
  process.env.DATABASE_URL = t.url;
  member = await signedInMember(t.db, ws, "analyst");
  // a member of a second workspace too, but the session looks at route-test
  await t.db.membership.create({ data: { userId: member.user.id, workspaceId: mine.id, role: "admin" } });
  signInAs(member);
});
afterAll(() => t.cleanup());

const Query = z.object({ n: z.coerce.number().int() });
const Out = z.object({ total: z.number() });

describe("apiRoute", () => {
  it("answers invalid input with a 400 naming the field", async () => {
    const handler = apiRoute("dashboard.read", async (_r, { query }) => Response.json(parseInput(Query, { n: query.get("n") })));
    const response = await callRoute(handler, "/x?n=abc");
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { issues: { field: string }[] } }).error.issues[0]?.field).toBe("n");
  });

  it("answers a response that breaks its schema with a 500, not a 400", async () => {
    const handler = apiRoute("dashboard.read", async () => Response.json(Out.parse({ total: "many" })));
    const response = await callRoute(handler, "/x");
    expect(response.status).toBe(500);
    expect(JSON.stringify(await response.json())).not.toContain("many");
  });

  it("hands the handler the session's workspace and actor", async () => {
    const handler = apiRoute("dashboard.read", async (_r, { workspace, actor }) => Response.json({ slug: workspace.slug, actor }));
    const response = await callRoute(handler, "/x");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ slug: "route-test", actor: `user:${member.user.email}` });
    // naming its own workspace is allowed
    expect((await callRoute(handler, "/x?workspace=route-test")).status).toBe(200);
  });

  it("answers ?workspace= naming another workspace with a 404 (whether it exists, or is even the user's), and a malformed one with a 400", async () => {
    const handler = apiRoute("dashboard.read", async () => Response.json({}));
    for (const other of ["not-mine", "also-mine", "nope"]) {
      const response = await callRoute(handler, `/x?workspace=${other}`);
      expect(response.status, other).toBe(404);
      expect(await response.json()).toMatchObject({ error: { code: "not_found" } });
    }
    expect((await callRoute(handler, `/x?workspace=${"w".repeat(65)}`)).status).toBe(400);
  });

  it("answers 401 without a session and 403 for an action the role may not take", async () => {
    const handler = apiRoute("dashboard.read", async () => Response.json({}));
    expect((await callRoute(handler, "/x", undefined, { as: null })).status).toBe(401);
    // an analyst may read, not manage tokens
    const admin = apiRoute("tokens.manage", async () => Response.json({}));
    expect((await callRoute(admin, "/x")).status).toBe(403);
  });
});
