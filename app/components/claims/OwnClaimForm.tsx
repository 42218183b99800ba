import { Form } from "@remix-run/react";
import { AuthenticityTokenInput } from "remix-utils/csrf/react";

/** One button that acts on the viewer's own claim (confirm, hand over, take a free spot, cancel): a plain POST. */
export function OwnClaimForm({
  intent,
  claimId,
  label,
  ariaLabel,
  primary = false,
}: {
  intent: string;
  claimId: string;
  label: string;
  /** A longer name for screen readers where several klussen are listed (e.g. with the klus's title). */
  ariaLabel?: string;
  primary?: boolean;
}) {
  return (
    <Form method="post" className="noaber-claim__form">
      <AuthenticityTokenInput name="csrf" />
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="claimId" value={claimId} />
      <button
        type="submit"
        aria-label={ariaLabel}
        className={`utrecht-button ${primary ? "utrecht-button--primary-action" : "utrecht-button--secondary-action"}`}
      >
        {label}
      </button>
    </Form>
  );
}
