// A 400 from /api/v1 speaks the request's language: `?lang=` first, then the
// first language of Accept-Language (English when that is English, else
// Chinese). Field names stay as they are. Real route handlers, real SQLite.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getDomains } from "@/app/api/v1/domains/route";
import { POST as postPreview } from "@/app/api/v1/imports/preview/route";
import { GET as getWeekly } from "@/app/api/v1/report/weekly/route";
import { signedInMember } from "../helpers/auth";
import { callRoute, signInAs } from "../helpers/route-call";
import { createTempDatabase, type TempDatabase } from "../helpers/temp-db";

let t: TempDatabase;
beforeAll(async () => {
  t = await createTempDatabase();
  const ws = await t.db.workspace.create({ data: { slug: "lang-test", name: "Language test" } });
  process.env.DATABASE_URL = t.url;
  // a manager: reads the reports and may send uploads to the preview
  signInAs(await signedInMember(t.db, ws, "manager"));
});
afterAll(() => t.cleanup());

interface ErrorBody {
  error: { code: string; message: string; issues: { field: string; message: string }[] };
}

const HAN = /\p{Script=Han}/u;

async function badRequest(response: Response): Promise<ErrorBody["error"]> {
  expect(response.status).toBe(400);
  return ((await response.json()) as ErrorBody).error;
}

const chinese = (text: string) => expect(text, text).toMatch(HAN);
const english = (text: string) => {
  expect(text, text).not.toMatch(HAN);
  expect(text, text).toMatch(/[a-z]{3}/);
};

describe("400 messages in the request's language", () => {
  // from: not a day (our own check); to: missing (zod); colour: not a parameter
  const BAD = "/api/v1/domains?from=2026-13-01&colour=red";

  it("answers in Chinese for Accept-Language zh-CN, naming the fields as they are", async () => {
    const error = await badRequest(await callRoute(getDomains, BAD, undefined, { headers: { "accept-language": "zh-CN,zh;q=0.9,en;q=0.8" } }));
    expect(error.code).toBe("bad_request");
    expect(error.issues.map((i) => i.field).sort()).toEqual(["colour", "from", "to"]);
    chinese(error.message);
    expect(error.message).toContain("from");
    for (const issue of error.issues) chinese(issue.message);
    expect(error.issues.find((i) => i.field === "from")?.message).toBe("必须是 YYYY-MM-DD 格式的日期");
    expect(error.issues.find((i) => i.field === "to")?.message).toBe("必填");
    expect(error.issues.find((i) => i.field === "colour")?.message).toBe("未知参数");
  });

  it("answers in English for Accept-Language en", async () => {
    const error = await badRequest(await callRoute(getDomains, BAD, undefined, { headers: { "accept-language": "en-GB,en;q=0.9,zh-CN;q=0.5" } }));
    expect(error.issues.map((i) => i.field).sort()).toEqual(["colour", "from", "to"]);
    english(error.message);
    for (const issue of error.issues) english(issue.message);
    expect(error.issues.find((i) => i.field === "from")?.message).toBe("must be a date YYYY-MM-DD");
    expect(error.issues.find((i) => i.field === "to")?.message).toBe("required");
    expect(error.issues.find((i) => i.field === "colour")?.message).toBe("unknown parameter");
  });

  it("answers in Chinese without Accept-Language, and ?lang= wins over the header (and is no unknown parameter)", async () => {
    const none = await badRequest(await callRoute(getWeekly, "/api/v1/report/weekly?week=2026-47"));
    expect(none.issues.map((i) => i.field)).toEqual(["week"]);
    chinese(none.issues[0]?.message ?? "");

    const en = await badRequest(await callRoute(getWeekly, "/api/v1/report/weekly?week=2026-47&lang=en", undefined, { headers: { "accept-language": "zh-CN" } }));
    expect(en.issues.map((i) => i.field)).toEqual(["week"]);
    expect(en.issues[0]?.message).toBe("must be an ISO week YYYY-Www, e.g. 2026-W47");

    const zh = await badRequest(await callRoute(getDomains, "/api/v1/domains?from=2026-11-22&to=2026-11-16&lang=zh-CN", undefined, { headers: { "accept-language": "en" } }));
    expect(zh.issues).toEqual([{ field: "from", message: "不能晚于 to" }]);
  });

  it("says zod's own checks in either language (an enum, an unknown platform)", async () => {
    const path = "/api/v1/report/weekly?format=xml&platform=douyin,tiktokk";
    const zh = await badRequest(await callRoute(getWeekly, path, undefined, { headers: { "accept-language": "zh-CN" } }));
    const en = await badRequest(await callRoute(getWeekly, path, undefined, { headers: { "accept-language": "en" } }));
    expect(zh.issues.map((i) => i.field).sort()).toEqual(["format", "platform"]);
    expect(en.issues.map((i) => i.field).sort()).toEqual(["format", "platform"]);
    for (const issue of zh.issues) chinese(issue.message);
    for (const issue of en.issues) english(issue.message);
    expect(en.issues.find((i) => i.field === "platform")?.message).toBe('unknown platform "tiktokk"');
    expect(zh.issues.find((i) => i.field === "platform")?.message).toBe('未知的平台 "tiktokk"');
  });

  it("says a request reader's own 400 (no multipart upload) in either language", async () => {
    // JSON, not a multipart upload: past the wrapper's content-type rule (a text/plain body is refused with a 415 before any reader), refused by the upload reader
    const post = (lang: string) =>
      callRoute(postPreview, "/api/v1/imports/preview", undefined, { method: "POST", body: '"hello"', headers: { "accept-language": lang, "content-type": "application/json" } });
    const zh = await badRequest(await post("zh-CN"));
    const en = await badRequest(await post("en-US"));
    expect(zh.issues.map((i) => i.field)).toEqual(["file"]);
    expect(en.issues.map((i) => i.field)).toEqual(["file"]);
    chinese(zh.message);
    chinese(zh.issues[0]?.message ?? "");
    expect(en).toEqual({ code: "bad_request", message: "Invalid file", issues: [{ field: "file", message: "send the file as multipart/form-data, in a field named file" }] });
  });
});
