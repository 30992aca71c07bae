// What every CSV file of Maillage does to its text cells before writing them.
//
// A spreadsheet (Excel, LibreOffice, Google Sheets) reads a cell that starts
// with =, +, - or @ as a formula: an organisation named
// `=HYPERLINK("http://…","clic")` or `@SUM(…)` would run as one in the
// collectivité's spreadsheet (CSV injection). As OWASP recommends, such a
// text cell gets a leading apostrophe, which spreadsheets read as "this is
// text" and do not show; the rest of the cell is left as it was, so that a
// program reading the file gets the value back by removing that one
// apostrophe. A leading tab or carriage return gets it too: some readers trim
// them away, which would bring the formula back; and so does a cell whose
// formula character comes after leading spaces, for the same reason. Nothing
// is trimmed here.
//
// Only text is concerned: numbers are written as numbers (no export has a
// negative number column, and a negative number is no formula anyway).

const FORMULA_START = /^(?:[\t\r]|\s*[=+\-@])/;

/** A text cell as spreadsheets will take for text: `'` in front of a would-be formula. */
export function spreadsheetSafe(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
