import Link from "next/link";
import { CAPTION, TABLE, TABLE_WRAP, TD, TH } from "@/components/data/ui";
import { formatCount, formatDay, formatPercent, formatSeconds } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locale";
import type { ContentMessages } from "@/lib/i18n/messages/content";
import { platformName } from "@/lib/reference/platforms";
import type { ContentItemsResponse, ContentSortKey } from "@/lib/schemas/api/content-items";
import type { SettingsMessages } from "@/lib/i18n/messages/settings";
import { contentPageHref, type ContentPageParams } from "@/lib/schemas/content-page-params";
import { AssignVariantForm } from "./AssignVariantForm";

/** The selected test a member who may edit tests assigns posts to, one row at a time. */
export interface AssignTo {
  testId: number;
  testKey: string;
  testName: string;
  errors: SettingsMessages["errors"];
}

const COLUMNS: readonly ContentSortKey[] = ["impressions", "ctr", "interactionRate", "avgDwell"];

/** The top posts as the service ranks them; column headings are links that sort through the URL. With `assign`, each row can be put into a variant of that test. */
export function TopContentTable({ top, params, locale, messages: m, assign = null }: { top: ContentItemsResponse; params: ContentPageParams; locale: Locale; messages: ContentMessages; assign?: AssignTo | null }) {
  const t = m.top;
  const label: Record<ContentSortKey, string> = { impressions: m.test.impressions, ctr: t.ctr, interactionRate: m.test.interactionRate, avgDwell: m.test.dwell };
  const num = `${TD} whitespace-nowrap text-right tabular-nums`;
  const value = (key: ContentSortKey, i: ContentItemsResponse["items"][number]) =>
    key === "impressions" ? formatCount(i.impressions, locale) : key === "avgDwell" ? formatSeconds(i.avgDwell, locale) : formatPercent(i[key], locale);
  return (
    <div className={`${TABLE_WRAP} focus-visible:outline-2 focus-visible:outline-indigo-500`} tabIndex={0} role="region" aria-label={t.tableLabel}>
      <table className={TABLE} data-testid="top-table" data-sort={top.sort} data-dir={top.dir}>
        <caption className="sr-only">{t.title}</caption>
        <thead className="bg-slate-50 dark:bg-slate-800/60">
          <tr>
            <th scope="col" className={TH}>{t.post}</th>
            <th scope="col" className={TH}>{t.published}</th>
            {COLUMNS.map((key) => {
              const active = top.sort === key;
              const nextDir = active && top.dir === "desc" ? "asc" : "desc";
              return (
                <th key={key} scope="col" className={`${TH} text-right`} aria-sort={active ? (top.dir === "asc" ? "ascending" : "descending") : "none"}>
                  <Link
                    href={contentPageHref({ ...params, sort: key, dir: nextDir })}
                    scroll={false}
                    className="inline-flex items-center gap-1 rounded text-indigo-700 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-indigo-500 dark:text-indigo-300"
                    data-testid={`sort-${key}`}
                  >
                    {label[key]}
                    <span aria-hidden>{active ? (top.dir === "asc" ? "▲" : "▼") : "↕"}</span>
                    <span className="sr-only">{fill(t.sortBy, { column: label[key] })}, {nextDir === "asc" ? t.ascending : t.descending}</span>
                  </Link>
                </th>
              );
            })}
            {assign && (
              <th scope="col" className={TH}>
                {m.edit.variant}
              </th>
            )}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
          {top.items.map((i) => (
            <tr key={i.id} data-testid="top-row" data-id={i.externalId} data-test-key={i.testKey ?? ""}>
              <th scope="row" className={`${TD} min-w-56 max-w-80 text-left font-normal`}>
                <span className="line-clamp-2 font-medium">{i.title ?? t.untitled}</span>
                <span className={CAPTION}>
                  {platformName(i.platformKey, locale)} · {(m.formats as Record<string, string>)[i.format] ?? i.format} · {(m.originNames as Record<string, string>)[i.origin] ?? i.origin}
                  {i.testKey && ` · ${fill(t.inTest, { key: i.testKey, variant: i.variant ?? "—" })}`}
                </span>
              </th>
              <td className={`${TD} whitespace-nowrap`}>{i.publishedDay ? formatDay(i.publishedDay, locale) : "—"}</td>
              {COLUMNS.map((key) => (
                <td key={key} className={num} data-column={key}>
                  {value(key, i)}
                </td>
              ))}
              {assign && (
                <td className={TD}>
                  <AssignVariantForm
                    testId={assign.testId}
                    testName={assign.testName}
                    itemId={i.id}
                    postName={i.title ?? t.untitled}
                    current={i.testKey === assign.testKey ? i.variant : null}
                    locale={locale}
                    messages={m}
                    errors={assign.errors}
                  />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
