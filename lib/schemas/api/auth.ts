// Bodies of the sign-in, first-run, account and workspace routes.
import { z } from "zod";
import { EmailSchema, PasswordSchema } from "@/lib/auth/credentials";
import { Industry } from "@/lib/schemas/enums";

export const SignInBody = z.strictObject({
  email: EmailSchema,
  // Any length is checked against the hash, but bounded so a huge body cannot make hashing slow.
  password: z.string().min(1).max(200),
});

/** An IANA time zone this runtime knows (Asia/Shanghai, Europe/Berlin, …). */
export const TimeZone = z
  .string()
  .min(1)
  .max(64)
  .refine((tz) => {
    try {
      new Intl.DateTimeFormat("en", { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  }, { params: { code: "unknown_time_zone" } });

/** An ISO 4217 code this runtime can format (CNY, USD, JPY, …). */
export const CurrencyCode = z
  .string()
  .refine((code) => {
    if (!/^[A-Z]{3}$/.test(code)) return false;
    try {
      new Intl.NumberFormat("en", { style: "currency", currency: code });
      return true;
    } catch {
      return false;
    }
  }, { params: { code: "unknown_currency" } });

export const WorkspaceFields = z.strictObject({
  name: z.string().trim().min(1).max(100),
  industry: Industry.nullable().default(null),
  timeZone: TimeZone.default("Asia/Shanghai"),
  currency: CurrencyCode.default("CNY"),
  weekStart: z.union([z.literal(1), z.literal(7)]).default(1),
});
export type WorkspaceFields = z.infer<typeof WorkspaceFields>;

export const SetupBody = z.strictObject({
  email: EmailSchema,
  password: PasswordSchema,
  name: z.string().trim().max(100).optional(),
  workspace: WorkspaceFields,
  /** keep (or load) the demo workspace beside the team's own */
  demo: z.boolean().default(true),
});

export const ChangePasswordBody = z.strictObject({
  currentPassword: z.string().min(1).max(200),
  newPassword: PasswordSchema,
});

export const SwitchWorkspaceBody = z.strictObject({ workspaceId: z.number().int().positive() });
