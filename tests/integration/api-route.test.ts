// The route wrapper: bad input is the client's (400 naming the field); a
// response that breaks its own schema, or any other failure, is ours (500).
import { z } from "zod";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiRoute, parseInput } from "@/lib/api/route";
import { createTempDatabase, type TempDatabase } from "../helpers/temp-db";

let t: TempDatabase;
beforeAll(async () => {
  t = await createTempDatabase();
  await t.db.workspace.create({ data: { slug: "route-test", name: "Route test" } });
  process.env.DATABASE_URL = t.url;
  process.env.DEFAULT_WORKSPACE = "route-test";
});
afterAll(() => t.cleanup());

const Query = z.object({ n: z.coerce.number().int() });
const Out = z.object({ total: z.number() });
const segment = { params: Promise.resolve({}) };

describe("apiRoute", () => {
  it("answers invalid input with a 400 naming the field", async () => {
    const handler = apiRoute(async (_r, { query }) => Response.json(parseInput(Query, { n: query.get("n") })));
    const response = await handler(new Request("http://t/x?n=abc"), segment);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { issues: { field: string }[] } }).error.issues[0]?.field).toBe("n");
  });

  it("answers a response that breaks its schema with a 500, not a 400", async () => {
    const handler = apiRoute(async () => Response.json(Out.parse({ total: "many" })));
    const response = await handler(new Request("http://t/x"), segment);
    expect(response.status).toBe(500);
    expect(JSON.stringify(await response.json())).not.toContain("many");
  });

  it("answers an unknown workspace with a 404 and a malformed one with a 400", async () => {
    const handler = apiRoute(async () => Response.json({}));
    expect((await handler(new Request("http://t/x?workspace=nope"), segment)).status).toBe(404);
    expect((await handler(new Request(`http://t/x?workspace=${"w".repeat(65)}`), segment)).status).toBe(400);
  });
});
