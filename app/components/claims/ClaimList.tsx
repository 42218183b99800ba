import { Form, useRevalidator } from "@remix-run/react";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { AuthenticityTokenInput } from "remix-utils/csrf/react";
import type { ClaimList as ClaimListData } from "../../../server/domain/claims/claims.types";
import { useSocket, useSocketConnected } from "../../utils/socket";
import { formatNumber } from "../opportunities/format";
import { shownName } from "../../utils/person-name";

/** Reloads the list when someone claims or cancels this klus, and says so politely. */
function useLiveClaims(opportunityId: string) {
  const socket = useSocket();
  const revalidator = useRevalidator();
  const [announcement, setAnnouncement] = useState("");
  const live = useSocketConnected(socket);
  const { t } = useTranslation("claims");
  useEffect(() => {
    if (!socket) return;
    const onCreated = (change: { opportunityId: string; volunteerName: string }) => {
      if (change.opportunityId !== opportunityId) return;
      setAnnouncement(t("list.liveCreated", { name: shownName(change.volunteerName, t) }));
      revalidator.revalidate();
    };
    const onCancelled = (change: { opportunityId: string; volunteerName: string }) => {
      if (change.opportunityId !== opportunityId) return;
      setAnnouncement(t("list.liveCancelled", { name: shownName(change.volunteerName, t) }));
      revalidator.revalidate();
    };
    socket.on("claim:created", onCreated);
    socket.on("claim:cancelled", onCancelled);
    return () => {
      socket.off("claim:created", onCreated);
      socket.off("claim:cancelled", onCancelled);
    };
    // revalidator changes identity on every state change; the handlers only need the latest one.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [socket, opportunityId, t]);
  // Claims reach coordinators in their own user room, joined as soon as the socket connects.
  return { announcement, live };
}

/** The organisation's view of who claimed a klus, live; attendance and hours after the start. */
export function ClaimList({
  list,
  attendanceError,
  savedClaimId = null,
}: {
  list: ClaimListData;
  attendanceError: { claimId: string; errors: string[] } | null;
  /** The claim whose attendance was saved by the last post. */
  savedClaimId?: string | null;
}) {
  const { t, i18n } = useTranslation("claims");
  const { announcement, live } = useLiveClaims(list.opportunityId);

  return (
    <section aria-labelledby="aanmeldingen" className="noaber-claim-list" data-live-claims={live ? "connected" : "off"}>
      <h2 id="aanmeldingen" className="utrecht-heading-2">
        {t("list.heading")}
      </h2>
      <p className="noaber-visually-hidden" aria-live="polite">
        {announcement}
      </p>
      {list.claims.length === 0 ? (
        <p className="utrecht-paragraph">{t("list.empty")}</p>
      ) : (
        <table className="utrecht-table">
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell">
                {t("list.name")}
              </th>
              <th scope="col" className="utrecht-table__header-cell">
                {t("list.status")}
              </th>
              <th scope="col" className="utrecht-table__header-cell">
                {t("list.confirmation")}
              </th>
              <th scope="col" className="utrecht-table__header-cell">
                {t("list.attendance")}
              </th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {list.claims.map((claim) => (
              <tr key={claim.id} className="utrecht-table__row">
                <th scope="row" className="utrecht-table__header-cell">
                  {shownName(claim.volunteerName, t)}
                  {claim.teamName ? (
                    <>
                      <br />
                      <span>{t("list.team", { team: claim.teamName })}</span>
                    </>
                  ) : null}
                </th>
                <td className="utrecht-table__cell">
                  {claim.status === "active"
                    ? t("list.statusActive")
                    : t("list.statusWaitlisted", { position: claim.position })}
                </td>
                <td className="utrecht-table__cell" data-confirmation={claim.confirmation}>
                  {claim.status === "active" ? (
                    claim.confirmation === "flagged" ? (
                      <strong>{t("list.confirmationFlagged")}</strong>
                    ) : (
                      t(`list.confirmationState.${claim.confirmation}`)
                    )
                  ) : null}
                </td>
                <td className="utrecht-table__cell">
                  {claim.status !== "active" ? null : !list.started ? (
                    t("list.notMarked")
                  ) : (
                    <AttendanceForm
                      claim={claim}
                      defaultHours={list.defaultHours}
                      errors={attendanceError?.claimId === claim.id ? attendanceError.errors : []}
                      saved={savedClaimId === claim.id && attendanceError === null}
                      language={i18n.language}
                    />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {list.handedOver.length > 0 ? (
        <>
          <h3 className="utrecht-heading-3">{t("list.handedOverHeading")}</h3>
          <ul className="utrecht-unordered-list">
            {list.handedOver.map((row) => (
              <li key={row.id} className="utrecht-unordered-list__item">
                {t("list.handedOver", { name: shownName(row.volunteerName, t) })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {!list.started && list.claims.length > 0 ? <p className="utrecht-paragraph">{t("list.afterStart")}</p> : null}
    </section>
  );
}

function AttendanceForm({
  claim,
  defaultHours,
  errors,
  saved,
  language,
}: {
  claim: ClaimListData["claims"][number];
  defaultHours: number;
  errors: string[];
  saved: boolean;
  language: string;
}) {
  const { t } = useTranslation("claims");
  const id = `attendance-${claim.id}`;
  const errorId = `${id}-error`;
  return (
    <Form method="post" aria-describedby={errors.length > 0 ? errorId : undefined}>
      <AuthenticityTokenInput name="csrf" />
      <input type="hidden" name="intent" value="attendance" />
      <input type="hidden" name="claimId" value={claim.id} />
      {errors.length > 0 ? (
        <div id={errorId} role="alert" className="utrecht-form-field-error-message">
          {errors.map((error) => (
            <p key={error} className="noaber-field-error">
              {t(error, { ns: ["claims", "common"] })}
            </p>
          ))}
        </div>
      ) : null}
      <fieldset className="utrecht-form-fieldset">
        <legend className="utrecht-form-fieldset__legend">
          {t("list.attendanceLegend", { name: shownName(claim.volunteerName, t) })}
        </legend>
        {(["attended", "no_show"] as const).map((value) => (
          <div key={value} className="utrecht-form-field utrecht-form-field--radio">
            <input
              type="radio"
              id={`${id}-${value}`}
              name="attendance"
              value={value}
              defaultChecked={claim.attendance === value}
              className="utrecht-radio-button utrecht-radio-button--html-input"
            />{" "}
            <label htmlFor={`${id}-${value}`} className="utrecht-form-label utrecht-form-label--radio">
              {value === "attended" ? t("list.attended") : t("list.noShow")}
            </label>
          </div>
        ))}
      </fieldset>
      <div className="utrecht-form-field utrecht-form-field--text">
        <label htmlFor={`${id}-hours`} className="utrecht-form-label">
          {t("list.hoursLabel", { name: shownName(claim.volunteerName, t) })}
        </label>
        <p id={`${id}-hours-hint`} className="utrecht-form-field-description">
          {t("list.hoursHint", { hours: formatNumber(defaultHours, language) })}
        </p>
        <input
          type="number"
          id={`${id}-hours`}
          name="hours"
          min={0}
          max={24}
          step={0.25}
          inputMode="decimal"
          defaultValue={claim.hours ?? ""}
          aria-describedby={`${id}-hours-hint`}
          className="utrecht-textbox utrecht-textbox--html-input noaber-claim-list__hours"
        />
      </div>
      <button type="submit" className="utrecht-button utrecht-button--secondary-action">
        {t("list.save")}
      </button>
      {saved ? (
        <p role="status" className="utrecht-paragraph">
          {t("list.saved")}
        </p>
      ) : null}
    </Form>
  );
}
