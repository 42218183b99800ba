import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { isDomainError } from "../../server/domain/errors";
import { requireUser } from "../utils/auth.server";
import { validateCsrf } from "../utils/csrf.server";

/**
 * Starts (or finds) a conversation and goes there: a volunteer asking an organisation, a
 * coordinator writing to a volunteer or an applicant, or a member opening the klus group. Forms
 * only, no page.
 */
export async function action({ request, context }: ActionFunctionArgs) {
  const actor = await requireUser(request, context);
  const formData = await request.formData();
  await validateCsrf(formData, request, context);
  const { conversations } = context.app.services;
  const field = (name: string) => String(formData.get(name) ?? "");
  try {
    const intent = field("intent");
    const { conversationId } =
      intent === "organisation"
        ? await conversations.startWithOrganisation(actor, { organisationId: field("organisationId") })
        : intent === "volunteer"
          ? await conversations.startWithVolunteer(actor, {
              organisationId: field("organisationId"),
              volunteerId: field("volunteerId"),
            })
          : intent === "applicant"
            ? await conversations.startWithApplicant(actor, { applicationId: field("applicationId") })
            : intent === "klus-group"
              ? await conversations.openKlusGroup(actor, { opportunityId: field("opportunityId") })
              : (() => {
                  throw new Response(null, { status: 400 });
                })();
    return redirect(`/gesprekken/${conversationId}`, 303);
  } catch (error) {
    if (isDomainError(error)) {
      throw new Response(null, { status: error.code === "not_found" ? 404 : error.code === "forbidden" ? 403 : 400 });
    }
    throw error;
  }
}

export async function loader() {
  return redirect("/gesprekken");
}
