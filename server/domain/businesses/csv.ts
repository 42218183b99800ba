/**
 * A CSV file as Excel in the Netherlands opens it: a byte-order mark so it reads UTF-8, a
 * semicolon between fields (Dutch Excel's list separator), CRLF line ends (RFC 4180).
 */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number | null>>): string {
  return "\uFEFF" + rows.map((row) => row.map(csvField).join(";")).join("\r\n") + "\r\n";
}

// A text starting with one of these is run as a formula by spreadsheets (OWASP "CSV injection"):
// a leading apostrophe makes it plain text again.
const formulaStart = /^[=+\-@\t\r]/;

/** One field: quoted when it holds a separator, a quote or a line break; quotes doubled. */
export function csvField(value: string | number | null): string {
  if (value === null) return "";
  if (typeof value === "number") return String(value);
  const text = formulaStart.test(value) ? `'${value}` : value;
  return /[";\r\n,]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
