import Link from "next/link";
import { BUTTON_SECONDARY, CARD, FIELD, LABEL } from "@/components/data/ui";
import type { PlatformKey } from "@/lib/schemas/enums";
import type { RetentionPageState, RetentionUnit } from "@/lib/schemas/retention-page-params";
import { RETENTION_PATH, retentionHref } from "./href";

const PILL = "inline-flex h-9 items-center rounded-md border px-3 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-500";
const PILL_ON = "border-indigo-600 bg-indigo-600 text-white";
const PILL_OFF = "border-slate-300 bg-white text-slate-800 hover:bg-slate-50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800";

/**
 * The page's choices, all in the URL: links for the cohort unit and the
 * triangle's platform, a GET form for the period index (works without
 * JavaScript, and with the keyboard).
 */
export function RetentionControls(props: {
  state: RetentionPageState;
  /** the platform the triangle shows (the state's, or the first with cohorts) */
  platform: PlatformKey | null;
  platforms: { key: PlatformKey; label: string; color: string }[];
  periods: { value: number; label: string }[];
  period: number;
  labels: { label: string; unit: string; units: Record<RetentionUnit, string>; platform: string; period: string; apply: string };
}) {
  const { state, labels } = props;
  return (
    <nav aria-label={labels.label} className={`${CARD} flex flex-col gap-3`} data-testid="retention-controls">
      <div className="flex flex-wrap items-end gap-x-6 gap-y-3">
        <div className={LABEL}>
          <span id="unit-label">{labels.unit}</span>
          <ul aria-labelledby="unit-label" className="flex flex-wrap gap-1.5">
            {(["week", "month"] as const).map((unit) => (
              <li key={unit}>
                <Link
                  href={retentionHref({ unit, platform: state.platform, period: null })}
                  prefetch={false}
                  aria-current={state.unit === unit ? "page" : undefined}
                  data-testid={`unit-${unit}`}
                  className={`${PILL} ${state.unit === unit ? PILL_ON : PILL_OFF}`}
                >
                  {labels.units[unit]}
                </Link>
              </li>
            ))}
          </ul>
        </div>
        {props.periods.length > 0 && (
          <form method="get" action={RETENTION_PATH} className="flex flex-wrap items-end gap-2" data-testid="period-form">
            <input type="hidden" name="unit" value={state.unit} />
            {state.platform && <input type="hidden" name="platform" value={state.platform} />}
            <label className={LABEL}>
              {labels.period}
              <select name="period" defaultValue={String(props.period)} className={FIELD} data-testid="period-select">
                {props.periods.map((p) => (
                  <option key={p.value} value={p.value}>
                    {p.label}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit" className={BUTTON_SECONDARY} data-testid="period-apply">
              {labels.apply}
            </button>
          </form>
        )}
      </div>
      {props.platforms.length > 1 && (
        <div className={LABEL}>
          <span id="platform-label">{labels.platform}</span>
          <ul aria-labelledby="platform-label" className="flex flex-wrap gap-1.5">
            {props.platforms.map((p) => (
              <li key={p.key}>
                <Link
                  href={retentionHref({ ...state, platform: p.key })}
                  prefetch={false}
                  aria-current={props.platform === p.key ? "true" : undefined}
                  data-testid={`platform-${p.key}`}
                  className={`${PILL} gap-1.5 ${props.platform === p.key ? PILL_ON : PILL_OFF}`}
                >
                  <span aria-hidden className="inline-block h-2.5 w-2.5 rounded-full ring-1 ring-white/70" style={{ background: p.color }} />
                  {p.label}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      )}
    </nav>
  );
}
