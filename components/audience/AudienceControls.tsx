import Link from "next/link";
import { BUTTON_PRIMARY, CAPTION, FIELD, LABEL } from "@/components/data/ui";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages/en";
import type { AudiencePageState } from "@/lib/schemas/audience-page-params";

/**
 * Platform and period as a plain GET form: the choice lands in the URL, works
 * without JavaScript and with the keyboard, and a reload shows the same view.
 */
export function AudienceControls({
  state,
  platformOptions,
  presets,
  messages: m,
}: {
  state: AudiencePageState;
  platformOptions: { value: string; label: string }[];
  presets: { weeks: number; href: string; active: boolean }[];
  messages: Messages["audience"];
}) {
  return (
    <div className="flex flex-col gap-3">
      <form method="get" action="/audience" className="flex flex-wrap items-end gap-3" data-testid="audience-controls" aria-label={m.controls.legend}>
        <label className={LABEL}>
          {m.controls.platform}
          <select name="platform" defaultValue={state.platform ?? ""} className={FIELD} data-testid="platform-select">
            <option value="">{m.allPlatforms}</option>
            {platformOptions.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
        <label className={LABEL}>
          {m.controls.from}
          <input type="date" name="from" defaultValue={state.from} required className={FIELD} data-testid="from-input" />
        </label>
        <label className={LABEL}>
          {m.controls.to}
          <input type="date" name="to" defaultValue={state.to} required className={FIELD} data-testid="to-input" />
        </label>
        <button type="submit" className={BUTTON_PRIMARY} data-testid="apply-filters">
          {m.controls.apply}
        </button>
      </form>
      <nav aria-label={m.controls.quick} className="flex flex-wrap items-center gap-2 text-sm">
        <span className={CAPTION}>{m.controls.quick}</span>
        {presets.map((p) => (
          <Link
            key={p.weeks}
            href={p.href}
            aria-current={p.active ? "page" : undefined}
            className={`rounded-full border px-2.5 py-0.5 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-500 ${
              p.active
                ? "border-indigo-600 bg-indigo-600 text-white"
                : "border-slate-300 text-slate-700 hover:bg-slate-100 dark:border-slate-700 dark:text-slate-200 dark:hover:bg-slate-800"
            }`}
          >
            {fill(m.controls.lastWeeks, { n: p.weeks })}
          </Link>
        ))}
      </nav>
    </div>
  );
}
