import { Link } from "@remix-run/react";
import { Fragment } from "react";
import { usesEnglishNames } from "../../i18n/config";
import { useTranslation } from "react-i18next";
import type { OpportunityDetail, OpportunityFlags } from "../../../server/domain/opportunities/opportunities.types";
import { formatNumber, formatPeriod, opportunityPath } from "./format";

const suitabilityFlags: Array<Exclude<keyof OpportunityFlags, "vogRequired">> = [
  "suitableNewcomers",
  "suitableStudents",
  "suitableGroups",
  "suitableBusinesses",
];

/** Plain text with the organisation's paragraphs and line breaks, rendered as text (never as HTML). */
export function PlainText({ text }: { text: string }) {
  const paragraphs = text.split(/\n{2,}/).filter((p) => p.trim() !== "");
  return (
    <>
      {paragraphs.map((paragraph, i) => (
        <p key={i} className="utrecht-paragraph" dir="auto">
          {paragraph.split("\n").map((line, j) => (
            <Fragment key={j}>
              {j > 0 ? <br /> : null}
              {line}
            </Fragment>
          ))}
        </p>
      ))}
    </>
  );
}

/** The page of one vacature or klus; the klus and vacature routes both render it. */
export function OpportunityDetailView({
  detail,
  justPublished,
  respond,
}: {
  detail: OpportunityDetail;
  justPublished: boolean;
  /** How to respond (the klus page's claim panel); without it the page says responding comes soon. */
  respond?: React.ReactNode;
}) {
  const { t, i18n } = useTranslation("opportunities");
  const english = usesEnglishNames(i18n.language);
  const kindLower = t(`kindLower.${detail.kind}`);
  const period = formatPeriod(detail.startsAt, detail.endsAt, i18n.language);
  const suitable = suitabilityFlags.filter((flag) => detail.flags[flag]);
  const place = detail.buurt
    ? [
        detail.buurt.name,
        detail.wijk
          ? detail.wijk.formerName
            ? t("detail.wijkFormer", { name: detail.wijk.name, formerName: detail.wijk.formerName })
            : t("detail.wijk", { name: detail.wijk.name })
          : null,
        detail.gebied ? t("detail.gebied", { name: detail.gebied.name }) : null,
      ]
        .filter(Boolean)
        .join(", ")
    : null;

  return (
    <article className="noaber-prose" aria-labelledby="opportunity-title">
      {justPublished ? (
        <div role="status" className="utrecht-alert utrecht-alert--ok noaber-notice">
          <p className="utrecht-paragraph">{t("detail.published", { kind: kindLower })}</p>
        </div>
      ) : null}
      <p className="noaber-card__kind">{t(`kind.${detail.kind}`)}</p>
      <h1 id="opportunity-title" className="utrecht-heading-1" dir="auto">
        {detail.title}
      </h1>
      {detail.canManage && detail.status !== "closed" ? (
        <p className="utrecht-paragraph">
          <Link to={`${opportunityPath(detail)}/bewerken`} className="utrecht-link noaber-standalone-link">
            {t("detail.edit", { kind: kindLower })}
          </Link>
        </p>
      ) : null}
      {detail.status !== "open" ? (
        <div role="note" className="utrecht-alert utrecht-alert--warning noaber-notice">
          <p className="utrecht-paragraph">{t(`detail.status.${detail.status}`, { kind: kindLower })}</p>
        </div>
      ) : null}

      <dl className="noaber-detail__facts">
        <div>
          <dt>{t("detail.organisation")}</dt>
          <dd>{detail.organisation.name}</dd>
        </div>
        {period && detail.startsAt ? (
          <div>
            <dt>{t("detail.when")}</dt>
            <dd>
              <time dateTime={detail.startsAt} suppressHydrationWarning>
                {period}
              </time>
            </dd>
          </div>
        ) : null}
        <div>
          <dt>{t("detail.where")}</dt>
          <dd>
            {place ?? t("detail.online")}
            {place && detail.isOnline ? (
              <>
                <br />
                {t("detail.alsoOnline")}
              </>
            ) : null}
          </dd>
        </div>
        {detail.address ? (
          <div>
            <dt>{t("detail.address")}</dt>
            <dd dir="auto">{detail.address}</dd>
          </div>
        ) : null}
        {detail.kind === "task" && detail.spots !== null ? (
          <div>
            <dt>{t("detail.spots")}</dt>
            <dd>{formatNumber(detail.spots, i18n.language)}</dd>
          </div>
        ) : null}
        {detail.kind === "vacancy" && detail.hoursPerWeek !== null ? (
          <div>
            <dt>{t("detail.hoursPerWeek")}</dt>
            <dd>
              {t("detail.hours", {
                count: detail.hoursPerWeek,
                formattedCount: formatNumber(detail.hoursPerWeek, i18n.language),
              })}
            </dd>
          </div>
        ) : null}
        {detail.kind === "vacancy" && detail.period ? (
          <div>
            <dt>{t("detail.period")}</dt>
            <dd dir="auto">{detail.period}</dd>
          </div>
        ) : null}
        {detail.minAge !== null ? (
          <div>
            <dt>{t("detail.minAge")}</dt>
            <dd>{t("detail.minAgeValue", { count: detail.minAge })}</dd>
          </div>
        ) : null}
        {detail.skills.length > 0 ? (
          <div>
            <dt>{t("detail.skills")}</dt>
            <dd>
              <ul>
                {detail.skills.map((skill) => (
                  <li key={skill.slug}>{english ? skill.nameEn : skill.nameNl}</li>
                ))}
              </ul>
            </dd>
          </div>
        ) : null}
        {detail.languages.length > 0 ? (
          <div>
            <dt>{t("detail.languages")}</dt>
            <dd>{detail.languages.map((code) => t(`languageNames.${code}`, { defaultValue: code })).join(", ")}</dd>
          </div>
        ) : null}
        {suitable.length > 0 ? (
          <div>
            <dt>{t("detail.suitableFor")}</dt>
            <dd>
              <ul>
                {suitable.map((flag) => (
                  <li key={flag}>{t(`flags.${flag}`)}</li>
                ))}
              </ul>
            </dd>
          </div>
        ) : null}
        {detail.flags.vogRequired ? (
          <div>
            <dt>{t("detail.vog")}</dt>
            <dd>{t("detail.vogRequired")}</dd>
          </div>
        ) : null}
      </dl>

      <section aria-labelledby="opportunity-about">
        <h2 id="opportunity-about" className="utrecht-heading-2">
          {t("detail.about", { kind: kindLower })}
        </h2>
        <PlainText text={detail.description} />
      </section>

      {detail.kind === "vacancy" && detail.selectionSteps ? (
        <section aria-labelledby="opportunity-selection">
          <h2 id="opportunity-selection" className="utrecht-heading-2">
            {t("detail.selectionSteps")}
          </h2>
          <PlainText text={detail.selectionSteps} />
        </section>
      ) : null}

      {detail.accessibilityNotes ? (
        <section aria-labelledby="opportunity-accessibility">
          <h2 id="opportunity-accessibility" className="utrecht-heading-2">
            {t("detail.accessibility")}
          </h2>
          <PlainText text={detail.accessibilityNotes} />
        </section>
      ) : null}

      {respond ?? (detail.status === "open" ? <p className="utrecht-paragraph">{t("detail.respondSoon")}</p> : null)}
      {detail.organisation.website && /^https?:\/\//i.test(detail.organisation.website) ? (
        <p className="utrecht-paragraph">
          <a
            href={detail.organisation.website}
            className="utrecht-link noaber-standalone-link"
            rel="noopener noreferrer external"
          >
            {t("detail.website", { name: detail.organisation.name })}
          </a>
        </p>
      ) : null}
      <p className="utrecht-paragraph">
        <Link to="/zoeken" className="utrecht-link noaber-standalone-link">
          {t("detail.backToSearch")}
        </Link>
      </p>
    </article>
  );
}
