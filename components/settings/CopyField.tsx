"use client";

import { useRef, useState } from "react";
import { BUTTON_SECONDARY, FIELD } from "@/components/data/ui";

/** A secret shown once (token, invitation link): read-only, selected on focus, with a copy button. */
export function CopyField({ value, label, copy, copied, copyFailed, testIds }: { value: string; label: string; copy: string; copied: string; copyFailed: string; testIds: { value: string; copy: string } }) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  const input = useRef<HTMLInputElement>(null);
  const copyValue = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setState("copied");
    } catch {
      setState("failed");
      input.current?.select();
    }
  };
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <div className="flex min-w-0 flex-wrap items-center gap-2">
        <input
          ref={input}
          readOnly
          value={value}
          aria-label={label}
          onFocus={(e) => e.target.select()}
          className={`${FIELD} w-full min-w-0 font-mono text-xs sm:flex-1`}
          data-testid={testIds.value}
        />
        <button type="button" className={BUTTON_SECONDARY} onClick={() => void copyValue()} data-testid={testIds.copy}>
          {state === "copied" ? `✓ ${copied}` : copy}
        </button>
      </div>
      <p className="text-xs" role="status">
        {state === "failed" ? copyFailed : ""}
      </p>
    </div>
  );
}
