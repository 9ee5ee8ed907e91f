import Link from "next/link";
import { BUTTON_PRIMARY, CAPTION, FIELD, LABEL } from "@/components/data/ui";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locale";
import type { FunnelsMessages } from "@/lib/i18n/messages/funnels";

interface Props {
  journeys: { key: string; name: string }[];
  journey: string;
  from: string;
  to: string;
  mature: boolean;
  compare: boolean;
  matureDays: number;
  /** quick ranges ending at the journey's last day with data */
  presets: { label: string; href: string }[];
  locale: Locale;
  messages: FunnelsMessages;
}

/** The page's state as a plain GET form: every choice lands in the URL, and works without JavaScript. */
export function FunnelControls(p: Props) {
  const m = p.messages.controls;
  return (
    <form method="get" action="/funnels" aria-label={m.label} className="flex flex-col gap-3" data-testid="funnel-controls">
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-[minmax(0,16rem)_10rem_10rem_auto] lg:items-end">
        <label className={LABEL}>
          {m.journey}
          <select name="journey" defaultValue={p.journey} className={`${FIELD} w-full`} data-testid="journey-select">
            {p.journeys.map((j) => (
              <option key={j.key} value={j.key}>
                {j.name}
              </option>
            ))}
          </select>
        </label>
        <label className={LABEL}>
          {m.from}
          <input type="date" name="from" defaultValue={p.from} lang={p.locale} className={`${FIELD} w-full`} data-testid="range-from" />
        </label>
        <label className={LABEL}>
          {m.to}
          <input type="date" name="to" defaultValue={p.to} lang={p.locale} className={`${FIELD} w-full`} data-testid="range-to" />
        </label>
        <div>
          <button type="submit" className={BUTTON_PRIMARY} data-testid="funnel-apply">
            {m.apply}
          </button>
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-x-5 gap-y-2 text-sm">
        <label className="inline-flex items-center gap-2">
          <input type="checkbox" name="mature" value="1" defaultChecked={p.mature} className="h-4 w-4 accent-indigo-600" data-testid="mature-toggle" />
          {fill(m.mature, { days: p.matureDays })}
        </label>
        {/* Unchecked sends only this 0; checked sends 0 then 1, and the page reads the last. */}
        <input type="hidden" name="compare" value="0" />
        <label className="inline-flex items-center gap-2">
          <input type="checkbox" name="compare" value="1" defaultChecked={p.compare} className="h-4 w-4 accent-indigo-600" data-testid="compare-toggle" />
          {m.compare}
        </label>
        {p.presets.map((preset) => (
          <Link key={preset.href} href={preset.href} className="text-indigo-700 underline-offset-2 hover:underline dark:text-indigo-300">
            {preset.label}
          </Link>
        ))}
      </div>
      <p className={CAPTION}>{m.cohortHelp}</p>
    </form>
  );
}
