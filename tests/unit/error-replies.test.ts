// Answers that repeat input stay bounded: echoed text is clipped, and a
// 400 lists at most MAX_LISTED_ISSUES issues and says how many there were.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { badRequest, MAX_LISTED_ISSUES } from "@/lib/api/response";
import { clipEcho, MAX_ECHO_CHARS } from "@/lib/echo";

const KB = 1024;

describe("clipEcho", () => {
  it(`keeps text up to ${MAX_ECHO_CHARS} characters and cuts longer text with an ellipsis`, () => {
    expect(clipEcho("a".repeat(MAX_ECHO_CHARS))).toBe("a".repeat(MAX_ECHO_CHARS));
    const clipped = clipEcho("a".repeat(10_000));
    expect(clipped).toHaveLength(MAX_ECHO_CHARS);
    expect(clipped.endsWith("…")).toBe(true);
  });
  it("never leaves half of a surrogate pair", () => {
    const clipped = clipEcho(`${"a".repeat(MAX_ECHO_CHARS - 2)}😀😀😀`);
    expect(clipped).toBe(`${"a".repeat(MAX_ECHO_CHARS - 2)}…`);
  });
});

describe("badRequest", () => {
  it("lists at most MAX_LISTED_ISSUES issues, says how many there were, and stays small", async () => {
    const input = Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`unknown_key_${i}_${"k".repeat(300)}`, 1]));
    const parsed = z.strictObject({ name: z.string().optional() }).safeParse(input);
    expect(parsed.success).toBe(false);
    const response = badRequest((parsed as { error: z.ZodError }).error, "en");
    const text = await response.text();
    expect(text.length).toBeLessThan(50 * KB);
    const body = JSON.parse(text) as { error: { message: string; issues: { field: string; message: string }[]; truncated: { shown: number; total: number } } };
    expect(body.error.issues).toHaveLength(MAX_LISTED_ISSUES);
    expect(body.error.truncated).toEqual({ shown: MAX_LISTED_ISSUES, total: 100_000 });
    expect(body.error.issues.every((i) => i.field.length <= MAX_ECHO_CHARS && i.message === "unknown parameter")).toBe(true);
    // the summary names ten fields and counts the rest
    expect(body.error.message).toMatch(/^Invalid unknown_key_0_k+…, .* and 99990 more$/);
  });

  it("keeps the answer as it was when there are few issues", async () => {
    const parsed = z.strictObject({ a: z.number() }).safeParse({ a: "x", b: 1 }, { reportInput: true });
    const body = (await badRequest((parsed as { error: z.ZodError }).error, "zh-CN").json()) as { error: Record<string, unknown> };
    expect(body.error).toEqual({ code: "bad_request", message: "参数无效：a, b", issues: [{ field: "a", message: "类型应为 number" }, { field: "b", message: "未知参数" }] });
  });
});
