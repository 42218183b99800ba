import { json, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import businessStyles from "../components/businesses/businesses.css";
import { formatCalendarDate } from "../components/businesses/format";
import { formatDate, formatNumber } from "../components/opportunities/format";
import organisationStyles from "../components/opportunities/organisation.css";
import { getFixedT } from "../i18n/i18next.server";
import { requireUser } from "../utils/auth.server";
import { pageForDomainError } from "../utils/domain-errors.server";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: organisationStyles },
  { rel: "stylesheet", href: businessStyles },
];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = await requireUser(request, context);
  const statement = await context.app.services.socialReturn
    .statementOfHours(actor)
    .catch((error: unknown) => pageForDomainError(error, { request, forbidden: "volunteerOnly" }));
  const t = await getFixedT(request, "businesses");
  return json({ title: t("statement.title"), ...statement, madeOn: new Date().toISOString() });
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Noaber` }];

/** A printable statement of a volunteer's confirmed hours, for a CV or a student's file. */
export default function StatementOfHoursPage() {
  const { t, i18n } = useTranslation("businesses");
  const { name, rows, totalHours, madeOn } = useLoaderData<typeof loader>();
  const number = (value: number) => formatNumber(value, i18n.language);
  return (
    <div>
      <h1 className="utrecht-heading-1">{t("statement.title")}</h1>
      <p className="utrecht-paragraph utrecht-paragraph--lead">{t("statement.intro")}</p>
      <p className="utrecht-paragraph">
        <strong>{t("statement.name", { name })}</strong>
      </p>
      {rows.length === 0 ? (
        <p className="utrecht-paragraph">{t("statement.none")}</p>
      ) : (
        <div className="noaber-table-scroll">
          <table className="utrecht-table utrecht-table--html-table noaber-overview-table">
            <caption className="utrecht-table__caption">{t("statement.caption")}</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">
                  {t("statement.date")}
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  {t("statement.klus")}
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  {t("statement.organisation")}
                </th>
                <th scope="col" className="utrecht-table__header-cell noaber-number">
                  {t("statement.hours")}
                </th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {rows.map((row) => (
                <tr key={row.id} className="utrecht-table__row">
                  <td className="utrecht-table__cell">{formatCalendarDate(row.date, i18n.language)}</td>
                  <th scope="row" className="utrecht-table__header-cell">
                    {row.title}
                  </th>
                  <td className="utrecht-table__cell">{row.organisationName}</td>
                  <td className="utrecht-table__cell noaber-number">{number(row.hours)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr className="utrecht-table__row">
                <th scope="row" colSpan={3} className="utrecht-table__header-cell">
                  {t("statement.total")}
                </th>
                <td className="utrecht-table__cell noaber-number">
                  <strong>{number(totalHours)}</strong>
                </td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}
      <p className="utrecht-paragraph">{t("statement.madeOn", { date: formatDate(madeOn, i18n.language) })}</p>
      <p className="utrecht-paragraph noaber-no-print">{t("statement.print")}</p>
    </div>
  );
}
