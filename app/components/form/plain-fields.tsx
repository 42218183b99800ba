import { useTranslation } from "react-i18next";

/*
 * Fields of plain GET forms (filters, periods) that are not bound to Conform: the value comes from the
 * URL and the errors, as i18n keys, from the loader. Same Utrecht markup and error wiring as fields.tsx.
 */

export function PlainFieldErrors({ id, errors }: { id: string; errors?: string[] }) {
  const { t } = useTranslation();
  if (!errors?.length) return null;
  return (
    <div className="utrecht-form-field-error-message" id={`${id}-error`}>
      {errors.map((error) => (
        <p key={error} className="noaber-field-error">
          {t(error)}
        </p>
      ))}
    </div>
  );
}

interface PlainFieldProps {
  id: string;
  name: string;
  label: string;
  value: string | undefined;
  errors?: string[];
}

function invalidProps(id: string, errors?: string[]) {
  return {
    "aria-invalid": errors?.length ? true : undefined,
    "aria-describedby": errors?.length ? `${id}-error` : undefined,
  };
}

function PlainField({
  id,
  label,
  errors,
  kind,
  children,
}: Pick<PlainFieldProps, "id" | "label" | "errors"> & { kind: "text" | "select"; children: React.ReactNode }) {
  return (
    <div
      className={`utrecht-form-field utrecht-form-field--${kind}${errors?.length ? " utrecht-form-field--invalid" : ""}`}
    >
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
        </label>
      </div>
      <PlainFieldErrors id={id} errors={errors} />
      <div className="utrecht-form-field__input">{children}</div>
    </div>
  );
}

export function PlainDateField({ id, name, label, value, errors }: PlainFieldProps) {
  return (
    <PlainField id={id} label={label} errors={errors} kind="text">
      <input
        id={id}
        name={name}
        type="date"
        defaultValue={value ?? ""}
        {...invalidProps(id, errors)}
        className="utrecht-textbox utrecht-textbox--html-input"
      />
    </PlainField>
  );
}

export function PlainSelectField({
  id,
  name,
  label,
  value,
  errors,
  options,
}: PlainFieldProps & { options: Array<{ value: string; label: string }> }) {
  return (
    <PlainField id={id} label={label} errors={errors} kind="select">
      <select
        id={id}
        name={name}
        defaultValue={value}
        {...invalidProps(id, errors)}
        className="utrecht-select utrecht-select--html-select"
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </PlainField>
  );
}
