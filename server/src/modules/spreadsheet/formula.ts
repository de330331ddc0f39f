/**
 * Spreadsheet formula injection (OWASP "CSV injection"): text that starts with `=`, `+`, `-`,
 * `@`, a tab or a carriage return is taken for a formula by Excel and WPS, so ledger text an
 * expert typed could run in the bureau's Excel. Every export writes such text with a leading
 * apostrophe, the same rule as the dashboard's own CSV (dashboard/src/charts/csv.ts); imports
 * take the apostrophe off again, so an exported file imports back to the same text.
 */

const FORMULA_START = /^[=+\-@\t\r]/;
const NEUTRALISED = /^'[=+\-@\t\r]/;

/** The cell as written into an export: formula-like text behind an apostrophe, anything else as is. */
export function neutraliseFormula<T>(value: T): T | string {
  return typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value;
}

/** Text read from an imported cell, with an export's apostrophe in front of a formula character removed. */
export function restoreFormulaText(text: string): string {
  return NEUTRALISED.test(text) ? text.slice(1) : text;
}
