// GET /api/v1/tiers — request and response shapes.
import { z } from "zod";
import { LIFECYCLE_STAGES } from "@/lib/metrics/tiering";
import { PlatformKey } from "@/lib/schemas/enums";
import { Count, DayString, Rate, withOptionalRange } from "./analysis-common";
import { Format, PlatformList } from "./params";

/** Weeks whose first day lies in [from, to]. */
export const TiersQuery = withOptionalRange({ platform: PlatformList.optional(), format: Format });
export type TiersQuery = z.infer<typeof TiersQuery>;

export const LifecycleStage = z.enum(LIFECYCLE_STAGES);

export const TiersResponse = z.strictObject({
  range: z.strictObject({ from: DayString.nullable(), to: DayString.nullable() }),
  currency: z.string(),
  platforms: z.array(
    z.strictObject({
      platformKey: PlatformKey,
      weeks: Count,
      /** member-weeks over the range */
      members: Count,
      churnShare: Rate,
      contactsPerMemberWeek: Rate,
      stages: z.array(
        z.strictObject({
          stage: LifecycleStage,
          members: Count,
          share: Rate,
          /** minor units of `currency` */
          valueMinor: z.number().nullable(),
          /** major units of `currency` per member per week */
          valuePerMember: Rate,
          contacts: z.number().nullable(),
          contactsPerMemberWeek: Rate,
        }),
      ),
      weekly: z.array(z.strictObject({ weekStart: DayString, members: Count, contactsPerMember: Rate, churnShare: Rate })),
    }),
  ),
});
export type TiersResponse = z.infer<typeof TiersResponse>;
