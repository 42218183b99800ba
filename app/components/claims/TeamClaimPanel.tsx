import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AuthenticityTokenInput } from "remix-utils/csrf/react";
import { teamClaimSchema } from "../../../server/domain/team-claims/team-claims.schemas";
import type { KlusTeamState } from "../../../server/domain/team-claims/team-claims.types";
import { ErrorSummary } from "../form/ErrorSummary";
import { SubmitButton, TextField } from "../form/fields";

/** The form's part of the shared schema: the klus comes from the URL. */
export const teamClaimFormSchema = teamClaimSchema.omit({ opportunityId: true });

/** "3 plekken gereserveerd voor <team>": spots teams hold without a name yet, shown to everyone. */
export function TeamReservations({ reservations }: { reservations: KlusTeamState["reservations"] }) {
  const { t } = useTranslation("claims");
  if (reservations.length === 0) return null;
  return (
    <div className="noaber-team-reservations">
      {reservations.map((reservation, index) => (
        // Two teams may share a name; the order (by reservation) is stable.
        <p key={`${index}-${reservation.teamName}`} className="utrecht-paragraph">
          {t("team.reserved", { count: reservation.unnamedSpots, team: reservation.teamName })}
        </p>
      ))}
    </div>
  );
}

/**
 * "Met een team meedoen" for business and partner coordinators: a team name and a number of spots,
 * reserved all at once or not at all. A plain form post, so it works without JavaScript.
 */
export function TeamClaimForm({
  organisation,
  vogRequired,
  lastResult,
  created,
}: {
  organisation: { id: string; name: string };
  vogRequired: boolean;
  lastResult: SubmissionResult<string[]> | undefined;
  created: boolean;
}) {
  const { t } = useTranslation("claims");
  const [form, fields] = useForm<{ teamName: string; spots: number }>({
    id: "team-claim",
    lastResult,
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: teamClaimFormSchema }),
  });
  return (
    <section aria-labelledby="team-heading" className="noaber-team-claim" id="team">
      <h2 id="team-heading" className="utrecht-heading-2">
        {t("team.heading")}
      </h2>
      {created ? (
        <div role="status" className="utrecht-alert utrecht-alert--ok noaber-notice">
          <p className="utrecht-paragraph">{t("team.created")}</p>
        </div>
      ) : null}
      <p className="utrecht-paragraph">{t("team.intro", { organisation: organisation.name })}</p>
      {vogRequired ? (
        <p className="utrecht-paragraph">{t("team.vogNeeded")}</p>
      ) : (
        <Form method="post" className="noaber-form" {...getFormProps(form)}>
          <AuthenticityTokenInput name="csrf" />
          <input type="hidden" name="intent" value="team-claim" />
          <ErrorSummary
            heading={t("common:form.errorSummary")}
            formErrors={form.errors}
            items={[
              { id: fields.teamName.id, label: t("team.teamName"), errors: fields.teamName.errors },
              { id: fields.spots.id, label: t("team.spots"), errors: fields.spots.errors },
            ]}
          />
          <TextField field={fields.teamName} label={t("team.teamName")} description={t("team.teamNameHint")} />
          <TextField
            field={fields.spots}
            type="number"
            inputMode="numeric"
            label={t("team.spots")}
            description={t("team.spotsHint")}
          />
          <SubmitButton>{t("team.submit")}</SubmitButton>
        </Form>
      )}
      <p className="utrecht-paragraph noaber-team-claim__manage">
        <Link to="/team" className="utrecht-link">
          {t("team.manageLink")}
        </Link>
      </p>
    </section>
  );
}
