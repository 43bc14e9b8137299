// Spreadsheets run a cell that starts with one of these as a formula (CSV injection): such a cell
// gets a leading apostrophe, which they show as text. A leading "-" is left alone: dashes open
// ordinary sentences, and a formula needs more than a minus.
const FORMULA_START = /^[=+@\t\r]/;

/** Given one value, returns it as an RFC 4180 CSV field: quoted when it holds a comma, quote or line break. */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = value instanceof Date ? value.toISOString() : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Given the values of one row, returns the CSV line, CRLF-terminated as RFC 4180 asks. */
export const csvRow = (values: readonly unknown[]): string => `${values.map(csvField).join(',')}\r\n`;
