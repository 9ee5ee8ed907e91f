// The one wrapper every /api/v1 route handler goes through: it resolves the
// workspace the request is about (the single place a permission check will
// go once users and roles exist), turns invalid input into a 400 that names
// the field (in the language the request asks for: `?lang=`, then
// Accept-Language), and never lets an unexpected error leak details.
import { z } from "zod";
import { db, type Db } from "@/lib/db";
import { env } from "@/lib/env";
import type { Locale } from "@/lib/i18n/locale";
import { localeOfRequest } from "@/lib/i18n/request-locale";
import { getWorkspaceBySlug, type Workspace } from "@/lib/queries/getWorkspaceBySlug";
import { badRequest, notFound, serverError } from "./response";

export interface RouteContext<P> {
  db: Db;
  workspace: Workspace;
  params: P;
  /** the query string without `lang`, which every endpoint accepts and the wrapper reads */
  query: URLSearchParams;
  /** the language the request asks for (`?lang=`, then Accept-Language): its 400s and localized texts use it */
  locale: Locale;
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

export function apiRoute<P = Record<string, string>>(
  handler: (request: Request, context: RouteContext<P>) => Promise<Response>,
) {
  return async (request: Request, segment: { params: Promise<P> }): Promise<Response> => {
    const locale = localeOfRequest(request);
    try {
      const query = new URL(request.url).searchParams;
      query.delete("lang");
      const parsed = WorkspaceParam.safeParse({ workspace: query.get("workspace") ?? undefined }, { reportInput: true });
      if (!parsed.success) return badRequest(parsed.error, locale);
      const slug = parsed.data.workspace ?? env().DEFAULT_WORKSPACE;
      const workspace = await getWorkspaceBySlug(db(), slug);
      if (!workspace) return notFound(`Workspace "${slug}"`);
      return await handler(request, { db: db(), workspace, params: await segment.params, query, locale });
    } catch (error) {
      if (error instanceof InputError) return badRequest(error.zodError, locale);
      console.error(error);
      return serverError();
    }
  };
}
