import {
  json,
  redirect,
  type ActionFunctionArgs,
  type LinksFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AuthenticityTokenInput } from "remix-utils/csrf/react";
import { z } from "zod";
import { isDomainError } from "../../server/domain/errors";
import { opportunityIdSchema } from "../../server/domain/opportunities/opportunities.schemas";
import type { ManagedOpportunity } from "../../server/domain/opportunities/opportunities.types";
import { formatPeriod, opportunityPath } from "../components/opportunities/format";
import opportunityStyles from "../components/opportunities/opportunities.css";
import organisationStyles from "../components/opportunities/organisation.css";
import { getFixedT } from "../i18n/i18next.server";
import { requireUser } from "../utils/auth.server";
import { readForm } from "../utils/form.server";
import { forbiddenPage, isFormProblem, pageForDomainError, statusOf } from "../utils/domain-errors.server";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: opportunityStyles },
  { rel: "stylesheet", href: organisationStyles },
];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = await requireUser(request, context);
  const overviews = await context.app.services.opportunities.listMyOverviews(actor);
  if (overviews.length === 0) {
    // A business or partner still waiting for the municipality is told so on its group page.
    const statuses = await context.app.services.registrations.myStatuses(actor);
    if (statuses.some((status) => status.state !== "approved")) throw redirect("/groep");
    // Only coordinators have an organisation page; the error page says so in plain words.
    throw forbiddenPage("organisationOnly");
  }
  const t = await getFixedT(request, "organisation");
  const params = new URL(request.url).searchParams;
  const notice = (["bijgewerkt", "gepauzeerd", "hervat", "gesloten"] as const).find((key) => params.has(key)) ?? null;
  return json({ title: t("overview.title"), overviews, notice });
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Noaber` }];

const actionSchema = z.object({
  intent: z.enum(["pause", "resume", "close", "duplicate"]),
  opportunityId: opportunityIdSchema,
});

const noticeOf = { pause: "gepauzeerd", resume: "hervat", close: "gesloten" } as const;

/** Pause, resume, close or duplicate one opportunity; plain form posts, so it works without JavaScript. */
export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await readForm(request, context);
  const actor = await requireUser(request, context);
  const parsed = actionSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return json({ error: "organisation:errors.unknownAction" }, { status: 400 });
  const { intent, opportunityId } = parsed.data;
  const service = context.app.services.opportunities;
  try {
    if (intent === "duplicate") {
      const copy = await service.duplicate(actor, opportunityId);
      return redirect(`${opportunityPath({ id: copy.id, kind: copy.kind === "task" ? "task" : "vacancy" })}/bewerken`);
    }
    await service[intent](actor, opportunityId);
    return redirect(`/organisatie?${noticeOf[intent]}=1`);
  } catch (error) {
    if (!isDomainError(error) || !isFormProblem(error)) pageForDomainError(error, { forbidden: "notYourOpportunity" });
    // A klus that already started cannot go back online; any other mismatch of status is a stale page.
    const message = error.fieldErrors.startsAt?.[0] ?? "organisation:errors.statusChanged";
    return json({ error: message }, { status: statusOf(error) });
  }
}

const actionsByStatus: Record<ManagedOpportunity["status"], Array<"pause" | "resume" | "close">> = {
  draft: ["resume", "close"],
  open: ["pause", "close"],
  paused: ["resume", "close"],
  closed: [],
};

function ActionButton({
  intent,
  opportunity,
}: {
  intent: "pause" | "resume" | "close" | "duplicate";
  opportunity: ManagedOpportunity;
}) {
  const { t } = useTranslation("organisation");
  const label = intent === "resume" && opportunity.status === "draft" ? "publish" : intent;
  return (
    <Form method="post" className="noaber-inline-form">
      <AuthenticityTokenInput name="csrf" />
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="opportunityId" value={opportunity.id} />
      {/* The name says which one; the visible word comes first (WCAG 2.5.3, label in name). */}
      <button
        type="submit"
        aria-label={`${t(`overview.actions.${label}`)}: ${opportunity.title}`}
        className="utrecht-button utrecht-button--secondary-action noaber-button--small"
      >
        {t(`overview.actions.${label}`)}
      </button>
    </Form>
  );
}

function ApplicationsSummary({ opportunity }: { opportunity: ManagedOpportunity }) {
  const { t } = useTranslation("organisation");
  const counts = opportunity.applications;
  const parts = (["new", "in_conversation", "placed", "declined", "withdrawn", "expired"] as const)
    .filter((status) => counts[status] > 0)
    .map((status) => t(`overview.applicationStatus.${status}`, { count: counts[status] }));
  return <>{parts.length > 0 ? parts.join(", ") : t("overview.noApplications")}</>;
}

function OpportunityRow({ opportunity }: { opportunity: ManagedOpportunity }) {
  const { t, i18n } = useTranslation("organisation");
  const isTask = opportunity.kind === "task";
  const period = formatPeriod(opportunity.startsAt, opportunity.endsAt, i18n.language);
  return (
    <tr id={`${isTask ? "klus" : "vacature"}-${opportunity.id}`}>
      <th scope="row">
        <Link to={opportunityPath(opportunity)}>{opportunity.title}</Link>
        <div className="noaber-muted">
          {t(`overview.kind.${opportunity.kind}`)}
          {opportunity.seriesId ? ` · ${t("overview.series")}` : ""}
        </div>
      </th>
      <td>
        <span className={`noaber-status noaber-status--${opportunity.status}`}>
          {t(`overview.status.${opportunity.status}`)}
        </span>
      </td>
      <td>{period ?? "—"}</td>
      <td>
        {isTask ? (
          <>
            {t("overview.spotsFilled", { filled: opportunity.activeClaims, spots: opportunity.spots ?? 0 })}
            {opportunity.waitlisted > 0 ? (
              <div>{t("overview.waitlisted", { count: opportunity.waitlisted })}</div>
            ) : null}
          </>
        ) : (
          <ApplicationsSummary opportunity={opportunity} />
        )}
      </td>
      <td>
        <div className="noaber-actions">
          {opportunity.status !== "closed" ? (
            <Link
              to={`${opportunityPath(opportunity)}/bewerken`}
              aria-label={`${t("overview.actions.edit")}: ${opportunity.title}`}
              className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action noaber-button--small"
            >
              {t("overview.actions.edit")}
            </Link>
          ) : null}
          {actionsByStatus[opportunity.status].map((intent) => (
            <ActionButton key={intent} intent={intent} opportunity={opportunity} />
          ))}
          <ActionButton intent="duplicate" opportunity={opportunity} />
        </div>
      </td>
    </tr>
  );
}

export default function OrganisationPage() {
  const { t } = useTranslation("organisation");
  const { overviews, notice } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <div>
      <h1 className="utrecht-heading-1">{t("overview.title")}</h1>
      <p className="utrecht-paragraph utrecht-paragraph--lead noaber-prose">{t("overview.intro")}</p>
      {notice ? (
        <div role="status" className="utrecht-alert utrecht-alert--ok noaber-notice">
          {t(`overview.notice.${notice}`)}
        </div>
      ) : null}
      {actionData?.error ? (
        <div role="alert" className="utrecht-alert utrecht-alert--error noaber-notice">
          {t(actionData.error)}
        </div>
      ) : null}
      <p className="utrecht-paragraph">
        <Link to="/organisatie/nieuw">{t("overview.publishNew")}</Link>
      </p>
      {overviews.map((organisation) => (
        <section key={organisation.id} aria-labelledby={`organisatie-${organisation.id}`}>
          <h2 className="utrecht-heading-2" id={`organisatie-${organisation.id}`}>
            {organisation.name}
          </h2>
          {organisation.opportunities.length === 0 ? (
            <p className="utrecht-paragraph">{t("overview.empty")}</p>
          ) : (
            <div className="noaber-table-scroll">
              <table className="utrecht-table utrecht-table--html-table noaber-overview-table">
                <caption className="utrecht-table__caption">
                  {t("overview.caption", { name: organisation.name })}
                </caption>
                <thead className="utrecht-table__header">
                  <tr>
                    <th scope="col">{t("overview.columns.title")}</th>
                    <th scope="col">{t("overview.columns.status")}</th>
                    <th scope="col">{t("overview.columns.when")}</th>
                    <th scope="col">{t("overview.columns.response")}</th>
                    <th scope="col">{t("overview.columns.actions")}</th>
                  </tr>
                </thead>
                <tbody>
                  {organisation.opportunities.map((opportunity) => (
                    <OpportunityRow key={opportunity.id} opportunity={opportunity} />
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      ))}
    </div>
  );
}
