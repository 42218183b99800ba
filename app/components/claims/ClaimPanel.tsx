import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import type { SubmissionResult } from "@conform-to/react";
import { Form, Link, useLocation, useRevalidator } from "@remix-run/react";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { AuthenticityTokenInput } from "remix-utils/csrf/react";
import type { KlusClaimState } from "../../../server/domain/claims/claims.types";
import { useSocket } from "../../utils/socket";
import { FieldErrors } from "../form/fields";
import { OwnClaimForm } from "./OwnClaimForm";

/** Spots left, kept up to date through the socket once the page has JavaScript. */
function useLiveSpotsLeft(opportunityId: string, initial: number | null) {
  const socket = useSocket();
  const [spotsLeft, setSpotsLeft] = useState(initial);
  const [live, setLive] = useState(false);
  // A new loader answer (after a claim or cancel) is the latest truth
  // (https://react.dev/learn/you-might-not-need-an-effect#adjusting-some-state-when-a-prop-changes).
  const [previousInitial, setPreviousInitial] = useState(initial);
  if (initial !== previousInitial) {
    setPreviousInitial(initial);
    setSpotsLeft(initial);
  }
  useEffect(() => {
    if (!socket) return;
    const subscribe = () => {
      socket.emit("klus:subscribe", { opportunityId }, (answer) => {
        if ("data" in answer) {
          setSpotsLeft(answer.data.spotsLeft);
          setLive(true);
        }
      });
    };
    const onSpots = (spots: { opportunityId: string; spotsLeft: number | null }) => {
      if (spots.opportunityId === opportunityId) setSpotsLeft(spots.spotsLeft);
    };
    // Rooms are left on a disconnect: join again after every (re)connect.
    socket.on("connect", subscribe);
    socket.on("klus:spots", onSpots);
    if (socket.connected) subscribe();
    return () => {
      socket.off("connect", subscribe);
      socket.off("klus:spots", onSpots);
    };
  }, [socket, opportunityId]);
  return { spotsLeft, live };
}

/**
 * The viewer's own claim, kept up to date: promoted from the waitlist, or claimed or cancelled in
 * another tab, the page's data is loaded again (the update reaches this person's sockets only).
 */
