// GET /api/v1/tokens — the workspace's API tokens (prefix, not the secret).
// POST /api/v1/tokens { name } → 201 { token, secret }: the secret is shown
// in this answer only (stored as a sha256).
import { readJson } from "@/lib/api/import-requests";
import { json } from "@/lib/api/response";
import { apiRoute, parseInput, queryObject } from "@/lib/api/route";
import { CreateTokenBody, TokenCreatedResponse, TokenListResponse, TokensQuery } from "@/lib/schemas/api/imports";
import { createApiToken, listApiTokens } from "@/lib/services/api-tokens";

export const dynamic = "force-dynamic";

export const GET = apiRoute(async (_request, { db, workspace, query }) => {
  parseInput(TokensQuery, queryObject(query));
  return json(TokenListResponse.parse({ tokens: await listApiTokens(db, workspace) }));
});

export const POST = apiRoute(async (request, { db, workspace, query }) => {
  parseInput(TokensQuery, queryObject(query));
  const read = await readJson(request, CreateTokenBody);
  if (!read.ok) return read.response;
  return json(TokenCreatedResponse.parse(await createApiToken(db, workspace, read.body.name)), { status: 201 });
});
