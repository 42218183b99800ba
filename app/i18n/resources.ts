import privacyUk from "./locales/uk/privacy";
import privacyAr from "./locales/ar/privacy";
import privacyEn from "./locales/en/privacy";
import privacyNl from "./locales/nl/privacy";
import commonAr from "./locales/ar/common";
import homeAr from "./locales/ar/home";
import searchAr from "./locales/ar/search";
import opportunitiesAr from "./locales/ar/opportunities";
import claimsAr from "./locales/ar/claims";
import accountsAr from "./locales/ar/accounts";
import profileAr from "./locales/ar/profile";
import agendaAr from "./locales/ar/agenda";
import messagingAr from "./locales/ar/messaging";
import notificationsAr from "./locales/ar/notifications";
import alertsAr from "./locales/ar/alerts";
import applicationsAr from "./locales/ar/applications";
import statementsAr from "./locales/ar/statements";
import organisationPageAr from "./locales/ar/organisation-page";
import invitesAr from "./locales/ar/invites";
import businessesAr from "./locales/ar/businesses";
import moderationAr from "./locales/ar/moderation";
import commonUk from "./locales/uk/common";
import homeUk from "./locales/uk/home";
import searchUk from "./locales/uk/search";
import opportunitiesUk from "./locales/uk/opportunities";
import claimsUk from "./locales/uk/claims";
import accountsUk from "./locales/uk/accounts";
import profileUk from "./locales/uk/profile";
import agendaUk from "./locales/uk/agenda";
import messagingUk from "./locales/uk/messaging";
import notificationsUk from "./locales/uk/notifications";
import alertsUk from "./locales/uk/alerts";
import applicationsUk from "./locales/uk/applications";
import statementsUk from "./locales/uk/statements";
import organisationPageUk from "./locales/uk/organisation-page";
import invitesUk from "./locales/uk/invites";
import businessesUk from "./locales/uk/businesses";
import moderationUk from "./locales/uk/moderation";
import accountsEn from "./locales/en/accounts";
import agendaEn from "./locales/en/agenda";
import alertsEn from "./locales/en/alerts";
import applicationsEn from "./locales/en/applications";
import businessesEn from "./locales/en/businesses";
import moderationEn from "./locales/en/moderation";
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
import figuresEn from "./locales/en/figures";
import accountsNl from "./locales/nl/accounts";
import agendaNl from "./locales/nl/agenda";
import alertsNl from "./locales/nl/alerts";
import applicationsNl from "./locales/nl/applications";
import businessesNl from "./locales/nl/businesses";
import moderationNl from "./locales/nl/moderation";
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
import figuresNl from "./locales/nl/figures";
import noticesEn from "./locales/en/notices";
import noticesNl from "./locales/nl/notices";

/** All translations are bundled: they are small, and pages must render without extra requests. */
export const resources = {
  nl: {
    privacy: privacyNl,
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
    businesses: businessesNl,
    moderation: moderationNl,
    partners: partnersNl,
    invites: invitesNl,
    registrations: registrationsNl,
    figures: figuresNl,
    notices: noticesNl,
  },
  en: {
    privacy: privacyEn,
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
    businesses: businessesEn,
    moderation: moderationEn,
    partners: partnersEn,
    invites: invitesEn,
    registrations: registrationsEn,
    figures: figuresEn,
    notices: noticesEn,
  },
  // Arabic and Ukrainian cover the pages a volunteer uses; the rest falls back (see fallbackLng in config.ts).
  ar: {
    privacy: privacyAr,
    common: commonAr,
    home: homeAr,
    search: searchAr,
    opportunities: opportunitiesAr,
    claims: claimsAr,
    accounts: accountsAr,
    profile: profileAr,
    agenda: agendaAr,
    messaging: messagingAr,
    notifications: notificationsAr,
    alerts: alertsAr,
    applications: applicationsAr,
    statements: statementsAr,
    organisationPage: organisationPageAr,
    invites: invitesAr,
    businesses: businessesAr,
    moderation: moderationAr,
  },
  uk: {
    privacy: privacyUk,
    common: commonUk,
    home: homeUk,
    search: searchUk,
    opportunities: opportunitiesUk,
    claims: claimsUk,
    accounts: accountsUk,
    profile: profileUk,
    agenda: agendaUk,
    messaging: messagingUk,
    notifications: notificationsUk,
    alerts: alertsUk,
    applications: applicationsUk,
    statements: statementsUk,
    organisationPage: organisationPageUk,
    invites: invitesUk,
    businesses: businessesUk,
    moderation: moderationUk,
  },
};

export const namespaces = Object.keys(resources.nl);
