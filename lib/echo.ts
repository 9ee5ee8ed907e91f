// Input shown back to whoever sent it — a field name in a 400, a cell's
// value in a row error — is cut to a bounded length. Whole values made the
// answers grow with the input: a request holding 100,000 long keys got a
// reply ten times its size, and a stored import kept every giant cell.

/** The most characters of any one piece of input an answer repeats. */
export const MAX_ECHO_CHARS = 200;

/** `text`, or its first `max - 1` characters and "…" (never half of a surrogate pair). */
export function clipEcho(text: string, max = MAX_ECHO_CHARS): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}
