import type { Messages } from "./en";
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

export const zhCN = {
  app: {
    name: "社媒KPI看板",
    shortName: "社媒KPI",
    skipToContent: "跳到正文",
  },
  nav: {
    label: "主导航",
    menu: "页面",
    groups: {
      dashboards: "看板",
      analysis: "分析",
      plan: "目标与基准",
      data: "数据",
      admin: "管理",
    },
    weekly: "周报看板",
    platforms: "平台对比",
    executive: "管理层摘要",
    goals: "目标",
    benchmarks: "基准",
    data: "数据导入",
    funnels: "用户旅程",
    retention: "留存",
    ai: "AI 工具",
    audience: "人群",
    content: "内容实验室",
    settings: "设置",
  },
  controls: {
    language: "语言",
    theme: "主题",
    light: "浅色",
    dark: "深色",
    switchToDark: "切换到深色主题",
    switchToLight: "切换到浅色主题",
  },
  weekly: weekly["zh-CN"],
  platforms: platforms["zh-CN"],
  executive: executive["zh-CN"],
  data: data["zh-CN"],
  auth: auth["zh-CN"],
  settings: settings["zh-CN"],
  ai: ai["zh-CN"],
  funnels: funnels["zh-CN"],
  audience: audience["zh-CN"],
  content: content["zh-CN"],
  retention: retention["zh-CN"],
} satisfies Messages;
