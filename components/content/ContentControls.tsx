import { BUTTON_PRIMARY, CAPTION, FIELD, LABEL } from "@/components/data/ui";
import type { Locale } from "@/lib/i18n/locale";
import type { ContentMessages } from "@/lib/i18n/messages/content";
import type { ContentPageParams } from "@/lib/schemas/content-page-params";
import type { ContentOrigin, PlatformKey } from "@/lib/schemas/enums";

interface Props {
  tests: { key: string; name: string }[];
  test: string | null;
  from: string;
  to: string;
  platforms: { key: PlatformKey; name: string }[];
  origins: { key: ContentOrigin; name: string }[];
  params: ContentPageParams;
  locale: Locale;
  messages: ContentMessages;
}

/** The page's state as a plain GET form: every choice lands in the URL, and works without JavaScript. */
export function ContentControls(p: Props) {
  const m = p.messages.controls;
  return (
    <form method="get" action="/content" aria-label={m.label} className="flex flex-col gap-2" data-testid="content-controls">
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-[minmax(0,18rem)_9.5rem_9.5rem_minmax(0,10rem)_minmax(0,10rem)_auto] lg:items-end">
        {p.tests.length > 0 && (
          <label className={`${LABEL} sm:col-span-2 lg:col-span-1`}>
            {m.test}
            <select name="test" defaultValue={p.test ?? ""} className={`${FIELD} w-full`} data-testid="test-select">
              {p.tests.map((t) => (
                <option key={t.key} value={t.key}>
                  {t.name}
                </option>
              ))}
            </select>
          </label>
        )}
        <label className={LABEL}>
          {m.from}
          <input type="date" name="from" defaultValue={p.from} lang={p.locale} className={`${FIELD} w-full`} data-testid="range-from" />
        </label>
        <label className={LABEL}>
          {m.to}
          <input type="date" name="to" defaultValue={p.to} lang={p.locale} className={`${FIELD} w-full`} data-testid="range-to" />
        </label>
        <label className={LABEL}>
          {m.platform}
          <select name="platform" defaultValue={p.params.platform ?? ""} className={`${FIELD} w-full`} data-testid="platform-select">
            <option value="">{m.allPlatforms}</option>
            {p.platforms.map((x) => (
              <option key={x.key} value={x.key}>
                {x.name}
              </option>
            ))}
          </select>
        </label>
        <label className={LABEL}>
          {m.origin}
          <select name="origin" defaultValue={p.params.origin ?? ""} className={`${FIELD} w-full`} data-testid="origin-select">
            <option value="">{m.allOrigins}</option>
            {p.origins.map((x) => (
              <option key={x.key} value={x.key}>
                {x.name}
              </option>
            ))}
          </select>
        </label>
        {p.params.sort !== "impressions" && <input type="hidden" name="sort" value={p.params.sort} />}
        {p.params.dir !== "desc" && <input type="hidden" name="dir" value={p.params.dir} />}
        <div>
          <button type="submit" className={BUTTON_PRIMARY} data-testid="content-apply">
            {m.apply}
          </button>
        </div>
      </div>
      <p className={CAPTION}>{m.rangeHelp}</p>
    </form>
  );
}
