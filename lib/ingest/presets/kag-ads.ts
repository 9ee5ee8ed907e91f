// The Facebook ads layout of the public "KAG conversion" dataset: one row
// per ad (with its age band, gender and interest targeting), no date.
//   ad_id,xyz_campaign_id,fb_campaign_id,age,gender,interest,Impressions,Clicks,Spent,Total_Conversion,Approved_Conversion
// The file has no date column, so the user gives the day every row belongs
// to (`context.day`, need "day"). Rows are summed into one DailyRecord per
// account and day: account = `campaign_<xyz_campaign_id>` unless the user
// chose one (then every campaign goes to that account).
//   impressions = Σ Impressions, clicks = Σ Clicks,
//   spendMinor  = Σ Spent, each ad's spend rounded to the cent first (the
//                 file's `254.049996` is float noise of 254.05: Facebook
//                 bills in cents),
//   conversions = Σ Approved_Conversion: the dataset documents
//                 Approved_Conversion as people who bought the product after
//                 seeing the ad, Total_Conversion as people who enquired;
//                 METRICS.md counts orders as conversions. Total_Conversion
//                 is not stored (a note says so).
// Age and gender are summed over (DailyRecord has no segment); a group with
// a rejected row is not written at all, since a partial sum would be wrong.
import { rowError } from "../error-messages";
import type { PresetNeed } from "../types";
import {
  Columns,
  dataRows,
  emptyResult,
  headerLineOf,
  missingColumns,
  moneyCell,
  note,
  RowReader,
  scoreHeader,
  specHeaders,
  type BuiltInPreset,
  type HeaderSpec,
} from "./shared";
import { isDay } from "@/lib/metrics/periods";

const C = {
  adId: ["ad_id"],
  campaign: ["xyz_campaign_id"],
  fbCampaign: ["fb_campaign_id"],
  age: ["age"],
  gender: ["gender"],
  interest: ["interest"],
  impressions: ["Impressions"],
  clicks: ["Clicks"],
  spent: ["Spent"],
  totalConversion: ["Total_Conversion"],
  approvedConversion: ["Approved_Conversion"],
};

const SPEC: HeaderSpec = {
  required: [C.adId, C.campaign, C.spent],
  optional: [C.fbCampaign, C.age, C.gender, C.interest, C.impressions, C.clicks, C.totalConversion, C.approvedConversion],
};

interface Group {
  account: string;
  firstLine: number;
  impressions: number | null;
  clicks: number | null;
  spendMinor: number | null;
  conversions: number | null;
  badLines: number[];
}

/** Sum with null meaning "some row did not say": the total is then unknown too. */
const add = (a: number | null, b: number | null | undefined): number | null => (a === null || b === null || b === undefined ? null : a + b);

export const kagAdsPreset: BuiltInPreset = {
  key: "kag_ads",
  nameEn: "Facebook ads by ad (KAG layout, no date)",
  nameZh: "Facebook 广告按广告汇总（KAG 格式，无日期）",
  platform: "facebook",
  kind: "ads",
  headers: specHeaders(SPEC),
  detect: (header) => scoreHeader(header, SPEC),
  needs: (_header, _rows, context): PresetNeed[] => (context.day && isDay(context.day) ? [] : ["day"]),
  parse(header, rows, context) {
    const result = emptyResult();
    const cols = new Columns(header.names);
    const headerLine = headerLineOf(header, rows);
    if (missingColumns(cols, SPEC.required, result, headerLine)) return result;
    const i = Object.fromEntries(Object.entries(C).map(([k, aliases]) => [k, cols.find(aliases)])) as Record<keyof typeof C, number>;
    const day = context.day && isDay(context.day) ? context.day : null;
    if (!day) result.errors.push(rowError(headerLine, "(day)", context.day ?? "", "needs_day"));
    if (i.totalConversion >= 0) {
      note(result, "kag_conversions", "Conversions = Approved_Conversion (purchases); Total_Conversion (enquiries) is not stored.", "转化 = Approved_Conversion（购买）；Total_Conversion（咨询）不导入。");
    }
    note(result, "kag_segments", "Rows are summed per campaign: the age and gender splits are not kept.", "按广告系列汇总：不保留年龄和性别细分。");
    const groups = new Map<string, Group>();
    for (const row of dataRows(rows, result)) {
      const r = new RowReader(row.line, row.cells, cols, result.errors);
      const campaign = r.text(i.campaign);
      const account = context.account?.trim() || (campaign ? `campaign_${campaign}` : null);
      if (!account) r.error(i.campaign, { code: "no_campaign_id" });
      const impressions = r.value(i.impressions, "count", "impressions");
      const clicks = r.value(i.clicks, "count", "clicks");
      const spend = r.value(i.spent, moneyCell(context), "spendMinor");
      const conversions = r.value(i.approvedConversion, "count", "conversions");
      r.value(i.totalConversion, "count", "conversions");
      if (!account) continue;
      let g = groups.get(account);
      if (!g) {
        g = { account, firstLine: row.line, impressions: 0, clicks: 0, spendMinor: 0, conversions: 0, badLines: [] };
        groups.set(account, g);
      }
      if (r.failed) {
        g.badLines.push(row.line);
        continue;
      }
      g.impressions = add(g.impressions, impressions);
      g.clicks = add(g.clicks, clicks);
      g.spendMinor = add(g.spendMinor, spend);
      g.conversions = add(g.conversions, conversions);
    }
    if (!day) return result;
    for (const g of groups.values()) {
      if (g.badLines.length) {
        const lines = g.badLines.slice(0, 5).join(", ") + (g.badLines.length > 5 ? ", …" : "");
        result.errors.push(rowError(g.badLines[0] as number, "(total)", g.account, "partial_group", { account: g.account, day, lines }));
        continue;
      }
      const measures: Record<string, number | null> = { spendMinor: g.spendMinor };
      if (i.impressions >= 0) measures.impressions = g.impressions;
      if (i.clicks >= 0) measures.clicks = g.clicks;
      if (i.approvedConversion >= 0) measures.conversions = g.conversions;
      result.daily.push({ line: g.firstLine, day, platformKey: "facebook", account: g.account, measures });
    }
    return result;
  },
};
