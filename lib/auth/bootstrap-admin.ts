// Scripted installs: ADMIN_EMAIL and ADMIN_PASSWORD in the environment create
// the first admin and workspace (named ADMIN_WORKSPACE) as the first-run page
// would, once — while the install has no user of its own. Invalid values
// stop the start with a message rather than create a weak account.
import type { Db } from "@/lib/db";
import { env } from "@/lib/env";
import { completeFirstRun, needsFirstRun } from "./first-run";
import { EmailSchema, PasswordSchema } from "./password";

export type BootstrapResult = { status: "not_configured" | "already_set_up" } | { status: "created"; email: string; workspace: string } | { status: "invalid"; message: string };

export async function bootstrapAdmin(db: Db): Promise<BootstrapResult> {
  const { ADMIN_EMAIL, ADMIN_PASSWORD, ADMIN_WORKSPACE } = env();
  if (!ADMIN_EMAIL && !ADMIN_PASSWORD) return { status: "not_configured" };
  if (!(await needsFirstRun(db))) return { status: "already_set_up" };
  const email = EmailSchema.safeParse(ADMIN_EMAIL ?? "");
  if (!email.success) return { status: "invalid", message: "ADMIN_EMAIL must be an email address" };
  const password = PasswordSchema.safeParse(ADMIN_PASSWORD ?? "");
  if (!password.success) return { status: "invalid", message: "ADMIN_PASSWORD must be 10 to 200 characters" };
  const created = await completeFirstRun(db, {
    email: email.data,
    password: password.data,
    workspace: { name: ADMIN_WORKSPACE, industry: null, timeZone: "Asia/Shanghai", currency: "CNY", weekStart: 1 },
  });
  return created ? { status: "created", email: email.data, workspace: created.workspace.slug } : { status: "already_set_up" };
}
