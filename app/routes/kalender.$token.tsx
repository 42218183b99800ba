import type { LoaderFunctionArgs } from "@remix-run/node";
import { isDomainError } from "../../server/domain/errors";

/**
 * The iCal feed (text/calendar) behind a volunteer's secret link. No session: calendar apps fetch it
 * on their own. An unknown or revoked token is a 404.
 */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const origin = (context.app.config.publicUrl ?? new URL(request.url).origin).replace(/\/$/, "");
  let body: string;
  try {
    body = await context.app.services.agenda.calendarFeed(params.token ?? "", { baseUrl: origin });
  } catch (error) {
    if (isDomainError(error) && error.code === "not_found") {
      return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
    }
    throw error;
  }
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="noaber.ics"',
      "Cache-Control": "private, no-store",
      // The secret is in the path: do not pass it on to other sites.
      "Referrer-Policy": "no-referrer",
    },
  });
}
