// Imports, presets, export, API tokens and POST /api/v1/metrics — request
// and response shapes. Multipart form fields arrive as text and are parsed
// here like query parameters, so a bad field answers 400 naming it.
import { z } from "zod";
import { CANONICAL_MEASURE_COLUMNS } from "@/lib/ingest/canonical";
import { MEASURES } from "@/lib/metrics/measures";
import { isDay } from "@/lib/metrics/periods";
import { ImportStatus, PlatformKey } from "@/lib/schemas/enums";
import { TOKEN_SCOPES, TokenScopeSchema } from "@/lib/auth/roles";
import { WorkspaceField } from "./analysis-common";
import { ownIssue } from "./own-issue";
import { Day, Format, PlatformList } from "./params";

// ---- custom column mappings ---------------------------------------------------

/**
 * What a mapped column holds: a canonical column name (`impressions`,
 * `profile_visits`, `spend` in major units, …), a stored measure key
 * (`profileVisits`, `spendMinor`, … — the same measure), or `watch_hours`
 * (watch time in decimal hours, stored as seconds).
 */
export const MAPPED_MEASURES = [...new Set([...Object.keys(CANONICAL_MEASURE_COLUMNS), ...MEASURES, "watch_hours"])] as [string, ...string[]];
export const MappedMeasure = z.enum(MAPPED_MEASURES);

const HeaderName = z.string().trim().min(1).max(200);

/** A column mapping for a layout no built-in preset knows (saved as an ImportPreset, or sent with one upload). */
export const CustomMapping = z
  .strictObject({
    /** the date column; without one every row is on the `day` given with the upload */
    dateColumn: HeaderName.optional(),
    /** the platform of every row; without one the upload must give `platform` */
    platform: PlatformKey.optional(),
    /** the column naming the account of each row … */
    accountColumn: HeaderName.optional(),
    /** … or the one account of every row */
    account: z.string().trim().min(1).max(200).optional(),
    /** header name → measure */
    columns: z.record(HeaderName, MappedMeasure).refine((c) => Object.keys(c).length > 0, ownIssue("mapping_empty")),
    /** how bare numbers in percentage columns are meant (0.045 or 4.5 for 4.5%) */
    percentAs: z.enum(["fraction", "points"]).optional(),
  })
  .refine((m) => !(m.accountColumn && m.account), { ...ownIssue("account_twice"), path: ["account"] });
export type CustomMapping = z.infer<typeof CustomMapping>;

/** A JSON text field holding a CustomMapping (multipart `mapping`). */
const MappingJson = z.string().transform((text, ctx) => {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    ctx.addIssue({ code: "custom", ...ownIssue("not_json") });
    return z.NEVER;
  }
  const parsed = CustomMapping.safeParse(value);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const at = issue.path.join(".") || "(mapping)";
      ctx.addIssue({ code: "custom", message: `${at}: ${issue.message}`, params: { code: "mapping_field", at, inner: issue } });
    }
    return z.NEVER;
  }
  return parsed.data;
});

// ---- uploads ---------------------------------------------------------------------

const Lang = z.enum(["zh-CN", "en"]);
const FormBoolean = z.enum(["true", "false", "1", "0", "on"]).transform((v) => v === "true" || v === "1" || v === "on");

/** Text fields of the multipart upload (the file itself is checked separately). */
export const ImportFormFields = z.strictObject({
  preset: z.string().trim().min(1).max(120).optional(),
  platform: PlatformKey.optional(),
  account: z.string().trim().min(1).max(200).optional(),
  /** the year of the file's latest date, for dates written without one (the preview's `dates.suggestedYear` is the likely one) */
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  day: Day.optional(),
  mapping: MappingJson.optional(),
  skipRejected: FormBoolean.optional(),
  // No `createdBy`: who imported comes from the session or the token, never from the form.
});
export type ImportFormFields = z.infer<typeof ImportFormFields>;

export const ImportQuery = z.strictObject({ ...WorkspaceField, lang: Lang.optional() });

/** The largest upload accepted (bytes). */
export const MAX_UPLOAD_BYTES = 200 * 1024 * 1024;

// ---- preview and commit responses ----------------------------------------------

const Measure = z.enum(MEASURES);
const NullableDay = z.string().refine(isDay).nullable();

export const RowErrorSchema = z.strictObject({
  row: z.number().int(),
  column: z.string(),
  value: z.string(),
  reason: z.string(),
  reasonZh: z.string(),
  code: z.string().optional(),
  /** `reason` in the language asked for (?lang= or Accept-Language) */
  message: z.string(),
});

export const LocalTextSchema = z.strictObject({ code: z.string(), en: z.string(), zh: z.string() });

export const PresetInfoSchema = z.strictObject({
  key: z.string(),
  nameEn: z.string(),
  nameZh: z.string(),
  platform: PlatformKey.nullable(),
  kind: z.enum(["daily", "posts", "ads"]),
});

