import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AuthenticityTokenInput } from "remix-utils/csrf/react";
import { digestFrequencies, preferencesSchema } from "../../server/domain/alerts/alerts.schemas";
import { ErrorSummary } from "../components/form/ErrorSummary";
import { FieldErrors, SubmitButton, TextField } from "../components/form/fields";
import { formatDate } from "../components/opportunities/format";
import { getFixedT } from "../i18n/i18next.server";
import { requireUser } from "../utils/auth.server";
import { readForm } from "../utils/form.server";
import { replyWithDomainError } from "../utils/form-replies.server";

export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = await requireUser(request, context);
  const [preferences, t] = await Promise.all([
    context.app.services.alerts.getPreferences(actor),
    getFixedT(request, "alerts"),
  ]);
  return json({
    title: t("settings.title"),
    preferences,
    saved: new URL(request.url).searchParams.has("opgeslagen"),
  });
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Noaber` }];

/** Saves all settings at once; on a problem the form comes back with what was filled in and the errors. */
export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await readForm(request, context);
  const actor = await requireUser(request, context);
  const submission = parseWithZod(formData, { schema: preferencesSchema });
  if (submission.status !== "success") return json(submission.reply(), { status: 400 });
  try {
    await context.app.services.alerts.savePreferences(actor, submission.value);
  } catch (error) {
    return replyWithDomainError(submission, error);
  }
  return redirect("/meldingen/instellingen?opgeslagen=1");
}

type Preferences = ReturnType<typeof useLoaderData<typeof loader>>["preferences"];

export default function NotificationSettingsPage() {
  const { preferences } = useLoaderData<typeof loader>();
  // Saved settings start a fresh form, so its fields show what was stored rather than the last input state.
  return <SettingsForm key={JSON.stringify(preferences)} preferences={preferences} />;
}

function SettingsForm({ preferences }: { preferences: Preferences }) {
  const { t, i18n } = useTranslation("alerts");
  const { saved } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useForm({
    id: "meldingen-instellingen",
    lastResult,
    defaultValue: {
      emailEnabled: preferences.emailEnabled ? "on" : undefined,
      digestFrequency: preferences.digestFrequency,
      quietHoursStart: preferences.quietHoursStart,
      quietHoursEnd: preferences.quietHoursEnd,
      pausedUntil: preferences.pausedUntil,
    },
    constraint: getZodConstraint(preferencesSchema),
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: preferencesSchema }),
  });
  const frequency = fields.digestFrequency;
  const frequencyInvalid = Boolean(frequency.errors?.length);
  const emailProps = getInputProps(fields.emailEnabled, { type: "checkbox", ariaAttributes: false });

  return (
    <div className="noaber-prose">
      <h1 className="utrecht-heading-1">{t("settings.title")}</h1>
      {saved && !lastResult ? (
        <div role="status" className="utrecht-alert utrecht-alert--ok noaber-notice">
          <p className="utrecht-paragraph">{t("settings.saved")}</p>
        </div>
      ) : null}
      <p className="utrecht-paragraph">{t("settings.intro")}</p>
      {preferences.emailAvailable ? null : <p className="utrecht-paragraph">{t("settings.noMail")}</p>}
      {preferences.pausedUntil ? (
        <p className="utrecht-paragraph">
          {t("settings.pausedNow", { date: formatDate(`${preferences.pausedUntil}T12:00:00Z`, i18n.language) })}
        </p>
      ) : null}

      <Form method="post" action="/meldingen/instellingen" className="noaber-form" {...getFormProps(form)}>
        <AuthenticityTokenInput name="csrf" />
        <ErrorSummary
          heading={t("settings.errorSummary")}
          formErrors={form.errors}
          items={[
            { id: `${frequency.id}-group`, label: t("settings.frequencyLegend"), errors: frequency.errors },
            { id: fields.quietHoursStart.id, label: t("settings.quietStart"), errors: fields.quietHoursStart.errors },
            { id: fields.quietHoursEnd.id, label: t("settings.quietEnd"), errors: fields.quietHoursEnd.errors },
            { id: fields.pausedUntil.id, label: t("settings.pausedUntil"), errors: fields.pausedUntil.errors },
          ]}
        />

        <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
          <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
            {t("settings.emailLegend")}
          </legend>
          <div className="utrecht-form-field utrecht-form-field--checkbox">
            <input
              {...emailProps}
              key={emailProps.key}
              className="utrecht-checkbox utrecht-checkbox--html-input utrecht-checkbox--custom"
            />{" "}
            <label htmlFor={fields.emailEnabled.id} className="utrecht-form-label utrecht-form-label--checkbox">
              {t("settings.emailEnabled")}
            </label>
          </div>
        </fieldset>

        <fieldset
          id={`${frequency.id}-group`}
          className={`utrecht-form-fieldset utrecht-form-fieldset--html-fieldset${frequencyInvalid ? " utrecht-form-fieldset--invalid" : ""}`}
          aria-describedby={frequencyInvalid ? frequency.errorId : undefined}
        >
          <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
            {t("settings.frequencyLegend")}
          </legend>
          <FieldErrors field={frequency} />
          <ul className="noaber-checkbox-list">
            {digestFrequencies.map((value) => {
              const id = `${frequency.id}-${value}`;
              return (
                <li key={value} className="utrecht-form-field utrecht-form-field--radio">
                  <input
                    type="radio"
                    id={id}
                    name={frequency.name}
                    value={value}
                    defaultChecked={frequency.initialValue === value}
                    className="utrecht-radio-button utrecht-radio-button--html-input"
                  />{" "}
                  <label htmlFor={id} className="utrecht-form-label utrecht-form-label--radio">
                    {t(`settings.frequency.${value}`)}
                  </label>
                </li>
              );
            })}
          </ul>
        </fieldset>

        <fieldset
          className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset"
          aria-describedby="stille-uren-uitleg"
        >
          <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
            {t("settings.quietLegend")}
          </legend>
          <p className="utrecht-paragraph" id="stille-uren-uitleg">
            {t("settings.quietDescription")}
          </p>
          <TextField
            field={fields.quietHoursStart}
            label={t("settings.quietStart")}
            description={t("settings.timeHintStart")}
            autoComplete="off"
            required={false}
          />
          <TextField
            field={fields.quietHoursEnd}
            label={t("settings.quietEnd")}
            description={t("settings.timeHintEnd")}
            autoComplete="off"
            required={false}
          />
        </fieldset>

        <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
          <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
            {t("settings.pauseLegend")}
          </legend>
          <TextField
            field={fields.pausedUntil}
            label={t("settings.pausedUntil")}
            description={t("settings.pauseDescription")}
            type="date"
            required={false}
          />
        </fieldset>

        <SubmitButton>{t("settings.save")}</SubmitButton>
      </Form>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link noaber-standalone-link" to="/meldingen">
          {t("notifications:title")}
        </Link>
      </p>
    </div>
  );
}
