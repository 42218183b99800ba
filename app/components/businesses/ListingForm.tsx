import { getFormProps, useForm, type FieldMetadata, type Submission, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AuthenticityTokenInput } from "remix-utils/csrf/react";
import {
  capacityUnits,
  listingSchemaFor,
  listingTypes,
  type ListingSide,
} from "../../../server/domain/businesses/listings.schemas";
import { ErrorSummary } from "../form/ErrorSummary";
import { CheckboxGroup, FieldErrors, SelectField, SubmitButton, TextAreaField, TextField } from "../form/fields";

/** What the form needs to offer its choices. */
export interface ListingFormData {
  categories: Array<{
    slug: string;
    nameNl: string;
    nameEn: string;
    skills: Array<{ slug: string; nameNl: string; nameEn: string }>;
  }>;
  wijken: Array<{ code: string; name: string; formerName: string | null }>;
}

interface ListingFormValues {
  type: string;
  title: string;
  description: string;
  capacityAmount: string;
  capacityUnit: string;
  periodStart: string;
  periodEnd: string;
  skills: string[];
  wijken: string[];
}

const asList = (value: unknown): string[] =>
  Array.isArray(value) ? value.map(String) : typeof value === "string" && value !== "" ? [value] : [];

/** Skills grouped by category: one field (one error), a fieldset per category. */
function SkillsField({
  field,
  categories,
}: {
  field: FieldMetadata<string[]>;
  categories: ListingFormData["categories"];
}) {
  const { t, i18n } = useTranslation("businesses");
  const english = i18n.language === "en";
  const checked = new Set(asList(field.initialValue));
  const invalid = Boolean(field.errors?.length);
  return (
    <fieldset
      id={`${field.id}-group`}
      className={`utrecht-form-fieldset utrecht-form-fieldset--html-fieldset${invalid ? " utrecht-form-fieldset--invalid" : ""}`}
      aria-describedby={[field.descriptionId, invalid ? field.errorId : null].filter(Boolean).join(" ")}
    >
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
        {t("form.skills")}
      </legend>
      <div className="utrecht-form-field-description" id={field.descriptionId}>
        {t("form.skillsHint")}
      </div>
      <FieldErrors field={field} />
      {categories.map((category) => (
        <fieldset key={category.slug} className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
          <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
            {english ? category.nameEn : category.nameNl}
          </legend>
          <ul className="noaber-checkbox-list">
            {category.skills.map((skill) => {
              const id = `${field.id}-${skill.slug}`;
              return (
                <li key={skill.slug} className="utrecht-form-field utrecht-form-field--checkbox">
                  <input
                    type="checkbox"
                    id={id}
                    name={field.name}
                    value={skill.slug}
                    defaultChecked={checked.has(skill.slug)}
                    className="utrecht-checkbox utrecht-checkbox--html-input utrecht-checkbox--custom"
                  />{" "}
                  <label htmlFor={id} className="utrecht-form-label utrecht-form-label--checkbox">
                    {english ? skill.nameEn : skill.nameNl}
                  </label>
                </li>
              );
            })}
          </ul>
        </fieldset>
      ))}
    </fieldset>
  );
}

const wijkLabel = (wijk: { name: string; formerName: string | null }) =>
  wijk.formerName && wijk.formerName !== wijk.name ? `${wijk.name} (${wijk.formerName})` : wijk.name;

/**
 * The form for an offer (a business) or a request for businesses (an organisation), for publishing
 * and editing; the same schema as the service. An offer names the wijken it prefers, a request its
 * one wijk.
 */
export function ListingForm({
  side,
  data,
  lastResult,
  defaultValue,
  submitLabel,
}: {
  side: ListingSide;
  data: ListingFormData;
  lastResult: SubmissionResult<string[]> | undefined;
  defaultValue?: Partial<ListingFormValues>;
  submitLabel: string;
}) {
  const { t } = useTranslation("businesses");
  const schema = listingSchemaFor(side);
  const [form, fields] = useForm<ListingFormValues>({
    id: `listing-${side}`,
    lastResult,
    defaultValue: defaultValue ?? { type: "team_day", capacityUnit: "people" },
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) =>
      parseWithZod(formData, { schema, disableAutoCoercion: true }) as unknown as Submission<ListingFormValues>,
  });
  const wijkOptions = data.wijken.map((wijk) => ({ value: wijk.code, label: wijkLabel(wijk) }));
  return (
    <Form method="post" className="noaber-form" {...getFormProps(form)}>
      <AuthenticityTokenInput name="csrf" />
      <ErrorSummary
        heading={t("form.errorSummary")}
        formErrors={form.errors}
        items={[
          { id: fields.type.id, label: t("form.type"), errors: fields.type.errors },
          { id: fields.title.id, label: t("form.title"), errors: fields.title.errors },
          { id: fields.description.id, label: t("form.description"), errors: fields.description.errors },
          { id: fields.capacityAmount.id, label: t("form.capacityAmount"), errors: fields.capacityAmount.errors },
          { id: fields.capacityUnit.id, label: t("form.capacityUnit"), errors: fields.capacityUnit.errors },
          { id: fields.periodStart.id, label: t("form.periodStart"), errors: fields.periodStart.errors },
          { id: fields.periodEnd.id, label: t("form.periodEnd"), errors: fields.periodEnd.errors },
          { id: `${fields.skills.id}-group`, label: t("form.skills"), errors: fields.skills.errors },
          {
            id: side === "offer" ? `${fields.wijken.id}-${wijkOptions[0]?.value ?? ""}` : fields.wijken.id,
            label: side === "offer" ? t("form.offerWijken") : t("form.requestWijk"),
            errors: fields.wijken.errors,
          },
        ]}
      />
      <SelectField field={fields.type} label={t("form.type")}>
        {listingTypes.map((type) => (
          <option key={type} value={type}>
            {t(`types.${type}`)}
          </option>
        ))}
      </SelectField>
      <TextField field={fields.title} label={t("form.title")} description={t("form.titleHint")} />
      <TextAreaField
        field={fields.description}
        label={t("form.description")}
        description={t("form.descriptionHint")}
        required={false}
      />
      <div className="noaber-field-row">
        <TextField field={fields.capacityAmount} label={t("form.capacityAmount")} type="number" inputMode="numeric" />
        <SelectField field={fields.capacityUnit} label={t("form.capacityUnit")}>
          {capacityUnits.map((unit) => (
            <option key={unit} value={unit}>
              {t(`form.units.${unit}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="noaber-field-row">
        <TextField field={fields.periodStart} label={t("form.periodStart")} type="date" />
        <TextField field={fields.periodEnd} label={t("form.periodEnd")} type="date" />
      </div>
      <SkillsField field={fields.skills} categories={data.categories} />
      {side === "offer" ? (
        <CheckboxGroup
          field={fields.wijken}
          legend={t("form.offerWijken")}
          description={t("form.offerWijkenHint")}
          options={wijkOptions}
        />
      ) : (
        <SelectField
          field={fields.wijken}
          label={t("form.requestWijk")}
          description={t("form.requestWijkHint")}
          required={false}
        >
          <option value="">{t("form.noWijk")}</option>
          {wijkOptions.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </SelectField>
      )}
      <SubmitButton>{submitLabel}</SubmitButton>
    </Form>
  );
}
