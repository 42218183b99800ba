import { getInputProps, getSelectProps, getTextareaProps, type FieldMetadata } from "@conform-to/react";
import { useTranslation } from "react-i18next";
import { parseCountedMessage } from "../../../server/domain/counted-message";

/**
 * Accessible form fields bound to Conform, styled as NL Design System (Utrecht) form fields.
 * Errors are i18n keys ("accounts:errors.emailTaken") so schemas stay language-free.
 */

type Field = FieldMetadata<string | string[] | number | boolean | undefined | null>;

function describedBy(field: Field, description: React.ReactNode) {
  const ids = [description ? field.descriptionId : null, field.errors?.length ? field.errorId : null].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}

function FieldShell({
  field,
  label,
  description,
  required,
  kind,
  children,
}: {
  field: Field;
  label: React.ReactNode;
  description?: React.ReactNode;
  required?: boolean;
  kind: "text" | "textarea" | "select";
  children: React.ReactNode;
}) {
  const { t } = useTranslation();
  const invalid = Boolean(field.errors?.length);
  return (
    <div
      className={`utrecht-form-field utrecht-form-field--${kind === "select" ? "text" : kind}${invalid ? " utrecht-form-field--invalid" : ""}`}
    >
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={field.id}>
          {label}
          {required ? null : <span className="noaber-optional"> ({t("form.optional")})</span>}
        </label>
      </div>
      {description ? (
        <div className="utrecht-form-field__description utrecht-form-field-description" id={field.descriptionId}>
          {description}
        </div>
      ) : null}
      <FieldErrors field={field} />
      <div className="utrecht-form-field__input">{children}</div>
    </div>
  );
}

/** An error message key in the user's language; a counted one ("key#2") gets its number. */
export function useErrorText() {
  const { t } = useTranslation();
  return (error: string) => {
    const { key, count } = parseCountedMessage(error);
    return count === undefined ? t(key) : t(key, { count });
  };
}

export function FieldErrors({ field }: { field: Field }) {
  const errorText = useErrorText();
  if (!field.errors?.length) return null;
  return (
    <div className="utrecht-form-field__error-message utrecht-form-field-error-message" id={field.errorId}>
      {field.errors.map((error) => (
        <p key={error} className="noaber-field-error">
          {errorText(error)}
        </p>
      ))}
    </div>
  );
}

export function TextField({
  field,
  label,
  description,
  type = "text",
  autoComplete,
  required = true,
  inputMode,
}: {
  field: Field;
  label: React.ReactNode;
  description?: React.ReactNode;
  type?: "text" | "email" | "password" | "search" | "url" | "tel" | "number" | "date" | "datetime-local";
  autoComplete?: string;
  required?: boolean;
  inputMode?: React.HTMLAttributes<HTMLInputElement>["inputMode"];
}) {
  const { key, ...props } = getInputProps(field, { type, ariaAttributes: false });
  return (
    <FieldShell field={field} label={label} description={description} required={required} kind="text">
      <input
        key={key}
        {...props}
        required={required}
        autoComplete={autoComplete}
        inputMode={inputMode}
        aria-invalid={field.errors?.length ? true : undefined}
        aria-describedby={describedBy(field, description)}
        className={`utrecht-textbox utrecht-textbox--html-input${field.errors?.length ? " utrecht-textbox--invalid" : ""}`}
      />
    </FieldShell>
  );
}

export function TextAreaField({
  field,
  label,
  description,
  required = true,
  rows = 5,
}: {
  field: Field;
  label: React.ReactNode;
  description?: React.ReactNode;
  required?: boolean;
  rows?: number;
}) {
  const { key, ...props } = getTextareaProps(field, { ariaAttributes: false });
  return (
    <FieldShell field={field} label={label} description={description} required={required} kind="textarea">
      <textarea
        key={key}
        {...props}
        rows={rows}
        required={required}
        aria-invalid={field.errors?.length ? true : undefined}
        aria-describedby={describedBy(field, description)}
        className={`utrecht-textarea utrecht-textarea--html-textarea${field.errors?.length ? " utrecht-textarea--invalid" : ""}`}
      />
    </FieldShell>
  );
}

export function SelectField({
  field,
  label,
  description,
  required = true,
  children,
}: {
  field: Field;
  label: React.ReactNode;
  description?: React.ReactNode;
  required?: boolean;
  children: React.ReactNode;
}) {
  const { key, ...props } = getSelectProps(field, { ariaAttributes: false });
  return (
    <FieldShell field={field} label={label} description={description} required={required} kind="select">
      <select
        key={key}
        {...props}
        required={required}
        aria-invalid={field.errors?.length ? true : undefined}
        aria-describedby={describedBy(field, description)}
        className={`utrecht-select utrecht-select--html-select${field.errors?.length ? " utrecht-select--invalid" : ""}`}
      >
        {children}
      </select>
    </FieldShell>
  );
}

/** A group of checkboxes with a legend, e.g. skills; values are submitted under one name. */
export function CheckboxGroup({
  field,
  legend,
  description,
  options,
}: {
  field: Field;
  legend: React.ReactNode;
  description?: React.ReactNode;
  options: Array<{ value: string; label: React.ReactNode }>;
}) {
  const initial = field.initialValue;
  const selected = new Set(Array.isArray(initial) ? initial : typeof initial === "string" ? [initial] : []);
  const invalid = Boolean(field.errors?.length);
  return (
    <fieldset
      className={`utrecht-form-fieldset utrecht-form-fieldset--html-fieldset${invalid ? " utrecht-form-fieldset--invalid" : ""}`}
      aria-describedby={describedBy(field, description)}
    >
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{legend}</legend>
      {description ? (
        <div className="utrecht-form-field-description" id={field.descriptionId}>
          {description}
        </div>
      ) : null}
      <FieldErrors field={field} />
      <ul className="noaber-checkbox-list">
        {options.map((option) => {
          const id = `${field.id}-${option.value}`;
          return (
            <li key={option.value} className="utrecht-form-field utrecht-form-field--checkbox">
              <input
                type="checkbox"
                id={id}
                name={field.name}
                value={option.value}
                defaultChecked={selected.has(option.value)}
                className="utrecht-checkbox utrecht-checkbox--html-input utrecht-checkbox--custom"
              />
              <label htmlFor={id} className="utrecht-form-label utrecht-form-label--checkbox">
                {option.label}
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

export function SubmitButton({ children }: { children: React.ReactNode }) {
  return (
    <button type="submit" className="utrecht-button utrecht-button--primary-action">
      {children}
    </button>
  );
}
