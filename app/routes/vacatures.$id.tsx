import { parseWithZod } from "@conform-to/zod";
import {
  json,
  redirect,
  type ActionFunctionArgs,
  type LinksFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { applySchema } from "../../server/domain/applications/applications.schemas";
import { ApplyPanel, type ApplyPanelData } from "../components/opportunities/ApplyPanel";
import { OpportunityDetailView } from "../components/opportunities/OpportunityDetail";
import { StartConversationForm } from "../components/messaging/StartConversationForm";
import { OrganisationLink } from "../components/organisations/OrganisationLink";
import { HiddenByModerationNotice, ReportOpportunityForm } from "../components/moderation/ReportOpportunityForm";
import opportunityStyles from "../components/opportunities/opportunities.css";
import { requireUser } from "../utils/auth.server";
import { readForm } from "../utils/form.server";
import { replyWithDomainError } from "../utils/form-replies.server";
import { getOpportunityDetail } from "./__opportunity-detail.server";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: opportunityStyles }];

export async function loader(args: LoaderFunctionArgs) {
  const { detail, justPublished, actor } = await getOpportunityDetail(args, "vacancy");
  const { services } = args.context.app;
  const [application, stats] = await Promise.all([
    services.applications.findMineFor(actor, detail.id),
    services.applications.responseStats(detail.organisation.id),
  ]);
  const search = new URL(args.request.url).searchParams;
  const apply: ApplyPanelData = {
    loggedIn: actor.kind === "user",
    open: detail.status === "open",
    application: application ? { id: application.id, status: application.status } : null,
    stats: { rate: stats.rate, medianHours: stats.medianHours },
    notice: search.has("gereageerd") ? "sent" : search.has("ingetrokken") ? "withdrawn" : null,
  };
  // Messaging: a volunteer may ask the organisation a question.
  const canAskOrganisation = actor.kind === "user" && actor.roles.includes("volunteer") && !detail.canManage;
  const canReport = actor.kind === "user" && !detail.canManage;
  return json({ detail, justPublished, apply, canAskOrganisation, canReport, reported: search.has("gemeld") });
}

/** Applying (a motivation) and withdrawing, as plain form posts. */
export async function action({ request, context, params }: ActionFunctionArgs) {
  const formData = await readForm(request, context);
  const actor = await requireUser(request, context);
  const here = `/vacatures/${params.id ?? ""}`;
  const { applications } = context.app.services;
  if (formData.get("intent") === "withdraw") {
    try {
      await applications.withdraw(actor, { applicationId: String(formData.get("applicationId") ?? "") });
    } catch (error) {
      const submission = parseWithZod(formData, { schema: applySchema });
      return replyWithDomainError(submission, error);
    }
    return redirect(`${here}?ingetrokken=1#reageren`);
  }
  const submission = parseWithZod(formData, { schema: applySchema });
  if (submission.status !== "success") return json(submission.reply(), { status: 400 });
  try {
    await applications.apply(actor, submission.value);
  } catch (error) {
    return replyWithDomainError(submission, error);
  }
  return redirect(`${here}?gereageerd=1#reageren`);
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.detail.title} · Noaber` : "Noaber" },
];

export default function VacancyPage() {
  const { detail, justPublished, apply, canAskOrganisation, canReport, reported } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  return (
    <>
      <OpportunityDetailView detail={detail} justPublished={justPublished} />
      <ApplyPanel opportunityId={detail.id} data={apply} lastResult={lastResult} />
      {canAskOrganisation ? (
        <StartConversationForm start={{ intent: "organisation", organisationId: detail.organisation.id }} />
      ) : null}
      <OrganisationLink organisation={detail.organisation} />
      {detail.hiddenByModeration ? <HiddenByModerationNotice /> : null}
      {canReport ? <ReportOpportunityForm opportunity={detail} reported={reported} /> : null}
    </>
  );
}
