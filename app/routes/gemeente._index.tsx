import { json, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { FigureKey } from "../../server/domain/monitoring/monitoring.figures";
import businessStyles from "../components/businesses/businesses.css";
import { figureText } from "../components/figures/format";
import { getFixedT } from "../i18n/i18next.server";
import { requireUser } from "../utils/auth.server";
import { pageForDomainError } from "../utils/domain-errors.server";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: businessStyles }];

const summaryKeys: FigureKey[] = ["activeVolunteers", "activeShare", "hours", "klussen", "fillRate", "newVolunteers"];

/** The municipality's own start page: a summary of the figures and where to go next. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = await requireUser(request, context);
  try {
    const [figures, t] = await Promise.all([
      context.app.services.monitoring.figures(actor, {}),
      getFixedT(request, "figures"),
    ]);
    return json({
      title: t("home.title"),
      target: figures.target,
      summary: summaryKeys.map((key) => ({ key, value: figures.municipality[key] })),
    });
  } catch (error) {
    return pageForDomainError(error, { request, forbidden: "gemeenteOnly" });
  }
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Noaber` }];

export default function MunicipalityHomePage() {
  const { t, i18n } = useTranslation("figures");
  const { summary, target } = useLoaderData<typeof loader>();
  return (
    <div>
      <h1 className="utrecht-heading-1">{t("home.title")}</h1>
      <p className="utrecht-paragraph utrecht-paragraph--lead">{t("home.intro")}</p>
      <h2 className="utrecht-heading-2">{t("home.summaryHeading")}</h2>
      <dl className="noaber-figures">
        {summary.map(({ key, value }) => (
          <div key={key}>
            <dt>{t(`figures.${key}`)}</dt>
            <dd>{figureText(value, key, t, i18n.language)}</dd>
          </div>
        ))}
      </dl>
      <p className="utrecht-paragraph">{t("page.target", { target })}</p>
      <h2 className="utrecht-heading-2">{t("home.linksHeading")}</h2>
      <ul className="utrecht-unordered-list">
        <li className="utrecht-unordered-list__item">
          <Link to="/gemeente/cijfers">{t("home.figures")}</Link>
        </li>
        <li className="utrecht-unordered-list__item">
          <Link to="/gemeente/moderatie">{t("home.moderation")}</Link>
        </li>
        <li className="utrecht-unordered-list__item">
          <Link to="/gemeente/logboek">{t("home.auditLog")}</Link>
        </li>
        <li className="utrecht-unordered-list__item">
          <Link to="/gemeente/aanmeldingen">{t("home.approvals")}</Link>
        </li>
        <li className="utrecht-unordered-list__item">
          <Link to="/gemeente/instellingen">{t("home.settings")}</Link>
        </li>
      </ul>
    </div>
  );
}