export const ImportCountsSchema = z.strictObject({
  /** data rows read (header, blank lines excluded) */
  rows: z.number().int(),
  inserted: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  /** rows with at least one error */
  rejected: z.number().int(),
  /** rows left out on purpose (Total rows, empty rows) */
  skipped: z.number().int(),
  contentInserted: z.number().int(),
  contentUpdated: z.number().int(),
  contentUnchanged: z.number().int(),
  accountsNew: z.number().int(),
});

const MeasureValues = z.record(z.string(), z.number().nullable());

export const ImportPreviewSchema = z.strictObject({
  status: z.enum(["ready", "has_errors", "needs_input", "unknown_layout", "unreadable"]),
  fileName: z.string(),
  size: z.number().int(),
  contentHash: z.string(),
  format: z.strictObject({ encoding: z.string().nullable(), separator: z.string().nullable(), sheet: z.string().nullable() }),
  header: z.strictObject({ line: z.number().int(), names: z.array(z.string()) }).nullable(),
  preset: PresetInfoSchema.extend({ score: z.number(), via: z.enum(["detected", "chosen", "saved", "mapping"]) }).nullable(),
  candidates: z.array(PresetInfoSchema.extend({ score: z.number() })),
  /**
   * How the layout was detected; null when the upload chose a preset or a
   * mapping. `best` is the best-scoring preset (null when none matched at
   * all); `accepted` false means its score is below `minScore`, so the file
   * was not read as that layout (status unknown_layout: map the columns).
   */
  detection: z
    .strictObject({ minScore: z.number(), best: PresetInfoSchema.extend({ score: z.number() }).nullable(), accepted: z.boolean() })
    .nullable()
    // absent (an answer from before the field existed) reads as null
    .default(null),
  needs: z.array(z.enum(["year", "day", "platform", "account"])),
  /**
   * Dates written without a year (`April 12`) and how their years were
   * settled; null when every date has a year.
   * - `rule`: `file_order_ascending` / `file_order_descending` — the rows are
   *   in date order (oldest / newest first), so they are read in that order
   *   and the year steps at each New Year; `largest_gap_guess` — they are not
   *   in order, so the latest date is guessed as the one before the largest
   *   gap in the calendar (check the result).
   * - `year`: the year of the file's latest row (the one given, or read from
   *   the export day); null when it must be asked (status needs_input).
   * - `suggestedYear`: the latest year that keeps every date on or before
   *   today in the workspace's zone, by the same rule — the value to prefill
   *   the year field with; null when it cannot be worked out.
   * - `warnings`: what the year contradicts, naming the rows' lines.
   *   `feb_29_missing`: daily rows step from 28 February to 1 March of a leap
   *   year (a warning; the rows are imported). `feb_29_not_in_year`: a
   *   29 February in a year without one (those rows are also row errors).
   */
  dates: z
    .strictObject({
      yearless: z.literal(true),
      rule: z.enum(["file_order_ascending", "file_order_descending", "largest_gap_guess"]),
      year: z.number().int().nullable(),
      suggestedYear: z.number().int().nullable(),
      warnings: z.array(
        z.strictObject({ code: z.enum(["feb_29_missing", "feb_29_not_in_year"]), lines: z.array(z.number().int()), year: z.number().int(), en: z.string(), zh: z.string() }),
      ),
    })
    .nullable()
    .default(null),
  counts: ImportCountsSchema,
  errors: z.array(RowErrorSchema),
  errorsTotal: z.number().int(),
  skipped: z.array(z.strictObject({ line: z.number().int(), reason: z.string(), reasonZh: z.string() })),
  firstDay: NullableDay,
  lastDay: NullableDay,
  accounts: z.array(z.strictObject({ platformKey: PlatformKey, handle: z.string(), exists: z.boolean(), rows: z.number().int() })),
  accountsTotal: z.number().int(),
  rollup: LocalTextSchema.extend({ dailyRows: z.number().int(), contentItems: z.number().int(), measures: z.array(Measure) }),
  notes: z.array(LocalTextSchema),
  sample: z.strictObject({
    daily: z.array(z.strictObject({ line: z.number().int(), day: z.string(), platformKey: PlatformKey, account: z.string(), measures: MeasureValues })),
    posts: z.array(
      z.strictObject({
        line: z.number().int(),
        platformKey: PlatformKey,
        account: z.string(),
        externalId: z.string(),
        title: z.string().nullable(),
        publishedAt: z.string().nullable(),
        format: z.string(),
        origin: z.string(),
        measures: MeasureValues,
      }),
    ),
  }),
  /** the same bytes were committed before (this import would change nothing unless the data changed since) */
  previousImport: z.strictObject({ batchId: z.number().int(), committedAt: z.string().nullable() }).nullable(),
});
export type ImportPreviewJson = z.infer<typeof ImportPreviewSchema>;

