"use client";

// The fields of a new workspace (first run, the account page): name,
// industry, time zone, currency and week start.
import type { WorkspaceDraft } from "./workspace-draft";
import { FIELD, FIELD_ERROR, LABEL } from "./ui";

export interface WorkspaceFieldLabels {
  workspaceName: string;
  industry: string;
  industryNone: string;
  timeZone: string;
  currency: string;
  weekStart: string;
  monday: string;
  sunday: string;
}

interface Props {
  value: WorkspaceDraft;
  onChange(next: WorkspaceDraft): void;
  labels: WorkspaceFieldLabels;
  industries: { key: string; name: string }[];
  timeZones: string[];
  currencies: string[];
  /** messages of a 400, by field name (`workspace.name` or `name`) */
  errors: Record<string, string>;
  /** the fields' names in the request body start with this ("workspace." on first run) */
  prefix: string;
}

export function WorkspaceFieldsInputs({ value, onChange, labels: l, industries, timeZones, currencies, errors, prefix }: Props) {
  const error = (field: string) => errors[`${prefix}${field}`];
  const set = <K extends keyof WorkspaceDraft>(key: K, v: WorkspaceDraft[K]) => onChange({ ...value, [key]: v });
  const described = (field: string) => (error(field) ? { "aria-invalid": true, "aria-describedby": `ws-${field}-error` } : {});
  const message = (field: string) =>
    error(field) ? (
      <span id={`ws-${field}-error`} className={FIELD_ERROR}>
        {error(field)}
      </span>
    ) : null;
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <label className={`${LABEL} sm:col-span-2`}>
        {l.workspaceName}
        <input className={FIELD} name="workspaceName" required maxLength={100} value={value.name} onChange={(e) => set("name", e.target.value)} {...described("name")} />
        {message("name")}
      </label>
      <label className={LABEL}>
        {l.industry}
        <select className={FIELD} value={value.industry ?? ""} onChange={(e) => set("industry", e.target.value || null)} {...described("industry")}>
          <option value="">{l.industryNone}</option>
          {industries.map((i) => (
            <option key={i.key} value={i.key}>
              {i.name}
            </option>
          ))}
        </select>
        {message("industry")}
      </label>
      <label className={LABEL}>
        {l.timeZone}
        <select className={FIELD} value={value.timeZone} onChange={(e) => set("timeZone", e.target.value)} {...described("timeZone")}>
          {timeZones.map((tz) => (
            <option key={tz} value={tz}>
              {tz}
            </option>
          ))}
        </select>
        {message("timeZone")}
      </label>
      <label className={LABEL}>
        {l.currency}
        <select className={FIELD} value={value.currency} onChange={(e) => set("currency", e.target.value)} {...described("currency")}>
          {currencies.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
        {message("currency")}
      </label>
      <label className={LABEL}>
        {l.weekStart}
        <select className={FIELD} value={value.weekStart} onChange={(e) => set("weekStart", e.target.value === "7" ? 7 : 1)} {...described("weekStart")}>
          <option value={1}>{l.monday}</option>
          <option value={7}>{l.sunday}</option>
        </select>
        {message("weekStart")}
      </label>
    </div>
  );
}
