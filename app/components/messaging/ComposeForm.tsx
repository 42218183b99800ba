import { Form } from "@remix-run/react";
import { useRef } from "react";
import { useTranslation } from "react-i18next";
import { AuthenticityTokenInput } from "remix-utils/csrf/react";
import { MESSAGE_MAX_LENGTH } from "../../../server/domain/messaging/messaging.schemas";

/**
 * Writing a message. Without JavaScript it is a plain form post with a client id made by the
 * server (a double post stores once); with it, `onSend` takes the text and sends it live.
 */
export function ComposeForm({
  clientId,
  errors,
  onSend,
  onTyping,
}: {
  clientId: string;
  errors: string[];
  /** Answers false when it cannot send live (not hydrated yet): the form then posts. */
  onSend: (body: string) => boolean;
  onTyping: () => void;
}) {
  const { t } = useTranslation("messaging");
  const textarea = useRef<HTMLTextAreaElement>(null);
  const invalid = errors.length > 0;
  return (
    <Form
      method="post"
      className="noaber-compose"
      onSubmit={(event) => {
        const field = textarea.current;
        const body = field?.value.trim() ?? "";
        // An empty message is left to the server's answer, so the error reads the same either way.
        if (!field || body.length === 0) return;
        if (onSend(body)) {
          event.preventDefault();
          field.value = "";
        }
      }}
    >
      <AuthenticityTokenInput name="csrf" />
      <input type="hidden" name="intent" value="send" />
      <input type="hidden" name="clientId" value={clientId} />
      <div
        className={`utrecht-form-field utrecht-form-field--textarea${invalid ? " utrecht-form-field--invalid" : ""}`}
      >
        <div className="utrecht-form-field__label">
          <label className="utrecht-form-label" htmlFor="bericht">
            {t("compose.label")}
          </label>
        </div>
        <div className="utrecht-form-field__description utrecht-form-field-description" id="bericht-uitleg">
          {t("compose.hint")}
        </div>
        {invalid ? (
          <div
            className="utrecht-form-field__error-message utrecht-form-field-error-message"
            id="bericht-fout"
            role="alert"
          >
            {errors.map((error) => (
              <p key={error} className="noaber-field-error">
                {t(error, { ns: ["messaging", "common"] })}
              </p>
            ))}
          </div>
        ) : null}
        <div className="utrecht-form-field__input">
          <textarea
            ref={textarea}
            id="bericht"
            name="body"
            rows={3}
            maxLength={MESSAGE_MAX_LENGTH}
            className="utrecht-textarea utrecht-textarea--html-textarea noaber-compose__textarea"
            aria-describedby={invalid ? "bericht-uitleg bericht-fout" : "bericht-uitleg"}
            aria-invalid={invalid || undefined}
            onInput={onTyping}
            onKeyDown={(event) => {
              // Ctrl+Enter (Cmd+Enter on a Mac) sends; Enter alone starts a new line.
              if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
                event.preventDefault();
                event.currentTarget.form?.requestSubmit();
              }
            }}
          />
        </div>
      </div>
      <button type="submit" className="utrecht-button utrecht-button--primary-action">
        {t("compose.send")}
      </button>
    </Form>
  );
}
