import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";

export interface SummaryItem {
  /** The id of the control (or group) to jump to. */
  id: string;
  /** The field's label, as shown beside it. */
  label: string;
  errors: string[] | undefined;
}

/**
 * Form-level messages, and a list of the fields that need attention, each linking to its field,
 * at the top of the form: someone who gets the page back without JavaScript finds every problem
 * at once. The message itself stays beside its field, so it is said only once.
 *
 * Focus: by default Conform moves it to the first field with an error, which is enough. Pass
 * `answer` and `blockedSubmits` to move it to this summary instead; then do not validate on blur,
 * or the summary appears while the pointer is on its way to the submit button and moves it away.
 */
export function ErrorSummary({
  heading,
  formErrors,
  items,
  answer,
  blockedSubmits,
}: {
  heading: string;
  formErrors?: string[];
  items: SummaryItem[];
  /** The server's answer (action data): a new one moves focus here once. */
  answer?: unknown;
  /** From useBlockedSubmits: a submit stopped in the browser moves focus here too. */
  blockedSubmits?: number;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const invalid = items.filter((item) => (item.errors?.length ?? 0) > 0);
  const hasErrors = invalid.length > 0 || (formErrors?.length ?? 0) > 0;
  const managesFocus = answer !== undefined || blockedSubmits !== undefined;
  useEffect(() => {
    if (managesFocus && (answer || (blockedSubmits ?? 0) > 0) && hasErrors) ref.current?.focus();
    // Only a new answer or a new attempt moves focus; typing that clears an error must not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [answer, blockedSubmits]);
  if (!hasErrors) return null;
  return (
    <div
      ref={ref}
      tabIndex={managesFocus ? -1 : undefined}
      role="alert"
      className="utrecht-alert utrecht-alert--error noaber-form-errors"
    >
      {formErrors?.map((error) => (
        <p key={error} className="utrecht-paragraph">
          <strong>{t(error)}</strong>
        </p>
      ))}
      {invalid.length > 0 ? (
        <>
          <p className="utrecht-paragraph">{heading}</p>
          <ul className="utrecht-unordered-list">
            {invalid.map((item) => (
              <li key={item.id} className="utrecht-unordered-list__item">
                <a className="utrecht-link" href={`#${item.id}`}>
                  {item.label}
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

/**
 * Wraps Conform's onSubmit and counts the submits its validation stopped in the browser, so the
 * error summary can take focus then as well (Remix's Form only submits when nothing prevented it).
 */
export function useBlockedSubmits(onSubmit: React.FormEventHandler<HTMLFormElement>) {
  const [count, setCount] = useState(0);
  const handleSubmit: React.FormEventHandler<HTMLFormElement> = (event) => {
    onSubmit(event);
    if (event.defaultPrevented) setCount((n) => n + 1);
  };
  return [count, handleSubmit] as const;
}
