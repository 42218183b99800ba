import {
  getFormProps,
  getInputProps,
  useForm,
  type FieldMetadata,
  type Submission,
  type SubmissionResult,
} from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { Form } from "@remix-run/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { AuthenticityTokenInput } from "remix-utils/csrf/react";
import { useHydrated } from "remix-utils/use-hydrated";
import {
  ONLINE_PLACE,
  opportunityLanguages,
  publishOpportunitySchema,
  repeatChoices,
  updateOpportunitySchema,
} from "../../../server/domain/opportunities/opportunities.schemas";
import { ErrorSummary, useBlockedSubmits } from "../form/ErrorSummary";
import { CheckboxGroup, FieldErrors, SelectField, SubmitButton, TextAreaField, TextField } from "../form/fields";
import { SkillsFieldset, type SkillCategoryChoices } from "../form/SkillsFieldset";

/** The form's values as the browser sends them. */
interface PublishForm {
  organisationId: string;
  kind: string;
  title: string;
  description: string;
  place: string;
  address: string;
  startsAt: string;
  endsAt: string;
  spots: string;
  hoursPerWeek: string;
  skills: string[];
  languages: string[];
  vogRequired: boolean;
  suitableNewcomers: boolean;
  suitableStudents: boolean;
  suitableGroups: boolean;
  suitableBusinesses: boolean;
  boardExchange: boolean;
  accessibilityNotes: string;
  minAge: string;
  period: string;
  selectionSteps: string;
  repeat: string;
  repeatUntil: string;
}

/** The lists the form chooses from, as the loaders send them. */
export interface OpportunityFormData {
  organisations: Array<{ id: string; name: string }>;
  buurten: Array<{ code: string; name: string; wijkCode: string; wijkName: string; wijkFormerName: string | null }>;
  categories: SkillCategoryChoices;
}

const isChecked = (value: unknown) => value === true || value === "on";

/**
 * A field that only one kind needs (the date of a klus, the hours of a vacature): no `required`
 * attribute, which would block the other kind without JavaScript, and no "optional" marker either.
 */
function KindField({
  field,
  label,
  description,
  type,
  inputMode,
}: {
  field: FieldMetadata<string>;
  label: string;
  description: string;
  type: "datetime-local" | "date" | "text";
  inputMode?: "numeric" | "decimal";
}) {
  const { key, ...props } = getInputProps(field, { type, ariaAttributes: false });
  const invalid = Boolean(field.errors?.length);
  return (
    <div className={`utrecht-form-field utrecht-form-field--text${invalid ? " utrecht-form-field--invalid" : ""}`}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={field.id}>
          {label}
        </label>
      </div>
      <div className="utrecht-form-field__description utrecht-form-field-description" id={field.descriptionId}>
        {description}
      </div>
      <FieldErrors field={field} />
      <div className="utrecht-form-field__input">
        <input
          key={key}
          {...props}
          inputMode={inputMode}
          aria-invalid={invalid ? true : undefined}
          aria-describedby={[field.descriptionId, invalid ? field.errorId : null].filter(Boolean).join(" ")}
          className={`utrecht-textbox utrecht-textbox--html-input${invalid ? " utrecht-textbox--invalid" : ""}`}
        />
      </div>
    </div>
  );
}

function BooleanCheckbox({ field, children }: { field: FieldMetadata<boolean>; children: React.ReactNode }) {
  return (
    <li className="utrecht-form-field utrecht-form-field--checkbox">
      <input
        type="checkbox"
        id={field.id}
        name={field.name}
        value="on"
        defaultChecked={isChecked(field.initialValue)}
        className="utrecht-checkbox utrecht-checkbox--html-input utrecht-checkbox--custom"
      />{" "}
      <label htmlFor={field.id} className="utrecht-form-label utrecht-form-label--checkbox">
        {children}
      </label>
    </li>
  );
}

