import { getFormProps, useForm, type Submission, type SubmissionResult } from "@conform-to/react";
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
import { CheckboxGroup, SelectField, SubmitButton, TextAreaField, TextField } from "../form/fields";
import { SkillsFieldset, type SkillCategoryChoices } from "../form/SkillsFieldset";

/** What the form needs to offer its choices. */
export interface ListingFormData {
  categories: SkillCategoryChoices;
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
  /** An offer's wijken; a request has one (a single select, whose value is one string). */
  wijken: string[] | string;
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
      <SkillsFieldset
        field={fields.skills}
        categories={data.categories}
        legend={t("form.skills")}
        description={t("form.skillsHint")}
      />
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
