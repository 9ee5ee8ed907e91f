"use client";

import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locale";
import type { DataMessages } from "@/lib/i18n/messages/data";
import type { ImportPreviewJson } from "@/lib/schemas/api/imports";
import { AUTO, MAPPING } from "./import-state";
import { BUTTON_SECONDARY, CAPTION, FIELD, LABEL, NOTICE_WARN } from "./ui";

export interface PresetOption {
  key: string;
  name: string;
}

interface Props {
  locale: Locale;
  messages: DataMessages;
  builtIn: PresetOption[];
  saved: PresetOption[];
  /** AUTO, a preset key, or MAPPING */
  preset: string;
  preview: ImportPreviewJson | null;
  headers: string[];
  busy: boolean;
  onChoose(key: string): void;
}

/** The preset select, the layout the server detected (or that it found none) and the other layouts worth offering. */
export function PresetPicker({ locale, messages: m, builtIn, saved, preset, preview, headers, busy, onChoose }: Props) {
  const zh = locale === "zh-CN";
  const viaLabel = preview?.preset
    ? { detected: m.preset.detected, chosen: m.preset.chosen, saved: m.preset.savedVia, mapping: m.preset.mappingVia }[preview.preset.via]
    : null;
  const presetName = (p: { nameEn: string; nameZh: string }) => (zh ? p.nameZh : p.nameEn);
  // Other layouts worth offering: those matching at least half of their known columns.
  const alternatives = (preview?.candidates ?? []).filter((c) => c.key !== preview?.preset?.key && c.score >= 0.5).slice(0, 3);
  const pct = (score: number) => new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 }).format(score);
  // A layout that scored below the minimum: say which one came closest, its score and the minimum (on the mapping step too).
  const detection = preview?.detection;
  const weakest = detection && !detection.accepted && detection.best ? { ...detection.best, minScore: detection.minScore } : null;
  const belowMinimum = weakest ? fill(m.mapping.belowMinimum, { preset: presetName(weakest), score: pct(weakest.score), min: pct(weakest.minScore) }) : null;
  const belowProps = weakest ? { "data-testid": "detection-below-minimum", "data-preset": weakest.key, "data-score": weakest.score, "data-min": weakest.minScore } : {};

  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-end gap-3">
        <label className={`${LABEL} w-full sm:w-96`}>
          {m.preset.label}
          <select className={FIELD} value={preset} onChange={(e) => onChoose(e.target.value)} disabled={busy} data-testid="preset-select">
            <option value={AUTO}>{m.preset.auto}</option>
            <optgroup label={m.preset.builtIn}>
              {builtIn.map((p) => (
                <option key={p.key} value={p.key}>
                  {p.name}
                </option>
              ))}
            </optgroup>
            {saved.length > 0 && (
              <optgroup label={m.preset.saved}>
                {saved.map((p) => (
                  <option key={p.key} value={p.key}>
                    {p.name}
                  </option>
                ))}
              </optgroup>
            )}
            <option value={MAPPING}>{m.preset.customOption}</option>
          </select>
        </label>
      </div>
      {preview?.preset && preset !== MAPPING && (
        <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm" data-testid="detected-preset" data-preset={preview.preset.key} data-via={preview.preset.via}>
          <span className="rounded bg-indigo-100 px-1.5 py-0.5 text-xs font-medium text-indigo-800 dark:bg-indigo-900/60 dark:text-indigo-200">{viaLabel}</span>
          <span className="font-medium">{presetName(preview.preset)}</span>
          <span className={CAPTION}>
            {m.preset.kinds[preview.preset.kind]}
            {preview.preset.via === "detected" ? ` · ${fill(m.preset.score, { score: pct(preview.preset.score) })}` : ""}
          </span>
        </p>
      )}
      {belowMinimum && preset === MAPPING && (
        <p className={NOTICE_WARN} {...belowProps}>
          {belowMinimum}
        </p>
      )}
      {preview && !preview.preset && preset !== MAPPING && (
        <p className={`${NOTICE_WARN} flex flex-wrap items-center gap-x-3 gap-y-1`} {...belowProps}>
          {belowMinimum ?? m.preset.noneDetected}
          {headers.length > 0 && (
            <button type="button" className={`${BUTTON_SECONDARY} h-8 text-xs`} onClick={() => onChoose(MAPPING)} disabled={busy}>
              {m.mapping.title}
            </button>
          )}
        </p>
      )}
      {alternatives.length > 0 && preset !== MAPPING && (
        <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-slate-600 dark:text-slate-300">
          <span>{m.preset.alternatives}</span>
          {alternatives.map((c) => (
            <button
              key={c.key}
              type="button"
              disabled={busy}
              onClick={() => onChoose(c.key)}
              className="rounded border border-slate-300 px-1.5 py-0.5 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-indigo-500 dark:border-slate-700 dark:hover:bg-slate-800"
            >
              {presetName(c)} ({pct(c.score)})
            </button>
          ))}
        </p>
      )}
    </div>
  );
}