/** Only when publishing a klus: repeat it every week or every other week, up to a day. */
function RepeatFields({ repeat, repeatUntil }: { repeat: FieldMetadata<string>; repeatUntil: FieldMetadata<string> }) {
  const { t } = useTranslation("opportunities");
  const initial = typeof repeat.initialValue === "string" && repeat.initialValue !== "" ? repeat.initialValue : "none";
  return (
    <>
      <fieldset
        className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset"
        aria-describedby={[`${repeat.id}-hint`, repeat.errors?.length ? repeat.errorId : null]
          .filter(Boolean)
          .join(" ")}
      >
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
          {t("publish.repeat.legend")}
        </legend>
        <div className="utrecht-form-field-description" id={`${repeat.id}-hint`}>
          {t("publish.repeat.description")}
        </div>
        <FieldErrors field={repeat} />
        <ul className="noaber-choice-list">
          {repeatChoices.map((value) => (
            <li key={value} className="utrecht-form-field utrecht-form-field--radio">
              <div className="utrecht-form-field__input">
                <input
                  type="radio"
                  id={`${repeat.id}-${value}`}
                  name={repeat.name}
                  value={value}
                  defaultChecked={initial === value}
                  className="utrecht-radio-button utrecht-radio-button--html-input utrecht-radio-button--custom"
                />
              </div>
              <div className="utrecht-form-field__label">
                <label htmlFor={`${repeat.id}-${value}`} className="utrecht-form-label utrecht-form-label--radio">
                  {t(`publish.repeat.${value}`)}
                </label>
              </div>
            </li>
          ))}
        </ul>
      </fieldset>
      <KindField
        field={repeatUntil}
        type="date"
        label={t("publish.repeat.until")}
        description={t("publish.repeat.untilHint")}
      />
    </>
  );
}

/**
 * The form for a vacature or klus, shared by publishing (/organisatie/nieuw) and editing
 * (/klussen/:id/bewerken, /vacatures/:id/bewerken). Editing keeps the kind and organisation, and
 * has no repeat: a series is made once, when publishing; each date is then edited on its own.
 */
