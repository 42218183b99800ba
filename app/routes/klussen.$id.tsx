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
import { z } from "zod";
import { cancelClaimSchema, markAttendanceSchema, ownClaimSchema } from "../../server/domain/claims/claims.schemas";
import { isDomainError } from "../../server/domain/errors";
import { ClaimList } from "../components/claims/ClaimList";
import { ClaimPanel } from "../components/claims/ClaimPanel";
import { NoticeWaves } from "../components/notices/NoticeWaves";
import { TeamClaimForm, TeamReservations, teamClaimFormSchema } from "../components/claims/TeamClaimPanel";
import { OpportunityDetailView } from "../components/opportunities/OpportunityDetail";
import { StartConversationForm } from "../components/messaging/StartConversationForm";
import { OrganisationLink } from "../components/organisations/OrganisationLink";
import { HiddenByModerationNotice, ReportOpportunityForm } from "../components/moderation/ReportOpportunityForm";
import opportunityStyles from "../components/opportunities/opportunities.css";
import teamClaimStyles from "../components/claims/team-claims.css";
import { requireUser } from "../utils/auth.server";
import { readForm } from "../utils/form.server";
import { replyWithDomainError } from "../utils/form-replies.server";
import { getOpportunityDetail } from "./__opportunity-detail.server";
import { isFormProblem, pageForDomainError, statusOf } from "../utils/domain-errors.server";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: opportunityStyles },
  { rel: "stylesheet", href: teamClaimStyles },
];

const notices = {
  aangemeld: "joined",
  wachtlijst: "joinedWaitlist",
  afgemeld: "cancelled",
  bevestigd: "confirmed",
  overgedragen: "handedOver",
} as const;
// The second step of handing a spot over (a plain link, so it works without JavaScript).
const handOverParam = "overdragen";
const teamCreatedParam = "team-aangemeld";
// Names the claim whose attendance was just saved, so the list says so beside it.
const attendanceSavedParam = "opgeslagen";

export async function loader(args: LoaderFunctionArgs) {
  const { detail, justPublished, actor } = await getOpportunityDetail(args, "task");
  const { claims, teamClaims, notices: noticeWaves } = args.context.app.services;
  const [claimState, claimList, teamState, waves] = await Promise.all([
    claims.stateFor(actor, detail.id),
    detail.canManage ? claims.listForOpportunity(actor, detail.id) : null,
    teamClaims.stateFor(actor, detail.id),
    // Who was told about the klus, in counts: for its own coordinators.
    detail.canManage ? noticeWaves.explain(actor, detail.id) : null,
  ]);
  const params = new URL(args.request.url).searchParams;
  const notice = (Object.keys(notices) as Array<keyof typeof notices>).find((key) => params.has(key));
  return json({
    detail,
    justPublished,
    claimState,
    claimList,
    waves,
    teamState,
    teamCreated: params.has(teamCreatedParam),
    attendanceSavedFor: params.get(attendanceSavedParam),
    loggedIn: actor.kind === "user",
    // Messaging: volunteers may ask the organisation; coordinators and active claimants have a klus group.
    canAskOrganisation: actor.kind === "user" && actor.roles.includes("volunteer") && !detail.canManage,
    inKlusGroup: detail.canManage || claimState?.mine?.status === "active",
    notice: notice ? notices[notice] : null,
    askHandOver: params.has(handOverParam),
    canReport: actor.kind === "user" && !detail.canManage,
    reported: params.has("gemeld"),
  });
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.detail.title} · Noaber` : "Noaber" },
];

// The claim form: the klus comes from the URL, only the VOG confirmation from the form.
const claimFormSchema = z.object({ vogConfirmed: z.boolean().optional() });

/** Splits a domain error into the form's reply: `form` errors on top, the rest by field. */
function domainReply(
  intent: string,
  submission: { reply(options: { formErrors?: string[]; fieldErrors?: Record<string, string[]> }): unknown },
  error: unknown,
) {
  if (!isDomainError(error) || !isFormProblem(error)) pageForDomainError(error, { forbidden: "notYourOpportunity" });
  const { form, ...fieldErrors } = error.fieldErrors;
  const formErrors = form ?? (Object.keys(fieldErrors).length > 0 ? [] : ["common:errors.generic"]);
  const status = statusOf(error);
  return json(
    { intent, result: submission.reply({ formErrors, fieldErrors }) as never, claimId: null as string | null },
    { status },
  );
}

/** Claim, cancel, or (coordinators) mark attendance; plain form posts, answered with post/redirect/get. */
export async function action({ request, context, params }: ActionFunctionArgs) {
  const formData = await readForm(request, context);
  const actor = await requireUser(request, context);
  const { claims } = context.app.services;
  const opportunityId = params.id ?? "";
  const here = `/klussen/${opportunityId}`;
  const intent = String(formData.get("intent") ?? "");

  if (intent === "claim") {
    const submission = parseWithZod(formData, { schema: claimFormSchema });
    if (submission.status !== "success")
      return json({ intent, result: submission.reply() as never, claimId: null }, { status: 400 });
    try {
      const result = await claims.claim(actor, { opportunityId, vogConfirmed: submission.value.vogConfirmed ?? false });
      return redirect(`${here}?${result.claim.status === "active" ? "aangemeld" : "wachtlijst"}=1`);
    } catch (error) {
      return domainReply(intent, submission, error);
    }
  }
  if (intent === "cancel") {
    const submission = parseWithZod(formData, { schema: cancelClaimSchema });
    if (submission.status !== "success")
      return json({ intent, result: submission.reply() as never, claimId: null }, { status: 400 });
    try {
      await claims.cancel(actor, submission.value);
      return redirect(`${here}?afgemeld=1`);
    } catch (error) {
      return domainReply(intent, submission, error);
    }
  }
  if (intent === "confirm" || intent === "hand-over" || intent === "take-spot") {
    const submission = parseWithZod(formData, { schema: ownClaimSchema });
    if (submission.status !== "success")
      return json({ intent, result: submission.reply() as never, claimId: null }, { status: 400 });
    try {
      if (intent === "confirm") {
        await claims.confirm(actor, submission.value);
        return redirect(`${here}?bevestigd=1#meedoen`);
      }
      if (intent === "hand-over") {
        await claims.handOver(actor, submission.value);
        return redirect(`${here}?overgedragen=1#meedoen`);
      }
      await claims.takeFreeSpot(actor, submission.value);
      return redirect(`${here}?aangemeld=1#meedoen`);
    } catch (error) {
      return domainReply(intent, submission, error);
    }
  }
  if (intent === "team-claim") {
    const submission = parseWithZod(formData, { schema: teamClaimFormSchema });
    if (submission.status !== "success") {
      return json({ intent, result: submission.reply() as never, claimId: null }, { status: 400 });
    }
    try {
      await context.app.services.teamClaims.create(actor, { ...submission.value, opportunityId });
      return redirect(`${here}?${teamCreatedParam}=1#team`);
    } catch (error) {
      const response = replyWithDomainError(submission, error, { forbidden: "teamCoordinatorOnly" });
      return json({ intent, result: (await response.json()) as never, claimId: null }, { status: response.status });
    }
  }
  if (intent === "attendance") {
    const submission = parseWithZod(formData, { schema: markAttendanceSchema });
    const claimId = String(formData.get("claimId") ?? "");
    if (submission.status !== "success") {
      return json({ intent, result: submission.reply() as never, claimId }, { status: 400 });
    }
    try {
      await claims.markAttendance(actor, submission.value);
      return redirect(`${here}?${attendanceSavedParam}=${encodeURIComponent(submission.value.claimId)}#aanmeldingen`);
    } catch (error) {
      const response = domainReply(intent, submission, error);
      const body = (await response.json()) as { result: unknown };
      return json({ intent, result: body.result as never, claimId }, { status: response.status });
    }
  }
  throw new Response(null, { status: 400 });
}

