import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AuthenticityTokenInput } from "remix-utils/csrf/react";
import type { MessageView } from "../../../server/domain/messaging/messaging.types";
import { formatCardTime } from "./format";

/**
 * A klus posted in a channel: what, when, where, the spots left (live once hydrated, announced
 * politely) and "Ik doe mee", which is a real claim posted as a plain form.
 */
export function KlusCardMessage({
  message,
  card,
  spotsLeft,
  errors,
}: {
  message: MessageView;
  card: NonNullable<MessageView["card"]>;
  spotsLeft: number | null;
  errors: string[];
}) {
  const { t, i18n } = useTranslation("messaging");
  const full = spotsLeft !== null && spotsLeft <= 0;
  const headingId = `kaart-${message.id}`;
  const errorId = `kaart-${message.id}-fout`;
  return (
    <article className="noaber-card-message" aria-labelledby={headingId}>
      <p className="noaber-card-message__label">{t("card.label")}</p>
      <h3 id={headingId} className="utrecht-heading-3 noaber-card-message__title">
        <Link to={`/klussen/${card.opportunityId}`} className="utrecht-link">
          {card.title}
        </Link>
      </h3>
      <ul className="noaber-card-message__facts">
        <li>{t("card.by", { name: card.organisationName })}</li>
        {card.startsAt ? <li>{t("card.when", { time: formatCardTime(card.startsAt, i18n.language) })}</li> : null}
        {card.buurtName ? <li>{t("card.where", { buurt: card.buurtName })}</li> : null}
      </ul>
      {card.open ? (
        <>
          <p
            className="noaber-card-message__spots"
            aria-live="polite"
            aria-atomic="true"
            data-card-spots={card.opportunityId}
          >
            <strong>
              {spotsLeft === null
                ? t("card.unlimited")
                : full
                  ? t("card.full")
                  : t("card.spotsLeft", { count: spotsLeft })}
            </strong>
          </p>
          {errors.length > 0 ? (
            <div role="alert" id={errorId} className="utrecht-alert utrecht-alert--error noaber-notice">
              {errors.map((error) => (
                <p key={error} className="utrecht-paragraph">
                  {t(error, { ns: ["messaging", "claims", "common"] })}
                </p>
              ))}
            </div>
          ) : null}
          <Form method="post" className="noaber-card-message__join">
            <AuthenticityTokenInput name="csrf" />
            <input type="hidden" name="intent" value="claim-card" />
            <input type="hidden" name="messageId" value={message.id} />
            {card.vogRequired ? (
              <div className="utrecht-form-field utrecht-form-field--checkbox">
                <label className="utrecht-form-label utrecht-form-label--checkbox">
                  <input
                    type="checkbox"
                    name="vogConfirmed"
                    value="on"
                    className="utrecht-checkbox utrecht-checkbox--html-input"
                  />{" "}
                  {t("card.vogConfirm")}
                </label>
              </div>
            ) : null}
            <button
              type="submit"
              className="utrecht-button utrecht-button--primary-action"
              aria-describedby={errors.length > 0 ? errorId : undefined}
            >
              {t("card.join")}
              <span className="noaber-visually-hidden"> ({card.title})</span>
            </button>
          </Form>
        </>
      ) : (
        <p className="utrecht-paragraph">{t("card.closed")}</p>
      )}
    </article>
  );
}
