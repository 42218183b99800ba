import { getFormProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AuthenticityTokenInput } from "remix-utils/csrf/react";
import { deleteAccountSchema } from "../../server/domain/privacy/privacy.schemas";
import { ErrorSummary } from "../components/form/ErrorSummary";
import { SubmitButton, TextField } from "../components/form/fields";
import { getFixedT } from "../i18n/i18next.server";
import { clearSessionCookieHeader, requireUser } from "../utils/auth.server";
import { readForm } from "../utils/form.server";
import { replyWithDomainError } from "../utils/form-replies.server";

/** "Mijn gegevens": the download of everything held about the person, and the deletion of the account. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = await requireUser(request, context);
  const [preview, t] = await Promise.all([
    context.app.services.privacy.deletionPreview(actor),
    getFixedT(request, "privacy"),
  ]);
  return json({ title: t("data.title"), soleCoordinatorOf: preview.soleCoordinatorOf.map((o) => o.name) });
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Noaber` }];

/** Deletes the account after the password; then the cookie goes and the person lands on a page that says so. */
export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await readForm(request, context);
  const actor = await requireUser(request, context);
  const submission = parseWithZod(formData, { schema: deleteAccountSchema });
  if (submission.status !== "success") return json(submission.reply({ hideFields: ["password"] }), { status: 400 });
  try {
    await context.app.services.privacy.deleteAccount(actor, submission.value);
  } catch (error) {
    return replyWithDomainError(submission, error, { request, hideFields: ["password"] });
  }
  return redirect("/account-verwijderd", { headers: { "Set-Cookie": await clearSessionCookieHeader(context) } });
}

export default function MyDataPage() {
  const { t } = useTranslation("privacy");
  const { soleCoordinatorOf } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useForm({
    id: "account-verwijderen",
    lastResult,
    constraint: getZodConstraint(deleteAccountSchema),
    shouldValidate: "onSubmit",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: deleteAccountSchema }),
  });
  const removed = t("data.removed", { returnObjects: true }) as string[];
  const kept = t("data.kept", { returnObjects: true }) as string[];

  return (
    <div className="noaber-prose">
      <h1 className="utrecht-heading-1">{t("data.title")}</h1>
      <p className="utrecht-paragraph utrecht-paragraph--lead">{t("data.intro")}</p>

      <section aria-labelledby="gegevens-downloaden">
        <h2 className="utrecht-heading-2" id="gegevens-downloaden">
          {t("data.downloadHeading")}
        </h2>
        <p className="utrecht-paragraph">{t("data.downloadText")}</p>
        <p className="utrecht-paragraph">
          {/* A plain link with download: the browser saves the file the server names. */}
          <a
            href="/profiel/gegevens.json"
            download
            className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action"
          >
            {t("data.download")}
          </a>
        </p>
      </section>

      <section aria-labelledby="account-verwijderen-kop">
        <h2 className="utrecht-heading-2" id="account-verwijderen-kop">
          {t("data.deleteHeading")}
        </h2>
        <p className="utrecht-paragraph">{t("data.deleteIntro")}</p>
        <h3 className="utrecht-heading-3">{t("data.removedHeading")}</h3>
        <ul className="utrecht-unordered-list">
          {removed.map((line) => (
            <li key={line} className="utrecht-unordered-list__item">
              {line}
            </li>
          ))}
        </ul>
        <h3 className="utrecht-heading-3">{t("data.keptHeading")}</h3>
        <ul className="utrecht-unordered-list">
          {kept.map((line) => (
            <li key={line} className="utrecht-unordered-list__item">
              {line}
            </li>
          ))}
        </ul>
        {soleCoordinatorOf.length > 0 ? (
          <p className="utrecht-paragraph noaber-notice">
            {t("data.soleCoordinator", { names: soleCoordinatorOf.join(", ") })}
          </p>
        ) : null}
        <Form method="post" action="/profiel/gegevens" className="noaber-form" {...getFormProps(form)}>
          <AuthenticityTokenInput name="csrf" />
          <ErrorSummary
            heading={t("data.errorSummary")}
            formErrors={form.errors}
            items={[{ id: fields.password.id, label: t("data.password.label"), errors: fields.password.errors }]}
          />
          <TextField
            field={fields.password}
            type="password"
            autoComplete="current-password"
            label={t("data.password.label")}
            description={t("data.password.description")}
          />
          <p className="utrecht-paragraph">
            <strong>{t("data.cannotUndo")}</strong>
          </p>
          <div>
            <SubmitButton>{t("data.submit")}</SubmitButton>
          </div>
        </Form>
      </section>
    </div>
  );
}
