import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { isDomainError } from "../../server/domain/errors";
import { ReportOpportunityForm } from "../components/moderation/ReportOpportunityForm";
import { opportunityPath } from "../components/opportunities/format";
import { getFixedT } from "../i18n/i18next.server";
import { requireUser } from "../utils/auth.server";
import { isFormProblem, pageForDomainError, statusOf } from "../utils/domain-errors.server";
import { readForm } from "../utils/form.server";

/**
 * Reporting a klus or vacature. The form sits on the klus and vacature pages and posts here; this page
 * shows the same form on its own when the reason was missing or too long (or when opened directly).
 */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const actor = await requireUser(request, context);
  try {
    const detail = await context.app.services.opportunities.getDetail(actor, params.id ?? "");
    const t = await getFixedT(request, "moderation");
    return json({
      title: t(`report.title.${detail.kind}`),
      opportunity: { id: detail.id, kind: detail.kind, title: detail.title },
    });
  } catch (error) {
    pageForDomainError(error, { request });
  }
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Noaber` }];

export async function action({ request, context, params }: ActionFunctionArgs) {
  const formData = await readForm(request, context);
  const actor = await requireUser(request, context);
  const reason = String(formData.get("reason") ?? "");
  const { moderation, opportunities } = context.app.services;
  try {
    const detail = await opportunities.getDetail(actor, params.id ?? "");
    await moderation.reportOpportunity(actor, { opportunityId: detail.id, reason });
    return redirect(`${opportunityPath(detail)}?gemeld=1#melden`, 303);
  } catch (error) {
    if (!isDomainError(error) || !isFormProblem(error)) pageForDomainError(error, { request });
    const errors = Object.values(error.fieldErrors).flat();
    return json({ reason, errors: errors.length ? errors : ["common:errors.generic"] }, { status: statusOf(error) });
  }
}

export default function ReportPage() {
  const { t } = useTranslation("moderation");
  const { title, opportunity } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  return (
    <div className="noaber-prose">
      <h1 className="utrecht-heading-1">{title}</h1>
      <p className="utrecht-paragraph">
        <Link to={opportunityPath(opportunity)} className="utrecht-link" dir="auto">
          {t("report.back", { title: opportunity.title })}
        </Link>
      </p>
      <ReportOpportunityForm
        opportunity={opportunity}
        reported={false}
        reason={answer?.reason}
        errors={answer?.errors}
        open
      />
    </div>
  );
}
