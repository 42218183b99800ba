import { Link } from "@remix-run/react";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import type {
  OpportunityCard as Card,
  OpportunityFlags,
} from "../../../server/domain/opportunities/opportunities.types";
import { formatPeriod, opportunityPath } from "./format";

const flagOrder: Array<keyof OpportunityFlags> = [
  "suitableNewcomers",
  "suitableStudents",
  "suitableGroups",
  "suitableBusinesses",
  "vogRequired",
];

/** Where, as people say it: "Florabuurt, Oud-Oost", or online. */
export function placeText(
  card: Pick<Card, "buurtName" | "wijkName" | "isOnline">,
  t: (key: string, options?: Record<string, unknown>) => string,
) {
  const buurt = card.buurtName ? [card.buurtName, card.wijkName].filter(Boolean).join(", ") : null;
  if (buurt && card.isOnline) return t("card.placeOnline", { buurt });
  return buurt ?? t("card.online");
}

/**
 * One vacature or klus in a list. The title is the link (one link per card, so a screen reader's
 * list of links stays short); everything else is plain text. Texts are rendered as text, never HTML.
 */
export function OpportunityCard({
  card,
  headingLevel = 3,
  isNew = false,
}: {
  card: Card;
  headingLevel?: 2 | 3 | 4;
  isNew?: boolean;
}) {
  const { t, i18n } = useTranslation("opportunities");
  const titleId = useId();
  const Heading = `h${headingLevel}` as const;
  const period = card.kind === "task" ? formatPeriod(card.startsAt, card.endsAt, i18n.language) : null;
  const flags = flagOrder.filter((flag) => card.flags[flag]);
  return (
    <article className="noaber-card noaber-opportunity-card" aria-labelledby={titleId}>
      <p className="noaber-card__kind">
        {t(`kind.${card.kind}`)}
        {isNew ? <span className="noaber-opportunity-card__new"> · {t("card.new")}</span> : null}
      </p>
      <Heading id={titleId} className="noaber-opportunity-card__title">
        <Link to={opportunityPath(card)} className="utrecht-link" dir="auto">
          {card.title}
        </Link>
      </Heading>
      <dl className="noaber-facts">
        <div>
          <dt>{t("card.organisation")}</dt>
          <dd dir="auto">{card.organisationName}</dd>
        </div>
        <div>
          <dt>{t("card.where")}</dt>
          <dd>{placeText(card, t)}</dd>
        </div>
        {period && card.startsAt ? (
          <div>
            <dt>{t("card.when")}</dt>
            <dd>
              <time dateTime={card.startsAt} suppressHydrationWarning>
                {period}
              </time>
            </dd>
          </div>
        ) : null}
        {card.kind === "task" && card.spots !== null ? (
          <div>
            <dt>{t("card.spotsLabel")}</dt>
            <dd>{t("card.spots", { count: card.spots })}</dd>
          </div>
        ) : null}
      </dl>
      <p className="noaber-opportunity-card__excerpt" dir="auto">
        {card.excerpt}
      </p>
      {flags.length > 0 ? (
        <ul className="utrecht-badge-list noaber-badges">
          {flags.map((flag) => (
            <li key={flag} className="utrecht-badge-data">
              {t(`flags.${flag}`)}
            </li>
          ))}
        </ul>
      ) : null}
    </article>
  );
}

/** A list of cards; the caller names it (aria-labelledby) with the section heading. */
export function OpportunityList({
  cards,
  labelledBy,
  headingLevel = 3,
  newIds,
}: {
  cards: Card[];
  labelledBy: string;
  headingLevel?: 2 | 3 | 4;
  newIds?: ReadonlySet<string>;
}) {
  return (
    <ul className="noaber-cards" aria-labelledby={labelledBy}>
      {cards.map((card) => (
        <li key={card.id}>
          <OpportunityCard card={card} headingLevel={headingLevel} isNew={newIds?.has(card.id) ?? false} />
        </li>
      ))}
    </ul>
  );
}