export function OpportunityForm({
  mode,
  data,
  lastResult,
  defaultValue,
  fixedKind,
  activeClaims = 0,
}: {
  mode: "publish" | "edit";
  data: OpportunityFormData;
  lastResult: SubmissionResult<string[]> | undefined;
  defaultValue?: Record<string, unknown>;
  /** Editing: the kind cannot change. */
  fixedKind?: "task" | "vacancy";
  /** Editing a klus: how many spots are taken, so the form can say how low spots may go. */
  activeClaims?: number;
}) {
  const { t, i18n } = useTranslation("opportunities");
  const hydrated = useHydrated();
  const onlyOrganisation = data.organisations.length === 1 ? data.organisations[0] : undefined;
  const schema = mode === "publish" ? publishOpportunitySchema : updateOpportunitySchema;
  const [form, fields] = useForm<PublishForm>({
    id: mode === "publish" ? "klus-of-vacature" : "klus-of-vacature-bewerken",
    lastResult,
    defaultValue: defaultValue ?? { kind: "task", organisationId: onlyOrganisation?.id ?? "" },
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    // The same schema as the server; the form's values type describes the browser's side of it.
    onValidate: ({ formData }) =>
      parseWithZod(formData, { schema, disableAutoCoercion: true }) as unknown as Submission<PublishForm>,
  });
  const formProps = getFormProps(form);
  const [blockedSubmits, handleSubmit] = useBlockedSubmits(formProps.onSubmit);
  const initialKind = fixedKind ?? (fields.kind.initialValue === "vacancy" ? "vacancy" : "task");
  const [kind, setKind] = useState<"task" | "vacancy">(initialKind);
  const collator = new Intl.Collator(i18n.language);
  const wijken = [...new Map(data.buurten.map((b) => [b.wijkCode, b])).values()]
    .map((b) => ({
      code: b.wijkCode,
      name: b.wijkName,
      formerName: b.wijkFormerName,
      buurten: data.buurten.filter((x) => x.wijkCode === b.wijkCode).sort((x, y) => collator.compare(x.name, y.name)),
    }))
    .sort((a, b) => collator.compare(a.name, b.name));
  const kindHintId = (value: string) => `${fields.kind.id}-${value}-hint`;

  return (
    <>
      <Form method="post" className="noaber-form" {...formProps} onSubmit={handleSubmit}>
        <AuthenticityTokenInput name="csrf" />
        <ErrorSummary
          heading={t("publish.errorSummary")}
          formErrors={form.errors}
          answer={lastResult}
          blockedSubmits={blockedSubmits}
          items={[
            {
              id: fields.organisationId.id,
              label: t("publish.organisation.label"),
              errors: fields.organisationId.errors,
            },
            { id: `${fields.kind.id}-task`, label: t("publish.kind.legend"), errors: fields.kind.errors },
            { id: fields.title.id, label: t("publish.titleField.label"), errors: fields.title.errors },
            { id: fields.description.id, label: t("publish.description.label"), errors: fields.description.errors },
            { id: fields.place.id, label: t("publish.place.label"), errors: fields.place.errors },
            { id: fields.address.id, label: t("publish.address.label"), errors: fields.address.errors },
            { id: fields.startsAt.id, label: t("publish.taskFields.startsAt"), errors: fields.startsAt.errors },
            { id: fields.endsAt.id, label: t("publish.taskFields.endsAt"), errors: fields.endsAt.errors },
            { id: fields.spots.id, label: t("publish.taskFields.spots"), errors: fields.spots.errors },
            {
              id: fields.hoursPerWeek.id,
              label: t("publish.vacancyFields.hoursPerWeek"),
              errors: fields.hoursPerWeek.errors,
            },
            { id: `${fields.skills.id}-group`, label: t("publish.skills.legend"), errors: fields.skills.errors },
            {
              id: `${fields.languages.id}-group`,
              label: t("publish.languages.legend"),
              errors: fields.languages.errors,
            },
            {
              id: fields.accessibilityNotes.id,
              label: t("publish.accessibilityNotes.label"),
              errors: fields.accessibilityNotes.errors,
            },
            { id: fields.minAge.id, label: t("publish.minAge.label"), errors: fields.minAge.errors },
            { id: fields.period.id, label: t("publish.vacancyFields.period"), errors: fields.period.errors },
            {
              id: fields.selectionSteps.id,
              label: t("publish.vacancyFields.selectionSteps"),
              errors: fields.selectionSteps.errors,
            },
            { id: `${fields.repeat.id}-none`, label: t("publish.repeat.legend"), errors: fields.repeat.errors },
            { id: fields.repeatUntil.id, label: t("publish.repeat.until"), errors: fields.repeatUntil.errors },
          ]}
        />

        {mode === "edit" ? null : onlyOrganisation ? (
          <>
            <input type="hidden" name={fields.organisationId.name} value={onlyOrganisation.id} />
            <p className="utrecht-paragraph">{t("publish.organisation.single", { name: onlyOrganisation.name })}</p>
          </>
        ) : (
          <SelectField field={fields.organisationId} label={t("publish.organisation.label")}>
            <option value="">{t("publish.organisation.choose")}</option>
            {data.organisations.map((organisation) => (
              <option key={organisation.id} value={organisation.id}>
                {organisation.name}
              </option>
            ))}
          </SelectField>
        )}

        {fixedKind ? (
          <>
            <input type="hidden" name={fields.kind.name} value={fixedKind} />
            <FieldErrors field={fields.kind} />
          </>
        ) : (
          <fieldset
            className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset"
            aria-describedby={fields.kind.errors?.length ? fields.kind.errorId : undefined}
          >
            <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
              {t("publish.kind.legend")}
            </legend>
            <FieldErrors field={fields.kind} />
            <ul className="noaber-choice-list">
              {(["task", "vacancy"] as const).map((value) => (
                <li key={value} className="utrecht-form-field utrecht-form-field--radio">
                  <div className="utrecht-form-field__input">
                    <input
                      type="radio"
                      id={`${fields.kind.id}-${value}`}
                      name={fields.kind.name}
                      value={value}
                      defaultChecked={initialKind === value}
                      onChange={() => setKind(value)}
                      aria-describedby={kindHintId(value)}
                      className="utrecht-radio-button utrecht-radio-button--html-input utrecht-radio-button--custom"
                    />
                  </div>
                  <div className="utrecht-form-field__label">
                    <label
                      htmlFor={`${fields.kind.id}-${value}`}
                      className="utrecht-form-label utrecht-form-label--radio"
                    >
                      {t(`publish.kind.${value}`)}
                    </label>
                  </div>
                  <div id={kindHintId(value)} className="utrecht-form-field__description noaber-choice-hint">
                    {t(`publish.kind.${value}Hint`)}
                  </div>
                </li>
              ))}
            </ul>
          </fieldset>
        )}

        <TextField
          field={fields.title}
          label={t("publish.titleField.label")}
          description={t("publish.titleField.description")}
        />
        <TextAreaField
          field={fields.description}
          label={t("publish.description.label")}
          description={t("publish.description.description")}
          rows={8}
        />

        <SelectField field={fields.place} label={t("publish.place.label")} description={t("publish.place.description")}>
          <option value="">{t("publish.place.choose")}</option>
          <option value={ONLINE_PLACE}>{t("publish.place.online")}</option>
          {wijken.map((wijk) => (
            <optgroup
              key={wijk.code}
              label={
                wijk.formerName
                  ? t("publish.place.wijkFormer", { name: wijk.name, formerName: wijk.formerName })
                  : t("publish.place.wijk", { name: wijk.name })
              }
            >
              {wijk.buurten.map((buurt) => (
                <option key={buurt.code} value={buurt.code}>
                  {buurt.name}
                </option>
              ))}
            </optgroup>
          ))}
        </SelectField>

        <TextField
          field={fields.address}
          label={t("publish.address.label")}
          description={t("publish.address.description")}
          required={false}
          autoComplete="street-address"
        />

        {/* Without JavaScript both groups show, each saying which kind it is for; with it, only the chosen kind's. */}
        <fieldset
          className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset"
          hidden={hydrated && kind !== "task"}
        >
          <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
            {t("publish.taskFields.legend")}
          </legend>
          <KindField
            field={fields.startsAt}
            type="datetime-local"
            label={t("publish.taskFields.startsAt")}
            description={t("publish.taskFields.startsAtHint")}
          />
          <KindField
            field={fields.endsAt}
            type="datetime-local"
            label={t("publish.taskFields.endsAt")}
            description={t("publish.taskFields.endsAtHint")}
          />
          <KindField
            field={fields.spots}
            type="text"
            inputMode="numeric"
            label={t("publish.taskFields.spots")}
            description={
              activeClaims > 0
                ? `${t("publish.taskFields.spotsHint")} ${t("publish.taskFields.spotsTaken", { count: activeClaims })}`
                : t("publish.taskFields.spotsHint")
            }
          />
          {mode === "publish" ? <RepeatFields repeat={fields.repeat} repeatUntil={fields.repeatUntil} /> : null}
        </fieldset>

        <fieldset
          className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset"
          hidden={hydrated && kind !== "vacancy"}
        >
          <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
            {t("publish.vacancyFields.legend")}
          </legend>
          <KindField
            field={fields.hoursPerWeek}
            type="text"
            inputMode="decimal"
            label={t("publish.vacancyFields.hoursPerWeek")}
            description={t("publish.vacancyFields.hoursPerWeekHint")}
          />
          <TextField
            field={fields.period}
            label={t("publish.vacancyFields.period")}
            description={t("publish.vacancyFields.periodHint")}
            required={false}
          />
          <TextAreaField
            field={fields.selectionSteps}
            label={t("publish.vacancyFields.selectionSteps")}
            description={t("publish.vacancyFields.selectionStepsHint")}
            required={false}
            rows={3}
          />
        </fieldset>

        <SkillsFieldset
          field={fields.skills}
          categories={data.categories}
          legend={t("publish.skills.legend")}
          description={t("publish.skills.description")}
        />

        <div id={`${fields.languages.id}-group`}>
          <CheckboxGroup
            field={fields.languages}
            legend={t("publish.languages.legend")}
            description={t("publish.languages.description")}
            options={opportunityLanguages.map((code) => ({ value: code, label: t(`languageNames.${code}`) }))}
          />
        </div>

        <fieldset
          className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset"
          aria-describedby="publish-suitability-description"
        >
          <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
            {t("publish.suitability.legend")}
          </legend>
          <div className="utrecht-form-field-description" id="publish-suitability-description">
            {t("publish.suitability.description")}
          </div>
          <ul className="noaber-checkbox-list">
            <BooleanCheckbox field={fields.suitableNewcomers}>{t("flags.suitableNewcomers")}</BooleanCheckbox>
            <BooleanCheckbox field={fields.suitableStudents}>{t("flags.suitableStudents")}</BooleanCheckbox>
            <BooleanCheckbox field={fields.suitableGroups}>{t("flags.suitableGroups")}</BooleanCheckbox>
            <BooleanCheckbox field={fields.suitableBusinesses}>{t("flags.suitableBusinesses")}</BooleanCheckbox>
            <BooleanCheckbox field={fields.boardExchange}>{t("flags.boardExchange")}</BooleanCheckbox>
          </ul>
        </fieldset>

        <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
          <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
            {t("publish.vog.legend")}
          </legend>
          <ul className="noaber-checkbox-list">
            <BooleanCheckbox field={fields.vogRequired}>{t("publish.vog.label")}</BooleanCheckbox>
          </ul>
        </fieldset>

        <TextField
          field={fields.minAge}
          label={t("publish.minAge.label")}
          description={t("publish.minAge.description")}
          required={false}
          inputMode="numeric"
        />

        <TextAreaField
          field={fields.accessibilityNotes}
          label={t("publish.accessibilityNotes.label")}
          description={t("publish.accessibilityNotes.description")}
          required={false}
          rows={3}
        />

        <div>
          <SubmitButton>{mode === "publish" ? t("publish.submit") : t("publish.save")}</SubmitButton>
        </div>
      </Form>
    </>
  );
}
