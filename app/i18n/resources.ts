import accountsEn from "./locales/en/accounts";
import commonEn from "./locales/en/common";
import homeEn from "./locales/en/home";
import opportunitiesEn from "./locales/en/opportunities";
import profileEn from "./locales/en/profile";
import searchEn from "./locales/en/search";
import statementsEn from "./locales/en/statements";
import accountsNl from "./locales/nl/accounts";
import commonNl from "./locales/nl/common";
import homeNl from "./locales/nl/home";
import opportunitiesNl from "./locales/nl/opportunities";
import profileNl from "./locales/nl/profile";
import searchNl from "./locales/nl/search";
import statementsNl from "./locales/nl/statements";

/** All translations are bundled: they are small, and pages must render without extra requests. */
export const resources = {
  nl: {
    common: commonNl,
    accounts: accountsNl,
    profile: profileNl,
    statements: statementsNl,
    home: homeNl,
    search: searchNl,
    opportunities: opportunitiesNl,
  },
  en: {
    common: commonEn,
    accounts: accountsEn,
    profile: profileEn,
    statements: statementsEn,
    home: homeEn,
    search: searchEn,
    opportunities: opportunitiesEn,
  },
};

export const namespaces = Object.keys(resources.nl);
