// A URL-safe key for a name: lower-case ASCII letters and digits joined by
// hyphens, at most 40 characters. A name with no Latin letters (中文 only)
// gives `fallback`; callers add -2, -3, … until the key is free.
export function slugOf(name: string, fallback: string): string {
  return (
    name
      .normalize("NFKD")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 40) || fallback
  );
}

/** `base`, or `base-2`, `base-3`, … : the first that `taken` says is free. */
export async function firstFreeKey(base: string, taken: (key: string) => Promise<boolean>): Promise<string> {
  for (let i = 1; ; i++) {
    const key = i === 1 ? base : `${base}-${i}`;
    if (!(await taken(key))) return key;
  }
}
