// What an interaction rate can be divided by. Apart from enums.ts (zod) so
// that the /platforms controls, which run in the browser, do not ship zod.
export const INTERACTION_DENOMINATORS = ["impressions", "reach", "followers"] as const;
