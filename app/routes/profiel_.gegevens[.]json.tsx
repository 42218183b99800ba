import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "../utils/auth.server";

/** Everything Noaber holds about the logged-in person, as a JSON download (AVG art. 15 and 20). */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = await requireUser(request, context);
  const data = await context.app.services.privacy.exportData(actor);
  const day = data.exportedAt.slice(0, 10);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="noaber-mijn-gegevens-${day}.json"`,
      "Cache-Control": "private, no-store",
    },
  });
}
