import { Forbidden } from "@/components/auth/Forbidden";
import { WeeklyBoard } from "@/components/weekly/WeeklyBoard";
import { now } from "@/lib/clock";
import { pageAccess } from "@/lib/auth/page-access";
import { getLocale, messagesFor } from "@/lib/i18n/server";
import { parseBoardParams } from "@/lib/schemas/board-page-params";
import { getWeeklyBoard } from "@/lib/services/weekly-board";

export const dynamic = "force-dynamic";

export default async function WeeklyBoardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [locale, search] = await Promise.all([getLocale(), searchParams]);
  const m = messagesFor(locale).weekly;
  const access = await pageAccess("dashboard.read", "/");
  if (!access.ok) return <Forbidden locale={locale} role={access.role} workspace={access.principal.workspace?.name ?? ""} />;
  const params = parseBoardParams(search);
  const board = await getWeeklyBoard(access.db, access.workspace, {
    week: params.week,
    filter: { platforms: params.platforms, industries: params.industries, domain: params.domain ?? undefined },
    now: now(),
  });
  return <WeeklyBoard board={board} params={params} locale={locale} messages={m} />;
}
