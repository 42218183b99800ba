import { getFormProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AuthenticityTokenInput } from "remix-utils/csrf/react";
import { inviteSignUpSchema } from "../../server/domain/invites/invites.schemas";
import { languageCodes } from "../../server/domain/profiles/profiles.schemas";
import { ConsentField } from "../components/form/ConsentField";
import { ErrorSummary } from "../components/form/ErrorSummary";
import { CheckboxGroup, SubmitButton, TextField } from "../components/form/fields";
import { getFixedT } from "../i18n/i18next.server";
import { getLanguage } from "../i18n/language.server";
import { getActor, getSessionId, sessionCookieHeader } from "../utils/auth.server";
import { readForm } from "../utils/form.server";
import { replyWithDomainError } from "../utils/form-replies.server";
import { accountLocale } from "../i18n/config";

/**
 * Joining a business or partner with an invite code: /uitnodiging/<code> (the link) or /uitnodiging
 * (typing the code). An e-mail address is optional; without one the person gets a login name.
 */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  if ((await getActor(request, context)).kind === "user") throw redirect("/");
  const t = await getFixedT(request, "invites");
  const code = params.code ?? "";
  const found = code ? await context.app.services.invites.describe({ code }) : null;
  return json({
    title: t("signUp.title"),
    code,
    invitedBy: found && "organisation" in found ? found.organisation.name : null,
    codeProblem: found && "problem" in found ? found.problem : null,
  });
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Noaber` }];

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await readForm(request, context);
  const submission = parseWithZod(formData, { schema: inviteSignUpSchema });
  if (context.signUpRateLimited) {
    return json(submission.reply({ formErrors: ["accounts:errors.signUp.rateLimited"], hideFields: ["password"] }), {
      status: 429,
    });
  }
  if (submission.status !== "success") return json(submission.reply({ hideFields: ["password"] }), { status: 400 });
  try {
    const { sessionId } = await context.app.services.invites.signUp(await getActor(request, context), {
      ...submission.value,
      locale: accountLocale(await getLanguage(request)),
      previousSessionId: (await getSessionId(request, context)) ?? undefined,
    });
    return redirect("/welkom", { headers: { "Set-Cookie": await sessionCookieHeader(context, sessionId) } });
  } catch (error) {
    return replyWithDomainError(submission, error, { hideFields: ["password"] });
  }
}

export default function InviteSignUpPage() {
  const { t } = useTranslation("invites");
  const { code, invitedBy, codeProblem } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useForm({
    id: "uitnodiging",
    lastResult,
    defaultValue: { code },
    constraint: getZodConstraint(inviteSignUpSchema),
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: inviteSignUpSchema }),
  });
  const labels = {
    code: t("signUp.code"),
    displayName: t("signUp.displayName"),
    email: t("signUp.email"),
    languages: t("signUp.languages"),
    password: t("signUp.password"),
    consent: t("signUp.consent"),
  };
  return (
    <div className="noaber-prose">
      <h1 className="utrecht-heading-1">{t("signUp.title")}</h1>
      <p className="utrecht-paragraph utrecht-paragraph--lead">
        {invitedBy ? t("signUp.invitedBy", { name: invitedBy }) : t("signUp.intro")}
      </p>
      {codeProblem && !lastResult ? (
        <p className="utrecht-paragraph noaber-notice" role="alert">
          {t(codeProblem)}
        </p>
      ) : null}
      <Form method="post" action="/uitnodiging" className="noaber-form" {...getFormProps(form)}>
        <AuthenticityTokenInput name="csrf" />
        <ErrorSummary
          heading={t("accounts:errorSummary")}
          formErrors={form.errors}
          items={[
            { id: fields.code.id, label: labels.code, errors: fields.code.errors },
            { id: fields.displayName.id, label: labels.displayName, errors: fields.displayName.errors },
            { id: fields.email.id, label: labels.email, errors: fields.email.errors },
            { id: `${fields.languages.id}-group`, label: labels.languages, errors: fields.languages.errors },
            { id: fields.password.id, label: labels.password, errors: fields.password.errors },
            { id: fields.consent.id, label: labels.consent, errors: fields.consent.errors },
          ]}
        />
        <TextField
          field={fields.code}
          label={labels.code}
          description={t("signUp.codeDescription")}
          autoComplete="off"
          required
        />
        <TextField
          field={fields.displayName}
          label={labels.displayName}
          description={t("signUp.displayNameDescription")}
          autoComplete="given-name"
          required
        />
        <TextField
          field={fields.email}
          type="email"
          label={labels.email}
          description={t("signUp.emailDescription")}
          autoComplete="email"
          inputMode="email"
          required={false}
        />
        <CheckboxGroup
          field={fields.languages}
          legend={labels.languages}
          options={languageCodes.map((language) => ({
            value: language,
            label: t(`profile:languages.names.${language}`),
          }))}
        />
        <TextField
          field={fields.password}
          type="password"
          label={labels.password}
          description={t("signUp.passwordDescription")}
          autoComplete="new-password"
          required
        />
        <ConsentField field={fields.consent} label={labels.consent} />
        <div>
          <SubmitButton>{t("signUp.submit")}</SubmitButton>
        </div>
      </Form>
      <p className="utrecht-paragraph">
        {t("accounts:signUp.haveAccount")}{" "}
        <Link className="utrecht-link" to="/inloggen">
          {t("accounts:signUp.logIn")}
        </Link>
      </p>
    </div>
  );
}
