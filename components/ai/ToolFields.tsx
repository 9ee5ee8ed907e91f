"use client";

import { FIELD } from "@/components/data/ui";
import { Field, INVALID } from "@/components/settings/Field";
import type { AiMessages } from "@/lib/i18n/messages/ai";
import { AI_TOOL_CATEGORIES } from "@/lib/metrics/scorecard";

/** A tool's name and category, each with the error the server gave for it; a category the app does not know (older data) stays choosable. */
export function ToolFields(p: {
  name: string;
  category: string;
  errors: Record<string, string>;
  disabled: boolean;
  messages: AiMessages;
  /** data-testid prefix: "tool" on a tool's card, "new-tool" on the add form */
  testIdPrefix: string;
  placeholder?: string;
  onName(value: string): void;
  onCategory(value: string): void;
}) {
  const m = p.messages.tools;
  return (
    <div className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_12rem]">
      <Field label={m.name} error={p.errors.name ?? null}>
        {(control) => (
          <input
            {...control}
            className={`${FIELD} ${INVALID} w-full`}
            value={p.name}
            maxLength={100}
            placeholder={p.placeholder}
            disabled={p.disabled}
            onChange={(e) => p.onName(e.target.value)}
            data-testid={`${p.testIdPrefix}-name`}
          />
        )}
      </Field>
      <Field label={m.category} error={p.errors.category ?? null}>
        {(control) => (
          <select {...control} className={`${FIELD} ${INVALID} w-full`} value={p.category} disabled={p.disabled} onChange={(e) => p.onCategory(e.target.value)} data-testid={`${p.testIdPrefix}-category`}>
            {!(AI_TOOL_CATEGORIES as readonly string[]).includes(p.category) && <option value={p.category}>{p.category}</option>}
            {AI_TOOL_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {p.messages.categories[c]}
              </option>
            ))}
          </select>
        )}
      </Field>
    </div>
  );
}
