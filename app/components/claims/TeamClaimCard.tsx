import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AuthenticityTokenInput } from "remix-utils/csrf/react";
import { giveBackSpotsSchema, nameTeamMemberSchema } from "../../../server/domain/team-claims/team-claims.schemas";
import type { TeamClaimView } from "../../../server/domain/team-claims/team-claims.types";
import { SelectField, SubmitButton, TextField } from "../form/fields";
import { formatPeriod } from "../opportunities/format";
import { shownName } from "../../utils/person-name";

type Reply = SubmissionResult<string[]> | undefined;

function FormProblems({ errors }: { errors: string[] | undefined }) {
  const { t } = useTranslation("claims");
  if (!errors?.length) return null;
  return (
    <div role="alert" className="utrecht-alert utrecht-alert--error noaber-notice">
      <p className="utrecht-paragraph">
        <strong>{t("team.page.errorHeading")}</strong>
      </p>
      {errors.map((error) => (
        <p key={error} className="utrecht-paragraph">
          {t(error, { ns: ["claims", "common"] })}
        </p>
      ))}
    </div>
  );
}

function NameMemberForm({ team, lastResult }: { team: TeamClaimView; lastResult: Reply }) {
  const { t } = useTranslation("claims");
  const [form, fields] = useForm<{ teamClaimId: string; memberId: string }>({
    id: `name-${team.id}`,
    lastResult,
    shouldValidate: "onSubmit",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: nameTeamMemberSchema }),
  });
  if (team.candidates.length === 0) return <p className="utrecht-paragraph">{t("team.page.noCandidates")}</p>;
  return (
    <Form method="post" className="noaber-form noaber-team-form" {...getFormProps(form)}>
      <AuthenticityTokenInput name="csrf" />
      <input type="hidden" name="intent" value="name" />
      <input type="hidden" name="teamClaimId" value={team.id} />
      <FormProblems errors={form.errors} />
      <SelectField field={fields.memberId} label={t("team.page.member")}>
        <option value="">{t("team.page.choose")}</option>
        {team.candidates.map((candidate) => (
          <option key={candidate.userId} value={candidate.userId}>
            {candidate.name}
          </option>
        ))}
      </SelectField>
      <SubmitButton>{t("team.page.nameSubmit")}</SubmitButton>
    </Form>
  );
}

function GiveBackForm({ team, lastResult }: { team: TeamClaimView; lastResult: Reply }) {
  const { t } = useTranslation("claims");
  const [form, fields] = useForm<{ teamClaimId: string; count: number }>({
    id: `give-back-${team.id}`,
    lastResult,
    shouldValidate: "onSubmit",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: giveBackSpotsSchema }),
  });
  return (
    <Form method="post" className="noaber-form noaber-team-form" {...getFormProps(form)}>
      <AuthenticityTokenInput name="csrf" />
      <input type="hidden" name="intent" value="give-back" />
      <input type="hidden" name="teamClaimId" value={team.id} />
      <FormProblems errors={form.errors} />
      <TextField
        field={fields.count}
        type="number"
        inputMode="numeric"
        label={t("team.page.giveBackCount")}
        description={t("team.page.giveBackHint")}
      />
      <button type="submit" className="utrecht-button utrecht-button--secondary-action">
        {t("team.page.giveBackSubmit")}
      </button>
    </Form>
  );
}

/** One team claim on the coordinator's page: who takes part, naming a member, giving spots back. */
export function TeamClaimCard({ team, replies }: { team: TeamClaimView; replies: { name?: Reply; giveBack?: Reply } }) {
  const { t, i18n } = useTranslation("claims");
  const headingId = `team-${team.id}-heading`;
  const open = team.unnamedSpots > 0 && !team.started;
  return (
    <section aria-labelledby={headingId} className="noaber-team-card" id={`team-${team.id}`}>
      <h2 id={headingId} className="utrecht-heading-2">
        {team.teamName}:{" "}
        <Link to={`/klussen/${team.opportunityId}`} className="utrecht-link">
          {team.title}
        </Link>
      </h2>
      <p className="utrecht-paragraph">
        {formatPeriod(team.startsAt, team.endsAt, i18n.language)}
        <br />
        {t("team.page.organisation", { organisation: team.organisationName })}
      </p>
      <p className="utrecht-paragraph">
        {t("team.page.summary", { named: team.named.length, spots: team.named.length + team.unnamedSpots })}{" "}
        {team.unnamedSpots > 0 ? t("team.page.unnamed", { count: team.unnamedSpots }) : null}
      </p>
      {team.started ? <p className="utrecht-paragraph">{t("team.page.started")}</p> : null}
      {team.releasedAt ? (
        <p className="utrecht-paragraph">
          {t("team.page.released", { date: formatPeriod(team.releasedAt, null, i18n.language) })}
        </p>
      ) : open ? (
        <p className="utrecht-paragraph">
          {t("team.page.releaseNote", { date: formatPeriod(team.releaseAt, null, i18n.language) })}
        </p>
      ) : null}
      <h3 className="utrecht-heading-3">{t("team.page.namedHeading")}</h3>
      {team.named.length === 0 ? (
        <p className="utrecht-paragraph">{t("team.page.noNamesYet")}</p>
      ) : (
        <ul className="utrecht-unordered-list">
          {team.named.map((member) => (
            <li key={member.claimId} className="utrecht-unordered-list__item">
              {shownName(member.name, t)}
            </li>
          ))}
        </ul>
      )}
      {open ? (
        <>
          <NameMemberForm team={team} lastResult={replies.name} />
          <GiveBackForm team={team} lastResult={replies.giveBack} />
        </>
      ) : null}
    </section>
  );
}
