import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AuthenticityTokenInput } from "remix-utils/csrf/react";
import { MESSAGE_MAX_LENGTH } from "../../../server/domain/messaging/messaging.schemas";
import type { MessageView } from "../../../server/domain/messaging/messaging.types";
import { formatMessageTime } from "./format";
import { KlusCardMessage } from "./KlusCardMessage";
import { LinkifiedText } from "./LinkifiedText";
import { shownName } from "../../utils/person-name";

export type OpenAction = { kind: "edit" | "report"; messageId: string } | null;

/** A small form that posts one intent about one message. */
/** One action on a message: a small form posting its intent, so it works without JavaScript. */
function ActionButton({ intent, fields, label }: { intent: string; fields: Record<string, string>; label: string }) {
  return (
    <Form method="post" className="noaber-inline-form">
      <AuthenticityTokenInput name="csrf" />
      <input type="hidden" name="intent" value={intent} />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" className="noaber-message__action">
        {label}
      </button>
    </Form>
  );
}

/**
 * One message in the list: who, when, the text (as text), its state, and what the viewer may do
 * with it. Editing and reporting open through the address (`?bewerk=`, `?meld=`), so they work
 * without JavaScript.
 */
export function MessageItem({
  message,
  viewerId,
  mayAllowPrivate,
  canModerate,
  open,
  spotsLeft,
  errors,
  pathname,
}: {
  message: MessageView;
  viewerId: string;
  /** The viewer is a volunteer among others: they may offer another volunteer private messages. */
  mayAllowPrivate: boolean;
  canModerate: boolean;
  open: OpenAction;
  spotsLeft: number | null;
  errors: string[];
  pathname: string;
}) {
  const { t, i18n } = useTranslation("messaging");
  const mine = message.authorId === viewerId;
  const visible = message.state === "visible";
  const editing = visible && mine && open?.kind === "edit" && open.messageId === message.id;
  const reporting = visible && !mine && open?.kind === "report" && open.messageId === message.id;
  const anchor = `bericht-${message.id}`;
  const errorId = `${anchor}-fout`;
  const hasActions = visible;

  return (
    <li id={anchor} className={`noaber-message${mine ? " noaber-message--mine" : ""}`} data-seq={message.seq}>
      <p className="noaber-message__meta">
        <strong className="noaber-message__author">{mine ? t("message.you") : shownName(message.authorName, t)}</strong>
        {message.fromOrganisation ? (
          <span className="noaber-message__org"> · {t("message.fromOrganisation")}</span>
        ) : null}
        {" · "}
        <time dateTime={message.createdAt}>{formatMessageTime(message.createdAt, i18n.language)}</time>
        {visible && message.editedAt ? <span className="noaber-message__edited"> · {t("message.edited")}</span> : null}
      </p>
      {message.state === "deleted" ? (
        <p className="noaber-message__gone">{t("message.deleted")}</p>
      ) : message.state === "hidden" ? (
        <p className="noaber-message__gone">{t("message.hidden")}</p>
      ) : message.card ? (
        <KlusCardMessage message={message} card={message.card} spotsLeft={spotsLeft} errors={errors} />
      ) : editing ? (
        <Form method="post" className="noaber-message__edit">
          <AuthenticityTokenInput name="csrf" />
          <input type="hidden" name="intent" value="edit" />
          <input type="hidden" name="messageId" value={message.id} />
          {errors.length > 0 ? (
            <div id={errorId} className="utrecht-form-field-error-message">
              {errors.map((error) => (
                <p key={error} className="noaber-field-error">
                  {t(error, { ns: ["messaging", "common"] })}
                </p>
              ))}
            </div>
          ) : null}
          <label className="utrecht-form-label" htmlFor={`${anchor}-bewerk`}>
            {t("message.editLabel")}
          </label>
          <textarea
            id={`${anchor}-bewerk`}
            name="body"
            className="utrecht-textarea utrecht-textarea--html-textarea noaber-message__textarea"
            defaultValue={message.body ?? ""}
            maxLength={MESSAGE_MAX_LENGTH}
            required
            rows={3}
            aria-describedby={errors.length > 0 ? errorId : undefined}
            aria-invalid={errors.length > 0 || undefined}
          />
          <div className="noaber-message__buttons">
            <button type="submit" className="utrecht-button utrecht-button--primary-action">
              {t("message.save")}
            </button>
            <Link to={`${pathname}#${anchor}`} className="utrecht-link">
              {t("message.cancel")}
            </Link>
          </div>
        </Form>
      ) : (
        <p className="noaber-message__body" dir="auto">
          <LinkifiedText text={message.body ?? ""} />
        </p>
      )}
      {!editing && errors.length > 0 && !message.card ? (
        <div role="alert" className="utrecht-alert utrecht-alert--error noaber-notice">
          {errors.map((error) => (
            <p key={error} className="utrecht-paragraph">
              {t(error, { ns: ["messaging", "common"] })}
            </p>
          ))}
        </div>
      ) : null}
      {reporting ? (
        <Form method="post" className="noaber-message__edit">
          <AuthenticityTokenInput name="csrf" />
          <input type="hidden" name="intent" value="report" />
          <input type="hidden" name="messageId" value={message.id} />
          <label className="utrecht-form-label" htmlFor={`${anchor}-meld`}>
            {t("message.reportReason")} <span className="noaber-optional">({t("common:form.optional")})</span>
          </label>
          <textarea
            id={`${anchor}-meld`}
            name="reason"
            className="utrecht-textarea utrecht-textarea--html-textarea noaber-message__textarea"
            maxLength={500}
            rows={2}
          />
          <div className="noaber-message__buttons">
            <button type="submit" className="utrecht-button utrecht-button--primary-action">
              {t("message.reportSubmit")}
            </button>
            <Link to={`${pathname}#${anchor}`} className="utrecht-link">
              {t("message.cancel")}
            </Link>
          </div>
        </Form>
      ) : null}
      {hasActions && !editing && !reporting ? (
        <ul
          className="noaber-message__actions"
          aria-label={t("message.actionsLabel", { name: shownName(message.authorName, t) })}
        >
          {mine ? (
            <>
              {message.kind === "text" ? (
                <li>
                  <Link to={`${pathname}?bewerk=${message.id}#${anchor}`} className="noaber-message__action">
                    {t("message.edit")}
                  </Link>
                </li>
              ) : null}
              <li>
                <ActionButton intent="delete" fields={{ messageId: message.id }} label={t("message.delete")} />
              </li>
            </>
          ) : (
            <>
              <li>
                <Link to={`${pathname}?meld=${message.id}#${anchor}`} className="noaber-message__action">
                  {t("message.report")}
                </Link>
              </li>
              {mayAllowPrivate && !message.fromOrganisation ? (
                <li>
                  <ActionButton
                    intent="allow-private"
                    fields={{ userId: message.authorId }}
                    label={t("message.allowPrivate", { name: shownName(message.authorName, t) })}
                  />
                </li>
              ) : null}
              <li>
                <ActionButton
                  intent="block"
                  fields={{ userId: message.authorId }}
                  label={t("message.block", { name: shownName(message.authorName, t) })}
                />
              </li>
            </>
          )}
          {canModerate && !mine ? (
            <li>
              <ActionButton intent="hide" fields={{ messageId: message.id }} label={t("message.hide")} />
            </li>
          ) : null}
        </ul>
      ) : null}
    </li>
  );
}
