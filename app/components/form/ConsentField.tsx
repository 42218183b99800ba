import { getInputProps, type FieldMetadata } from "@conform-to/react";
import { useTranslation } from "react-i18next";
import { FieldErrors } from "./fields";

/** The "I have read the privacy statement" checkbox of sign-up forms, with a link to /privacy. */
export function ConsentField({ field, label }: { field: FieldMetadata<boolean | undefined>; label: string }) {
  const { t } = useTranslation("accounts");
  const descriptionId = `${field.id}-description`;
  const { key, ...props } = getInputProps(field, { type: "checkbox", ariaAttributes: false });
  return (
    <div
      className={`utrecht-form-field utrecht-form-field--checkbox${field.errors?.length ? " utrecht-form-field--invalid" : ""}`}
    >
      <p className="utrecht-form-field-description" id={descriptionId}>
        {t("signUp.consent.description")}{" "}
        <a className="utrecht-link" href="/privacy" target="_blank" rel="noopener">
          {t("signUp.consent.link")}
        </a>
      </p>
      <FieldErrors field={field} />
      <input
        key={key}
        {...props}
        required
        aria-invalid={field.errors?.length ? true : undefined}
        aria-describedby={[descriptionId, field.errors?.length ? field.errorId : null].filter(Boolean).join(" ")}
        className="utrecht-checkbox utrecht-checkbox--html-input utrecht-checkbox--custom"
      />{" "}
      <label htmlFor={field.id} className="utrecht-form-label utrecht-form-label--checkbox">
        {label}
      </label>
    </div>
  );
}
