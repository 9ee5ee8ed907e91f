"use client";

import { useId, useRef, useState } from "react";
import type { DataMessages } from "@/lib/i18n/messages/data";
import type { PlatformKey } from "@/lib/schemas/enums";
import { BUTTON_PRIMARY, BUTTON_SECONDARY, CAPTION, FIELD, LABEL } from "./ui";

interface Props {
  messages: DataMessages["export"];
  platforms: { key: PlatformKey; name: string }[];
  defaultFrom: string;
  defaultTo: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The canonical template, and the stored data of a date range (optionally one platform) as canonical CSV. */
export function ExportPanel({ messages: m, platforms, defaultFrom, defaultTo }: Props) {
  const id = useId();
  const [from, setFrom] = useState(defaultFrom);
  const [to, setTo] = useState(defaultTo);
  const [platform, setPlatform] = useState("");
  const link = useRef<HTMLAnchorElement>(null);
  const valid = DAY.test(from) && DAY.test(to) && from <= to;
  const query = new URLSearchParams({ from, to, ...(platform ? { platform } : {}) });
  const href = `/api/v1/export?${query.toString()}`;

  return (
    <div className="grid gap-4 md:grid-cols-2 md:gap-8">
      <div className="flex min-w-0 flex-col gap-2">
        <h3 className="text-sm font-semibold">{m.templateTitle}</h3>
        <p className={CAPTION}>{m.templateBody}</p>
        <div>
          <a href="/api/v1/export/template" download className={BUTTON_SECONDARY} data-testid="template-link">
            <svg aria-hidden viewBox="0 0 24 24" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth="1.5">
              <path strokeLinecap="round" strokeLinejoin="round" d="M12 4v12m0 0-4-4m4 4 4-4M4 20h16" />
            </svg>
            {m.template}
          </a>
        </div>
      </div>
      <form
        className="flex min-w-0 flex-col gap-2 border-t border-slate-200 pt-4 md:border-t-0 md:border-l md:pt-0 md:pl-8 dark:border-slate-800"
        aria-labelledby={`${id}-title`}
        onSubmit={(e) => {
          e.preventDefault();
          if (valid) link.current?.click();
        }}
        data-testid="export-form"
      >
        <h3 id={`${id}-title`} className="text-sm font-semibold">
          {m.exportTitle}
        </h3>
        <p className={CAPTION}>{m.exportBody}</p>
        <div className="grid grid-cols-2 gap-2 lg:grid-cols-3">
          <label className={LABEL}>
            {m.from}
            <input type="date" className={FIELD} value={from} max={to || undefined} onChange={(e) => setFrom(e.target.value)} required data-testid="export-from" />
          </label>
          <label className={LABEL}>
            {m.to}
            <input type="date" className={FIELD} value={to} min={from || undefined} onChange={(e) => setTo(e.target.value)} required data-testid="export-to" />
          </label>
          <label className={`${LABEL} col-span-2 lg:col-span-1`}>
            {m.platform}
            <select className={FIELD} value={platform} onChange={(e) => setPlatform(e.target.value)} data-testid="export-platform">
              <option value="">{m.allPlatforms}</option>
              {platforms.map((p) => (
                <option key={p.key} value={p.key}>
                  {p.name}
                </option>
              ))}
            </select>
          </label>
        </div>
        <div className="flex flex-wrap items-center gap-3">
          {valid ? (
            <a ref={link} href={href} download className={BUTTON_PRIMARY} data-testid="export-download">
              {m.download}
            </a>
          ) : (
            <button type="submit" className={BUTTON_PRIMARY} disabled data-testid="export-download">
              {m.download}
            </button>
          )}
          {!valid && (
            <span className="text-xs text-red-700 dark:text-red-300" role="alert">
              {m.invalidRange}
            </span>
          )}
        </div>
      </form>
    </div>
  );
}
