// How the /data page reads the server's answers (components/data/http.ts,
// describe.ts): parsed with the routes' zod schemas, an answer of another
// shape is a sentence in the panel, never a crash; error bodies are read
// field by field.
import { describe, expect, it } from "vitest";
import { describeFailure } from "@/components/data/describe";
import { errorInfo, previewInError, readAnswer, UndoAnswerSchema } from "@/components/data/http";
import { data } from "@/lib/i18n/messages/data";
import { TokenCreatedResponse } from "@/lib/schemas/api/imports";

const TOKEN = { id: 1, name: "ci", prefix: "kpi_ab", scopes: ["ingest"], createdAt: "2026-12-04T10:00:00.000Z", lastUsedAt: null, revokedAt: null };

describe("readAnswer", () => {
  it("a 2xx answer of the route's shape is its data", () => {
    const reply = readAnswer({ status: 201, body: { token: TOKEN, secret: "kpi_secret" } }, TokenCreatedResponse);
    expect(reply).toEqual({ kind: "ok", data: { token: TOKEN, secret: "kpi_secret" } });
  });

  it("a 2xx answer of another shape is malformed, naming where", () => {
    const reply = readAnswer({ status: 200, body: { token: { ...TOKEN, id: "1" }, secret: "s" } }, TokenCreatedResponse);
    expect(reply.kind).toBe("malformed");
    if (reply.kind !== "malformed") return;
    expect(reply.status).toBe(200);
    expect(reply.issue).toMatch(/^token\.id: /);
    expect(readAnswer({ status: 200, body: null }, UndoAnswerSchema).kind).toBe("malformed");
  });

  it("a refusal (not 2xx, or no answer) is kept as the answer, for describeAnswer", () => {
    const answer = { status: 409, body: { error: { code: "later_imports" } } };
    expect(readAnswer(answer, UndoAnswerSchema)).toEqual({ kind: "refused", answer });
    expect(readAnswer({ status: 0, body: null }, UndoAnswerSchema).kind).toBe("refused");
  });

  it("describeFailure says so in the page's language", () => {
    const malformed = { kind: "malformed", status: 200, issue: "token.id: expected number" } as const;
    expect(describeFailure(malformed, data.en, "en")).toContain("HTTP 200");
    expect(describeFailure(malformed, data.en, "en")).toContain("token.id: expected number");
    expect(describeFailure(malformed, data["zh-CN"], "zh-CN")).toContain("HTTP 200");
    expect(describeFailure({ kind: "refused", answer: { status: 0, body: null } }, data.en, "en")).toBe(data.en.errors.network);
  });
});

describe("errorInfo", () => {
  it("reads lib/api/response.ts's error body", () => {
    const info = errorInfo({ error: { code: "bad_request", message: "Invalid name", issues: [{ field: "name", message: "Too small" }] } });
    expect(info).toEqual({ code: "bad_request", message: "Invalid name", messageZh: null, issues: [{ field: "name", message: "Too small" }], rejected: null, needs: null, laterBatchIds: null });
  });

  it("reads the import routes' fields: en and zh beside the message, needs, rejected, later batches", () => {
    const info = errorInfo({ error: { code: "later_imports", message: "后来的", en: "Later", zh: "后来的", laterBatchIds: [3, 4], needs: ["year"], rejected: 2 } });
    expect(info).toMatchObject({ message: "Later", messageZh: "后来的", laterBatchIds: [3, 4], needs: ["year"], rejected: 2 });
    expect(errorInfo({ error: { message: { en: "E", zh: "中" } } })).toMatchObject({ message: "E", messageZh: "中" });
  });

  it("an odd field is dropped on its own; a body that is no error is nothing", () => {
    const info = errorInfo({ error: { code: "needs_input", message: "m", needs: ["colour"], laterBatchIds: "3", issues: [{ field: 1 }] } });
    expect(info).toMatchObject({ code: "needs_input", message: "m", needs: null, laterBatchIds: null, issues: [] });
    for (const body of [null, "text", 42, []]) expect(errorInfo(body)).toMatchObject({ code: null, message: null, messageZh: null, issues: [] });
  });

  it("previewInError is the dry run only when it has the preview's shape", () => {
    expect(previewInError({ error: { code: "rejected_rows" }, preview: { counts: { rejected: 1 } } })).toBeNull();
    expect(previewInError(null)).toBeNull();
  });
});
