import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AuthenticityTokenInput } from "remix-utils/csrf/react";
import type { ApplicationStatus } from "../../db/schema";
import { useDurationText } from "../components/opportunities/ApplyPanel";
import { formatDate } from "../components/opportunities/format";
import { getFixedT } from "../i18n/i18next.server";
import { requireUser } from "../utils/auth.server";
import { readForm } from "../utils/form.server";
import { StartConversationForm } from "../components/messaging/StartConversationForm";
import { forbiddenPage, pageForDomainError } from "../utils/domain-errors.server";
import { shownName } from "../utils/person-name";

const statusOrder: ApplicationStatus[] = ["new", "in_conversation", "placed", "declined", "withdrawn", "expired"];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = await requireUser(request, context);
  const { services } = context.app;
  const organisations = await services.opportunities.listMyOrganisations(actor);
  if (organisations.length === 0) throw forbiddenPage("organisationOnly");
  const url = new URL(request.url);
  const chosen = organisations.find((o) => o.id === url.searchParams.get("organisatie")) ?? organisations[0]!;
  const [applications, stats, figures, t] = await Promise.all([
    services.applications.listForOrganisation(actor, chosen.id),
    services.applications.responseStats(chosen.id),
    services.feedback.figuresForOrganisation(chosen.id),
    getFixedT(request, "applications"),
  ]);
  const moved = statusOrder.find((s) => s === url.searchParams.get("verplaatst")) ?? null;
  return json({ title: t("coordinator.title"), organisations, chosen, applications, stats, figures, moved });
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Noaber` }];

/** Moves one application a step on; the page comes back at the same organisation. */
export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await readForm(request, context);
  const actor = await requireUser(request, context);
  const status = String(formData.get("status") ?? "");
  const organisationId = String(formData.get("organisationId") ?? "");
  try {
    await context.app.services.applications.moveTo(actor, {
      applicationId: String(formData.get("applicationId") ?? ""),
      status: status as "in_conversation",
    });
  } catch (error) {
    pageForDomainError(error, { request, forbidden: "notYourOrganisation" });
  }
  const params = new URLSearchParams({ organisatie: organisationId, verplaatst: status });
  return redirect(`/organisatie/reacties?${params.toString()}`);
}

export default function ApplicationsPage() {
  const data = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation("applications");
  const duration = useDurationText();
  const percent = new Intl.NumberFormat(i18n.language, { style: "percent" });
  const unknown = t("coordinator.unknown");
  return (
    <div className="noaber-prose">
      <h1 className="utrecht-heading-1">{t("coordinator.title")}</h1>
      <p className="utrecht-paragraph">{t("coordinator.intro")}</p>
      {data.moved ? (
        <div role="status" className="utrecht-alert utrecht-alert--ok noaber-notice">
          <p className="utrecht-paragraph">{t("coordinator.moved", { status: t(`status.${data.moved}`) })}</p>
        </div>
      ) : null}
      {data.organisations.length > 1 ? (
        <Form method="get" className="noaber-form">
          <label className="utrecht-form-label" htmlFor="organisatie">
            {t("coordinator.organisation")}
          </label>{" "}
          <select
            id="organisatie"
            name="organisatie"
            defaultValue={data.chosen.id}
            className="utrecht-select utrecht-select--html-select"
          >
            {data.organisations.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>{" "}
          <button type="submit" className="utrecht-button utrecht-button--secondary-action">
            {t("coordinator.choose")}
          </button>
        </Form>
      ) : (
        <p className="utrecht-paragraph">
          {t("coordinator.organisation")}: {data.chosen.name}
        </p>
      )}

      <section aria-labelledby="cijfers">
        <h2 id="cijfers" className="utrecht-heading-2">
          {t("coordinator.stats")}
        </h2>
        <dl className="noaber-facts">
          <dt>{t("coordinator.rate")}</dt>
          <dd>{data.stats.rate === null ? unknown : percent.format(data.stats.rate)}</dd>
          <dt>{t("coordinator.medianTime")}</dt>
          <dd>{data.stats.medianHours === null ? unknown : duration(data.stats.medianHours)}</dd>
          <dt>{t("coordinator.attendance")}</dt>
          <dd>
            {data.figures.attendance.rate === null
              ? unknown
              : `${percent.format(data.figures.attendance.rate)} (${data.figures.attendance.attended}/${
                  data.figures.attendance.attended + data.figures.attendance.noShow
                })`}
          </dd>
          <dt>{t("coordinator.outcomes")}</dt>
          <dd>
            {(["went_well", "did_not_happen", "not_a_match"] as const)
              .map((outcome) => `${t(`agenda:feedback.outcomes.${outcome}`)}: ${data.figures.outcomes[outcome]}`)
              .join(", ")}
          </dd>
        </dl>
      </section>

      {statusOrder.map((status) => {
        const list = data.applications.filter((a) => a.status === status);
        return (
          <section key={status} aria-labelledby={`status-${status}`}>
            <h2 id={`status-${status}`} className="utrecht-heading-2">
              {t(`status.${status}`)} ({list.length})
            </h2>
            {list.length === 0 ? (
              <p className="utrecht-paragraph">{t("coordinator.none")}</p>
            ) : (
              <ul className="utrecht-unordered-list">
                {list.map((application) => (
                  <li key={application.id} className="utrecht-unordered-list__item">
                    <p className="utrecht-paragraph">
                      <strong>{t("coordinator.from", { name: shownName(application.volunteerName, t) })}</strong>,{" "}
                      <Link className="utrecht-link" to={`/vacatures/${application.opportunityId}`}>
                        {application.title}
                      </Link>
                      . {t("coordinator.appliedOn", { date: formatDate(application.createdAt, i18n.language) })}
                    </p>
                    <blockquote className="noaber-quote">
                      <p className="utrecht-paragraph noaber-pre-line">{application.motivation}</p>
                    </blockquote>
                    <StartConversationForm
                      start={{
                        intent: "applicant",
                        applicationId: application.id,
                        name: shownName(application.volunteerName, t),
                      }}
                    />{" "}
                    {application.nextStatuses.map((next) => (
                      <Form key={next} method="post" className="noaber-inline-form">
                        <AuthenticityTokenInput name="csrf" />
                        <input type="hidden" name="applicationId" value={application.id} />
                        <input type="hidden" name="organisationId" value={data.chosen.id} />
                        <input type="hidden" name="status" value={next} />
                        <button type="submit" className="utrecht-button utrecht-button--secondary-action">
                          {t(`move.${next}`)}
                          <span className="noaber-visually-hidden"> ({shownName(application.volunteerName, t)})</span>
                        </button>{" "}
                      </Form>
                    ))}
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}
