// How deeply a JSON text nests, measured on the text before it is parsed.
// JSON.parse copes with any depth, but what comes after it does not: zod,
// JSON.stringify of a value echoed in an error and other recursive walks
// overflow the stack somewhere past a few thousand levels, which would be a
// 500. No body this API takes nests more than a handful of levels.

/** The deepest nesting any JSON body may have (`{"rows":[{…}]}` is 3). */
export const MAX_JSON_DEPTH = 64;

/** Whether `text` opens more than `max` arrays/objects inside one another (brackets inside strings do not count). */
export function jsonTooDeep(text: string, max = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: the next character is escaped
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}
