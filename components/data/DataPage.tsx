// The /data page's layout: import, history and export, each a card (API
// tokens are on /settings, with the other admin tools); the interactive
// parts are client components that call /api/v1 and refresh this
// server-rendered page when they change something.
import type { Locale } from "@/lib/i18n/locale";
import type { DataMessages } from "@/lib/i18n/messages/data";
import type { PlatformKey } from "@/lib/schemas/enums";
import { ExportPanel } from "./ExportPanel";
import { ImportHistory, type HistoryRow } from "./ImportHistory";
import { ImportPanel, type PresetOption } from "./ImportPanel";
import { CAPTION, CARD } from "./ui";

interface Props {
  locale: Locale;
  messages: DataMessages;
  timeZone: string;
  builtIn: PresetOption[];
  saved: PresetOption[];
  platforms: { key: PlatformKey; name: string }[];
  maxBytes: number;
  history: HistoryRow[];
  historyLimited: string | null;
  /** the member may import and undo (managers and admins); others see history and export */
  canImport: boolean;
  /** the workspace the page writes to, named so nobody imports into the wrong one */
  workspaceName: string;
  today: string;
  exportFrom: string;
}

export function DataPage(p: Props) {
  const m = p.messages;
  const sections = [...(p.canImport ? (["import"] as const) : []), "history", "export"] as const;
  return (
    <div className="flex flex-col gap-6" data-testid="data-page">
      <header className="flex flex-col gap-3">
        <div className="flex flex-col gap-1">
          <h1 className="text-2xl font-semibold tracking-tight">{m.title}</h1>
          <p className="text-sm text-slate-600 dark:text-slate-300">{m.subtitle}</p>
          <p className="text-sm text-slate-700 dark:text-slate-200" data-testid="data-workspace">
            {m.workspaceLabel} <strong className="font-semibold">{p.workspaceName}</strong>
          </p>
        </div>
        <nav aria-label={m.sections.label} className="flex flex-wrap gap-1 text-xs">
          {sections.map((s) => (
            <a
              key={s}
              href={`#${s}`}
              className="rounded-md bg-slate-100 px-2 py-1 font-medium text-slate-700 hover:bg-slate-200 focus-visible:outline-2 focus-visible:outline-indigo-500 dark:bg-slate-800 dark:text-slate-200 dark:hover:bg-slate-700"
            >
              {m.sections[s]}
            </a>
          ))}
        </nav>
      </header>

      {p.canImport && (
        <section id="import" aria-labelledby="import-title" className={`${CARD} flex scroll-mt-20 flex-col gap-3`}>
          <div className="flex flex-col gap-1">
            <h2 id="import-title" className="text-base font-semibold">
              {m.upload.title}
            </h2>
            <p className={CAPTION}>{m.upload.caption}</p>
          </div>
          <ImportPanel
            locale={p.locale}
            timeZone={p.timeZone}
            messages={m}
            builtIn={p.builtIn}
            saved={p.saved}
            platforms={p.platforms}
            maxBytes={p.maxBytes}
          />
        </section>
      )}

      <section id="history" aria-labelledby="history-title" className={`${CARD} flex scroll-mt-20 flex-col gap-3`}>
        <div className="flex flex-col gap-1">
          <h2 id="history-title" className="text-base font-semibold">
            {m.history.title}
          </h2>
          <p className={CAPTION}>
            {m.history.caption}
            {p.historyLimited ? ` ${p.historyLimited}` : ""}
          </p>
        </div>
        <ImportHistory rows={p.history} locale={p.locale} messages={m} />
      </section>

      <section id="export" aria-labelledby="export-title" className={`${CARD} flex scroll-mt-20 flex-col gap-3`}>
        <h2 id="export-title" className="text-base font-semibold">
          {m.export.title}
        </h2>
        <ExportPanel messages={m.export} platforms={p.platforms} defaultFrom={p.exportFrom} defaultTo={p.today} />
      </section>
    </div>
  );
}
