import { getFormProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AuthenticityTokenInput } from "remix-utils/csrf/react";
import { logInSchema } from "../../server/domain/accounts/accounts.schemas";
import { SubmitButton, TextField } from "../components/form/fields";
import { getFixedT } from "../i18n/i18next.server";
import { getActor, getSessionId, sessionCookieHeader } from "../utils/auth.server";
import { readForm } from "../utils/form.server";
import { safeRedirectPath } from "../utils/safe-redirect";
import { replyWithDomainError } from "../utils/form-replies.server";
import { ErrorSummary } from "../components/form/ErrorSummary";

const afterLogIn = "/";

export async function loader({ request, context }: LoaderFunctionArgs) {
  if ((await getActor(request, context)).kind === "user") {
    throw redirect(safeRedirectPath(new URL(request.url).searchParams.get("redirectTo"), afterLogIn));
  }
  const t = await getFixedT(request, "accounts");
  return json({ title: t("logIn.title") });
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Noaber` }];

/** Logs in with a fresh session and goes back to where the person came from (a path on this site only). */
export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await readForm(request, context);
  const submission = parseWithZod(formData, { schema: logInSchema });
  // Express' rate limiter lets the request through with this flag, so the answer can keep the e-mail typed.
  if (context.loginRateLimited) {
    // express-rate-limit has already set Retry-After and the RateLimit headers.
    return json(submission.reply({ formErrors: ["accounts:errors.logIn.rateLimited"], hideFields: ["password"] }), {
      status: 429,
    });
  }
  if (submission.status !== "success") return json(submission.reply({ hideFields: ["password"] }), { status: 400 });
  try {
    const { sessionId } = await context.app.services.accounts.logIn(await getActor(request, context), {
      ...submission.value,
      previousSessionId: (await getSessionId(request, context)) ?? undefined,
    });
    return redirect(safeRedirectPath(formData.get("redirectTo"), afterLogIn), {
      headers: { "Set-Cookie": await sessionCookieHeader(context, sessionId) },
    });
  } catch (error) {
    return replyWithDomainError(submission, error, {
      hideFields: ["password"],
      formErrors: { invalid: "accounts:errors.logIn.wrong", rate_limited: "accounts:errors.logIn.rateLimited" },
    });
  }
}

export default function LogInPage() {
  const { t } = useTranslation("accounts");
  const lastResult = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const redirectTo = safeRedirectPath(searchParams.get("redirectTo"), "");
  const [form, fields] = useForm({
    id: "inloggen",
    lastResult,
    constraint: getZodConstraint(logInSchema),
    // First check on submit, then live while correcting: no errors while someone is still filling in.
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: logInSchema }),
  });

  return (
    <div className="noaber-prose">
      <h1 className="utrecht-heading-1">{t("logIn.title")}</h1>
      {redirectTo ? <p className="utrecht-paragraph noaber-notice">{t("logIn.needed")}</p> : null}
      <p className="utrecht-paragraph">{t("logIn.intro")}</p>
      <Form method="post" className="noaber-form" {...getFormProps(form)}>
        <AuthenticityTokenInput name="csrf" />
        {redirectTo ? <input type="hidden" name="redirectTo" value={redirectTo} /> : null}
        <ErrorSummary
          heading={t("errorSummary")}
          formErrors={form.errors}
          items={[
            { id: fields.email.id, label: t("logIn.email.label"), errors: fields.email.errors },
            { id: fields.password.id, label: t("logIn.password.label"), errors: fields.password.errors },
          ]}
        />
        <TextField
          field={fields.email}
          label={t("logIn.email.label")}
          description={t("logIn.email.description")}
          autoComplete="username"
          required
        />
        <TextField
          field={fields.password}
          type="password"
          label={t("logIn.password.label")}
          autoComplete="current-password"
        />
        <div>
          <SubmitButton>{t("logIn.submit")}</SubmitButton>
        </div>
      </Form>
      <p className="utrecht-paragraph">
        {t("logIn.noAccount")}{" "}
        <Link className="utrecht-link" to="/aanmelden">
          {t("logIn.signUp")}
        </Link>
      </p>
    </div>
  );
}
