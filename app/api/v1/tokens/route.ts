// GET /api/v1/tokens — the workspace's API tokens (prefix, not the secret).
// POST /api/v1/tokens { name, scopes? } → 201 { token, secret }: the secret is
// shown in this answer only (stored as a sha256). Admins only.
import { audit } from "@/lib/auth/audit";
import { readJson } from "@/lib/api/import-requests";
import { json } from "@/lib/api/response";
import { apiRoute, parseInput, queryObject } from "@/lib/api/route";
import { CreateTokenBody, TokenCreatedResponse, TokenListResponse, TokensQuery } from "@/lib/schemas/api/imports";
import { createApiToken, listApiTokens } from "@/lib/services/api-tokens";

export const dynamic = "force-dynamic";

export const GET = apiRoute("tokens.manage", async (_request, { db, workspace, query }) => {
  parseInput(TokensQuery, queryObject(query));
  return json(TokenListResponse.parse({ tokens: await listApiTokens(db, workspace) }));
});

export const POST = apiRoute("tokens.manage", async (request, { db, workspace, query, actor, userId }) => {
  parseInput(TokensQuery, queryObject(query));
  const read = await readJson(request, CreateTokenBody);
  if (!read.ok) return read.response;
  const created = await createApiToken(db, workspace, { name: read.body.name, scopes: read.body.scopes, createdByUserId: userId });
  await audit(db, { workspaceId: workspace.id, userId, actor, action: "token_create", target: `token ${created.token.id}`, detail: { name: created.token.name, prefix: created.token.prefix, scopes: created.token.scopes } });
  return json(TokenCreatedResponse.parse(created), { status: 201 });
});
