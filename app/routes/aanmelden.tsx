import { getFormProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AuthenticityTokenInput } from "remix-utils/csrf/react";
import { signUpSchema } from "../../server/domain/accounts/accounts.schemas";
import { SubmitButton, TextField } from "../components/form/fields";
import { getFixedT } from "../i18n/i18next.server";
import { accountLocale } from "../i18n/config";
import { getLanguage } from "../i18n/language.server";
import { getActor, getSessionId, sessionCookieHeader } from "../utils/auth.server";
import { readForm } from "../utils/form.server";
import { replyWithDomainError } from "../utils/form-replies.server";
import { ErrorSummary } from "../components/form/ErrorSummary";
import { ConsentField } from "../components/form/ConsentField";

export async function loader({ request, context }: LoaderFunctionArgs) {
  // An invite link may come as /aanmelden?code=…: joining with a code has its own page.
  const code = new URL(request.url).searchParams.get("code");
  if (code) throw redirect(`/uitnodiging/${encodeURIComponent(code.trim())}`);
  if ((await getActor(request, context)).kind === "user") throw redirect("/profiel");
  const t = await getFixedT(request, "accounts");
  return json({ title: t("signUp.title") });
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Noaber` }];

/** Creates the account, logs the new volunteer in and sends them to their profile with a welcome. */
export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await readForm(request, context);
  const submission = parseWithZod(formData, { schema: signUpSchema });
  if (context.signUpRateLimited) {
    return json(submission.reply({ formErrors: ["accounts:errors.signUp.rateLimited"], hideFields: ["password"] }), {
      status: 429,
    });
  }
  // Passwords are never sent back in the page.
  if (submission.status !== "success") return json(submission.reply({ hideFields: ["password"] }), { status: 400 });
  try {
    const { sessionId } = await context.app.services.accounts.signUp(await getActor(request, context), {
      ...submission.value,
      locale: accountLocale(await getLanguage(request)),
      previousSessionId: (await getSessionId(request, context)) ?? undefined,
    });
    return redirect("/profiel?welkom=1", { headers: { "Set-Cookie": await sessionCookieHeader(context, sessionId) } });
  } catch (error) {
    return replyWithDomainError(submission, error, { hideFields: ["password"] });
  }
}

export default function SignUpPage() {
  const { t } = useTranslation("accounts");
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useForm({
    id: "aanmelden",
    lastResult,
    constraint: getZodConstraint(signUpSchema),
    // First check on submit, then live while correcting: no errors while someone is still filling in.
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: signUpSchema }),
  });
  const consent = fields.consent;

  return (
    <div className="noaber-prose">
      <h1 className="utrecht-heading-1">{t("signUp.title")}</h1>
      <p className="utrecht-paragraph utrecht-paragraph--lead">{t("signUp.intro")}</p>
      <Form method="post" className="noaber-form" {...getFormProps(form)}>
        <AuthenticityTokenInput name="csrf" />
        <ErrorSummary
          heading={t("errorSummary")}
          formErrors={form.errors}
          items={[
            { id: fields.displayName.id, label: t("signUp.displayName.label"), errors: fields.displayName.errors },
            { id: fields.email.id, label: t("signUp.email.label"), errors: fields.email.errors },
            { id: fields.password.id, label: t("signUp.password.label"), errors: fields.password.errors },
            { id: consent.id, label: t("signUp.consent.summary"), errors: consent.errors },
          ]}
        />
        <TextField
          field={fields.displayName}
          label={t("signUp.displayName.label")}
          description={t("signUp.displayName.description")}
          autoComplete="name"
        />
        <TextField
          field={fields.email}
          type="email"
          label={t("signUp.email.label")}
          description={t("signUp.email.description")}
          autoComplete="email"
          inputMode="email"
        />
        <TextField
          field={fields.password}
          type="password"
          label={t("signUp.password.label")}
          description={t("signUp.password.description")}
          autoComplete="new-password"
        />
        <ConsentField field={consent} label={t("signUp.consent.label")} />
        <div>
          <SubmitButton>{t("signUp.submit")}</SubmitButton>
        </div>
      </Form>
      <p className="utrecht-paragraph">
        {t("signUp.haveAccount")}{" "}
        <Link className="utrecht-link" to="/inloggen">
          {t("signUp.logIn")}
        </Link>
      </p>
      <h2 className="utrecht-heading-2">{t("registrations:others.title")}</h2>
      <ul className="utrecht-unordered-list">
        <li className="utrecht-unordered-list__item">
          <Link className="utrecht-link" to="/aanmelden/bedrijf">
            {t("registrations:business.title")}
          </Link>
        </li>
        <li className="utrecht-unordered-list__item">
          <Link className="utrecht-link" to="/aanmelden/partner">
            {t("registrations:partner.title")}
          </Link>
        </li>
        <li className="utrecht-unordered-list__item">
          <Link className="utrecht-link" to="/uitnodiging">
            {t("registrations:others.invite")}
          </Link>
        </li>
      </ul>
    </div>
  );
}
