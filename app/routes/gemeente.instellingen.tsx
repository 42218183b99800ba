import { getFormProps, useForm, type Submission } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AuthenticityTokenInput } from "remix-utils/csrf/react";
import { hourValueSchema } from "../../server/domain/settings/settings.schemas";
import { ErrorSummary } from "../components/form/ErrorSummary";
import { SubmitButton, TextField } from "../components/form/fields";
import { getFixedT } from "../i18n/i18next.server";
import { requireUser } from "../utils/auth.server";
import { forbiddenPage } from "../utils/domain-errors.server";
import { readForm } from "../utils/form.server";
import { replyWithDomainError } from "../utils/form-replies.server";

export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = await requireUser(request, context);
  // The service refuses others too; the page says so before anything is typed.
  if (!actor.roles.includes("gemeente")) throw forbiddenPage("gemeenteOnly");
  const [hourValue, t] = await Promise.all([
    context.app.services.settings.hourValue(),
    getFixedT(request, "businesses"),
  ]);
  return json({ title: t("settings.title"), hourValue, saved: new URL(request.url).searchParams.has("opgeslagen") });
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Noaber` }];

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await readForm(request, context);
  const actor = await requireUser(request, context);
  // Refused before the form is read, like the page: nobody else gets as far as a form error.
  if (!actor.roles.includes("gemeente")) throw forbiddenPage("gemeenteOnly");
  const submission = parseWithZod(formData, { schema: hourValueSchema, disableAutoCoercion: true });
  if (submission.status !== "success") return json(submission.reply(), { status: 400 });
  try {
    await context.app.services.settings.setHourValue(actor, submission.payload);
    return redirect("/gemeente/instellingen?opgeslagen=1");
  } catch (error) {
    return replyWithDomainError(submission, error, { request, forbidden: "gemeenteOnly" });
  }
}

/** The value of a volunteer hour that businesses' social-return reports multiply by. */
export default function SettingsPage() {
  const { t, i18n } = useTranslation("businesses");
  const { hourValue, saved } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useForm<{ hourValue: string }>({
    id: "instellingen",
    lastResult,
    defaultValue: {
      hourValue:
        hourValue === null
          ? ""
          : new Intl.NumberFormat(i18n.language === "en" ? "en-GB" : "nl-NL", { minimumFractionDigits: 2 }).format(
              hourValue,
            ),
    },
    shouldValidate: "onSubmit",
    onValidate: ({ formData }) =>
      parseWithZod(formData, { schema: hourValueSchema, disableAutoCoercion: true }) as unknown as Submission<{
        hourValue: string;
      }>,
  });
  return (
    <div>
      <h1 className="utrecht-heading-1">{t("settings.title")}</h1>
      {saved && !lastResult ? (
        <div role="status" className="utrecht-alert utrecht-alert--ok noaber-notice">
          <p className="utrecht-paragraph">{t("settings.saved")}</p>
        </div>
      ) : null}
      <Form method="post" className="noaber-form" {...getFormProps(form)}>
        <AuthenticityTokenInput name="csrf" />
        <ErrorSummary
          heading={t("settings.errorSummary")}
          formErrors={form.errors}
          items={[{ id: fields.hourValue.id, label: t("settings.hourValue"), errors: fields.hourValue.errors }]}
        />
        <TextField
          field={fields.hourValue}
          label={t("settings.hourValue")}
          description={t("settings.hourValueHint")}
          inputMode="decimal"
          required={false}
        />
        <SubmitButton>{t("settings.save")}</SubmitButton>
      </Form>
    </div>
  );
}
