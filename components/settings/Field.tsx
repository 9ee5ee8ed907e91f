import { useId, type ReactNode } from "react";
import { CAPTION, LABEL } from "@/components/data/ui";

/** What a control needs to be tied to its label, help and error. */
export interface FieldControl {
  id: string;
  "aria-invalid": true | undefined;
  "aria-describedby": string | undefined;
}

/**
 * A labelled control with its help line and the error the server gave for
 * it, shown right under it and announced with it (aria-describedby).
 */
export function Field({ label, help, error, className = "", children }: { label: ReactNode; help?: ReactNode; error?: string | null; className?: string; children: (control: FieldControl) => ReactNode }) {
  const id = useId();
  const described = [help ? `${id}-help` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div className={`flex min-w-0 flex-col gap-1 ${className}`}>
      <label htmlFor={id} className={LABEL}>
        {label}
      </label>
      {children({ id, "aria-invalid": error ? true : undefined, "aria-describedby": described || undefined })}
      {help && (
        <p id={`${id}-help`} className={CAPTION}>
          {help}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="text-xs font-medium text-red-700 dark:text-red-300" data-testid="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

/** A field's border turns red while the server's error for it is shown. */
export const INVALID = "aria-[invalid=true]:border-red-500 dark:aria-[invalid=true]:border-red-400";
