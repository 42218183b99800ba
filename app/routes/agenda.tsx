import type { ReactNode } from "react";
import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AuthenticityTokenInput } from "remix-utils/csrf/react";
import type { AgendaClaim } from "../../server/domain/agenda/agenda.service";
import type { PendingConfirmation } from "../../server/domain/alerts/alerts.service";
import { isDomainError } from "../../server/domain/errors";
import { OwnClaimForm } from "../components/claims/OwnClaimForm";
import { formatDate, formatNumber, formatPeriod } from "../components/opportunities/format";
import { getFixedT } from "../i18n/i18next.server";
import { requireUser } from "../utils/auth.server";
import { readForm } from "../utils/form.server";

export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = await requireUser(request, context);
  const [agenda, toConfirm, myClaims, t] = await Promise.all([
    context.app.services.agenda.myAgenda(actor),
    context.app.services.alerts.pendingConfirmations(actor),
    context.app.services.claims.myClaims(actor),
    getFixedT(request, "agenda"),
  ]);
  // The day before: the claims that offer "Ik kom" (or show that it was said).
  const confirmable = Object.fromEntries(
    myClaims.filter((claim) => claim.confirmWindow).map((claim) => [claim.id, { confirmed: claim.confirmed }]),
  );
  const origin = context.app.config.publicUrl ?? new URL(request.url).origin;
  const { calendarToken, ...rest } = agenda;
  const params = new URL(request.url).searchParams;
  return json({
    title: t("title"),
    ...rest,
    toConfirm,
    confirmable,
    claimConfirmed: params.has("ik-kom"),
    calendarUrl: calendarToken ? `${origin.replace(/\/$/, "")}/kalender/${calendarToken}` : null,
    // Only a replaced link makes an old one stop working; the first link is just "ready".
    rotated: params.has("nieuwe-link"),
    created: params.has("link-gemaakt"),
    answered: params.get("wijziging"),
  });
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Noaber` }];

/**
 * Either answers a change to a klus ("I am still coming", or cancel the claim), or makes a new secret
 * calendar link (the old one, if any, stops working).
 */
export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await readForm(request, context);
  const actor = await requireUser(request, context);
  const { services } = context.app;
  const intent = formData.get("intent");
  if (intent === "confirm-claim") {
    const claimId = String(formData.get("claimId") ?? "");
    try {
      await services.claims.confirm(actor, { claimId });
    } catch (error) {
      // Someone else's claim, handed over in another tab, or the klus started: show what is true now.
      if (isDomainError(error) && ["not_found", "conflict", "invalid"].includes(error.code)) {
        return redirect("/agenda#binnenkort");
      }
      throw error;
    }
    return redirect("/agenda?ik-kom=1#binnenkort");
  }
  if (intent === "still-coming" || intent === "cancel-claim") {
    const claimId = String(formData.get("claimId") ?? "");
    try {
      if (intent === "still-coming") await services.alerts.confirmStillComing(actor, { claimId });
      else await services.claims.cancel(actor, { claimId });
    } catch (error) {
      // Answered in another tab, or the klus started meanwhile: the page shows what is true now.
      if (isDomainError(error) && ["not_found", "conflict", "invalid"].includes(error.code)) {
        return redirect("/agenda#bevestigen");
      }
      throw error;
    }
    return redirect(`/agenda?wijziging=${intent === "still-coming" ? "bevestigd" : "afgemeld"}#bevestigen`);
  }
  const hadLink = (await services.agenda.myAgenda(actor)).calendarToken !== null;
  await services.agenda.rotateCalendarToken(actor);
  return redirect(hadLink ? "/agenda?nieuwe-link=1#kalender" : "/agenda?link-gemaakt=1#kalender");
}

