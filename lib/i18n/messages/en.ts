import { executive } from "./executive";
import { platforms } from "./platforms";
import type { DeepString } from "./section";

export const en = {
  app: {
    name: "Social KPI Dashboard",
    shortName: "Social KPI",
    skipToContent: "Skip to content",
  },
  nav: {
    label: "Main navigation",
    weekly: "Weekly board",
  },
  controls: {
    language: "Language",
    theme: "Theme",
    light: "Light",
    dark: "Dark",
    switchToDark: "Switch to dark theme",
    switchToLight: "Switch to light theme",
  },
  home: {
    title: "Last week by platform",
    subtitle: "Totals of the last complete week, compared with the week before and the 2026 benchmarks.",
    weekOf: "Week",
    comparedWith: "compared with",
    allPlatforms: "All platforms",
    impressions: "Impressions",
    clicks: "Clicks",
    interactions: "Interactions",
    accounts: "Accounts",
    spend: "Spend",
    revenue: "Revenue",
    ctr: "CTR",
    interactionRate: "Interaction rate",
    conversionRate: "Conversion rate",
    roi: "ROI",
    platform: "Platform",
    vsPreviousWeek: "vs previous week",
    chartTitle: "CTR by platform",
    chartCaption: "Clicks ÷ impressions for the week; the dashed line is the benchmark.",
    tableTitle: "Platforms",
    tableCaption: "Each platform's totals and KPIs for the week. Rates are ratios of sums over days that report both parts.",
    benchmark: "Benchmark",
    benchmarkSource: "2026 report, p. {page}",
    statusAbove: "Above benchmark",
    statusNear: "Near benchmark",
    statusBelow: "Below benchmark",
    emptyTitle: "No data for this week yet",
    emptyBody: "Load the demo data with `npm run db:seed`, or import your platform exports.",
    noWorkspace: "No workspace found. Run `npm run db:seed` to create the demo workspace.",
    definitions: "Definitions",
    ctrDefinition: "CTR = clicks ÷ impressions",
    interactionRateDefinition: "Interaction rate = (likes + comments + shares + saves) ÷ impressions",
    conversionRateDefinition: "Conversion rate = conversions ÷ clicks",
    roiDefinition: "ROI = revenue ÷ spend, written 1:N",
  },
  platforms: platforms.en,
  executive: executive.en,
};

export type Messages = DeepString<typeof en>;
