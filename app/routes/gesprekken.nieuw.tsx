import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { requireUser } from "../utils/auth.server";
import { readForm } from "../utils/form.server";
import { pageForDomainError } from "../utils/domain-errors.server";

/**
 * Starts (or finds) a conversation and goes there: a volunteer asking an organisation, a
 * coordinator writing to a volunteer or an applicant, or a member opening the klus group. Forms
 * only, no page.
 */
export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await readForm(request, context);
  const actor = await requireUser(request, context);
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
    if (error instanceof Response) throw error;
    pageForDomainError(error, { request, forbidden: "notAllowed" });
  }
}

export async function loader() {
  return redirect("/gesprekken");
}
