// GET /api/v1/domains — request and response shapes.
import { z } from "zod";
import { Domain, PlatformKey } from "@/lib/schemas/enums";
import { BenchmarkCheck, Count, DayString, Rate, WorkspaceField } from "./analysis-common";
import { DayRange, Format } from "./params";

export const DomainsQuery = DayRange.safeExtend({ ...WorkspaceField, format: Format }).strict();
export type DomainsQuery = z.infer<typeof DomainsQuery>;

const Economics = {
  /** conversions / clicks */
  conversionRate: Rate,
  /** (revenue − cost) / revenue over rows that know both */
  profitMargin: Rate,
  /** revenue / spend ("1:N") */
  roi: Rate,
};

export const DomainsResponse = z.strictObject({
  range: z.strictObject({ from: DayString, to: DayString }),
  currency: z.string(),
  domains: z.array(
    z.strictObject({
      domain: Domain,
      platforms: z.array(PlatformKey),
      accounts: Count,
      /** money in minor units of `currency` */
      spendMinor: z.number().nullable(),
      revenueMinor: z.number().nullable(),
      costMinor: z.number().nullable(),
      clicks: z.number().nullable(),
      conversions: z.number().nullable(),
      ...Economics,
      benchmarks: z.strictObject({ profitMargin: BenchmarkCheck.nullable(), roi: BenchmarkCheck.nullable() }),
    }),
  ),
  platforms: z.array(z.strictObject({ platformKey: PlatformKey, domain: Domain, accounts: Count, ...Economics })),
});
export type DomainsResponse = z.infer<typeof DomainsResponse>;
