/** `days` from now at `hour`:00 UTC: a date far enough ahead for a klus, the same every run of the day. */
export function inDays(days: number, hour = 10) {
  const date = new Date(Date.now() + days * 24 * 3_600_000);
  date.setUTCHours(hour, 0, 0, 0);
  return date;
}
