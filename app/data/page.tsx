import type { Metadata } from "next";
import { headers } from "next/headers";
import { DataPage } from "@/components/data/DataPage";
import { formatInstant, formatInteger } from "@/components/data/format";
import type { HistoryRow } from "@/components/data/ImportHistory";
import type { TokenRow } from "@/components/data/TokensPanel";
import { EmptyState } from "@/components/layout/EmptyState";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { formatDayRange } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locale";
import { data, type DataMessages } from "@/lib/i18n/messages/data";
import { getLocale } from "@/lib/i18n/server";
import { addDays, dayInZone } from "@/lib/metrics/periods";
import { getWorkspaceBySlug } from "@/lib/queries/getWorkspaceBySlug";
import { platformName } from "@/lib/reference/platforms";
import { MAX_UPLOAD_BYTES, type ImportBatchJson, type PresetListJson } from "@/lib/schemas/api/imports";
import { PLATFORM_KEYS } from "@/lib/schemas/enums";
import { listApiTokens } from "@/lib/services/api-tokens";
import { listImports, listPresets } from "@/lib/services/imports";

export const dynamic = "force-dynamic";

const HISTORY_LIMIT = 50;

export async function generateMetadata(): Promise<Metadata> {
  return { title: data[await getLocale()].title };
}

/** Preset key → its name in the page's language (built-in, saved `custom:…`, or the one-off mapping). */
function presetNames(presets: PresetListJson, locale: Locale, m: DataMessages): (key: string) => string {
  const names = new Map<string, string>([
    ...presets.builtIn.map((p) => [p.key, locale === "zh-CN" ? p.nameZh : p.nameEn] as const),
    ...presets.custom.map((p) => [p.key, p.name] as const),
  ]);
  return (key) => names.get(key) ?? (key === "mapping" ? m.preset.mappingVia : key);
}

function historyRow(b: ImportBatchJson, locale: Locale, timeZone: string, m: DataMessages, presetName: (key: string) => string): HistoryRow {
  const h = m.history;
  const int = (n: number) => formatInteger(n, locale);
  return {
    id: b.id,
    time: formatInstant(b.committedAt ?? b.createdAt, locale, timeZone),
    fileName: b.fileName,
    hashPrefix: b.hashPrefix,
    preset: presetName(b.preset),
    source: (h.sources as Record<string, string>)[b.source] ?? b.source,
    status: b.status,
    statusLabel: h.statuses[b.status],
    counts: fill(h.counts, { inserted: int(b.rowsInserted), updated: int(b.rowsUpdated), unchanged: int(b.rowsUnchanged) }),
    rejected: b.rowsRejected > 0 ? fill(h.rejectedCount, { count: int(b.rowsRejected) }) : null,
    skippedRejected: b.skippedRejected,
    content: b.contentInserted + b.contentUpdated > 0 ? fill(h.contentCounts, { inserted: int(b.contentInserted), updated: int(b.contentUpdated) }) : null,
    dates: b.firstDay && b.lastDay ? formatDayRange(b.firstDay, b.lastDay, locale) : null,
    // "web" is what the import route records for uploads from this page
    who: b.createdBy === "web" ? h.web : (b.createdBy ?? h.nobody),
    canUndo: b.canUndo,
  };
}

async function requestOrigin(): Promise<string> {
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  const proto = h.get("x-forwarded-proto") ?? "http";
  return `${proto}://${host}`;
}

export default async function DataRoute() {
  const locale = await getLocale();
  const m = data[locale];
  const database = db();
  const workspace = await getWorkspaceBySlug(database, env().DEFAULT_WORKSPACE);
  if (!workspace) return <EmptyState title={m.noWorkspace} />;

  const [imports, tokens, presets, origin] = await Promise.all([
    listImports(database, workspace, { limit: HISTORY_LIMIT }),
    listApiTokens(database, workspace),
    listPresets(database, workspace),
    requestOrigin(),
  ]);
  const tz = workspace.timeZone;
  const presetName = presetNames(presets, locale, m);
  const today = dayInZone(now(), tz);

  const history = imports.map((b) => historyRow(b, locale, tz, m, presetName));
  const tokenRows: TokenRow[] = tokens.map((t) => ({
    id: t.id,
    name: t.name,
    prefix: t.prefix,
    created: formatInstant(t.createdAt, locale, tz),
    lastUsed: t.lastUsedAt ? formatInstant(t.lastUsedAt, locale, tz) : null,
    revoked: t.revokedAt ? formatInstant(t.revokedAt, locale, tz) : null,
  }));

  return (
    <DataPage
      locale={locale}
      messages={m}
      timeZone={tz}
      builtIn={presets.builtIn.map((p) => ({ key: p.key, name: locale === "zh-CN" ? p.nameZh : p.nameEn }))}
      saved={presets.custom.map((p) => ({ key: p.key, name: p.name }))}
      platforms={PLATFORM_KEYS.map((key) => ({ key, name: platformName(key, locale) }))}
      maxBytes={MAX_UPLOAD_BYTES}
      history={history}
      historyLimited={imports.length >= HISTORY_LIMIT ? fill(m.history.shown, { count: HISTORY_LIMIT }) : null}
      tokens={tokenRows}
      origin={origin}
      today={today}
      exportFrom={addDays(today, -29)}
    />
  );
}
