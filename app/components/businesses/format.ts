import { formatDate } from "../opportunities/format";

/** A calendar date (YYYY-MM-DD) as people read it, without shifting it by a time zone. */
export function formatCalendarDate(date: string, language: string): string {
  return formatDate(`${date}T12:00:00Z`, language);
}
