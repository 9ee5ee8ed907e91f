// DELETE /api/v1/tokens/[id] — revokes a token (again: no change) → { token }.
import { audit } from "@/lib/auth/audit";
import { json, notFound } from "@/lib/api/response";
import { apiRoute, parseInput, queryObject } from "@/lib/api/route";
import { TokenIdParam, TokenSchema, TokensQuery } from "@/lib/schemas/api/imports";
import { revokeApiToken } from "@/lib/services/api-tokens";

export const dynamic = "force-dynamic";

export const DELETE = apiRoute<{ id: string }>("tokens.manage", async (_request, { db, workspace, params, query, actor, userId }) => {
  const { id } = parseInput(TokenIdParam, params);
  parseInput(TokensQuery, queryObject(query));
  const token = await revokeApiToken(db, workspace, id);
  if (!token) return notFound(`API token ${id}`);
  await audit(db, { workspaceId: workspace.id, userId, actor, action: "token_revoke", target: `token ${id}`, detail: { name: token.name, prefix: token.prefix } });
  return json({ token: TokenSchema.parse(token) });
});
