import { parseWithZod } from "@conform-to/zod";
import {
  json,
  redirect,
  type ActionFunctionArgs,
  type LinksFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { giveBackSpotsSchema, nameTeamMemberSchema } from "../../server/domain/team-claims/team-claims.schemas";
import { TeamClaimCard } from "../components/claims/TeamClaimCard";
import teamClaimStyles from "../components/claims/team-claims.css";
import { getFixedT } from "../i18n/i18next.server";
import { requireUser } from "../utils/auth.server";
import { pageForDomainError } from "../utils/domain-errors.server";
import { readForm } from "../utils/form.server";
import { replyWithDomainError } from "../utils/form-replies.server";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: teamClaimStyles }];

const notices = { benoemd: "named", teruggegeven: "givenBack" } as const;

export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = await requireUser(request, context);
  let teams;
  try {
    teams = await context.app.services.teamClaims.listMine(actor);
  } catch (error) {
    pageForDomainError(error, { request, forbidden: "teamCoordinatorOnly" });
  }
  const t = await getFixedT(request, "claims");
  const params = new URL(request.url).searchParams;
  const notice = (Object.keys(notices) as Array<keyof typeof notices>).find((key) => params.has(key));
  return json({ title: t("team.page.title"), teams, notice: notice ? notices[notice] : null });
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Noaber` }];

/** Names a member for a reserved spot, or gives spots back; post/redirect/get. */
export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await readForm(request, context);
  const actor = await requireUser(request, context);
  const { teamClaims } = context.app.services;
  const intent = String(formData.get("intent") ?? "");
  const teamClaimId = String(formData.get("teamClaimId") ?? "");
  const answer = async (response: Response) =>
    json({ intent, teamClaimId, result: (await response.json()) as never }, { status: response.status });

  if (intent === "name") {
    const submission = parseWithZod(formData, { schema: nameTeamMemberSchema });
    if (submission.status !== "success") return answer(json(submission.reply(), { status: 400 }));
    try {
      await teamClaims.nameMember(actor, submission.value);
    } catch (error) {
      return answer(replyWithDomainError(submission, error, { forbidden: "notYourTeam" }));
    }
    return redirect(`/team?benoemd=1#team-${submission.value.teamClaimId}`);
  }
  if (intent === "give-back") {
    const submission = parseWithZod(formData, { schema: giveBackSpotsSchema });
    if (submission.status !== "success") return answer(json(submission.reply(), { status: 400 }));
    try {
      await teamClaims.giveBack(actor, submission.value);
    } catch (error) {
      return answer(replyWithDomainError(submission, error, { forbidden: "notYourTeam" }));
    }
    return redirect(`/team?teruggegeven=1#team-${submission.value.teamClaimId}`);
  }
  throw new Response(null, { status: 400 });
}

export default function TeamClaimsPage() {
  const { teams, notice } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const { t } = useTranslation("claims");
  return (
    <div className="noaber-prose">
      <h1 className="utrecht-heading-1">{t("team.page.title")}</h1>
      {notice ? (
        <div role="status" className="utrecht-alert utrecht-alert--ok noaber-notice">
          <p className="utrecht-paragraph">{t(`team.page.${notice}`)}</p>
        </div>
      ) : null}
      <p className="utrecht-paragraph">{t("team.page.intro")}</p>
      {teams.length === 0 ? (
        <p className="utrecht-paragraph">
          {t("team.page.empty")}{" "}
          <Link to="/zoeken" className="utrecht-link">
            {t("team.page.findKlus")}
          </Link>
        </p>
      ) : (
        teams.map((team) => (
          <TeamClaimCard
            key={team.id}
            team={team}
            replies={
              answer?.teamClaimId === team.id
                ? answer.intent === "name"
                  ? { name: answer.result }
                  : { giveBack: answer.result }
                : {}
            }
          />
        ))
      )}
    </div>
  );
}
