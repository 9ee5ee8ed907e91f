"use client";

import { BUTTON_SECONDARY, FIELD } from "@/components/data/ui";
import { Field, INVALID } from "@/components/settings/Field";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locale";
import type { FunnelsMessages } from "@/lib/i18n/messages/funnels";
import { platformName } from "@/lib/reference/platforms";
import { JOURNEY_ROLES, PLATFORM_KEYS, type JourneyRole, type PlatformKey } from "@/lib/schemas/enums";
import type { StepDraft } from "./journey-draft";

interface Props {
  step: StepDraft;
  index: number;
  count: number;
  /** the server's message per step field (`steps.nameEn`: it does not say which step, so every step shows it) */
  errors: Record<string, string>;
  /** whether the step may move or go (false once the journey has imported data, except for steps added now) */
  movable: boolean;
  removable: boolean;
  /** the platform may change (false for a step with imported data) */
  platformFixed: boolean;
  disabled: boolean;
  locale: Locale;
  messages: FunnelsMessages;
  onChange: (step: StepDraft) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}

/** One step of the journey form: platform, role, names, and the buttons that move or remove it. */
export function StepRow({ step, index, count, errors, movable, removable, platformFixed, disabled, locale, messages, onChange, onMove, onRemove }: Props) {
  const m = messages.edit;
  const n = index + 1;
  const set = (patch: Partial<StepDraft>) => onChange({ ...step, ...patch });
  const error = (field: string) => (errors[`steps.${field}`] && (field === "platformKey" || field === "role" || !step[field as "nameEn" | "nameZh"].trim()) ? errors[`steps.${field}`]! : null);
  return (
    <li className="flex flex-col gap-2 rounded-lg border border-slate-200 p-3 dark:border-slate-800" data-testid="journey-step" data-position={n} aria-label={fill(m.step, { n })}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <span className="text-sm font-semibold">{fill(m.step, { n })}</span>
        <span className="flex flex-wrap gap-1">
          <button type="button" className={BUTTON_SECONDARY} disabled={disabled || !movable || index === 0} onClick={() => onMove(-1)} aria-label={fill(m.up, { n })} data-testid="step-up">
            ↑
          </button>
          <button type="button" className={BUTTON_SECONDARY} disabled={disabled || !movable || index === count - 1} onClick={() => onMove(1)} aria-label={fill(m.down, { n })} data-testid="step-down">
            ↓
          </button>
          <button type="button" className={BUTTON_SECONDARY} disabled={disabled || !removable} onClick={onRemove} aria-label={fill(m.remove, { n })} data-testid="step-remove">
            ✕
          </button>
        </span>
      </div>
      <div className="grid gap-2 sm:grid-cols-2">
        <Field label={m.platform} error={error("platformKey")}>
          {(control) => (
            <select {...control} className={`${FIELD} ${INVALID} w-full`} value={step.platformKey} disabled={disabled || platformFixed} onChange={(e) => set({ platformKey: e.target.value as PlatformKey })} data-testid="step-platform">
              {PLATFORM_KEYS.map((p) => (
                <option key={p} value={p}>
                  {platformName(p, locale)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={m.role} error={error("role")}>
          {(control) => (
            <select {...control} className={`${FIELD} ${INVALID} w-full`} value={step.role} disabled={disabled} onChange={(e) => set({ role: e.target.value as JourneyRole })} data-testid="step-role">
              {!(JOURNEY_ROLES as readonly string[]).includes(step.role) && <option value={step.role}>{step.role}</option>}
              {JOURNEY_ROLES.map((r) => (
                <option key={r} value={r}>
                  {messages.roles[r]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={m.stepNameEn} error={error("nameEn")}>
          {(control) => <input {...control} className={`${FIELD} ${INVALID} w-full`} value={step.nameEn} maxLength={100} disabled={disabled} onChange={(e) => set({ nameEn: e.target.value })} data-testid="step-name-en" />}
        </Field>
        <Field label={m.stepNameZh} error={error("nameZh")}>
          {(control) => <input {...control} className={`${FIELD} ${INVALID} w-full`} value={step.nameZh} maxLength={100} disabled={disabled} onChange={(e) => set({ nameZh: e.target.value })} data-testid="step-name-zh" />}
        </Field>
      </div>
    </li>
  );
}
