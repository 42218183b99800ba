import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AuthenticityTokenInput } from "remix-utils/csrf/react";
import type { OpportunityKind } from "../../../db/schema";

/**
 * "Meld deze klus": a reason and a button, posted to /melden/:id (a plain form; that page shows any
 * error beside the field, keeping what was typed). Folded away in a `details` until someone needs it.
 */
export function ReportOpportunityForm({
  opportunity,
  reported,
  reason = "",
  errors = [],
  open = false,
}: {
  opportunity: { id: string; kind: OpportunityKind };
  reported: boolean;
  reason?: string;
  errors?: string[];
  open?: boolean;
}) {
  const { t } = useTranslation("moderation");
  const fieldId = `melden-reden-${opportunity.id}`;
  const errorId = `${fieldId}-fout`;
  const hintId = `${fieldId}-uitleg`;
  if (reported) {
    return (
      <p className="utrecht-paragraph noaber-notice" role="status" id="melden">
        {t("report.sent")}
      </p>
    );
  }
  return (
    <details className="noaber-report" id="melden" open={open || errors.length > 0}>
      <summary className="noaber-report__summary">{t(`report.summary.${opportunity.kind}`)}</summary>
      <Form method="post" action={`/melden/${opportunity.id}`} className="noaber-form">
        <AuthenticityTokenInput name="csrf" />
        <p className="utrecht-paragraph" id={hintId}>
          {t("report.intro")}
        </p>
        <div
          className={`utrecht-form-field utrecht-form-field--textarea${errors.length ? " utrecht-form-field--invalid" : ""}`}
        >
          <div className="utrecht-form-field__label">
            <label className="utrecht-form-label" htmlFor={fieldId}>
              {t("report.reason")}
            </label>
          </div>
          {errors.length ? (
            <div className="utrecht-form-field__error-message utrecht-form-field-error-message" id={errorId}>
              {errors.map((error) => (
                <p key={error} className="noaber-field-error">
                  {t(error)}
                </p>
              ))}
            </div>
          ) : null}
          <div className="utrecht-form-field__input">
            <textarea
              id={fieldId}
              name="reason"
              rows={3}
              maxLength={1000}
              required
              defaultValue={reason}
              aria-invalid={errors.length ? true : undefined}
              aria-describedby={errors.length ? `${hintId} ${errorId}` : hintId}
              className="utrecht-textarea utrecht-textarea--html-textarea"
            />
          </div>
        </div>
        <div>
          <button type="submit" className="utrecht-button utrecht-button--secondary-action">
            {t("report.submit")}
          </button>
        </div>
      </Form>
    </details>
  );
}

/** What the organisation's coordinators see on a klus or vacature the municipality took off the site. */
export function HiddenByModerationNotice() {
  const { t } = useTranslation("moderation");
  return (
    <p className="utrecht-paragraph noaber-notice" role="note">
      {t("hiddenNotice")}
    </p>
  );
}
