import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AuthenticityTokenInput } from "remix-utils/csrf/react";

/** Coordinators in a channel: post one of their organisation's open klussen as a card. */
export function PostCardForm({
  klussen,
  clientId,
  errors,
}: {
  klussen: Array<{ id: string; title: string; organisationName: string }>;
  clientId: string;
  errors: string[];
}) {
  const { t } = useTranslation("messaging");
  const manyOrganisations = new Set(klussen.map((klus) => klus.organisationName)).size > 1;
  return (
    <section aria-labelledby="klus-plaatsen" className="noaber-post-card">
      <h2 id="klus-plaatsen" className="utrecht-heading-2">
        {t("postCard.heading")}
      </h2>
      {klussen.length === 0 ? (
        <p className="utrecht-paragraph">{t("postCard.none")}</p>
      ) : (
        <Form method="post">
          <AuthenticityTokenInput name="csrf" />
          <input type="hidden" name="intent" value="post-card" />
          <input type="hidden" name="clientId" value={clientId} />
          {errors.length > 0 ? (
            <div role="alert" id="klus-plaatsen-fout" className="utrecht-alert utrecht-alert--error noaber-notice">
              {errors.map((error) => (
                <p key={error} className="utrecht-paragraph">
                  {t(error, { ns: ["messaging", "common"] })}
                </p>
              ))}
            </div>
          ) : null}
          <div className="utrecht-form-field utrecht-form-field--text">
            <div className="utrecht-form-field__label">
              <label className="utrecht-form-label" htmlFor="klus-kiezen">
                {t("postCard.label")}
              </label>
            </div>
            <div className="utrecht-form-field__input">
              <select
                id="klus-kiezen"
                name="opportunityId"
                className="utrecht-select utrecht-select--html-select"
                aria-describedby={errors.length > 0 ? "klus-plaatsen-fout" : undefined}
              >
                {klussen.map((klus) => (
                  <option key={klus.id} value={klus.id}>
                    {manyOrganisations ? `${klus.title} (${klus.organisationName})` : klus.title}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <button type="submit" className="utrecht-button utrecht-button--primary-action">
            {t("postCard.submit")}
          </button>
        </Form>
      )}
    </section>
  );
}
