import { getFormProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AuthenticityTokenInput } from "remix-utils/csrf/react";
import { partnerTypes, registerOrganisationSchema } from "../../server/domain/registrations/registrations.schemas";
import { ConsentField } from "../components/form/ConsentField";
import { ErrorSummary } from "../components/form/ErrorSummary";
import { SelectField, SubmitButton, TextAreaField, TextField } from "../components/form/fields";
import { getFixedT } from "../i18n/i18next.server";
import { getLanguage } from "../i18n/language.server";
import { getActor, getSessionId, sessionCookieHeader } from "../utils/auth.server";
import { readForm } from "../utils/form.server";
import { replyWithDomainError } from "../utils/form-replies.server";
import { accountLocale } from "../i18n/config";

const kindOfPath = { bedrijf: "business", partner: "partner" } as const;

function kindOf(params: LoaderFunctionArgs["params"]) {
  const kind = kindOfPath[params.soort as keyof typeof kindOfPath];
  if (!kind) throw new Response(null, { status: 404 });
  return kind;
}

/** "Bedrijf aanmelden bij Omarm Groningen" (/aanmelden/bedrijf) and "Partner aanmelden" (/aanmelden/partner). */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const kind = kindOf(params);
  if ((await getActor(request, context)).kind === "user") throw redirect("/groep");
  const [t, buurten] = await Promise.all([
    getFixedT(request, "registrations"),
    context.app.services.places.listBuurten(),
  ]);
  return json({
    kind,
    title: t(`${kind}.title`),
    buurten: buurten.map((b) => ({ code: b.code, label: `${b.name} (${b.wijkName})` })),
  });
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Noaber` }];

export async function action({ request, context, params }: ActionFunctionArgs) {
  const kind = kindOf(params);
  const formData = await readForm(request, context);
  formData.set("kind", kind);
  const submission = parseWithZod(formData, { schema: registerOrganisationSchema });
  if (context.signUpRateLimited) {
    return json(submission.reply({ formErrors: ["accounts:errors.signUp.rateLimited"], hideFields: ["password"] }), {
      status: 429,
    });
  }
  if (submission.status !== "success") return json(submission.reply({ hideFields: ["password"] }), { status: 400 });
  try {
    const { sessionId } = await context.app.services.registrations.register(await getActor(request, context), {
      ...submission.value,
      locale: accountLocale(await getLanguage(request)),
      previousSessionId: (await getSessionId(request, context)) ?? undefined,
    });
    return redirect("/groep", { headers: { "Set-Cookie": await sessionCookieHeader(context, sessionId) } });
  } catch (error) {
    return replyWithDomainError(submission, error, { hideFields: ["password"] });
  }
}

export default function RegisterOrganisationPage() {
  const { t } = useTranslation("registrations");
  const { kind, title, buurten } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useForm({
    id: `aanmelden-${kind}`,
    lastResult,
    constraint: getZodConstraint(registerOrganisationSchema),
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => {
      formData.set("kind", kind);
      return parseWithZod(formData, { schema: registerOrganisationSchema });
    },
  });
  const labels = {
    organisationName: t(`${kind}.organisationName`),
    partnerType: t("partner.partnerType"),
    displayName: t("fields.displayName"),
    email: t("fields.email"),
    password: t("fields.password"),
    buurtCode: t("fields.buurt"),
    description: t("fields.description"),
    consent: t("fields.consent"),
  };
  const fieldList = [
    fields.organisationName,
    ...(kind === "partner" ? [fields.partnerType] : []),
    fields.displayName,
    fields.email,
    fields.password,
    fields.buurtCode,
    fields.description,
    fields.consent,
  ];

  return (
    <div className="noaber-prose">
      <h1 className="utrecht-heading-1">{title}</h1>
      <p className="utrecht-paragraph utrecht-paragraph--lead">{t(`${kind}.intro`)}</p>
      <Form method="post" className="noaber-form" {...getFormProps(form)}>
        <AuthenticityTokenInput name="csrf" />
        <ErrorSummary
          heading={t("accounts:errorSummary")}
          formErrors={form.errors}
          items={fieldList.map((field) => ({
            id: field.id,
            label: labels[field.name as keyof typeof labels],
            errors: field.errors,
          }))}
        />
        <TextField
          field={fields.organisationName}
          label={labels.organisationName}
          autoComplete="organization"
          required
        />
        {kind === "partner" ? (
          <SelectField field={fields.partnerType} label={labels.partnerType}>
            <option value="">{t("fields.chooseType")}</option>
            {partnerTypes.map((type) => (
              <option key={type} value={type}>
                {t(`partner.types.${type}`)}
              </option>
            ))}
          </SelectField>
        ) : null}
        <TextField field={fields.displayName} label={labels.displayName} autoComplete="name" required />
        <TextField
          field={fields.email}
          type="email"
          label={labels.email}
          autoComplete="email"
          inputMode="email"
          required
        />
        <TextField
          field={fields.password}
          type="password"
          label={labels.password}
          description={t("fields.passwordDescription")}
          autoComplete="new-password"
          required
        />
        <SelectField field={fields.buurtCode} label={labels.buurtCode} description={t("fields.buurtDescription")}>
          <option value="">{t("fields.chooseBuurt")}</option>
          {buurten.map((buurt) => (
            <option key={buurt.code} value={buurt.code}>
              {buurt.label}
            </option>
          ))}
        </SelectField>
        <TextAreaField
          field={fields.description}
          label={labels.description}
          description={t("fields.descriptionHelp")}
          required
        />
        <ConsentField field={fields.consent} label={labels.consent} />
        <div>
          <SubmitButton>{t("submit")}</SubmitButton>
        </div>
      </Form>
    </div>
  );
}
