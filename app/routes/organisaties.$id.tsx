import { json, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { useDurationText } from "../components/opportunities/ApplyPanel";
import { OpportunityList } from "../components/opportunities/OpportunityCard";
import { PlainText } from "../components/opportunities/OpportunityDetail";
import opportunityStyles from "../components/opportunities/opportunities.css";
import { getActor } from "../utils/auth.server";
import { pageForDomainError } from "../utils/domain-errors.server";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: opportunityStyles }];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const actor = await getActor(request, context);
  try {
    const organisation = await context.app.services.organisations.getPage(actor, { id: params.id ?? "" });
    return json({ organisation });
  } catch (error) {
    pageForDomainError(error, { request });
  }
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.organisation.name} · Noaber` : "Noaber" },
];

export default function OrganisationPage() {
  const { organisation } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation("organisationPage");
  const duration = useDurationText();
  const { rate, medianHours } = organisation.response;
  const place = [organisation.buurtName, organisation.wijkName].filter(Boolean).join(", ");
  const website = organisation.website && /^https?:\/\//i.test(organisation.website) ? organisation.website : null;

  return (
    <article className="noaber-detail">
      <h1 className="utrecht-heading-1">{organisation.name}</h1>
      <PlainText text={organisation.description} />

      <dl className="noaber-detail__facts">
        <div>
          <dt>{t("kindLabel")}</dt>
          <dd>{t(`kind.${organisation.kind}`)}</dd>
        </div>
        {place ? (
          <div>
            <dt>{t("place")}</dt>
            <dd>{place}</dd>
          </div>
        ) : null}
        {website ? (
          <div>
            <dt>{t("website")}</dt>
            <dd>
              <a href={website} className="utrecht-link" rel="noopener noreferrer external">
                {t("websiteLink", { name: organisation.name })}
              </a>
            </dd>
          </div>
        ) : null}
      </dl>

      <section aria-labelledby="organisatie-reageren" className="noaber-section">
        <h2 id="organisatie-reageren" className="utrecht-heading-2">
          {t("response.heading")}
        </h2>
        <p className="utrecht-paragraph" data-testid="response-stats">
          {rate !== null && medianHours !== null
            ? t("response.stats", {
                rate: new Intl.NumberFormat(i18n.language, { style: "percent" }).format(rate),
                time: duration(medianHours),
              })
            : t("response.none")}
        </p>
        <p className="utrecht-paragraph">{t("response.promise")}</p>
      </section>

      <section aria-labelledby="organisatie-klussen" className="noaber-section">
        <h2 id="organisatie-klussen" className="utrecht-heading-2">
          {t("tasks.heading")}
        </h2>
        {organisation.tasks.length > 0 ? (
          <OpportunityList cards={organisation.tasks} labelledBy="organisatie-klussen" />
        ) : (
          <p className="utrecht-paragraph">{t("tasks.empty")}</p>
        )}
      </section>

      <section aria-labelledby="organisatie-vacatures" className="noaber-section">
        <h2 id="organisatie-vacatures" className="utrecht-heading-2">
          {t("vacancies.heading")}
        </h2>
        {organisation.vacancies.length > 0 ? (
          <OpportunityList cards={organisation.vacancies} labelledBy="organisatie-vacatures" />
        ) : (
          <p className="utrecht-paragraph">{t("vacancies.empty")}</p>
        )}
      </section>

      {organisation.canManage ? (
        <p className="utrecht-paragraph">
          <Link to="/organisatie" className="utrecht-link noaber-standalone-link">
            {t("manage")}
          </Link>
        </p>
      ) : null}
      <p className="utrecht-paragraph">
        <Link to="/zoeken" className="utrecht-link noaber-standalone-link">
          {t("backToSearch")}
        </Link>
      </p>
    </article>
  );
}
