"use client";

import { useId } from "react";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locale";
import type { DataMessages } from "@/lib/i18n/messages/data";
import type { PlatformKey } from "@/lib/schemas/enums";
import { formatList } from "./format";
import type { Inputs, Need } from "./import-state";
import { BUTTON_PRIMARY, CAPTION, FIELD, LABEL } from "./ui";

interface Props {
  locale: Locale;
  messages: DataMessages["needs"];
  /** the fields to show, in order */
  asked: Need[];
  inputs: Inputs;
  /** asked, still needed, and empty */
  missing: Need[];
  platforms: { key: PlatformKey; name: string }[];
  /** the preview's likely year for dates without one (prefilled in the year field), or null */
  suggestedYear: number | null;
  busy: boolean;
  onChange(need: Need, value: string): void;
  onApply(): void;
}

/** The details the file does not say (platform, account, year, day) and a button to preview again with them. */
export function NeedsForm({ locale, messages: m, asked, inputs, missing, platforms, suggestedYear, busy, onChange, onApply }: Props) {
  return (
    <form
      className="flex flex-col gap-3 rounded-lg border border-amber-300 bg-amber-50/60 p-3 sm:p-4 dark:border-amber-800 dark:bg-amber-950/30"
      data-testid="needs-form"
      onSubmit={(e) => {
        e.preventDefault();
        onApply();
      }}
    >
      <h3 className="text-sm font-semibold">{m.title}</h3>
      <div className="grid gap-3 sm:grid-cols-2">
        {asked.map((need) => (
          <NeedField
            key={need}
            need={need}
            value={inputs[need]}
            platforms={platforms}
            suggestedYear={need === "year" ? suggestedYear : null}
            messages={m}
            onChange={(v) => onChange(need, v)}
          />
        ))}
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className={BUTTON_PRIMARY} disabled={busy} data-testid="needs-apply">
          {m.apply}
        </button>
        {missing.length > 0 && <span className={CAPTION}>{fill(m.missing, { fields: formatList(missing.map((n) => m[n]), locale) })}</span>}
      </div>
    </form>
  );
}

function NeedField({
  need,
  value,
  platforms,
  suggestedYear,
  messages: m,
  onChange,
}: {
  need: Need;
  value: string;
  platforms: { key: PlatformKey; name: string }[];
  suggestedYear: number | null;
  messages: DataMessages["needs"];
  onChange(value: string): void;
}) {
  const helpId = useId();
  const suggestionId = useId();
  const describedBy = suggestedYear !== null ? `${suggestionId} ${helpId}` : helpId;
  const common = { value, "aria-describedby": describedBy, className: FIELD, "data-testid": `need-${need}`, required: true } as const;
  return (
    <label className={LABEL}>
      {m[need]}
      {need === "platform" ? (
        <select {...common} onChange={(e) => onChange(e.target.value)}>
          <option value="">{m.choosePlatform}</option>
          {platforms.map((p) => (
            <option key={p.key} value={p.key}>
              {p.name}
            </option>
          ))}
        </select>
      ) : need === "year" ? (
        <input {...common} type="number" inputMode="numeric" min={2000} max={2100} step={1} onChange={(e) => onChange(e.target.value)} />
      ) : need === "day" ? (
        <input {...common} type="date" onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} type="text" maxLength={200} autoComplete="off" onChange={(e) => onChange(e.target.value)} />
      )}
      {suggestedYear !== null && (
        <span id={suggestionId} className="font-normal text-slate-700 dark:text-slate-200" data-testid="need-year-suggested" data-year={suggestedYear}>
          <span className="font-semibold">{fill(m.yearSuggested, { year: suggestedYear })}</span> · {fill(m.yearSuggestedHelp, { year: suggestedYear })}
        </span>
      )}
      <span id={helpId} className="font-normal text-slate-500 dark:text-slate-400">
        {m[`${need}Help`]}
      </span>
    </label>
  );
}
