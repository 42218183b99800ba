import type { TFunction } from "i18next";
import { FORMER_PERSON_NAME } from "../../server/domain/people/former-person";

/** A person's name as shown on a page: someone who deleted their account reads as "oud-vrijwilliger", translated. */
export function shownName(name: string, t: TFunction): string {
  return name === FORMER_PERSON_NAME ? t("privacy:formerVolunteer") : name;
}