/** Klussen whose time or place changed, each with "I am still coming" and "I can no longer come". */
function ToConfirm({ items, answered }: { items: PendingConfirmation[]; answered: string | null }) {
  const { t, i18n } = useTranslation("alerts");
  if (items.length === 0 && !answered) return null;
  return (
    <section aria-labelledby="bevestigen">
      <h2 id="bevestigen" className="utrecht-heading-2">
        {t("confirm.heading")}
      </h2>
      {answered === "bevestigd" || answered === "afgemeld" ? (
        <div role="status" className="utrecht-alert utrecht-alert--ok noaber-notice">
          <p className="utrecht-paragraph">{t(answered === "bevestigd" ? "confirm.confirmed" : "confirm.cancelled")}</p>
        </div>
      ) : null}
      {items.length > 0 ? (
        <>
          <p className="utrecht-paragraph">{t("confirm.intro")}</p>
          <ul className="utrecht-unordered-list">
            {items.map((item) => {
              const when = formatPeriod(item.startsAt, item.endsAt, i18n.language);
              return (
                <li key={item.claimId} className="utrecht-unordered-list__item">
                  <Link className="utrecht-link" to={`/klussen/${item.opportunityId}`}>
                    {item.title}
                  </Link>
                  {when ? <>, {when}</> : null}
                  {item.isOnline ? <>, {t("confirm.online")}</> : item.place ? <>, {item.place}</> : null}
                  <Form method="post" className="noaber-form">
                    <AuthenticityTokenInput name="csrf" />
                    <input type="hidden" name="claimId" value={item.claimId} />
                    <button
                      type="submit"
                      name="intent"
                      value="still-coming"
                      aria-label={t("confirm.stillComingLabel", { title: item.title })}
                      className="utrecht-button utrecht-button--primary-action"
                    >
                      {t("confirm.stillComing")}
                    </button>{" "}
                    <button
                      type="submit"
                      name="intent"
                      value="cancel-claim"
                      aria-label={t("confirm.cancelLabel", { title: item.title })}
                      className="utrecht-button utrecht-button--secondary-action"
                    >
                      {t("confirm.cancel")}
                    </button>
                  </Form>
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
    </section>
  );
}

/** "Ik kom" in one tap, and the way to hand the spot over (on the klus page, with its second step). */
function ConfirmClaim({ claim, confirmed }: { claim: AgendaClaim; confirmed: boolean }) {
  const { t } = useTranslation("claims");
  return (
    <>
      {confirmed ? (
        <p className="utrecht-paragraph">{t("confirmedState")}</p>
      ) : (
        <OwnClaimForm
          intent="confirm-claim"
          claimId={claim.id}
          label={t("confirm")}
          ariaLabel={t("confirmLabel", { title: claim.title })}
          primary
        />
      )}
      <p className="utrecht-paragraph">
        <Link
          className="utrecht-link"
          to={`/klussen/${claim.opportunityId}?overdragen=1#meedoen`}
          aria-label={t("handOverLabel", { title: claim.title })}
        >
          {t("handOver")}
        </Link>
      </p>
    </>
  );
}

function ClaimItem({
  claim,
  past,
  confirm,
}: {
  claim: AgendaClaim;
  past: boolean;
  confirm?: { confirmed: boolean } | undefined;
}) {
  const { t, i18n } = useTranslation("agenda");
  const when = formatPeriod(claim.startsAt, claim.endsAt, i18n.language);
  return (
    <li className="utrecht-unordered-list__item">
      <Link className="utrecht-link" to={`/klussen/${claim.opportunityId}`} dir="auto">
        {claim.title}
      </Link>{" "}
      (<bdi>{claim.organisationName}</bdi>){when ? <>, {when}</> : null}
      {claim.isOnline ? (
        <>, {t("online")}</>
      ) : claim.place ? (
        <>
          , <bdi>{claim.place}</bdi>
        </>
      ) : null}
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
      {!past && confirm ? <ConfirmClaim claim={claim} confirmed={confirm.confirmed} /> : null}
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

      <ToConfirm items={data.toConfirm} answered={data.answered} />

      <section aria-labelledby="uren">
        <h2 id="uren" className="utrecht-heading-2">
          {t("hours")}
        </h2>
        <p className="utrecht-paragraph">
          {t("hoursTotal", { hours: formatNumber(data.hours, i18n.language), count: data.attendedCount })}
        </p>
        {data.attendedCount > 0 ? (
          <p className="utrecht-paragraph">
            <Link to="/agenda/urenverklaring" className="utrecht-link">
              {t("businesses:statement.link")}
            </Link>
          </p>
        ) : null}
      </section>

      {data.claimConfirmed ? (
        <div role="status" className="utrecht-alert utrecht-alert--ok noaber-notice">
          <p className="utrecht-paragraph">{t("claims:confirmed")}</p>
        </div>
      ) : null}
      <ListSection
        id="binnenkort"
        heading={t("upcoming")}
        emptyText={t("noUpcoming")}
        isEmpty={data.upcoming.length === 0}
      >
        {data.upcoming.map((claim) => (
          <ClaimItem key={claim.id} claim={claim} past={false} confirm={data.confirmable[claim.id]} />
        ))}
      </ListSection>

      <ListSection
        id="vacatures"
        heading={t("applications")}
        emptyText={t("noApplications")}
        isEmpty={data.applications.length === 0}
      >
        {data.applications.map((application) => (
          <li key={application.id} className="utrecht-unordered-list__item">
            <Link className="utrecht-link" to={`/vacatures/${application.opportunityId}`} dir="auto">
              {application.title}
            </Link>{" "}
            (<bdi>{application.organisationName}</bdi>) — {t(`applications:status.${application.status}`)},{" "}
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
      </ListSection>

      <ListSection id="gedaan" heading={t("history")} emptyText={t("noHistory")} isEmpty={data.history.length === 0}>
        {data.history.map((claim) => (
          <ClaimItem key={claim.id} claim={claim} past />
        ))}
      </ListSection>

      <section aria-labelledby="kalender">
        <h2 id="kalender" className="utrecht-heading-2">
          {t("calendar.heading")}
        </h2>
        {data.rotated || data.created ? (
          <div role="status" className="utrecht-alert utrecht-alert--ok noaber-notice">
            <p className="utrecht-paragraph">{data.rotated ? t("calendar.rotated") : t("alerts:calendar.created")}</p>
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

/** A heading and a list, or a sentence saying the list is empty. */
function ListSection({
  id,
  heading,
  emptyText,
  isEmpty,
  children,
}: {
  id: string;
  heading: string;
  emptyText: string;
  isEmpty: boolean;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="utrecht-heading-2">
        {heading}
      </h2>
      {isEmpty ? (
        <p className="utrecht-paragraph">{emptyText}</p>
      ) : (
        <ul className="utrecht-unordered-list">{children}</ul>
      )}
    </section>
  );
}
