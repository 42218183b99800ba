import accountsEn from "./locales/en/accounts";
import commonEn from "./locales/en/common";
import profileEn from "./locales/en/profile";
import statementsEn from "./locales/en/statements";
import accountsNl from "./locales/nl/accounts";
import commonNl from "./locales/nl/common";
import profileNl from "./locales/nl/profile";
import statementsNl from "./locales/nl/statements";

/** All translations are bundled: they are small, and pages must render without extra requests. */
export const resources = {
  nl: {
    common: commonNl,
    accounts: accountsNl,
    profile: profileNl,
    statements: statementsNl,
  },
  en: {
    common: commonEn,
    accounts: accountsEn,
    profile: profileEn,
    statements: statementsEn,
  },
};

export const namespaces = Object.keys(resources.nl);
