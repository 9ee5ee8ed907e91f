// The HTTP API's 400 messages in both languages: the answer's summary, one
// message per kind of zod issue, and the codes our own schemas and request
// readers attach to the checks zod does not name. Field names are never
// translated. `{name}` placeholders are filled from the issue.
import { section } from "./section";

export const apiErrors = section({
  en: {
    summary: "Invalid {fields}",
    /** more fields than the summary names */
    summaryMore: "Invalid {fields} and {more} more",
    issue: {
      unknownParameter: "unknown parameter",
      required: "required",
      invalidType: "expected {expected}",
      tooSmallNumber: "must be at least {minimum}",
      tooSmallNumberExclusive: "must be greater than {minimum}",
      tooSmallString: "must be at least {minimum} characters long",
      tooSmallItems: "must have at least {minimum} items",
      tooBigNumber: "must be at most {maximum}",
      tooBigNumberExclusive: "must be less than {maximum}",
      tooBigString: "must be at most {maximum} characters long",
      tooBigItems: "must have at most {maximum} items",
      invalidValue: "must be one of {values}",
      invalidFormat: "has the wrong format",
      notMultipleOf: "must be a multiple of {divisor}",
      invalidUnion: "does not match any accepted form",
      invalid: "is not valid",
    },
    // codes our schemas and request readers give their own checks (ApiIssueCode)
    code: {
      not_a_day: "must be a date YYYY-MM-DD",
      not_an_iso_week: "must be an ISO week YYYY-Www, e.g. 2026-W47",
      from_after_to: "must not be after to",
      unknown_platform: "unknown platform {platforms}",
      not_json: "must be JSON",
      json_too_deep: "nests arrays or objects more than {max} levels deep",
      mapping_empty: "map at least one column",
      mapping_field: "{at}: {detail}",
      account_twice: "give accountColumn or account, not both",
      not_multipart: "send the file as multipart/form-data, in a field named file",
      form_unreadable: "the multipart form could not be read",
      file_missing: "required: the export file to import",
      field_is_file: "must be text, not a file",
      unknown_option: "{detail}",
      unknown_time_zone: "unknown time zone: use an IANA name such as Asia/Shanghai",
      unknown_currency: "unknown currency: use an ISO 4217 code such as CNY or USD",
      confirm_mismatch: "type the workspace's name exactly as it is shown to confirm",
      unknown_benchmark_set: "unknown benchmark set {key}: choose the built-in set or one of this workspace's own",
      already_member: "{email} is already a member of this workspace",
      demo_user_email: "{email} is a demo user: demo users belong to the demo workspace only",
      password_required: "required: choose a password (at least 10 characters) for the new account",
    },
  },
  "zh-CN": {
    summary: "参数无效：{fields}",
    summaryMore: "参数无效：{fields}，另有 {more} 项",
    issue: {
      unknownParameter: "未知参数",
      required: "必填",
      invalidType: "类型应为 {expected}",
      tooSmallNumber: "不能小于 {minimum}",
      tooSmallNumberExclusive: "必须大于 {minimum}",
      tooSmallString: "至少 {minimum} 个字符",
      tooSmallItems: "至少 {minimum} 项",
      tooBigNumber: "不能大于 {maximum}",
      tooBigNumberExclusive: "必须小于 {maximum}",
      tooBigString: "最多 {maximum} 个字符",
      tooBigItems: "最多 {maximum} 项",
      invalidValue: "必须是以下之一：{values}",
      invalidFormat: "格式不正确",
      notMultipleOf: "必须是 {divisor} 的倍数",
      invalidUnion: "不符合任何可接受的格式",
      invalid: "无效",
    },
    code: {
      not_a_day: "必须是 YYYY-MM-DD 格式的日期",
      not_an_iso_week: "必须是 YYYY-Www 格式的 ISO 周，例如 2026-W47",
      from_after_to: "不能晚于 to",
      unknown_platform: "未知的平台 {platforms}",
      not_json: "必须是 JSON",
      json_too_deep: "数组或对象嵌套超过 {max} 层",
      mapping_empty: "请至少映射一列",
      mapping_field: "{at}：{detail}",
      account_twice: "accountColumn 与 account 只能给出一个",
      not_multipart: "请以 multipart/form-data 上传文件，字段名为 file",
      form_unreadable: "无法读取 multipart 表单",
      file_missing: "必填：要导入的导出文件",
      field_is_file: "必须是文本，不能是文件",
      unknown_option: "取值无效（{detail}）",
      unknown_time_zone: "未知时区：请使用 IANA 名称，如 Asia/Shanghai",
      unknown_currency: "未知货币：请使用 ISO 4217 代码，如 CNY 或 USD",
      confirm_mismatch: "请按显示的内容准确输入工作区名称以确认",
      unknown_benchmark_set: "未知的基准集 {key}：请选择内置基准集或本工作区自己的基准集",
      already_member: "{email} 已是本工作区成员",
      demo_user_email: "{email} 是演示用户：演示用户只属于演示工作区",
      password_required: "必填：为新账户设置密码（至少10个字符）",
    },
  },
});

export type ApiErrorMessages = (typeof apiErrors)["en"];
/** A code one of our own checks gives its issue (zod `params.code`), so the 400 can say it in the request's language. */
export type ApiIssueCode = keyof ApiErrorMessages["code"];
