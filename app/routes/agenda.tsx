import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AuthenticityTokenInput } from "remix-utils/csrf/react";
import type { AgendaClaim } from "../../server/domain/agenda/agenda.service";
import { formatDate, formatNumber, formatPeriod } from "../components/opportunities/format";
import { getFixedT } from "../i18n/i18next.server";
import { requireUser } from "../utils/auth.server";
import { validateCsrf } from "../utils/csrf.server";

export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = await requireUser(request, context);
  const [agenda, t] = await Promise.all([context.app.services.agenda.myAgenda(actor), getFixedT(request, "agenda")]);
  const origin = context.app.config.publicUrl ?? new URL(request.url).origin;
  const { calendarToken, ...rest } = agenda;
  return json({
    title: t("title"),
    ...rest,
    calendarUrl: calendarToken ? `${origin.replace(/\/$/, "")}/kalender/${calendarToken}` : null,
    rotated: new URL(request.url).searchParams.has("nieuwe-link"),
  });
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Noaber` }];

/** A new secret calendar link; the old one stops working. */
export async function action({ request, context }: ActionFunctionArgs) {
  const actor = await requireUser(request, context);
  const formData = await request.formData();
  await validateCsrf(formData, request, context);
  await context.app.services.agenda.rotateCalendarToken(actor);
  return redirect("/agenda?nieuwe-link=1#kalender");
}

function ClaimItem({ claim, past }: { claim: AgendaClaim; past: boolean }) {
  const { t, i18n } = useTranslation("agenda");
  const when = formatPeriod(claim.startsAt, claim.endsAt, i18n.language);
  return (
    <li className="utrecht-unordered-list__item">
      <Link className="utrecht-link" to={`/klussen/${claim.opportunityId}`}>
        {claim.title}
      </Link>{" "}
      ({claim.organisationName}){when ? <>, {when}</> : null}
      {claim.isOnline ? <>, {t("online")}</> : claim.place ? <>, {claim.place}</> : null}
      {past ? (
        <>
          {" "}
          — {t(`attendance.${claim.attendance ?? "unknown"}`)}
          {claim.attendance === "attended" && claim.hours !== null
            ? `, ${t("hoursOf", { hours: formatNumber(claim.hours, i18n.language) })}`
            : null}
          {claim.attendance !== "no_show" ? (
            <>
              {" "}
              <Link className="utrecht-link" to={`/feedback/claim/${claim.id}`}>
                {t("feedbackLink")}
              </Link>
            </>
          ) : null}
        </>
      ) : (
        <> — {t(`claimStatus.${claim.status}`)}</>
      )}
    </li>
  );
}

export default function AgendaPage() {
  const data = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation("agenda");
  return (
    <div className="noaber-prose">
      <h1 className="utrecht-heading-1">{t("title")}</h1>
      <p className="utrecht-paragraph">{t("intro")}</p>

      <section aria-labelledby="uren">
        <h2 id="uren" className="utrecht-heading-2">
          {t("hours")}
        </h2>
        <p className="utrecht-paragraph">
          {t("hoursTotal", { hours: formatNumber(data.hours, i18n.language), count: data.attendedCount })}
        </p>
      </section>

      <section aria-labelledby="binnenkort">
        <h2 id="binnenkort" className="utrecht-heading-2">
          {t("upcoming")}
        </h2>
        {data.upcoming.length === 0 ? (
          <p className="utrecht-paragraph">{t("noUpcoming")}</p>
        ) : (
          <ul className="utrecht-unordered-list">
            {data.upcoming.map((claim) => (
              <ClaimItem key={claim.id} claim={claim} past={false} />
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="vacatures">
        <h2 id="vacatures" className="utrecht-heading-2">
          {t("applications")}
        </h2>
        {data.applications.length === 0 ? (
          <p className="utrecht-paragraph">{t("noApplications")}</p>
        ) : (
          <ul className="utrecht-unordered-list">
            {data.applications.map((application) => (
              <li key={application.id} className="utrecht-unordered-list__item">
                <Link className="utrecht-link" to={`/vacatures/${application.opportunityId}`}>
                  {application.title}
                </Link>{" "}
                ({application.organisationName}) — {t(`applications:status.${application.status}`)},{" "}
                {formatDate(application.createdAt, i18n.language)}
                {application.status === "placed" ? (
                  <>
                    {" "}
                    <Link className="utrecht-link" to={`/feedback/application/${application.id}`}>
                      {t("feedbackLink")}
                    </Link>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="gedaan">
        <h2 id="gedaan" className="utrecht-heading-2">
          {t("history")}
        </h2>
        {data.history.length === 0 ? (
          <p className="utrecht-paragraph">{t("noHistory")}</p>
        ) : (
          <ul className="utrecht-unordered-list">
            {data.history.map((claim) => (
              <ClaimItem key={claim.id} claim={claim} past />
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="kalender">
        <h2 id="kalender" className="utrecht-heading-2">
          {t("calendar.heading")}
        </h2>
        {data.rotated ? (
          <div role="status" className="utrecht-alert utrecht-alert--ok noaber-notice">
            <p className="utrecht-paragraph">{t("calendar.rotated")}</p>
          </div>
        ) : null}
        <p className="utrecht-paragraph">{t("calendar.intro")}</p>
        {data.calendarUrl ? (
          <div className="utrecht-form-field utrecht-form-field--text">
            <div className="utrecht-form-field__label">
              <label className="utrecht-form-label" htmlFor="calendar-url">
                {t("calendar.label")}
              </label>
            </div>
            <div className="utrecht-form-field__description utrecht-form-field-description" id="calendar-url-hint">
              {t("calendar.copyHint")}
            </div>
            <div className="utrecht-form-field__input">
              <input
                id="calendar-url"
                className="utrecht-textbox utrecht-textbox--html-input"
                type="text"
                readOnly
                value={data.calendarUrl}
                aria-describedby="calendar-url-hint"
              />
            </div>
          </div>
        ) : (
          <p className="utrecht-paragraph">{t("calendar.none")}</p>
        )}
        <Form method="post" className="noaber-form">
          <AuthenticityTokenInput name="csrf" />
          {data.calendarUrl ? <p className="utrecht-paragraph">{t("calendar.rotateHint")}</p> : null}
          <button type="submit" className="utrecht-button utrecht-button--secondary-action">
            {data.calendarUrl ? t("calendar.rotate") : t("calendar.create")}
          </button>
        </Form>
      </section>
    </div>
  );
}
