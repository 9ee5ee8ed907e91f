// The built-in presets, one per export layout. Each file says what maps
// where, what is derived, and why per-post exports write no daily rows.
import type { Preset } from "../types";
import { canonicalPreset } from "./canonical";
import { douyinWorksPreset } from "./douyin-works";
import { kagAdsPreset } from "./kag-ads";
import { metaPageContentPreset } from "./meta-page-content";
import type { BuiltInPreset } from "./shared";
import { tiktokContentPreset } from "./tiktok-content";
import { tiktokOverviewPreset } from "./tiktok-overview";
import { wechatChannelsPreset } from "./wechat-channels";
import { wechatOfficialAccountPreset } from "./wechat-official-account";
import { xOverviewPreset } from "./x-overview";
import { xPostsPreset } from "./x-posts";
import { xiaohongshuNotesPreset } from "./xiaohongshu-notes";
import { youtubeTablePreset } from "./youtube-table";

export type { BuiltInPreset, BuiltInPresetResult, PresetNote } from "./shared";

/** Every built-in preset with the column names it is recognised by. */
export const BUILT_IN: readonly BuiltInPreset[] = [
  canonicalPreset,
  tiktokOverviewPreset,
  tiktokContentPreset,
  youtubeTablePreset,
  xOverviewPreset,
  xPostsPreset,
  metaPageContentPreset,
  kagAdsPreset,
  douyinWorksPreset,
  xiaohongshuNotesPreset,
  wechatChannelsPreset,
  wechatOfficialAccountPreset,
];

export const BUILT_IN_PRESETS: Preset[] = [...BUILT_IN];

export function presetByKey(key: string): BuiltInPreset | undefined {
  return BUILT_IN.find((p) => p.key === key);
}

export {
  canonicalPreset,
  douyinWorksPreset,
  kagAdsPreset,
  metaPageContentPreset,
  tiktokContentPreset,
  tiktokOverviewPreset,
  wechatChannelsPreset,
  wechatOfficialAccountPreset,
  xOverviewPreset,
  xPostsPreset,
  xiaohongshuNotesPreset,
  youtubeTablePreset,
};
