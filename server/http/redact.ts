/**
 * Secrets that travel in URLs. The iCal feed's token is the whole credential of `/kalender/<token>`
 * (calendar apps cannot log in), so it must not reach the logs, whether in the path, a Remix `_data`
 * request, or another URL's query (`?redirectTo=%2Fkalender%2F…`). Matched case-insensitively and
 * percent-encoded too, because routing matches `/Kalender/…` and query values arrive encoded.
 */
const calendarToken = /((?:\/|%2f)kalender(?:\/|%2f))[^/?#&;\s"']+/gi;

/** The URL (or any text holding URLs) with every calendar token replaced by `[redacted]`. Pure: also used by app/. */
export function redactUrl(url: string): string {
  return url.replace(calendarToken, "$1[redacted]");
}

/** The same for every string inside a parsed query or route params object (`{ redirectTo: "/kalender/…" }`). */
export function redactValues(value: unknown): unknown {
  if (typeof value === "string") return redactUrl(value);
  if (Array.isArray(value)) return value.map(redactValues);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, redactValues(inner)]));
  }
  return value;
}
