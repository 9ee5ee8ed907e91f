import type { Metadata } from "next";
import { DataPage } from "@/components/data/DataPage";
import { formatInstant, formatInteger } from "@/components/data/format";
import type { HistoryRow } from "@/components/data/ImportHistory";
import { Forbidden } from "@/components/auth/Forbidden";
import { now } from "@/lib/clock";
import { pageAccess } from "@/lib/auth/page-access";
import { can } from "@/lib/auth/permissions";
import { formatDayRange } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locale";
import { data, type DataMessages } from "@/lib/i18n/messages/data";
import { getLocale } from "@/lib/i18n/server";
import { addDays, dayInZone } from "@/lib/metrics/periods";
import { platformName } from "@/lib/reference/platforms";
import { MAX_UPLOAD_BYTES, type ImportBatchJson, type PresetListJson } from "@/lib/schemas/api/imports";
import { PLATFORM_KEYS } from "@/lib/schemas/enums";
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
    // "web" is what uploads recorded before sign-in existed; now the actor is "user:<email>" or "token:<name>"
    who: b.createdBy === "web" ? h.web : (b.createdBy?.replace(/^user:/, "") ?? h.nobody),
    canUndo: b.canUndo,
  };
}

export default async function DataRoute() {
  const locale = await getLocale();
  const m = data[locale];
  const access = await pageAccess("imports.read", "/data");
  if (!access.ok) return <Forbidden locale={locale} role={access.role} workspace={access.principal.workspace?.name ?? ""} />;
  const { db: database, workspace, role } = access;
  const canImport = can({ kind: "user", role }, "imports.write");

  const [imports, presets] = await Promise.all([listImports(database, workspace, { limit: HISTORY_LIMIT }), listPresets(database, workspace)]);
  const tz = workspace.timeZone;
  const presetName = presetNames(presets, locale, m);
  const today = dayInZone(now(), tz);

  const history = imports.map((b) => ({ ...historyRow(b, locale, tz, m, presetName), canUndo: canImport && b.canUndo }));

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
      canImport={canImport}
      workspaceName={workspace.name}
      today={today}
      exportFrom={addDays(today, -29)}
    />
  );
}
