import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AuthenticityTokenInput } from "remix-utils/csrf/react";
import type { ApplicationStatus } from "../../../db/schema";
import { applySchema } from "../../../server/domain/applications/applications.schemas";
import { ErrorSummary } from "../form/ErrorSummary";
import { SubmitButton, TextAreaField } from "../form/fields";

export interface ApplyPanelData {
  loggedIn: boolean;
  open: boolean;
  application: { id: string; status: ApplicationStatus } | null;
  stats: { rate: number | null; medianHours: number | null };
  notice: "sent" | "withdrawn" | null;
}

const openStatuses: ApplicationStatus[] = ["new", "in_conversation", "placed"];

/** A duration in whole hours under two days, in days above. */
export function useDurationText() {
  const { t } = useTranslation("applications");
  return (hours: number) =>
    hours < 48
      ? t("duration.hours", { count: Math.max(1, Math.round(hours)) })
      : t("duration.days", { count: Math.round(hours / 24) });
}

/** The vacature page's "Reageren" part: the motivation form, or the volunteer's status with a withdraw button. */
export function ApplyPanel({
  opportunityId,
  data,
  lastResult,
}: {
  opportunityId: string;
  data: ApplyPanelData;
  lastResult?: SubmissionResult<string[]> | null;
}) {
  const { t, i18n } = useTranslation("applications");
  const duration = useDurationText();
  const [form, fields] = useForm<{ opportunityId: string; motivation: string }>({
    id: "reageren-form",
    lastResult,
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: applySchema }),
  });
  const current = data.application && openStatuses.includes(data.application.status) ? data.application : null;
  const percent = data.stats.rate === null ? null : new Intl.NumberFormat(i18n.language, { style: "percent" });

  return (
    <section aria-labelledby="reageren" className="noaber-apply">
      <h2 id="reageren" className="utrecht-heading-2">
        {t("apply.heading")}
      </h2>
      {data.notice ? (
        <div role="status" className="utrecht-alert utrecht-alert--ok noaber-notice">
          <p className="utrecht-paragraph">{t(data.notice === "sent" ? "apply.sent" : "apply.withdrawn")}</p>
        </div>
      ) : null}
      <p className="utrecht-paragraph">
        {percent && data.stats.rate !== null && data.stats.medianHours !== null
          ? t("apply.responseStats", { rate: percent.format(data.stats.rate), time: duration(data.stats.medianHours) })
          : t("apply.responseStatsNone")}
      </p>
      {current ? (
        <>
          <p className="utrecht-paragraph">
            <strong>{t("apply.yourStatus", { status: t(`status.${current.status}`) })}</strong>
          </p>
          <Form method="post" className="noaber-inline-form">
            <AuthenticityTokenInput name="csrf" />
            <input type="hidden" name="intent" value="withdraw" />
            <input type="hidden" name="applicationId" value={current.id} />
            <button type="submit" className="utrecht-button utrecht-button--secondary-action">
              {t("apply.withdraw")}
            </button>
          </Form>
        </>
      ) : !data.open ? (
        <p className="utrecht-paragraph">{t("apply.closedVacancy")}</p>
      ) : !data.loggedIn ? (
        <p className="utrecht-paragraph">
          <a
            className="utrecht-link"
            href={`/inloggen?redirectTo=${encodeURIComponent(`/vacatures/${opportunityId}#reageren`)}`}
          >
            {t("apply.loginToApply")}
          </a>
        </p>
      ) : (
        <Form method="post" className="noaber-form" {...getFormProps(form)}>
          <AuthenticityTokenInput name="csrf" />
          <input type="hidden" name="intent" value="apply" />
          <input type="hidden" name="opportunityId" value={opportunityId} />
          <p className="utrecht-paragraph">{t("apply.intro")}</p>
          <ErrorSummary
            heading={t("common:form.errorSummary")}
            formErrors={form.errors}
            items={[{ id: fields.motivation.id, label: t("apply.motivationLabel"), errors: fields.motivation.errors }]}
          />
          <TextAreaField
            field={fields.motivation}
            label={t("apply.motivationLabel")}
            description={t("apply.motivationDescription")}
            rows={6}
          />
          <SubmitButton>{t("apply.submit")}</SubmitButton>
        </Form>
      )}
    </section>
  );
}