export const ImportBatchSchema = z.strictObject({
  id: z.number().int(),
  fileName: z.string(),
  /** first 12 hex digits of the file's sha256 */
  hashPrefix: z.string(),
  contentHash: z.string(),
  preset: z.string(),
  kind: z.string(),
  source: z.string(),
  status: ImportStatus,
  rowsTotal: z.number().int(),
  rowsInserted: z.number().int(),
  rowsUpdated: z.number().int(),
  rowsUnchanged: z.number().int(),
  rowsRejected: z.number().int(),
  contentInserted: z.number().int(),
  contentUpdated: z.number().int(),
  skippedRejected: z.boolean(),
  firstDay: z.string().nullable(),
  lastDay: z.string().nullable(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  committedAt: z.string().nullable(),
  undoneAt: z.string().nullable(),
  /** committed and not undone */
  canUndo: z.boolean(),
});
export type ImportBatchJson = z.infer<typeof ImportBatchSchema>;

export const ImportBatchDetailSchema = ImportBatchSchema.extend({
  errors: z.array(RowErrorSchema),
  options: z.record(z.string(), z.unknown()).nullable(),
  changes: z.strictObject({
    dailyInserted: z.number().int(),
    dailyUpdated: z.number().int(),
    contentInserted: z.number().int(),
    contentUpdated: z.number().int(),
    accountsCreated: z.number().int(),
  }),
});

/** The workspace an import wrote to, named in every answer that writes, so nobody imports into the wrong one unknowingly. */
export const WrittenTo = z.strictObject({ slug: z.string(), name: z.string() });

export const ImportCommitResponse = z.strictObject({ batch: ImportBatchSchema, counts: ImportCountsSchema, workspace: WrittenTo });

export const ImportHistoryQuery = z.strictObject({
  ...WorkspaceField,
  format: Format,
  lang: Lang.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export const ImportHistoryResponse = z.strictObject({ imports: z.array(ImportBatchSchema) });

export const ImportIdParam = z.strictObject({ id: z.coerce.number().int().positive() });
export const ImportDetailQuery = z.strictObject({ ...WorkspaceField, lang: Lang.optional() });

// ---- presets ---------------------------------------------------------------------

export const PresetsQuery = z.strictObject({ ...WorkspaceField });
export const PresetListSchema = z.strictObject({
  builtIn: z.array(PresetInfoSchema),
  custom: z.array(
    z.strictObject({
      key: z.string(),
      name: z.string(),
      headers: z.array(z.string()),
      mapping: CustomMapping,
      platform: PlatformKey.nullable(),
      kind: z.literal("daily"),
      createdAt: z.string(),
      updatedAt: z.string(),
    }),
  ),
});
export type PresetListJson = z.infer<typeof PresetListSchema>;

export const SavePresetBody = z.strictObject({
  name: z.string().trim().min(1).max(100),
  /** the header of the file the mapping was made for, to detect the layout again */
  headers: z.array(HeaderName).min(1).max(500),
  mapping: CustomMapping,
});

// ---- export ------------------------------------------------------------------------

export const ExportQuery = z
  .strictObject({ ...WorkspaceField, from: Day, to: Day, platform: PlatformList.optional() })
  .refine((r) => !(isDay(r.from) && isDay(r.to)) || r.from <= r.to, { ...ownIssue("from_after_to"), path: ["from"] });
export const TemplateQuery = z.strictObject({ ...WorkspaceField });

// ---- API tokens ---------------------------------------------------------------------

export const TokensQuery = z.strictObject({ ...WorkspaceField });
export const CreateTokenBody = z.strictObject({
  name: z.string().trim().min(1).max(100),
  /** what the token may do; `ingest` when not given (the metrics push it was made for) */
  scopes: z.array(TokenScopeSchema).min(1).max(TOKEN_SCOPES.length).default(["ingest"]),
});
export const TokenIdParam = z.strictObject({ id: z.coerce.number().int().positive() });

export const TokenSchema = z.strictObject({
  id: z.number().int(),
  name: z.string(),
  /** the token's first characters, to recognise it */
  prefix: z.string(),
  scopes: z.array(TokenScopeSchema),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export const TokenListResponse = z.strictObject({ tokens: z.array(TokenSchema) });
/** The token itself is in this answer only; it is stored as a hash. */
export const TokenCreatedResponse = z.strictObject({ token: TokenSchema, secret: z.string() });

// ---- POST /api/v1/metrics ------------------------------------------------------------

export const MAX_METRIC_ROWS = 10_000;

export const MetricsQuery = z.strictObject({ ...WorkspaceField, dryRun: FormBoolean.optional(), lang: Lang.optional() });

/** Each row: the canonical columns as JSON (numbers or numeric text; money in major units). Cells are checked like CSV cells. */
export const MetricsBody = z.strictObject({
  rows: z.array(z.record(z.string(), z.unknown())).min(1).max(MAX_METRIC_ROWS, { message: `at most ${MAX_METRIC_ROWS} rows per request` }),
});

/** A row error of POST /api/v1/metrics: `index` (0-based, into `rows`) where a file's error has `row`. */
export const MetricsRowErrorSchema = RowErrorSchema.omit({ row: true }).extend({ index: z.number().int() });

export const MetricsResponse = z.strictObject({
  workspace: WrittenTo,
  batchId: z.number().int().nullable(),
  dryRun: z.boolean(),
  inserted: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
});
