import { getFormProps, getInputProps, useForm, type FieldMetadata, type Submission } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import {
  json,
  redirect,
  type ActionFunctionArgs,
  type LinksFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { AuthenticityTokenInput } from "remix-utils/csrf/react";
import { useHydrated } from "remix-utils/use-hydrated";
import {
  ONLINE_PLACE,
  opportunityLanguages,
  publishOpportunitySchema,
  type PublishOpportunityRequest,
} from "../../server/domain/opportunities/opportunities.schemas";
import {
  CheckboxGroup,
  FieldErrors,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
} from "../components/form/fields";
import { opportunityPath } from "../components/opportunities/format";
import opportunityStyles from "../components/opportunities/opportunities.css";
import { getFixedT } from "../i18n/i18next.server";
import { requireUser } from "../utils/auth.server";
import { validateCsrf } from "../utils/csrf.server";
import { replyWithDomainError } from "../utils/form-replies.server";
import { ErrorSummary, useBlockedSubmits } from "../components/form/ErrorSummary";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: opportunityStyles }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = await requireUser(request, context);
  const { services } = context.app;
  const organisations = await services.opportunities.listMyOrganisations(actor);
  // Only coordinators publish; the error page says so in plain words.
  if (organisations.length === 0) throw new Response(null, { status: 403 });
  const [buurten, categories, t] = await Promise.all([
    services.places.listBuurten(),
    services.skills.listCategoriesWithSkills(),
    getFixedT(request, "opportunities"),
  ]);
  return json({
    title: t("publish.title"),
    organisations,
    buurten: buurten.map((b) => ({
      code: b.code,
      name: b.name,
      wijkCode: b.wijkCode,
      wijkName: b.wijkName,
      wijkFormerName: b.wijkFormerName,
    })),
    categories,
  });
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Noaber` }];

/** Publishes, then shows the new page; on a problem the form comes back with what was typed and the errors. */
export async function action({ request, context }: ActionFunctionArgs) {
  const actor = await requireUser(request, context);
  const formData = await request.formData();
  await validateCsrf(formData, request, context);
  // The schema reads a form's strings itself ("" is empty, "on" is true): Conform's own coercion would
  // turn "" into a missing value first and so hide the schema's messages.
  const submission = parseWithZod(formData, { schema: publishOpportunitySchema, disableAutoCoercion: true });
  if (submission.status !== "success") return json(submission.reply(), { status: 400 });
  try {
    // The service parses the same form values again: it trusts no caller.
    const published = await context.app.services.opportunities.publish(
      actor,
      submission.payload as unknown as PublishOpportunityRequest,
    );
    // Post/redirect/get: reloading the new page does not publish twice.
    return redirect(`${opportunityPath(published)}?geplaatst=1`);
  } catch (error) {
    return replyWithDomainError(submission, error);
  }
}

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
  accessibilityNotes: string;
}

type PageData = ReturnType<typeof useLoaderData<typeof loader>>;

function asList(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === "string");
  return typeof value === "string" ? [value] : [];
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
  type: "datetime-local" | "text";
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

/** Skills, one fieldset per category inside one outer fieldset (one field, one error). */
function SkillsField({ field, categories }: { field: FieldMetadata<string[]>; categories: PageData["categories"] }) {
  const { t, i18n } = useTranslation("opportunities");
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
        {t("publish.skills.legend")}
      </legend>
      <div className="utrecht-form-field-description" id={field.descriptionId}>
        {t("publish.skills.description")}
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

export default function PublishPage() {
  const { t, i18n } = useTranslation("opportunities");
  const data = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const hydrated = useHydrated();
  const onlyOrganisation = data.organisations.length === 1 ? data.organisations[0] : undefined;
  const [form, fields] = useForm<PublishForm>({
    id: "klus-of-vacature",
    lastResult,
    defaultValue: { kind: "task", organisationId: onlyOrganisation?.id ?? "" },
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    // The same schema as the server; the form's values type describes the browser's side of it.
    onValidate: ({ formData }) =>
      parseWithZod(formData, {
        schema: publishOpportunitySchema,
        disableAutoCoercion: true,
      }) as unknown as Submission<PublishForm>,
  });
  const formProps = getFormProps(form);
  const [blockedSubmits, handleSubmit] = useBlockedSubmits(formProps.onSubmit);
  const initialKind = fields.kind.initialValue === "vacancy" ? "vacancy" : "task";
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
    <div>
      <h1 className="utrecht-heading-1">{t("publish.title")}</h1>
      <p className="utrecht-paragraph utrecht-paragraph--lead noaber-prose">{t("publish.intro")}</p>

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
          ]}
        />

        {onlyOrganisation ? (
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
                  <label htmlFor={`${fields.kind.id}-${value}`} className="utrecht-form-label utrecht-form-label--radio">
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
            description={t("publish.taskFields.spotsHint")}
          />
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
        </fieldset>

        <SkillsField field={fields.skills} categories={data.categories} />

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

        <TextAreaField
          field={fields.accessibilityNotes}
          label={t("publish.accessibilityNotes.label")}
          description={t("publish.accessibilityNotes.description")}
          required={false}
          rows={3}
        />

        <div>
          <SubmitButton>{t("publish.submit")}</SubmitButton>
        </div>
      </Form>
    </div>
  );
}
