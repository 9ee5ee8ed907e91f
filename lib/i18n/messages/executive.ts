import { section } from "./section";

/** /executive — executive summary. */
export const executive = section({
  en: {
    title: "Executive summary",
  },
  "zh-CN": {
    title: "管理层摘要",
  },
});
