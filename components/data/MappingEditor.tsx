"use client";

import { useId, useState } from "react";
import { fill } from "@/lib/i18n/fill";
import type { DataMessages } from "@/lib/i18n/messages/data";
import type { CustomMapping } from "@/lib/schemas/api/imports";
import type { PlatformKey } from "@/lib/schemas/enums";
import { draftToMapping, type MappingDraft } from "./mapping-draft";
import { MAPPING_TARGETS, type MappingTarget } from "./measures";
import { BUTTON_PRIMARY, BUTTON_SECONDARY, CAPTION, FIELD, LABEL, NOTICE_ERROR, NOTICE_OK } from "./ui";

interface Props {
  headers: string[];
  draft: MappingDraft;
  platforms: { key: PlatformKey; name: string }[];
  messages: DataMessages["mapping"];
  busy: boolean;
  onChange(draft: MappingDraft): void;
  onPreview(mapping: CustomMapping): void;
  onSave(name: string, mapping: CustomMapping): Promise<string | null>;
  onClose(): void;
}

/** Column → measure for a layout no preset knows, the platform, the account and the date column; preview it and save it as a preset. */
export function MappingEditor({ headers, draft: d, platforms, messages: m, busy, onChange, onPreview, onSave, onClose }: Props) {
  const id = useId();
  const [tried, setTried] = useState(false);
  const [name, setName] = useState("");
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const { mapping, problems, duplicates } = draftToMapping(d);
  const set = (change: Partial<MappingDraft>) => {
    setSaved(null);
    onChange({ ...d, ...change });
  };
  const problemTexts = [...problems.map((p) => m[p]), ...duplicates.map((t) => fill(m.duplicateMeasure, { measure: m.measures[t] }))];

  const preview = () => {
    setTried(true);
    if (mapping) onPreview(mapping);
  };
  const save = async () => {
    setTried(true);
    if (!mapping || !name.trim()) return;
    setSaving(true);
    setSaveError(null);
    const error = await onSave(name.trim(), mapping);
    setSaving(false);
    if (error) setSaveError(error);
    else setSaved(name.trim());
  };

  const reservedRole = (h: string) => (h === d.dateColumn ? m.dateColumn : d.accountMode === "column" && h === d.accountColumn ? m.accountColumn : null);

  return (
    <section aria-labelledby={`${id}-title`} className="flex flex-col gap-4 rounded-lg border border-indigo-200 bg-indigo-50/40 p-3 sm:p-4 dark:border-indigo-900 dark:bg-indigo-950/20" data-testid="mapping-editor">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h3 id={`${id}-title`} className="text-base font-semibold">
            {m.title}
          </h3>
          <p className={CAPTION}>{m.caption}</p>
        </div>
        <button type="button" className={`${BUTTON_SECONDARY} h-8 text-xs`} onClick={onClose}>
          {m.close}
        </button>
      </div>

      <div className="grid gap-3 sm:grid-cols-3">
        <label className={LABEL}>
          {m.dateColumn}
          <select className={FIELD} value={d.dateColumn} onChange={(e) => set({ dateColumn: e.target.value })} data-testid="mapping-date">
            <option value="">{m.noDateColumn}</option>
            {headers.map((h) => (
              <option key={h} value={h}>
                {h}
              </option>
            ))}
          </select>
        </label>
        <label className={LABEL}>
          {m.platform}
          <select className={FIELD} value={d.platform} onChange={(e) => set({ platform: e.target.value as PlatformKey | "" })} data-testid="mapping-platform">
            <option value="">{m.choosePlatform}</option>
            {platforms.map((p) => (
              <option key={p.key} value={p.key}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="flex min-w-0 flex-col gap-1">
          <legend className="mb-1 text-xs font-medium text-slate-600 dark:text-slate-300">{m.account}</legend>
          <div className="flex flex-wrap gap-x-3 gap-y-1 text-xs">
            {(["column", "fixed"] as const).map((mode) => (
              <label key={mode} className="flex items-center gap-1.5">
                <input type="radio" name={`${id}-account-mode`} value={mode} checked={d.accountMode === mode} onChange={() => set({ accountMode: mode })} className="accent-indigo-600" />
                {mode === "column" ? m.accountFromColumn : m.accountFixed}
              </label>
            ))}
          </div>
          {d.accountMode === "column" ? (
            <select aria-label={m.accountColumn} className={FIELD} value={d.accountColumn} onChange={(e) => set({ accountColumn: e.target.value })} data-testid="mapping-account-column">
              <option value="">{m.chooseColumn}</option>
              {headers.map((h) => (
                <option key={h} value={h}>
                  {h}
                </option>
              ))}
            </select>
          ) : (
            <input aria-label={m.accountHandle} placeholder={m.accountHandle} className={FIELD} value={d.account} onChange={(e) => set({ account: e.target.value })} maxLength={200} data-testid="mapping-account" />
          )}
        </fieldset>
      </div>

      <div className="flex flex-col gap-1">
        <div className="hidden grid-cols-[minmax(0,1fr)_16rem] gap-3 px-1 text-xs font-medium text-slate-500 sm:grid dark:text-slate-400">
          <span>{m.column}</span>
          <span>{m.holds}</span>
        </div>
        <ul className="flex flex-col divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900" data-testid="mapping-columns">
          {headers.map((h) => {
            const role = reservedRole(h);
            return (
              <li key={h} className="grid grid-cols-1 items-center gap-1 px-3 py-2 sm:grid-cols-[minmax(0,1fr)_16rem] sm:gap-3">
                <span className="min-w-0 truncate text-sm font-medium" title={h} id={`${id}-col-${headers.indexOf(h)}`}>
                  {h}
                </span>
                {role ? (
                  <span className="text-xs text-indigo-700 dark:text-indigo-300">{role}</span>
                ) : (
                  <select
                    aria-labelledby={`${id}-col-${headers.indexOf(h)}`}
                    className={FIELD}
                    value={d.columns[h] ?? ""}
                    onChange={(e) => set({ columns: { ...d.columns, [h]: e.target.value as MappingTarget | "" } })}
                    data-testid="mapping-measure"
                    data-header={h}
                  >
                    <option value="">{m.ignore}</option>
                    {MAPPING_TARGETS.map((t) => (
                      <option key={t} value={t}>
                        {m.measures[t]}
                      </option>
                    ))}
                  </select>
                )}
              </li>
            );
          })}
        </ul>
      </div>

      {tried && problemTexts.length > 0 && (
        <ul className={`${NOTICE_ERROR} list-disc pl-7`} role="alert" data-testid="mapping-problems">
          {problemTexts.map((t) => (
            <li key={t}>{t}</li>
          ))}
        </ul>
      )}

      <div>
        <button type="button" className={BUTTON_PRIMARY} onClick={preview} disabled={busy} data-testid="mapping-preview">
          {m.preview}
        </button>
      </div>

      <form
        className="flex flex-col gap-2 border-t border-indigo-200 pt-3 dark:border-indigo-900"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <h4 className="text-sm font-semibold">{m.saveTitle}</h4>
        <p className={CAPTION}>{m.saveHelp}</p>
        <div className="flex flex-wrap items-end gap-2">
          <label className={`${LABEL} w-full sm:w-64`}>
            {m.saveName}
            <input className={FIELD} value={name} onChange={(e) => setName(e.target.value)} maxLength={100} required data-testid="preset-name" />
          </label>
          <button type="submit" className={BUTTON_SECONDARY} disabled={busy || saving || !name.trim()} data-testid="preset-save">
            {saving ? m.saving : m.save}
          </button>
        </div>
        {saved && (
          <p className={NOTICE_OK} role="status" data-testid="preset-saved">
            {fill(m.saved, { name: saved })}
          </p>
        )}
        {saveError && (
          <p className={NOTICE_ERROR} role="alert">
            {saveError}
          </p>
        )}
      </form>
    </section>
  );
}
