import type { FieldMetadata } from "@conform-to/react";
import { useTranslation } from "react-i18next";
import { usesEnglishNames } from "../../i18n/config";
import { FieldErrors } from "./fields";

/** The skills taxonomy as a form offers it: categories, each with its skills. */
export type SkillCategoryChoices = Array<{
  slug: string;
  nameNl: string;
  nameEn: string;
  skills: Array<{ slug: string; nameNl: string; nameEn: string }>;
}>;

/** The values a multi-value field holds, whether Conform gives one string or a list. */
export function valuesOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === "string" && v !== "");
  return typeof value === "string" && value !== "" ? [value] : [];
}

/**
 * Skills grouped by category: one outer fieldset (one field, one error, described by its hint),
 * a fieldset per category inside. Skill names exist in Dutch and English only.
 */
export function SkillsFieldset({
  field,
  categories,
  legend,
  description,
}: {
  field: FieldMetadata<string[]>;
  categories: SkillCategoryChoices;
  legend: string;
  description: string;
}) {
  const { i18n } = useTranslation();
  const english = usesEnglishNames(i18n.language);
  const checked = new Set(valuesOf(field.initialValue));
  const invalid = Boolean(field.errors?.length);
  return (
    <fieldset
      id={`${field.id}-group`}
      className={`utrecht-form-fieldset utrecht-form-fieldset--html-fieldset${invalid ? " utrecht-form-fieldset--invalid" : ""}`}
      aria-describedby={[field.descriptionId, invalid ? field.errorId : null].filter(Boolean).join(" ")}
    >
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{legend}</legend>
      <div className="utrecht-form-field-description" id={field.descriptionId}>
        {description}
      </div>
      <FieldErrors field={field} />
      {categories.map((category) => (
        <fieldset key={category.slug} className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
          <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
            {english ? category.nameEn : category.nameNl}
          </legend>
          <ul className="noaber-checkbox-list">
            {category.skills.map((skill) => {
              const id = `${field.id}-${skill.slug}`;
              return (
                <li key={skill.slug} className="utrecht-form-field utrecht-form-field--checkbox">
                  <input
                    type="checkbox"
                    id={id}
                    name={field.name}
                    value={skill.slug}
                    defaultChecked={checked.has(skill.slug)}
                    className="utrecht-checkbox utrecht-checkbox--html-input utrecht-checkbox--custom"
                  />{" "}
                  <label htmlFor={id} className="utrecht-form-label utrecht-form-label--checkbox">
                    {english ? skill.nameEn : skill.nameNl}
                  </label>
                </li>
              );
            })}
          </ul>
        </fieldset>
      ))}
    </fieldset>
  );
}
