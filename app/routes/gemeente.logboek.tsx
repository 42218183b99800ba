import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { auditActions } from "../../server/domain/moderation/moderation.schemas";
import { formatMoment } from "../components/opportunities/format";
import { getFixedT } from "../i18n/i18next.server";
import { requireUser } from "../utils/auth.server";
import { pageForDomainError } from "../utils/domain-errors.server";

type AuditAction = (typeof auditActions)[number];
const isAction = (value: string | null): value is AuditAction =>
  value !== null && (auditActions as readonly string[]).includes(value);

/** The audit log: what the municipality did, newest first, a page at a time, filtered by action. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = await requireUser(request, context);
  const params = new URL(request.url).searchParams;
  const actionParam = params.get("actie");
  const action = isAction(actionParam) ? actionParam : undefined;
  const before = params.get("voor");
  try {
    const [page, t] = await Promise.all([
      context.app.services.moderation.auditLog(actor, {
        action,
        before: before && /^[1-9]\d{0,17}$/.test(before) ? before : undefined,
      }),
      getFixedT(request, "moderation"),
    ]);
    return json({ title: t("log.title"), page, action: action ?? null, paged: Boolean(before) });
  } catch (error) {
    pageForDomainError(error, { request, forbidden: "gemeenteOnly" });
  }
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Noaber` }];

export default function AuditLogPage() {
  const { t, i18n } = useTranslation("moderation");
  const { page, action, paged } = useLoaderData<typeof loader>();
  const olderParams = new URLSearchParams();
  if (action) olderParams.set("actie", action);
  if (page.nextBefore) olderParams.set("voor", page.nextBefore);
  return (
    <div className="noaber-prose noaber-moderation">
      <h1 className="utrecht-heading-1">{t("log.title")}</h1>
      <p className="utrecht-paragraph">{t("log.intro")}</p>
      <Form method="get" className="noaber-form">
        <div className="utrecht-form-field utrecht-form-field--text">
          <div className="utrecht-form-field__label">
            <label className="utrecht-form-label" htmlFor="logboek-actie">
              {t("log.filter")}
            </label>
          </div>
          <div className="utrecht-form-field__input">
            <select
              id="logboek-actie"
              name="actie"
              defaultValue={action ?? ""}
              className="utrecht-select utrecht-select--html-select"
            >
              <option value="">{t("log.all")}</option>
              {auditActions.map((value) => (
                <option key={value} value={value}>
                  {t(`log.actions.${value}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div>
          <button type="submit" className="utrecht-button utrecht-button--secondary-action">
            {t("log.apply")}
          </button>
        </div>
      </Form>

      {page.entries.length === 0 ? (
        <p className="utrecht-paragraph">{t("log.empty")}</p>
      ) : (
        <div className="noaber-table-scroll">
          <table className="utrecht-table">
            <caption className="utrecht-table__caption">
              {action ? `${t("log.caption")}: ${t(`log.actions.${action}`)}` : t("log.caption")}
            </caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                {(["at", "actor", "action", "subject", "note"] as const).map((column) => (
                  <th key={column} scope="col" className="utrecht-table__header-cell">
                    {t(`log.columns.${column}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {page.entries.map((entry) => (
                <tr key={entry.id} className="utrecht-table__row">
                  <td className="utrecht-table__cell">{formatMoment(entry.at, i18n.language)}</td>
                  <td className="utrecht-table__cell">{entry.actorName ?? t("log.unknownActor")}</td>
                  <th scope="row" className="utrecht-table__header-cell">
                    {t(`log.actions.${entry.action}`)}
                  </th>
                  <td className="utrecht-table__cell">
                    {t(`log.subjects.${entry.subjectType}`)}:{" "}
                    <span dir="auto">{entry.subjectLabel ?? t("log.gone")}</span>
                  </td>
                  <td className="utrecht-table__cell noaber-moderation__description" dir="auto">
                    {entry.note}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {page.nextBefore || paged ? (
        <nav aria-label={t("log.pages")} className="noaber-actions">
          {page.nextBefore ? (
            <Link to={`/gemeente/logboek?${olderParams.toString()}`} className="utrecht-link">
              {t("log.older")}
            </Link>
          ) : null}
          {paged ? (
            <Link to={action ? `/gemeente/logboek?actie=${action}` : "/gemeente/logboek"} className="utrecht-link">
              {t("log.newest")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
