import { EmptyState } from "@/components/layout/EmptyState";
import { WeeklyBoard } from "@/components/weekly/WeeklyBoard";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { getLocale, messagesFor } from "@/lib/i18n/server";
import { parseBoardParams } from "@/lib/schemas/board-page-params";
import { getWeeklyBoard } from "@/lib/services/weekly-board";

export const dynamic = "force-dynamic";

export default async function WeeklyBoardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [locale, search] = await Promise.all([getLocale(), searchParams]);
  const m = messagesFor(locale).weekly;
  const params = parseBoardParams(search);
  const board = await getWeeklyBoard(db(), {
    workspaceSlug: env().DEFAULT_WORKSPACE,
    week: params.week,
    filter: { platforms: params.platforms, industries: params.industries, domain: params.domain ?? undefined },
    now: now(),
  });
  if (!board) return <EmptyState title={m.noWorkspace} />;
  return <WeeklyBoard board={board} params={params} locale={locale} messages={m} />;
}
