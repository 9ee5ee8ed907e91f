// JSON.stringify for large answers, in turns: a KPI answer of 400 days for
// 14 platforms is 5.6 MB, and writing it in one call held the server's
// thread for ~20 ms while other requests waited. Plain objects and arrays
// that hold arrays are walked; everything else (a series point, a number, a
// Date) is written by JSON.stringify itself, in turns (lib/services/turns.ts).
// The text is the same as JSON.stringify's (a unit test holds the two equal).
import { ITEMS_PER_CHECK, Turns } from "@/lib/services/turns";

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return (proto === Object.prototype || proto === null) && typeof (value as { toJSON?: unknown }).toJSON !== "function";
}

/** Whether a value is walked rather than handed to JSON.stringify whole: an array, or a plain object with an array in it. */
function holdsArrays(value: unknown): boolean {
  if (Array.isArray(value)) return typeof (value as { toJSON?: unknown }).toJSON !== "function";
  return isPlainObject(value) && Object.values(value).some(Array.isArray);
}

/** Whether JSON.stringify leaves a property out (and writes null for an array item). */
const omitted = (value: unknown) => value === undefined || typeof value === "function" || typeof value === "symbol";

export async function jsonInTurns(value: unknown): Promise<string> {
  const parts: string[] = [];
  let items = 0;
  const turns = new Turns();
  const write = async (v: unknown): Promise<void> => {
    if (!holdsArrays(v)) {
      parts.push(JSON.stringify(v) ?? "null");
      return;
    }
    if (Array.isArray(v)) {
      parts.push("[");
      for (let i = 0; i < v.length; i++) {
        if (i > 0) parts.push(",");
        const item: unknown = v[i];
        if (omitted(item)) parts.push("null");
        else await write(item);
        if (++items % ITEMS_PER_CHECK === 0) await turns.next();
      }
      parts.push("]");
      return;
    }
    parts.push("{");
    let first = true;
    for (const [key, item] of Object.entries(v as Record<string, unknown>)) {
      if (omitted(item)) continue;
      parts.push(first ? "" : ",", JSON.stringify(key), ":");
      first = false;
      await write(item);
    }
    parts.push("}");
  };
  await write(value);
  return parts.join("");
}
