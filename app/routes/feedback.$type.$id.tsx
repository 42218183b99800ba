import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AuthenticityTokenInput } from "remix-utils/csrf/react";
import { answerSchema, feedbackOutcomes } from "../../server/domain/feedback/feedback.schemas";
import { ErrorSummary } from "../components/form/ErrorSummary";
import { FieldErrors, SubmitButton, TextAreaField } from "../components/form/fields";
import { getFixedT } from "../i18n/i18next.server";
import { requireUser } from "../utils/auth.server";
import { readForm } from "../utils/form.server";
import { replyWithDomainError } from "../utils/form-replies.server";
import { pageForDomainError } from "../utils/domain-errors.server";

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const actor = await requireUser(request, context);
  let question;
  try {
    question = await context.app.services.feedback.getQuestion(actor, params.type ?? "", params.id ?? "");
  } catch (error) {
    pageForDomainError(error, { request });
  }
  const t = await getFixedT(request, "agenda");
  return json({ title: t("feedback.title"), question, thanks: new URL(request.url).searchParams.has("bedankt") });
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Noaber` }];

export async function action({ request, context, params }: ActionFunctionArgs) {
  const formData = await readForm(request, context);
  const actor = await requireUser(request, context);
  const submission = parseWithZod(formData, { schema: answerSchema });
  if (submission.status !== "success") return json(submission.reply(), { status: 400 });
  try {
    await context.app.services.feedback.answer(actor, submission.value);
  } catch (error) {
    return replyWithDomainError(submission, error);
  }
  return redirect(`/feedback/${params.type ?? ""}/${params.id ?? ""}?bedankt=1`);
}

export default function FeedbackPage() {
  const { question, thanks } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const { t } = useTranslation("agenda");
  const [form, fields] = useForm<{ subjectType: string; subjectId: string; outcome: string; note: string }>({
    id: "feedback-form",
    lastResult,
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: answerSchema }),
  });
  return (
    <div className="noaber-prose">
      <h1 className="utrecht-heading-1">{t("feedback.title")}</h1>
      {thanks ? (
        <div role="status" className="utrecht-alert utrecht-alert--ok noaber-notice">
          <p className="utrecht-paragraph">{t("feedback.thanks")}</p>
        </div>
      ) : null}
      <p className="utrecht-paragraph">{t("feedback.question", { title: question.title })}</p>
      {question.answered ? (
        <p className="utrecht-paragraph">
          {t("feedback.answered", { outcome: t(`feedback.outcomes.${question.answered.outcome}`) })}
        </p>
      ) : (
        <Form method="post" className="noaber-form" {...getFormProps(form)}>
          <AuthenticityTokenInput name="csrf" />
          <input type="hidden" name="subjectType" value={question.subjectType} />
          <input type="hidden" name="subjectId" value={question.subjectId} />
          <ErrorSummary
            heading={t("common:form.errorSummary")}
            formErrors={form.errors}
            items={[
              { id: fields.outcome.id, label: t("feedback.outcomeLegend"), errors: fields.outcome.errors },
              { id: fields.note.id, label: t("feedback.noteLabel"), errors: fields.note.errors },
            ]}
          />
          <fieldset
            className="utrecht-form-fieldset"
            id={fields.outcome.id}
            tabIndex={-1}
            aria-describedby={fields.outcome.errors?.length ? fields.outcome.errorId : undefined}
          >
            <legend className="utrecht-form-fieldset__legend">{t("feedback.outcomeLegend")}</legend>
            <FieldErrors field={fields.outcome} />
            {feedbackOutcomes.map((outcome) => (
              <div key={outcome} className="utrecht-form-field utrecht-form-field--radio">
                <input
                  type="radio"
                  id={`outcome-${outcome}`}
                  name={fields.outcome.name}
                  value={outcome}
                  required
                  defaultChecked={fields.outcome.initialValue === outcome}
                  className="utrecht-radio-button utrecht-radio-button--html-input"
                />{" "}
                <label htmlFor={`outcome-${outcome}`} className="utrecht-form-label utrecht-form-label--radio">
                  {t(`feedback.outcomes.${outcome}`)}
                </label>
              </div>
            ))}
          </fieldset>
          <TextAreaField
            field={fields.note}
            label={t("feedback.noteLabel")}
            description={t("feedback.noteDescription")}
            required={false}
            rows={4}
          />
          <SubmitButton>{t("feedback.submit")}</SubmitButton>
        </Form>
      )}
    </div>
  );
}
