// Bodies, queries and answers of the /settings routes: workspace settings,
// deleting the workspace, members, invitations and the audit log. The same
// schemas read the answers in the browser (components/settings/http.ts).
import { z } from "zod";
import { EmailSchema, PasswordSchema } from "@/lib/auth/credentials";
import { RoleSchema } from "@/lib/auth/roles";
import { InteractionDenominator, WeekStart } from "@/lib/schemas/enums";
import { WorkspaceField } from "./analysis-common";
import { CurrencyCode, TimeZone, WorkspaceFields } from "./auth";

/** Every settings route accepts `?workspace=` (checked by apiRoute) and nothing else. */
export const SettingsQuery = z.strictObject({ ...WorkspaceField });
export const IdParam = z.strictObject({ id: z.coerce.number().int().positive() });

// ---- workspace settings ------------------------------------------------------------

export const MAX_BENCHMARK_TOLERANCE = 0.5;

export const SettingsPatchBody = z.strictObject({
  name: WorkspaceFields.shape.name.optional(),
  weekStart: WeekStart.optional(),
  timeZone: TimeZone.optional(),
  currency: CurrencyCode.optional(),
  interactionDenominator: InteractionDenominator.optional(),
  /** the "near" band below a benchmark, as a fraction (0.1 = within 10%) */
  benchmarkTolerance: z.number().min(0).max(MAX_BENCHMARK_TOLERANCE).optional(),
  /** key of the built-in set or of one of the workspace's own sets */
  activeBenchmarkSet: z.string().trim().min(1).max(100).optional(),
});
export type SettingsPatchBody = z.infer<typeof SettingsPatchBody>;

export const WorkspaceSettingsSchema = z.strictObject({
  name: z.string(),
  weekStart: WeekStart,
  timeZone: z.string(),
  currency: z.string(),
  interactionDenominator: InteractionDenominator,
  benchmarkTolerance: z.number(),
  /** null when the workspace has no set at all to compare with */
  activeBenchmarkSet: z.string().nullable(),
});
export type WorkspaceSettingsJson = z.infer<typeof WorkspaceSettingsSchema>;

export const BenchmarkSetOption = z.strictObject({ key: z.string(), nameZh: z.string(), nameEn: z.string(), builtIn: z.boolean() });

export const SettingsResponse = z.strictObject({
  workspace: z.strictObject({ id: z.number().int(), slug: z.string(), isDemo: z.boolean() }),
  settings: WorkspaceSettingsSchema,
  benchmarkSets: z.array(BenchmarkSetOption),
});
export type SettingsResponse = z.infer<typeof SettingsResponse>;

export const SettingsPatchResponse = SettingsResponse.extend({
  /** the fields whose value changed (empty: nothing changed, nothing was recorded) */
  changed: z.array(z.string()),
});

// ---- deleting the workspace --------------------------------------------------------

export const DeleteWorkspaceBody = z.strictObject({
  /** the workspace's name, typed by the admin */
  confirm: z.string().max(200),
});

const WorkspaceRef = z.strictObject({ id: z.number().int(), slug: z.string(), name: z.string() });
export const DeleteWorkspaceResponse = z.strictObject({
  deleted: WorkspaceRef,
  /** the workspace the caller's session looks at now; null when they have none left */
  next: WorkspaceRef.nullable(),
});

// ---- members ----------------------------------------------------------------------

export const MemberSchema = z.strictObject({
  /** the membership's id (what /api/v1/members/[id] takes) */
  id: z.number().int(),
  userId: z.number().int(),
  email: z.string(),
  name: z.string().nullable(),
  role: RoleSchema,
  isDemo: z.boolean(),
  /** the member is the one asking */
  self: z.boolean(),
  createdAt: z.string(),
});
export type MemberJson = z.infer<typeof MemberSchema>;
export const MemberListResponse = z.strictObject({ members: z.array(MemberSchema) });
export const MemberRoleBody = z.strictObject({ role: RoleSchema });
export const MemberResponse = z.strictObject({ member: MemberSchema });
export const MemberRemovedResponse = z.strictObject({ removed: MemberSchema });

// ---- invitations ------------------------------------------------------------------

export const INVITATION_DAYS = 7;

export const CreateInvitationBody = z.strictObject({ email: EmailSchema, role: RoleSchema });

export const InvitationSchema = z.strictObject({
  id: z.number().int(),
  email: z.string(),
  role: RoleSchema,
  /** who invited (email), when known */
  invitedBy: z.string().nullable(),
  createdAt: z.string(),
  expiresAt: z.string(),
});
export type InvitationJson = z.infer<typeof InvitationSchema>;
export const InvitationListResponse = z.strictObject({ invitations: z.array(InvitationSchema) });
/** The link is in this answer only; the database keeps its secret's sha256. */
export const InvitationCreatedResponse = z.strictObject({ invitation: InvitationSchema, link: z.string() });
export const InvitationRevokedResponse = z.strictObject({ invitation: InvitationSchema });

/** The secret of an invitation link: 32 random bytes, base64url. */
export const InvitationToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

export const AcceptInvitationBody = z.strictObject({
  token: InvitationToken,
  /** required when the email has no account yet */
  password: PasswordSchema.optional(),
  name: z.string().trim().max(100).optional(),
});
export const InvitationAcceptedResponse = z.strictObject({
  workspace: WorkspaceRef,
  role: RoleSchema,
  user: z.strictObject({ id: z.number().int(), email: z.string(), created: z.boolean() }),
});

// ---- audit log --------------------------------------------------------------------

export const AUDIT_PAGE_MAX = 200;

export const AuditQuery = z.strictObject({
  ...WorkspaceField,
  limit: z.coerce.number().int().min(1).max(AUDIT_PAGE_MAX).default(50),
  /** an event id: only older events (the `nextBefore` of the previous page) */
  before: z.coerce.number().int().positive().optional(),
});

export const AuditEventSchema = z.strictObject({
  id: z.number().int(),
  createdAt: z.string(),
  actor: z.string(),
  /** one of AUDIT_ACTIONS (lib/auth/audit); older events may carry others */
  action: z.string(),
  target: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()).nullable(),
});
export type AuditEventJson = z.infer<typeof AuditEventSchema>;
export const AuditListResponse = z.strictObject({
  events: z.array(AuditEventSchema),
  /** pass as `before` for the next (older) page; null when this is the last */
  nextBefore: z.number().int().nullable(),
});
export type AuditListResponse = z.infer<typeof AuditListResponse>;
