import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";

export interface SummaryItem {
  /** The id of the control to jump to. */
  id: string;
  errors: string[] | undefined;
}

/**
 * Lists every problem at the top of the form with a link to its field (the GOV.UK error summary
 * pattern), so someone who reloads the page without JavaScript, or uses a screen reader, finds
 * them at once. Gets focus when a new server answer has errors.
 */
export function ErrorSummary({
  heading,
  formErrors,
  items,
  focusKey,
}: {
  heading: string;
  formErrors?: string[];
  items: SummaryItem[];
  /** Changes with every server answer (e.g. the action data), so focus moves once per answer. */
  focusKey: unknown;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const fieldErrors = items.flatMap((item) => (item.errors ?? []).map((error) => ({ id: item.id, error })));
  const hasErrors = fieldErrors.length > 0 || (formErrors?.length ?? 0) > 0;
  useEffect(() => {
    if (focusKey && hasErrors) ref.current?.focus();
    // Only a new answer moves focus; typing that clears an error must not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusKey]);
  if (!hasErrors) return null;
  return (
    <div ref={ref} tabIndex={-1} role="alert" className="utrecht-alert utrecht-alert--error noaber-form-errors">
      {formErrors?.map((error) => (
        <p key={error} className="utrecht-paragraph">
          <strong>{t(error)}</strong>
        </p>
      ))}
      {fieldErrors.length > 0 ? (
        <>
          <p className="utrecht-paragraph">{heading}</p>
          <ul className="utrecht-unordered-list">
            {fieldErrors.map(({ id, error }) => (
              <li key={`${id}-${error}`} className="utrecht-unordered-list__item">
                <a className="utrecht-link" href={`#${id}`}>
                  {t(error)}
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
