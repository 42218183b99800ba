import {
  json,
  redirect,
  type ActionFunctionArgs,
  type LinksFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AuthenticityTokenInput } from "remix-utils/csrf/react";
import { hasRole } from "../../server/domain/actor";
import groupStyles from "../components/groups/groups.css";
import { getFixedT } from "../i18n/i18next.server";
import { requireUser } from "../utils/auth.server";
import { forbiddenPage, pageForDomainError } from "../utils/domain-errors.server";
import { readForm } from "../utils/form.server";
import { formatMoment } from "../components/opportunities/format";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: groupStyles }];
/** "Voor uw groep": opportunities that suit a partner's members, each can be passed on to them. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = await requireUser(request, context);
  if (!hasRole(actor, "business_coordinator") && !hasRole(actor, "partner_coordinator")) {
    throw forbiddenPage("groupCoordinatorOnly");
  }
  const { invites, partners } = context.app.services;
  const groups = await invites.myGroups(actor);
  const wanted = new URL(request.url).searchParams.get("groep");
  const group = groups.find((g) => g.id === wanted) ?? groups[0];
  if (!group) throw redirect("/groep");
  try {
    const [found, t] = await Promise.all([
      partners.forGroup(actor, { organisationId: group.id }),
      getFixedT(request, "partners"),
    ]);
    return json({ title: t("title"), ...found });
  } catch (error) {
    pageForDomainError(error, { request, forbidden: "notYourGroup" });
  }
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Noaber` }];

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await readForm(request, context);
  const actor = await requireUser(request, context);
  const organisationId = String(formData.get("organisationId") ?? "");
  try {
    const told = await context.app.services.partners.recommend(actor, {
      organisationId,
      opportunityId: String(formData.get("opportunityId") ?? ""),
    });
    return redirect(`/voor-uw-groep?groep=${encodeURIComponent(organisationId)}&doorgegeven=${told}`);
  } catch (error) {
    pageForDomainError(error, { request, forbidden: "notYourGroup" });
  }
}

export default function ForYourGroupPage() {
  const { t, i18n } = useTranslation("partners");
  const { group, languages, opportunities } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const told = params.get("doorgegeven");
  return (
    <div className="noaber-prose">
      <h1 className="utrecht-heading-1">{t("title")}</h1>
      {told !== null ? (
        <p className="utrecht-paragraph noaber-notice" role="status">
          {t("recommended", { count: Number(told) || 0 })}
        </p>
      ) : null}
      <p className="utrecht-paragraph">{t("intro", { name: group.name })}</p>
      {languages.length > 0 ? (
        <p className="utrecht-paragraph">
          {t("languages", {
            languages: languages.map((code) => t(`profile:languages.names.${code}`, { defaultValue: code })).join(", "),
          })}
        </p>
      ) : null}
      {opportunities.length === 0 ? <p className="utrecht-paragraph">{t("none")}</p> : null}
      <ul className="noaber-card-list">
        {opportunities.map((opportunity) => {
          const path = `${opportunity.kind === "task" ? "/klussen" : "/vacatures"}/${opportunity.id}`;
          const headingId = `kans-${opportunity.id}`;
          return (
            <li key={opportunity.id} className="noaber-card">
              <h2 className="utrecht-heading-3" id={headingId}>
                <Link className="utrecht-link" to={path}>
                  {opportunity.title}
                </Link>
              </h2>
              <p className="utrecht-paragraph">
                {opportunity.organisationName}
                {opportunity.buurtName ? ` · ${opportunity.buurtName}` : null}
                {opportunity.startsAt ? ` · ${formatMoment(opportunity.startsAt, i18n.language)}` : null}
              </p>
              {opportunity.reasons.length > 0 ? (
                <ul className="noaber-tags">
                  {opportunity.reasons.map((reason) => (
                    <li key={reason} className="noaber-tag">
                      {t(`reasons.${reason}`)}
                    </li>
                  ))}
                </ul>
              ) : null}
              <Form method="post">
                <AuthenticityTokenInput name="csrf" />
                <input type="hidden" name="organisationId" value={group.id} />
                <input type="hidden" name="opportunityId" value={opportunity.id} />
                <button
                  type="submit"
                  className="utrecht-button utrecht-button--secondary-action"
                  aria-label={t("recommendLabel", { title: opportunity.title })}
                >
                  {t("recommend")}
                </button>
              </Form>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
