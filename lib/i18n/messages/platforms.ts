import { section } from "./section";

/** /platforms — platform comparison. */
export const platforms = section({
  en: {
    title: "Platform comparison",
  },
  "zh-CN": {
    title: "平台对比",
  },
});
