import { json, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { hasRole } from "../../server/domain/actor";
import { OpportunityList } from "../components/opportunities/OpportunityCard";
import opportunityStyles from "../components/opportunities/opportunities.css";
import { getFixedT } from "../i18n/i18next.server";
import { requireUser } from "../utils/auth.server";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: opportunityStyles }];

/** "Voor jou": the volunteer's personal feed, ranked by home buurt, skills and start date (search.ranking.ts). */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = await requireUser(request, context);
  const t = await getFixedT(request, "search");
  if (!hasRole(actor, "volunteer")) return json({ title: t("forYou.title"), volunteer: false as const });
  const page = new URL(request.url).searchParams.get("page") ?? undefined;
  const result = await context.app.services.search.search(actor, { page });
  return json({ title: t("forYou.title"), volunteer: true as const, result });
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Noaber` }];

export default function ForYouPage() {
  const { t } = useTranslation("search");
  const data = useLoaderData<typeof loader>();
  if (!data.volunteer) {
    return (
      <>
        <h1 className="utrecht-heading-1">{data.title}</h1>
        <p className="utrecht-paragraph">{t("forYou.notVolunteer")}</p>
        <p className="utrecht-paragraph">
          <Link to="/zoeken" className="utrecht-link">
            {t("forYou.more")}
          </Link>
        </p>
      </>
    );
  }
  const { result } = data;
  return (
    <>
      <h1 className="utrecht-heading-1">{data.title}</h1>
      <p className="utrecht-paragraph noaber-prose">{t("forYou.intro")}</p>
      {result.personal ? null : (
        <div className="utrecht-alert noaber-notice" role="note">
          <h2 className="utrecht-heading-3">{t("forYou.nudgeHeading")}</h2>
          <p className="utrecht-paragraph">{t("forYou.nudgeBody")}</p>
          <p className="utrecht-paragraph">
            <Link to="/profiel" className="utrecht-link">
              {t("forYou.nudgeLink")}
            </Link>
          </p>
        </div>
      )}
      {result.source === "database" ? (
        <div className="utrecht-alert utrecht-alert--warning noaber-notice" role="status">
          <h2 className="utrecht-heading-3">{t("limited.heading")}</h2>
          <p className="utrecht-paragraph">{t("limited.body")}</p>
        </div>
      ) : null}
      <section aria-labelledby="for-you-results" className="noaber-section">
        <h2 id="for-you-results" className="utrecht-heading-2">
          {t("results.count", { count: result.total })}
        </h2>
        {result.results.length > 0 ? (
          <OpportunityList cards={result.results} labelledBy="for-you-results" />
        ) : (
          <p className="utrecht-paragraph">{t("forYou.empty")}</p>
        )}
        {result.pageCount > 1 ? (
          <nav aria-label={t("pagination.label")} className="noaber-pagination">
            {result.page > 1 ? (
              <Link to={`/voor-jou?page=${result.page - 1}`} className="utrecht-link" rel="prev">
                {t("pagination.previous")}
              </Link>
            ) : null}
            <span>{t("results.page", { page: result.page, pageCount: result.pageCount })}</span>
            {result.page < result.pageCount ? (
              <Link to={`/voor-jou?page=${result.page + 1}`} className="utrecht-link" rel="next">
                {t("pagination.next")}
              </Link>
            ) : null}
          </nav>
        ) : null}
        <p className="utrecht-paragraph">
          <Link to="/zoeken" className="utrecht-link">
            {t("forYou.more")}
          </Link>
        </p>
      </section>
    </>
  );
}
