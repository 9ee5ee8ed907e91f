import { formatCount, formatPercent } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locale";
import type { ContentMessages } from "@/lib/i18n/messages/content";
import type { ContentTestResponse } from "@/lib/schemas/api/content-tests";
import { formatProbability } from "./figures";

const TONE = {
  winner: "border-emerald-300 bg-emerald-50 text-emerald-950 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-50",
  no_difference: "border-slate-300 bg-slate-50 text-slate-900 dark:border-slate-700 dark:bg-slate-800/60 dark:text-slate-50",
  not_enough_data: "border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-50",
} as const;

/** The test's plain verdict in words, with the sample still needed when there is not enough data. */
export function VerdictCard({ report, locale, messages: m }: { report: ContentTestResponse; locale: Locale; messages: ContentMessages }) {
  const v = report.verdict;
  const t = m.verdict;
  const lift = formatPercent(v.minDetectableLift, locale, 0);
  const perArm = formatCount(v.impressionsPerArm, locale);
  let title: string;
  let body: string;
  if (v.verdict === "winner") {
    const isControl = v.winner === report.test.controlVariant;
    const p = report.variants.find((x) => x.variant === v.winner)?.vsControl?.probabilityToBeatControl ?? null;
    title = isControl ? fill(t.controlWins, { variant: v.winner ?? "" }) : fill(t.winner, { variant: v.winner ?? "" });
    body = isControl ? t.controlWinsBody : fill(t.winnerBody, { p: formatProbability(p, locale) });
  } else if (v.verdict === "no_difference") {
    title = t.noDifference;
    body = fill(t.noDifferenceBody, { perArm, lift });
  } else {
    title = t.notEnough;
    body = v.impressionsStillNeeded === null ? t.notEnoughUnknown : fill(t.notEnoughBody, { perArm, lift, needed: formatCount(v.impressionsStillNeeded, locale) });
  }
  return (
    <div role="status" className={`rounded-lg border px-4 py-3 ${TONE[v.verdict]}`} data-testid="verdict" data-verdict={v.verdict} data-winner={v.winner ?? ""}>
      <p className="text-xs font-medium uppercase tracking-wide opacity-80">{t.label}</p>
      <p className="text-lg font-semibold" data-testid="verdict-title">{title}</p>
      <p className="text-sm" data-testid="verdict-body">{body}</p>
    </div>
  );
}
