import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AuthenticityTokenInput } from "remix-utils/csrf/react";
import type { ListingRow } from "../../../server/domain/businesses/listings.repository";
import type { ListingSide } from "../../../server/domain/businesses/listings.schemas";
import type { MatchReasons } from "../../../server/domain/businesses/matching";
import { formatCalendarDate } from "./format";
import { usesEnglishNames } from "../../i18n/config";

export interface ListingsOverviewData {
  organisation: { id: string; name: string };
  listings: ListingRow[];
  matches: Array<{ mine: ListingRow; theirs: ListingRow; reasons: MatchReasons }>;
  skillNames: Record<string, { nl: string; en: string }>;
  wijkNames: Record<string, string>;
  notice: "saved" | "closed" | null;
}

function useNames(data: Pick<ListingsOverviewData, "skillNames" | "wijkNames">) {
  const { i18n } = useTranslation();
  const english = usesEnglishNames(i18n.language);
  return {
    skill: (slug: string) => (english ? data.skillNames[slug]?.en : data.skillNames[slug]?.nl) ?? slug,
    wijk: (code: string) => data.wijkNames[code] ?? code,
  };
}

/** Kind, size, period and wijken of one listing, as a description list. */
function ListingFacts({ listing, data }: { listing: ListingRow; data: ListingsOverviewData }) {
  const { t, i18n } = useTranslation("businesses");
  const names = useNames(data);
  return (
    <p className="utrecht-paragraph noaber-listing__facts">
      {t(`types.${listing.type}`)} · {t(`capacity.${listing.capacityUnit}`, { count: listing.capacityAmount })} ·{" "}
      {t("period", {
        from: formatCalendarDate(listing.periodStart, i18n.language),
        to: formatCalendarDate(listing.periodEnd, i18n.language),
      })}{" "}
      · {listing.wijken.length > 0 ? listing.wijken.map(names.wijk).join(", ") : t("anywhere")}
      {listing.skills.length > 0 ? <> · {listing.skills.map(names.skill).join(", ")}</> : null}
    </p>
  );
}

/** Why a pair matches, in plain words. */
function Reasons({ reasons, data }: { reasons: MatchReasons; data: ListingsOverviewData }) {
  const { t, i18n } = useTranslation("businesses");
  const names = useNames(data);
  return (
    <ul className="utrecht-unordered-list noaber-match__reasons">
      <li className="utrecht-unordered-list__item">
        {reasons.sharedSkills.length > 0
          ? t("match.skills", { skills: reasons.sharedSkills.map(names.skill).join(", ") })
          : t("match.noSkills")}
      </li>
      <li className="utrecht-unordered-list__item">
        {t(reasons.wijk === "preferred" ? "match.wijkPreferred" : "match.wijkAnywhere")}
      </li>
      <li className="utrecht-unordered-list__item">
        {t("match.period", {
          from: formatCalendarDate(reasons.overlap.from, i18n.language),
          to: formatCalendarDate(reasons.overlap.to, i18n.language),
        })}
      </li>
    </ul>
  );
}

/**
 * A business's offers or an organisation's requests for businesses, and what matches them, best
 * first, each with why it matches and a way to start talking.
 */
export function ListingsOverview({
  side,
  base,
  data,
}: {
  side: ListingSide;
  base: string;
  data: ListingsOverviewData;
}) {
  const { t } = useTranslation("businesses");
  const texts = side === "offer" ? "offers" : "requests";
  return (
    <div>
      <h1 className="utrecht-heading-1">{t(`${texts}.title`)}</h1>
      <p className="utrecht-paragraph utrecht-paragraph--lead noaber-prose">{t(`${texts}.intro`)}</p>
      {data.notice ? (
        <div role="status" className="utrecht-alert utrecht-alert--ok noaber-notice">
          <p className="utrecht-paragraph">{t(`${texts}.${data.notice}`)}</p>
        </div>
      ) : null}
      <p className="noaber-actions">
        <Link to={`${base}/nieuw`} className="utrecht-button utrecht-button--primary-action">
          {t(`${texts}.new`)}
        </Link>
        {side === "offer" ? (
          <Link to="/bedrijf/rapportage" className="utrecht-button utrecht-button--secondary-action">
            {t("offers.reportLink")}
          </Link>
        ) : null}
      </p>

      <section aria-labelledby="matches">
        <h2 id="matches" className="utrecht-heading-2">
          {t(`${texts}.matchesTitle`)}
        </h2>
        <p className="utrecht-paragraph">{t(`${texts}.matchesIntro`)}</p>
        {data.matches.length === 0 ? (
          <p className="utrecht-paragraph">{t(`${texts}.noMatches`)}</p>
        ) : (
          <ol className="noaber-cards noaber-matches">
            {data.matches.map(({ mine, theirs, reasons }) => (
              <li key={`${mine.id}-${theirs.id}`} className="noaber-card">
                <h3 className="utrecht-heading-3">{theirs.title}</h3>
                <p className="utrecht-paragraph">{theirs.organisationName}</p>
                <ListingFacts listing={theirs} data={data} />
                {theirs.description ? <p className="utrecht-paragraph noaber-prose">{theirs.description}</p> : null}
                <Reasons reasons={reasons} data={data} />
                <p className="utrecht-paragraph noaber-muted">{t(`${texts}.mine`, { title: mine.title })}</p>
                <Form method="post">
                  <AuthenticityTokenInput name="csrf" />
                  <input type="hidden" name="offerId" value={side === "offer" ? mine.id : theirs.id} />
                  <input type="hidden" name="requestId" value={side === "offer" ? theirs.id : mine.id} />
                  <button
                    type="submit"
                    className="utrecht-button utrecht-button--secondary-action"
                    aria-label={t("match.talkLabel", { name: theirs.organisationName })}
                  >
                    {t("match.talk")}
                  </button>
                </Form>
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="listings">
        <h2 id="listings" className="utrecht-heading-2">
          {t("list.heading")}
        </h2>
        {data.listings.length === 0 ? (
          <p className="utrecht-paragraph">{t(`${texts}.empty`)}</p>
        ) : (
          <ul className="noaber-cards">
            {data.listings.map((listing) => (
              <li key={listing.id} className="noaber-card">
                <h3 className="utrecht-heading-3">{listing.title}</h3>
                <p className="utrecht-paragraph">
                  <span className="noaber-status">{t(`status.${listing.status}`)}</span>
                </p>
                <ListingFacts listing={listing} data={data} />
                {listing.status === "open" ? (
                  <Link
                    to={`${base}/${listing.id}`}
                    className="utrecht-link"
                    aria-label={t("list.editLabel", { title: listing.title })}
                  >
                    {t("list.edit")}
                  </Link>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
