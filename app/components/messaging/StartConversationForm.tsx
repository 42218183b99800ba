import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AuthenticityTokenInput } from "remix-utils/csrf/react";

type Start =
  | { intent: "organisation"; organisationId: string }
  | { intent: "klus-group"; opportunityId: string }
  | { intent: "applicant"; applicationId: string; name: string };

/** A button that starts (or finds) a conversation and goes there; a plain form post. */
export function StartConversationForm({ start }: { start: Start }) {
  const { t } = useTranslation("messaging");
  const { intent, ...fields } = start;
  const label =
    start.intent === "organisation"
      ? t("start.askOrganisation")
      : start.intent === "klus-group"
        ? t("start.klusGroup")
        : t("start.messageApplicant");
  return (
    <Form
      method="post"
      action="/gesprekken/nieuw"
      className={start.intent === "applicant" ? "noaber-inline-form" : "noaber-start-conversation"}
    >
      <AuthenticityTokenInput name="csrf" />
      <input type="hidden" name="intent" value={intent} />
      {Object.entries(fields)
        .filter(([name]) => name !== "name")
        .map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
      <button type="submit" className="utrecht-button utrecht-button--secondary-action">
        {label}
        {start.intent === "applicant" ? <span className="noaber-visually-hidden"> ({start.name})</span> : null}
      </button>
      {start.intent === "organisation" ? <p className="noaber-start-conversation__hint">{t("start.askHint")}</p> : null}
    </Form>
  );
}
