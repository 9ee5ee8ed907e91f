// The wrappers every /api/v1 route handler goes through. They find who is
// asking (session cookie or API token, lib/auth/principal), ask the one
// permission module whether they may (lib/auth/permissions), refuse
// cross-site writes, turn invalid input into a 400 that names the field (in
// the language the request asks for: `?lang=`, then Accept-Language), and
// never let an unexpected error leak details.
//
// - apiRoute(action, handler): a workspace's data; the workspace is the
//   session's current one or the token's, never a query parameter's (a
//   `?workspace=` naming another one answers 404, as if it did not exist).
// - accountRoute(handler): a signed-in user's own things (password,
//   workspace switch, new workspace); no workspace needed.
// - publicRoute(handler): sign-in, first run, accepting an invitation.
import { z } from "zod";
import { cookieValue, SESSION_COOKIE } from "@/lib/auth/session";
import { actorOf, askerOf, tokenPrincipal, userPrincipal, userIdOf, type Principal } from "@/lib/auth/principal";
import { can, type Action } from "@/lib/auth/permissions";
import { db, type Db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locale";
import { localeOfRequest } from "@/lib/i18n/request-locale";
import type { Workspace } from "@/lib/queries/getWorkspaceBySlug";
import { refuseCrossSite } from "./cross-site";
import { badRequest, forbidden, notFound, serverError, unauthorized } from "./response";

interface BaseContext<P> {
  db: Db;
  params: P;
  /** the query string without `lang`, which every endpoint accepts and the wrapper reads */
  query: URLSearchParams;
  /** the language the request asks for (`?lang=`, then Accept-Language): its 400s and localized texts use it */
  locale: Locale;
}

export interface RouteContext<P> extends BaseContext<P> {
  workspace: Workspace;
  principal: Principal;
  /** who is acting, for import records and the audit log ("user:a@b.c", "token:name (kpi_…)") */
  actor: string;
  userId: number | null;
}

export interface AccountContext<P> extends BaseContext<P> {
  principal: Extract<Principal, { kind: "user" }>;
  actor: string;
}

const WorkspaceParam = z.object({ workspace: z.string().min(1).max(64).optional() });

/** The query string as an object for zod: repeated keys and comma lists become arrays. */
export function queryObject(query: URLSearchParams, listKeys: readonly string[] = []): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(query.keys())) {
    const values = query.getAll(key);
    out[key] = listKeys.includes(key) ? values.flatMap((v) => v.split(",")).filter((v) => v !== "") : (values.at(-1) ?? "");
  }
  return out;
}

/** Raised for invalid request input only: the wrapper answers it with a 400. */
export class InputError extends Error {
  constructor(readonly zodError: z.ZodError) {
    super("invalid input");
  }
}

/**
 * Parses request input (query, path segments, body). Its failures are the
 * client's (400); any other ZodError — a response that does not match its own
 * schema — is ours and answers 500.
 */
export function parseInput<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  // reportInput: a missing value shows in the issue as undefined, so the 400 can say "required".
  const result = schema.safeParse(value, { reportInput: true });
  if (!result.success) throw new InputError(result.error);
  return result.data;
}

type Segment<P> = { params: Promise<P> };

/** Error handling shared by every wrapper. */
function guarded<P>(run: (request: Request, segment: Segment<P>, locale: Locale, query: URLSearchParams) => Promise<Response>) {
  return async (request: Request, segment: Segment<P>): Promise<Response> => {
    const locale = localeOfRequest(request);
    try {
      const query = new URL(request.url).searchParams;
      query.delete("lang");
      return await run(request, segment, locale, query);
    } catch (error) {
      if (error instanceof InputError) return badRequest(error.zodError, locale);
      console.error(error);
      return serverError();
    }
  };
}

/** The session's user or the bearer token's, and whether the request rode on the cookie. */
export async function principalOf(database: Db, request: Request): Promise<{ principal: Principal | null; viaCookie: boolean }> {
  const authorization = request.headers.get("authorization");
  if (authorization && /^bearer\s/i.test(authorization)) return { principal: await tokenPrincipal(database, authorization), viaCookie: false };
  const secret = cookieValue(request.headers.get("cookie"), SESSION_COOKIE);
  return { principal: secret ? await userPrincipal(database, secret) : null, viaCookie: secret !== null };
}

export function apiRoute<P = Record<string, string>>(action: Action, handler: (request: Request, context: RouteContext<P>) => Promise<Response>) {
  return guarded<P>(async (request, segment, locale, query) => {
    const database = db();
    const { principal, viaCookie } = await principalOf(database, request);
    if (!principal) return unauthorized();
    const refused = refuseCrossSite(request, { checkOrigin: viaCookie });
    if (refused) return refused;
    const asked = WorkspaceParam.safeParse({ workspace: query.get("workspace") ?? undefined }, { reportInput: true });
    if (!asked.success) return badRequest(asked.error, locale);
    const workspace = principal.workspace;
    if (!workspace) return notFound("Workspace");
    if (asked.data.workspace !== undefined && asked.data.workspace !== workspace.slug) return notFound(`Workspace "${asked.data.workspace}"`);
    const asker = askerOf(principal);
    if (!asker || !can(asker, action)) return forbidden(action);
    return handler(request, { db: database, workspace, principal, actor: actorOf(principal), userId: userIdOf(principal), params: await segment.params, query, locale });
  });
}

export function accountRoute<P = Record<string, string>>(handler: (request: Request, context: AccountContext<P>) => Promise<Response>) {
  return guarded<P>(async (request, segment, locale, query) => {
    const database = db();
    const { principal } = await principalOf(database, request);
    if (!principal || principal.kind !== "user") return unauthorized("Sign in first");
    const refused = refuseCrossSite(request, { checkOrigin: true });
    if (refused) return refused;
    return handler(request, { db: database, principal, actor: actorOf(principal), params: await segment.params, query, locale });
  });
}

export function publicRoute<P = Record<string, string>>(handler: (request: Request, context: BaseContext<P>) => Promise<Response>) {
  return guarded<P>(async (request, segment, locale, query) => {
    // Also for sign-in: another site must not sign a browser into its own account (login CSRF).
    const refused = refuseCrossSite(request, { checkOrigin: true });
    if (refused) return refused;
    return handler(request, { db: db(), params: await segment.params, query, locale });
  });
}
