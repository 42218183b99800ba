import type { FieldMetadata } from "@conform-to/react";
import { useTranslation } from "react-i18next";
import {
  availabilityDays,
  availabilityParts,
  noticesPerWeekChoices,
} from "../../../server/domain/profiles/profiles.schemas";
import { FieldErrors } from "../form/fields";

function asList(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === "string");
  return typeof value === "string" ? [value] : [];
}

const radioClass = "utrecht-radio-button utrecht-radio-button--html-input utrecht-radio-button--custom";
const fieldsetClass = "utrecht-form-fieldset utrecht-form-fieldset--html-fieldset";
const legendClass = "utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend";

/**
 * "Flexibel" or the seven days × morning/afternoon/evening: one fieldset with two radio buttons and a
 * captioned table of checkboxes (a row per day, a column per part of the day), each with its own label
 * ("maandag, ochtend") for screen readers. Plain form fields, so it works without JavaScript.
 */
export function AvailabilityField({
  mode,
  slots,
}: {
  mode: FieldMetadata<string | undefined>;
  slots: FieldMetadata<string[] | undefined>;
}) {
  const { t } = useTranslation("profile");
  const checked = new Set(asList(slots.initialValue));
  const flexible = (mode.initialValue ?? (checked.size === 0 ? "flexible" : "times")) === "flexible";
  const invalid = Boolean(slots.errors?.length);
  return (
    <fieldset
      className={`${fieldsetClass}${invalid ? " utrecht-form-fieldset--invalid" : ""}`}
      aria-describedby={[slots.descriptionId, invalid ? slots.errorId : null].filter(Boolean).join(" ")}
      // The error summary links here.
      id={`${slots.id}-group`}
    >
      <legend className={legendClass}>{t("availability.legend")}</legend>
      <div className="utrecht-form-field-description" id={slots.descriptionId}>
        {t("availability.description")}
      </div>
      <FieldErrors field={slots} />
      <ul className="noaber-checkbox-list">
        {(["flexible", "times"] as const).map((value) => (
          <li key={value} className="utrecht-form-field utrecht-form-field--radio">
            <input
              type="radio"
              id={`${mode.id}-${value}`}
              name={mode.name}
              value={value}
              defaultChecked={flexible === (value === "flexible")}
              className={radioClass}
            />{" "}
            <label htmlFor={`${mode.id}-${value}`} className="utrecht-form-label utrecht-form-label--radio">
              {t(`availability.${value}`)}
            </label>
          </li>
        ))}
      </ul>
      <div className="noaber-availability">
        <table className="utrecht-table noaber-availability__table">
          <caption className="utrecht-table__caption">{t("availability.caption")}</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell">
                {t("availability.day")}
              </th>
              {availabilityParts.map((part) => (
                <th key={part} scope="col" className="utrecht-table__header-cell">
                  {t(`availability.${part}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {availabilityDays.map((day) => (
              <tr key={day} className="utrecht-table__row">
                <th scope="row" className="utrecht-table__header-cell">
                  {t(`availability.days.${day}`)}
                </th>
                {availabilityParts.map((part) => {
                  const value = `${day}-${part}`;
                  const id = `${slots.id}-${value}`;
                  return (
                    <td key={part} className="utrecht-table__cell">
                      <input
                        type="checkbox"
                        id={id}
                        name={slots.name}
                        value={value}
                        defaultChecked={checked.has(value)}
                        className="utrecht-checkbox utrecht-checkbox--html-input utrecht-checkbox--custom"
                      />
                      <label htmlFor={id} className="noaber-visually-hidden">
                        {t(`availability.days.${day}`)}, {t(`availability.${part}`)}
                      </label>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </fieldset>
  );
}

/** "Hoeveel berichten per week wil je hooguit": a few choices; none chosen means the default. */
export function NoticesPerWeekField({ field }: { field: FieldMetadata<number | null | undefined> }) {
  const { t } = useTranslation("profile");
  const initial = field.initialValue === undefined || field.initialValue === null ? "" : String(field.initialValue);
  const invalid = Boolean(field.errors?.length);
  return (
    <fieldset
      className={`${fieldsetClass}${invalid ? " utrecht-form-fieldset--invalid" : ""}`}
      aria-describedby={[field.descriptionId, invalid ? field.errorId : null].filter(Boolean).join(" ")}
      id={`${field.id}-group`}
    >
      <legend className={legendClass}>{t("noticesPerWeek.legend")}</legend>
      <div className="utrecht-form-field-description" id={field.descriptionId}>
        {t("noticesPerWeek.description")}
      </div>
      <FieldErrors field={field} />
      <ul className="noaber-checkbox-list noaber-notices-per-week">
        {noticesPerWeekChoices.map((count) => (
          <li key={count} className="utrecht-form-field utrecht-form-field--radio">
            <input
              type="radio"
              id={`${field.id}-${count}`}
              name={field.name}
              value={String(count)}
              defaultChecked={initial === String(count)}
              className={radioClass}
            />{" "}
            <label htmlFor={`${field.id}-${count}`} className="utrecht-form-label utrecht-form-label--radio">
              {t("noticesPerWeek.option", { count })}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
