// One page's messages in both languages, side by side, so that a page's
// strings are edited in one file and a missing translation fails the type check.
export type DeepString<T> = { [K in keyof T]: T[K] extends string ? string : DeepString<T[K]> };

export function section<T extends object>(messages: { en: T; "zh-CN": DeepString<T> }): { en: DeepString<T>; "zh-CN": DeepString<T> } {
  return messages as { en: DeepString<T>; "zh-CN": DeepString<T> };
}
