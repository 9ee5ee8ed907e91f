// Text that a spreadsheet would run as a formula ("CSV injection"): an account
// handle, a content title or a file name comes from whoever made the imported
// file, and Excel, LibreOffice or Google Sheets evaluate a cell that starts
// with `=`, `+`, `-` or `@` (or a tab or carriage return before one) when the
// export is opened: `=HYPERLINK(...)` leaks data, `=cmd|...` runs programs.
// OWASP's advice is to prefix such a cell with a single quote, which makes
// the spreadsheet read it as text. Every CSV the app writes goes through
// guardFormula (via csvCell in lib/api/csv.ts), so this is the one place the
// rule lives.
//
// The canonical export promises that importing it again changes nothing, so
// the canonical importer takes the quote off again with unguardFormula, the
// exact inverse: text that already starts with quotes before a trigger
// character gets one more on the way out, and loses exactly one on the way
// in, so no handle can be changed by the round trip.

/**
 * First characters a spreadsheet treats as the start of a formula (OWASP's
 * list), and their full-width forms: with a Chinese or Japanese input locale
 * Excel may read `＝` as `=`, and guarding them costs nothing.
 */
const TRIGGERS = new Set(["=", "+", "-", "@", "\t", "\r", "\uFF1D", "\uFF0B", "\uFF0D", "\uFF20"]);

/**
 * A plain decimal number written as text (`-12.5`, `-3`, `1e-7`): a
 * spreadsheet reads it as that number, which runs nothing, and a negative
 * amount must stay a number in the export rather than become text.
 */
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Whether `text` needs the quote: a trigger after any leading quotes (so the quote can be taken off again exactly), and not a plain number. */
function needsGuard(text: string): boolean {
  let i = 0;
  while (text[i] === "'") i++;
  const first = text[i];
  return first !== undefined && TRIGGERS.has(first) && !PLAIN_NUMBER.test(text);
}

/** `text` as a spreadsheet shows it and never runs it: `'=1+1` for `=1+1`; anything else unchanged. */
export function guardFormula(text: string): string {
  return needsGuard(text) ? `'${text}` : text;
}

/** The inverse of guardFormula: takes off the quote it would have added, and nothing else (`'abc` stays `'abc`). */
export function unguardFormula(text: string): string {
  return text.startsWith("'") && needsGuard(text.slice(1)) ? text.slice(1) : text;
}
