import type { Metadata } from "next";
import { AddToolForm } from "@/components/ai/AddToolForm";
import { categoryColor } from "@/components/ai/category-colors";
import { ScorecardTable } from "@/components/ai/ScorecardTable";
import { ToolCard } from "@/components/ai/ToolCard";
import { WeightsForm } from "@/components/ai/WeightsForm";
import { Forbidden } from "@/components/auth/Forbidden";
import { RankedBarChart } from "@/components/charts/RankedBarChart";
import { BUTTON_SECONDARY, CAPTION, NOTICE_INFO } from "@/components/data/ui";
import { SettingsSection } from "@/components/settings/SettingsSection";
import { pageAccess } from "@/lib/auth/page-access";
import { can } from "@/lib/auth/permissions";
import { ai as aiMessages } from "@/lib/i18n/messages/ai";
import { getLocale, messagesFor } from "@/lib/i18n/server";
import { weightShares } from "@/lib/metrics/scorecard";
import { getAiToolScorecard } from "@/lib/services/ai-scorecard";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: aiMessages[await getLocale()].title };
}

/** /ai — the AI tool scorecard: the ranking, the criteria's weights and the tools' scores, editable by analysts and up. */
export default async function AiScorecardRoute() {
  const locale = await getLocale();
  const all = messagesFor(locale);
  const m = all.ai;
  const access = await pageAccess("analysis.read", "/ai");
  if (!access.ok) return <Forbidden locale={locale} role={access.role} workspace={access.principal.workspace?.name ?? ""} />;
  const card = await getAiToolScorecard(access.db, access.workspace);
  const canEdit = can({ kind: "user", role: access.role }, "scorecard.write");
  const ranked = card.tools.filter((t) => t.total !== null);

  return (
    <div className="flex flex-col gap-6" data-testid="ai-page">
      <header className="flex flex-col gap-1">
        <h1 className="text-2xl font-semibold tracking-tight">{m.title}</h1>
        <p className="max-w-3xl text-sm text-slate-600 dark:text-slate-300">{m.subtitle}</p>
      </header>

      <SettingsSection id="ranking" title={m.ranking.title} caption={m.ranking.caption}>
        {card.tools.length === 0 ? (
          <p className={NOTICE_INFO} data-testid="scorecard-empty">
            {m.ranking.empty}
          </p>
        ) : (
          <>
            {ranked.length > 0 && (
              <RankedBarChart
                data={ranked.map((t) => ({ key: t.key, name: t.name, value: t.total, color: categoryColor(t.category) }))}
                locale={locale}
                unit="score"
                valueLabel={m.ranking.valueLabel}
                benchmark={null}
                testId="scorecard-chart"
                title={m.ranking.chartTitle}
                desc={m.ranking.chartDesc}
                rowHeight={locale === "zh-CN" ? 30 : 34}
              />
            )}
            <ScorecardTable card={card} locale={locale} messages={m} />
            <div>
              <a href="/api/v1/ai-tools/scorecard?format=csv" className={BUTTON_SECONDARY} download data-testid="scorecard-csv">
                {m.ranking.csv}
              </a>
            </div>
          </>
        )}
      </SettingsSection>

      <SettingsSection id="weights" title={m.weights.title} caption={m.weights.caption}>
        <WeightsForm
          criteria={card.criteria}
          weights={card.weights}
          shares={weightShares(card.weights)}
          source={card.weightsSource}
          canEdit={canEdit}
          locale={locale}
          messages={m}
          errors={all.settings.errors}
        />
      </SettingsSection>

      <SettingsSection id="tools" title={m.tools.title} caption={m.tools.caption}>
        {!canEdit && <p className={CAPTION}>{m.tools.readOnly}</p>}
        <div className="flex flex-col gap-3" data-testid="tool-list">
          {card.tools.map((t) => (
            <ToolCard key={t.id} tool={t} criteria={card.criteria} canEdit={canEdit} locale={locale} messages={m} errors={all.settings.errors} />
          ))}
        </div>
        {canEdit && <AddToolForm criteria={card.criteria} locale={locale} messages={m} errors={all.settings.errors} />}
      </SettingsSection>
    </div>
  );
}
