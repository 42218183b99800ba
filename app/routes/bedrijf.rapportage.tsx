import { PlainDateField } from "../components/form/plain-fields";
import { json, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import businessStyles from "../components/businesses/businesses.css";
import { formatCalendarDate } from "../components/businesses/format";
import { formatEuros, formatNumber } from "../components/opportunities/format";
import organisationStyles from "../components/opportunities/organisation.css";
import { getFixedT } from "../i18n/i18next.server";
import { loadReport } from "./__social-return.server";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: organisationStyles },
  { rel: "stylesheet", href: businessStyles },
];

export async function loader(args: LoaderFunctionArgs) {
  const [loaded, t] = await Promise.all([loadReport(args), getFixedT(args.request, "businesses")]);
  return json({ title: t("report.title"), ...loaded }, { status: loaded.periodErrors ? 400 : 200 });
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Noaber` }];

/** Social return of one business over a period: figures, klussen, offers; printable and as CSV. */
export default function SocialReturnReportPage() {
  const { t, i18n } = useTranslation("businesses");
  const { report, query, periodErrors } = useLoaderData<typeof loader>();
  const language = i18n.language;
  const number = (value: number) => formatNumber(value, language);
  const date = (value: string) => formatCalendarDate(value, language);
  const search = new URLSearchParams({ van: report.period.from, tot: report.period.to });
  if (query.businessId) search.set("bedrijf", query.businessId);
  const figures: Array<[string, string]> = [
    [t("report.hours"), number(report.totals.hours)],
    [t("report.people"), number(report.totals.people)],
    [t("report.organisations"), number(report.totals.organisations)],
    [t("report.wijken"), number(report.totals.wijken)],
    [t("report.klussen"), number(report.totals.klussen)],
    [t("report.offers"), number(report.offers.length)],
  ];
  if (report.hourValue !== null && report.value !== null) {
    figures.push([
      t("report.value", { hourValue: formatEuros(report.hourValue, language) }),
      formatEuros(report.value, language),
    ]);
  }
  return (
    <div>
      <h1 className="utrecht-heading-1">{t("report.title")}</h1>
      <p className="utrecht-paragraph utrecht-paragraph--lead">{t("report.intro", { name: report.business.name })}</p>
      <p className="utrecht-paragraph">
        <strong>{t("report.periodText", { from: date(report.period.from), to: date(report.period.to) })}</strong>
      </p>

      <Form method="get" className="noaber-form noaber-no-print">
        {query.businessId ? <input type="hidden" name="bedrijf" value={query.businessId} /> : null}
        <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
          <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
            {t("report.periodLegend")}
          </legend>
          <div className="noaber-period-form">
            <PlainDateField
              id="periode-van"
              name="van"
              label={t("report.from")}
              value={query.from ?? report.period.from}
              errors={periodErrors?.from}
            />
            <PlainDateField
              id="periode-tot"
              name="tot"
              label={t("report.to")}
              value={query.to ?? report.period.to}
              errors={periodErrors?.to}
            />
            <button type="submit" className="utrecht-button utrecht-button--secondary-action">
              {t("report.show")}
            </button>
          </div>
        </fieldset>
      </Form>

      <h2 className="utrecht-heading-2">{t("report.figures")}</h2>
      <dl className="noaber-figures">
        {figures.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>

      <h2 className="utrecht-heading-2">{t("report.klussenHeading")}</h2>
      {report.klussen.length === 0 ? (
        <p className="utrecht-paragraph">{t("report.noKlussen")}</p>
      ) : (
        <div className="noaber-table-scroll">
          <table className="utrecht-table utrecht-table--html-table noaber-overview-table">
            <caption className="utrecht-table__caption">{t("report.klussenCaption")}</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">
                  {t("report.date")}
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  {t("report.klus")}
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  {t("report.organisation")}
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  {t("report.wijk")}
                </th>
                <th scope="col" className="utrecht-table__header-cell noaber-number">
                  {t("report.people")}
                </th>
                <th scope="col" className="utrecht-table__header-cell noaber-number">
                  {t("report.hours")}
                </th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {report.klussen.map((klus) => (
                <tr key={klus.id} className="utrecht-table__row">
                  <td className="utrecht-table__cell">{date(klus.date)}</td>
                  <th scope="row" className="utrecht-table__header-cell">
                    {klus.title}
                  </th>
                  <td className="utrecht-table__cell">{klus.organisationName}</td>
                  <td className="utrecht-table__cell">{klus.wijkName ?? ""}</td>
                  <td className="utrecht-table__cell noaber-number">{number(klus.people)}</td>
                  <td className="utrecht-table__cell noaber-number">{number(klus.hours)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h2 className="utrecht-heading-2">{t("report.offersHeading")}</h2>
      {report.offers.length === 0 ? (
        <p className="utrecht-paragraph">{t("report.noOffers")}</p>
      ) : (
        <ul className="utrecht-unordered-list">
          {report.offers.map((offer) => (
            <li key={offer.id} className="utrecht-unordered-list__item">
              {date(offer.date)}: {offer.title} ({t(`types.${offer.type}`)},{" "}
              {t(`capacity.${offer.capacityUnit}`, { count: offer.capacityAmount })})
            </li>
          ))}
        </ul>
      )}

      <div className="noaber-no-print">
        <p className="noaber-actions">
          <Link
            to={`/bedrijf/rapportage.csv?${search.toString()}`}
            reloadDocument
            className="utrecht-button utrecht-button--primary-action"
          >
            {t("report.download")}
          </Link>
        </p>
        <p className="utrecht-paragraph">{t("report.print")}</p>
      </div>
    </div>
  );
}
