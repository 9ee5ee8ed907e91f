import { CAPTION, TABLE, TABLE_WRAP, TD, TH } from "@/components/data/ui";
import { formatScore } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locale";
import type { AiMessages } from "@/lib/i18n/messages/ai";
import type { AiScorecardResponse } from "@/lib/schemas/api/ai-scorecard";
import { categoryColor } from "./category-colors";

/** The ranking as a table: every score and the total, best first, as the service ranked them. On a phone only rank, tool and total (the scores are in the tool cards below). */
export function ScorecardTable({ card, locale, messages: m }: { card: AiScorecardResponse; locale: Locale; messages: AiMessages }) {
  const categoryName = (c: string) => (m.categories as Record<string, string>)[c] ?? c;
  return (
    <div className={TABLE_WRAP}>
      <table className={TABLE} data-testid="scorecard-table">
        <caption className="sr-only">{m.ranking.title}</caption>
        <thead className="bg-slate-50 dark:bg-slate-800/60">
          <tr>
            <th scope="col" className={TH}>
              {m.ranking.rank}
            </th>
            <th scope="col" className={TH}>
              {m.ranking.tool}
            </th>
            {card.criteria.map((c) => (
              <th key={c} scope="col" className={`${TH} text-right max-sm:hidden`}>
                {m.criteria[c]}
              </th>
            ))}
            <th scope="col" className={`${TH} text-right`}>
              {m.ranking.total}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
          {card.tools.map((t) => (
            <tr key={t.key} data-testid="scorecard-row" data-tool={t.key} data-rank={t.rank ?? ""}>
              <td className={`${TD} tabular-nums`} data-testid="scorecard-rank">
                {t.rank ?? "—"}
              </td>
              <th scope="row" className={`${TD} text-left font-medium sm:min-w-44`}>
                <span className="block">{t.name}</span>
                <span className={`${CAPTION} inline-flex items-center gap-1.5`}>
                  <span aria-hidden className="h-2 w-2 rounded-full" style={{ backgroundColor: categoryColor(t.category) }} />
                  {categoryName(t.category)}
                </span>
              </th>
              {card.criteria.map((c) => (
                <td key={c} className={`${TD} text-right tabular-nums max-sm:hidden`} data-testid={`score-${c}`}>
                  {formatScore(t.scores[c], locale, 1)}
                </td>
              ))}
              <td className={`${TD} text-right font-semibold tabular-nums`} data-testid="scorecard-total">
                {t.total === null ? <span className={CAPTION}>{m.ranking.notScored}</span> : formatScore(t.total, locale)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