function useLiveOwnClaim(opportunityId: string) {
  const socket = useSocket();
  const revalidator = useRevalidator();
  useEffect(() => {
    if (!socket) return;
    const onUpdated = (update: { opportunityId: string }) => {
      if (update.opportunityId === opportunityId) revalidator.revalidate();
    };
    socket.on("claim:updated", onUpdated);
    return () => {
      socket.off("claim:updated", onUpdated);
    };
    // revalidator changes identity on every state change; the handler only needs the latest one.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [socket, opportunityId]);
}

/** Whether the notice after a claim or cancel still says how things are (the claim may have changed live since). */
export type ClaimNotice = "joined" | "joinedWaitlist" | "cancelled" | "confirmed" | "handedOver";

function noticeStillTrue(notice: ClaimNotice, mine: KlusClaimState["mine"]) {
  if (notice === "joined") return mine?.status === "active";
  if (notice === "joinedWaitlist") return mine?.status === "waitlisted";
  if (notice === "confirmed") return mine?.confirmed === true;
  return mine === null;
}

/** A plain form posting one intent about the viewer's own claim to the klus page. */
/**
 * The day before: "Ik kom" in one tap, or hand the spot over. Handing over takes a second step (a
 * plain link to this page with the question, so it works without JavaScript) that says what happens.
 */
function ConfirmOrHandOver({
  state,
  mine,
  askHandOver,
}: {
  state: KlusClaimState;
  mine: NonNullable<KlusClaimState["mine"]>;
  askHandOver: boolean;
}) {
  const { t } = useTranslation("claims");
  const location = useLocation();
  const explain = state.dayOf ? t("handOverDayOf") : t("handOverWaitlist");
  if (askHandOver) {
    return (
      <div className="noaber-claim__hand-over" role="group" aria-labelledby="hand-over-question">
        <p className="utrecht-paragraph" id="hand-over-question">
          <strong>{t("handOverQuestion")}</strong>
        </p>
        <p className="utrecht-paragraph">{explain}</p>
        <OwnClaimForm intent="hand-over" claimId={mine.id} label={t("handOverSure")} primary />
        <p className="utrecht-paragraph">
          <Link
            to={`${location.pathname}#meedoen`}
            className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action"
          >
            {t("handOverKeep")}
          </Link>
        </p>
      </div>
    );
  }
  return (
    <div className="noaber-claim__confirm">
      {mine.confirmed ? (
        <p className="utrecht-paragraph">{t("confirmedState")}</p>
      ) : (
        <div>
          <p className="utrecht-paragraph">{t("confirmAsk")}</p>
          <OwnClaimForm intent="confirm" claimId={mine.id} label={t("confirm")} primary />
        </div>
      )}
      <p className="utrecht-paragraph">
        <Link to={`${location.pathname}?overdragen=1#meedoen`} className="utrecht-link">
          {t("handOver")}
        </Link>{" "}
        {explain}
      </p>
    </div>
  );
}

/**
 * "Meedoen" on a klus page: spots left (announced politely when they change), the one-tap claim
 * form with the VOG confirmation when needed, the waitlist state and the cancel button. Plain form
 * posts, so it works without JavaScript.
 */
export function ClaimPanel({
  state,
  loggedIn,
  lastResult,
  notice,
  reservations,
  askHandOver = false,
}: {
  state: KlusClaimState;
  /** The second step of handing over: the question, with what happens to the spot. */
  askHandOver?: boolean;
  /** Spots teams hold without a name yet, told beside the spots left. */
  reservations?: React.ReactNode;
  loggedIn: boolean;
  lastResult: SubmissionResult<string[]> | undefined;
  notice: ClaimNotice | null;
}) {
  const { t } = useTranslation("claims");
  const location = useLocation();
  const { spotsLeft, live } = useLiveSpotsLeft(state.opportunityId, state.spotsLeft);
  useLiveOwnClaim(state.opportunityId);
  const full = spotsLeft !== null && spotsLeft <= 0;
  const [form, fields] = useForm<{ vogConfirmed?: boolean }>({ id: "claim", lastResult, shouldRevalidate: "onSubmit" });
  const formErrors = form.errors ?? [];

  const spotsText = spotsLeft === null ? t("unlimited") : full ? t("full") : t("spotsLeft", { count: spotsLeft });

  return (
    <section aria-labelledby="claim-heading" className="noaber-claim" id="meedoen">
      <h2 id="claim-heading" className="utrecht-heading-2">
        {t("heading")}
      </h2>
      {notice && noticeStillTrue(notice, state.mine) ? (
        <div role="status" className="utrecht-alert utrecht-alert--ok noaber-notice">
          <p className="utrecht-paragraph">{t(notice)}</p>
        </div>
      ) : null}
      {state.open && !state.started ? (
        <p
          className="utrecht-paragraph noaber-claim__spots"
          aria-live="polite"
          aria-atomic="true"
          data-live-spots={live ? "connected" : "off"}
        >
          <strong>{spotsText}</strong>
        </p>
      ) : null}
      {state.open && !state.started ? reservations : null}

      {formErrors.length > 0 ? (
        <div role="alert" className="utrecht-alert utrecht-alert--error noaber-notice" id={form.errorId}>
          <p className="utrecht-paragraph">
            <strong>{t("errorHeading")}</strong>
          </p>
          {formErrors.map((error) => (
            <p key={error} className="utrecht-paragraph">
              {t(error, { ns: ["claims", "common"] })}
              {error === "claims:errors.birthDateMissing" ? (
                <>
                  {" "}
                  <Link to="/profiel" className="utrecht-link">
                    {t("profileLink")}
                  </Link>
                </>
              ) : null}
            </p>
          ))}
        </div>
      ) : null}

      {state.started ? (
        <p className="utrecht-paragraph">{t("started")}</p>
      ) : !state.open ? (
        <p className="utrecht-paragraph">{t("notOpen")}</p>
      ) : state.mine ? (
        <>
          {/* Polite: a place on the waitlist can turn into a spot while the page is open. */}
          <p className="utrecht-paragraph" aria-live="polite" aria-atomic="true">
            {state.mine.status === "active" ? t("active") : t("waitlisted", { position: state.mine.position })}
          </p>
          {state.mine.status === "active" && state.confirmWindow ? (
            <ConfirmOrHandOver state={state} mine={state.mine} askHandOver={askHandOver} />
          ) : (
            <>
              {state.mine.status === "waitlisted" && state.dayOf && !full ? (
                <>
                  <p className="utrecht-paragraph">{t("spotFreeToday")}</p>
                  <OwnClaimForm intent="take-spot" claimId={state.mine.id} label={t("takeSpot")} primary />
                </>
              ) : null}
              <OwnClaimForm
                intent="cancel"
                claimId={state.mine.id}
                label={state.mine.status === "active" ? t("cancel") : t("cancelWaitlist")}
              />
            </>
          )}
        </>
      ) : !loggedIn ? (
        <p className="utrecht-paragraph">
          <Link
            to={`/inloggen?${new URLSearchParams({ redirectTo: location.pathname }).toString()}`}
            className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action"
          >
            {t("loginToJoin")}
          </Link>
        </p>
      ) : (
        <Form method="post" {...getFormProps(form)}>
          <AuthenticityTokenInput name="csrf" />
          <input type="hidden" name="intent" value="claim" />
          {state.vogRequired ? (
            <div
              className={`utrecht-form-field utrecht-form-field--checkbox${fields.vogConfirmed.errors?.length ? " utrecht-form-field--invalid" : ""}`}
            >
              <p className="utrecht-paragraph" id={fields.vogConfirmed.descriptionId}>
                {t("vogHint")}
              </p>
              <FieldErrors field={fields.vogConfirmed} />
              <div className="utrecht-form-field__input">
                <input
                  {...getInputProps(fields.vogConfirmed, { type: "checkbox" })}
                  className="utrecht-checkbox utrecht-checkbox--html-input"
                  aria-describedby={
                    [
                      fields.vogConfirmed.descriptionId,
                      fields.vogConfirmed.errors?.length ? fields.vogConfirmed.errorId : null,
                    ]
                      .filter(Boolean)
                      .join(" ") || undefined
                  }
                />{" "}
                <label htmlFor={fields.vogConfirmed.id} className="utrecht-form-label utrecht-form-label--checkbox">
                  {t("vogConfirm")}
                </label>
              </div>
            </div>
          ) : null}
          <button type="submit" className="utrecht-button utrecht-button--primary-action">
            {full ? t("joinWaitlist") : t("join")}
          </button>
        </Form>
      )}
    </section>
  );
}
