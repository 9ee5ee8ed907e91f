// The platform catalogue: names, kind, public/private domain and the one
// colour each platform has in every chart of the app.
import type { Locale } from "@/lib/i18n/locale";
import type { Domain, PlatformKey, PlatformKind } from "@/lib/schemas/enums";

export interface PlatformInfo {
  nameZh: string;
  nameEn: string;
  kind: PlatformKind;
  domain: Domain;
  /** Chart colour; chosen to stay distinct from every other platform's on light and dark backgrounds. */
  color: string;
}

export const PLATFORMS = {
  douyin: { nameZh: "抖音", nameEn: "Douyin", kind: "short_video", domain: "public", color: "#00a6c8" },
  kuaishou: { nameZh: "快手", nameEn: "Kuaishou", kind: "short_video", domain: "public", color: "#ff7a00" },
  xiaohongshu: { nameZh: "小红书", nameEn: "Xiaohongshu", kind: "community", domain: "public", color: "#ff2442" },
  wechat_channels: { nameZh: "微信视频号", nameEn: "WeChat Channels", kind: "short_video", domain: "public", color: "#07c160" },
  wechat_private: { nameZh: "微信私域", nameEn: "WeChat private domain", kind: "private_domain", domain: "private", color: "#166534" },
  weibo: { nameZh: "微博", nameEn: "Weibo", kind: "social", domain: "public", color: "#e6a700" },
  bilibili: { nameZh: "哔哩哔哩", nameEn: "Bilibili", kind: "community", domain: "public", color: "#fb7299" },
  tiktok: { nameZh: "TikTok", nameEn: "TikTok", kind: "short_video", domain: "public", color: "#7c3aed" },
  instagram: { nameZh: "Instagram", nameEn: "Instagram", kind: "social", domain: "public", color: "#c13584" },
  facebook: { nameZh: "Facebook", nameEn: "Facebook", kind: "social", domain: "public", color: "#1877f2" },
  youtube: { nameZh: "YouTube", nameEn: "YouTube", kind: "short_video", domain: "public", color: "#7f1d1d" },
  x: { nameZh: "X", nameEn: "X", kind: "social", domain: "public", color: "#64748b" },
  linkedin: { nameZh: "领英", nameEn: "LinkedIn", kind: "social", domain: "public", color: "#1e3a8a" },
  virtual: { nameZh: "虚拟社交平台", nameEn: "Virtual platforms", kind: "virtual", domain: "public", color: "#84cc16" },
} as const satisfies Record<PlatformKey, PlatformInfo>;

export function platformName(key: PlatformKey, locale: Locale): string {
  return locale === "zh-CN" ? PLATFORMS[key].nameZh : PLATFORMS[key].nameEn;
}
