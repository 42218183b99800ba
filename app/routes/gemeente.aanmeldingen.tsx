import {
  json,
  redirect,
  type ActionFunctionArgs,
  type LinksFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AuthenticityTokenInput } from "remix-utils/csrf/react";
import { isDomainError } from "../../server/domain/errors";
import groupStyles from "../components/groups/groups.css";
import { getFixedT } from "../i18n/i18next.server";
import { requireUser } from "../utils/auth.server";
import { isFormProblem, pageForDomainError, statusOf } from "../utils/domain-errors.server";
import { readForm } from "../utils/form.server";
import { formatDate } from "../components/opportunities/format";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: groupStyles }];
/** The municipality's list of businesses and partners awaiting approval, with approve and reject. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = await requireUser(request, context);
  try {
    const [pending, t] = await Promise.all([
      context.app.services.registrations.listPending(actor),
      getFixedT(request, "registrations"),
    ]);
    return json({ title: t("approvals.title"), pending });
  } catch (error) {
    pageForDomainError(error, { request, forbidden: "gemeenteOnly" });
  }
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Noaber` }];

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await readForm(request, context);
  const actor = await requireUser(request, context);
  const decision = formData.get("decision") === "reject" ? "reject" : "approve";
  const organisationId = String(formData.get("organisationId") ?? "");
  try {
    await context.app.services.registrations.decide(actor, {
      organisationId,
      decision,
      reason: String(formData.get("reason") ?? ""),
    });
    return redirect(`/gemeente/aanmeldingen?${decision === "approve" ? "goedgekeurd" : "afgewezen"}=1`);
  } catch (error) {
    if (!isDomainError(error) || !isFormProblem(error))
      pageForDomainError(error, { request, forbidden: "gemeenteOnly" });
    const message =
      error.code === "conflict"
        ? "registrations:errors.decided"
        : (Object.values(error.fieldErrors)[0]?.[0] ?? "common:errors.generic");
    return json({ organisationId, error: message }, { status: statusOf(error) });
  }
}

export default function ApprovalsPage() {
  const { t, i18n } = useTranslation("registrations");
  const { pending } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const [params] = useSearchParams();
  return (
    <div className="noaber-prose">
      <h1 className="utrecht-heading-1">{t("approvals.title")}</h1>
      {params.has("goedgekeurd") ? (
        <p className="utrecht-paragraph noaber-notice" role="status">
          {t("approvals.approved")}
        </p>
      ) : null}
      {params.has("afgewezen") ? (
        <p className="utrecht-paragraph noaber-notice" role="status">
          {t("approvals.rejected")}
        </p>
      ) : null}
      <p className="utrecht-paragraph">{pending.length === 0 ? t("approvals.none") : t("approvals.intro")}</p>
      {pending.map((registration) => {
        const headingId = `aanmelding-${registration.id}`;
        const reasonId = `reden-${registration.id}`;
        const errorId = `fout-${registration.id}`;
        const error = answer?.organisationId === registration.id ? answer.error : null;
        return (
          <section key={registration.id} aria-labelledby={headingId} className="noaber-card">
            <h2 className="utrecht-heading-2" id={headingId}>
              {registration.name}
            </h2>
            <dl className="noaber-group-facts">
              <dt>{t("approvals.kinds." + registration.kind, { defaultValue: registration.kind })}</dt>
              <dd>{registration.partnerType ? t(`partner.types.${registration.partnerType}`) : "Omarm Groningen"}</dd>
              <dt>{t("approvals.contact")}</dt>
              <dd>
                {registration.coordinatorName}
                {registration.coordinatorEmail ? ` · ${registration.coordinatorEmail}` : null}
              </dd>
              <dt>{t("approvals.buurt")}</dt>
              <dd>{registration.buurtName ?? "—"}</dd>
              <dt>{t("approvals.registeredOn")}</dt>
              <dd>{formatDate(registration.createdAt, i18n.language)}</dd>
            </dl>
            <p className="utrecht-paragraph">{registration.description}</p>
            <Form method="post" className="noaber-form">
              <AuthenticityTokenInput name="csrf" />
              <input type="hidden" name="organisationId" value={registration.id} />
              <div
                className={`utrecht-form-field utrecht-form-field--text${error ? " utrecht-form-field--invalid" : ""}`}
              >
                <div className="utrecht-form-field__label">
                  <label className="utrecht-form-label" htmlFor={reasonId}>
                    {t("approvals.reason")}
                  </label>
                </div>
                {error ? (
                  <div className="utrecht-form-field-error-message" id={errorId}>
                    <p className="noaber-field-error">{t(error)}</p>
                  </div>
                ) : null}
                <div className="utrecht-form-field__input">
                  <input
                    id={reasonId}
                    name="reason"
                    maxLength={500}
                    aria-describedby={error ? errorId : undefined}
                    className="utrecht-textbox utrecht-textbox--html-input"
                  />
                </div>
              </div>
              <div className="noaber-actions">
                <button
                  type="submit"
                  name="decision"
                  value="approve"
                  className="utrecht-button utrecht-button--primary-action"
                  aria-describedby={headingId}
                >
                  {t("approvals.approve")}
                </button>{" "}
                <button
                  type="submit"
                  name="decision"
                  value="reject"
                  className="utrecht-button utrecht-button--secondary-action"
                  aria-describedby={headingId}
                >
                  {t("approvals.reject")}
                </button>
              </div>
            </Form>
          </section>
        );
      })}
    </div>
  );
}
