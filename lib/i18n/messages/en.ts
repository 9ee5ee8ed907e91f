import { ai } from "./ai";
import { funnels } from "./funnels";
import { audience } from "./audience";
import { content } from "./content";
import { auth } from "./auth";
import { data } from "./data";
import { executive } from "./executive";
import { platforms } from "./platforms";
import { retention } from "./retention";
import { settings } from "./settings";
import { weekly } from "./weekly";
import type { DeepString } from "./section";

export const en = {
  app: {
    name: "Social KPI Dashboard",
    shortName: "Social KPI",
    skipToContent: "Skip to content",
  },
  nav: {
    label: "Main navigation",
    menu: "Pages",
    groups: {
      dashboards: "Dashboards",
      analysis: "Analysis",
      plan: "Targets",
      data: "Data",
      admin: "Admin",
    },
    weekly: "Weekly board",
    platforms: "Platforms",
    executive: "Executive",
    goals: "Goals",
    benchmarks: "Benchmarks",
    data: "Data",
    funnels: "Journeys",
    retention: "Retention",
    ai: "AI tools",
    audience: "Audience",
    content: "Content lab",
    settings: "Settings",
  },
  controls: {
    language: "Language",
    theme: "Theme",
    light: "Light",
    dark: "Dark",
    switchToDark: "Switch to dark theme",
    switchToLight: "Switch to light theme",
  },
  weekly: weekly.en,
  platforms: platforms.en,
  executive: executive.en,
  data: data.en,
  auth: auth.en,
  settings: settings.en,
  ai: ai.en,
  funnels: funnels.en,
  audience: audience.en,
  content: content.en,
  retention: retention.en,
};

export type Messages = DeepString<typeof en>;