type ActionResult = {
  intent: string;
  result: { error?: Record<string, string[] | null> } | undefined;
  claimId: string | null;
};

export default function TaskPage() {
  const {
    detail,
    justPublished,
    claimState,
    claimList,
    waves,
    teamState,
    teamCreated,
    attendanceSavedFor,
    loggedIn,
    canAskOrganisation,
    inKlusGroup,
    notice,
    askHandOver,
    canReport,
    reported,
  } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as ActionResult | undefined;
  const claimResult =
    actionData && ["claim", "cancel", "confirm", "hand-over", "take-spot"].includes(actionData.intent)
      ? actionData.result
      : undefined;
  const teamResult = actionData?.intent === "team-claim" ? actionData.result : undefined;
  const attendanceErrors =
    actionData?.intent === "attendance" && actionData.claimId
      ? {
          claimId: actionData.claimId,
          errors: Object.values(actionData.result?.error ?? {}).flatMap((errors) => errors ?? []),
        }
      : null;

  return (
    <>
      <OpportunityDetailView
        detail={detail}
        justPublished={justPublished}
        respond={
          claimState ? (
            <>
              <ClaimPanel
                state={claimState}
                loggedIn={loggedIn}
                lastResult={claimResult as never}
                notice={notice}
                askHandOver={askHandOver}
                reservations={<TeamReservations reservations={teamState.reservations} />}
              />
              {teamState.teamOrganisation && claimState.open && !claimState.started ? (
                <TeamClaimForm
                  organisation={teamState.teamOrganisation}
                  vogRequired={claimState.vogRequired}
                  lastResult={teamResult as never}
                  created={teamCreated}
                />
              ) : null}
            </>
          ) : undefined
        }
      />
      {claimList ? (
        <ClaimList list={claimList} attendanceError={attendanceErrors} savedClaimId={attendanceSavedFor} />
      ) : null}
      {waves ? <NoticeWaves explanation={waves} /> : null}
      {inKlusGroup ? <StartConversationForm start={{ intent: "klus-group", opportunityId: detail.id }} /> : null}
      {canAskOrganisation ? (
        <StartConversationForm start={{ intent: "organisation", organisationId: detail.organisation.id }} />
      ) : null}
      <OrganisationLink organisation={detail.organisation} />
      {detail.hiddenByModeration ? <HiddenByModerationNotice /> : null}
      {canReport ? <ReportOpportunityForm opportunity={detail} reported={reported} /> : null}
    </>
  );
}
