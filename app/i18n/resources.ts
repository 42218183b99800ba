import accountsEn from "./locales/en/accounts";
import agendaEn from "./locales/en/agenda";
import alertsEn from "./locales/en/alerts";
import applicationsEn from "./locales/en/applications";
import notificationsEn from "./locales/en/notifications";
import claimsEn from "./locales/en/claims";
import commonEn from "./locales/en/common";
import homeEn from "./locales/en/home";
import messagingEn from "./locales/en/messaging";
import opportunitiesEn from "./locales/en/opportunities";
import organisationEn from "./locales/en/organisation";
import organisationPageEn from "./locales/en/organisation-page";
import profileEn from "./locales/en/profile";
import searchEn from "./locales/en/search";
import statementsEn from "./locales/en/statements";
import partnersEn from "./locales/en/partners";
import invitesEn from "./locales/en/invites";
import registrationsEn from "./locales/en/registrations";
import accountsNl from "./locales/nl/accounts";
import agendaNl from "./locales/nl/agenda";
import alertsNl from "./locales/nl/alerts";
import applicationsNl from "./locales/nl/applications";
import notificationsNl from "./locales/nl/notifications";
import claimsNl from "./locales/nl/claims";
import commonNl from "./locales/nl/common";
import homeNl from "./locales/nl/home";
import messagingNl from "./locales/nl/messaging";
import opportunitiesNl from "./locales/nl/opportunities";
import organisationNl from "./locales/nl/organisation";
import organisationPageNl from "./locales/nl/organisation-page";
import profileNl from "./locales/nl/profile";
import searchNl from "./locales/nl/search";
import statementsNl from "./locales/nl/statements";
import partnersNl from "./locales/nl/partners";
import invitesNl from "./locales/nl/invites";
import registrationsNl from "./locales/nl/registrations";

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
    organisation: organisationNl,
    organisationPage: organisationPageNl,
    applications: applicationsNl,
    agenda: agendaNl,
    alerts: alertsNl,
    notifications: notificationsNl,
    claims: claimsNl,
    messaging: messagingNl,
    partners: partnersNl,
    invites: invitesNl,
    registrations: registrationsNl,
  },
  en: {
    common: commonEn,
    accounts: accountsEn,
    profile: profileEn,
    statements: statementsEn,
    home: homeEn,
    search: searchEn,
    opportunities: opportunitiesEn,
    organisation: organisationEn,
    organisationPage: organisationPageEn,
    applications: applicationsEn,
    agenda: agendaEn,
    alerts: alertsEn,
    notifications: notificationsEn,
    claims: claimsEn,
    messaging: messagingEn,
    partners: partnersEn,
    invites: invitesEn,
    registrations: registrationsEn,
  },
};

export const namespaces = Object.keys(resources.nl);
