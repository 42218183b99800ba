export default {
  appName: "Noaber",
  tagline: "Vrijwilligerswerk in de gemeente Groningen",
  skipToContent: "Ga direct naar de inhoud",
  nav: {
    label: "Hoofdmenu",
    home: "Home",
    search: "Zoeken",
    profile: "Mijn profiel",
    publish: "Klus of vacature plaatsen",
    organisation: "Mijn organisatie",
    teams: "Teamaanmeldingen",
    login: "Inloggen",
    signup: "Aanmelden",
    logout: "Uitloggen",
  },
  language: {
    label: "Taal",
  },
  footer: {
    label: "Over deze website",
    privacy: "Privacyverklaring",
    accessibility: "Toegankelijkheidsverklaring",
    demo: "Dit is een demonstratie. Organisaties, mensen en klussen zijn verzonnen.",
    credit: "Bron: CBS / PDOK, Wijk- en buurtkaart (gegeneraliseerd)",
  },
  form: {
    required: "verplicht",
    optional: "niet verplicht",
    errorSummary: "Er ging iets mis. Kijk naar deze velden:",
    csrf: "Uw formulier was verlopen. Probeer het nog een keer.",
  },
  errors: {
    title: "Er ging iets mis",
    notFound: "Deze pagina bestaat niet (meer).",
    forbidden: "U mag deze pagina niet bekijken.",
    unauthenticated: "Log eerst in.",
    generic: "Er ging iets mis aan onze kant. Probeer het later nog een keer.",
    backHome: "Terug naar de startpagina",
    rateLimited: "U heeft dit te vaak geprobeerd. Wacht een paar minuten en probeer het dan opnieuw.",
    titles: {
      badRequest: "Dit verzoek klopt niet",
      forbidden: "Geen toegang",
      notFound: "Pagina niet gevonden",
      methodNotAllowed: "Dit kan hier niet",
      tooLarge: "Te veel tekst",
      unsupportedType: "Dit formulier kunnen we niet lezen",
      formExpired: "Formulier verlopen",
      rateLimited: "Even wachten",
      unavailable: "Even niet beschikbaar",
    },
    badRequest: "Wat uw browser stuurde kunnen we niet lezen. Ga terug en probeer het nog een keer.",
    methodNotAllowed: "Op deze pagina kunt u niets versturen. Ga terug naar de vorige pagina.",
    unavailable: "Noaber is even niet bereikbaar. Probeer het over een paar minuten opnieuw.",
    problems: {
      unsupportedType:
        "Het formulier kwam niet goed binnen. Ga terug, laad de pagina opnieuw en probeer het nog een keer.",
      unreadableForm:
        "Het formulier kwam niet goed binnen. Ga terug, laad de pagina opnieuw en probeer het nog een keer.",
      tooLarge: "Wat u stuurde is te groot. Maak uw tekst korter en probeer het opnieuw.",
      formExpired:
        "Het formulier was verlopen, daarom is er niets opgeslagen. Ga terug, laad de pagina opnieuw en probeer het nog een keer.",
    },
    loggedInAs: "U bent ingelogd als {{name}}.",
    otherAccount: "Ander account gebruiken? Log dan eerst uit.",
    logOut: "Uitloggen",
    forbiddenReasons: {
      groupCoordinatorOnly: {
        text: "Deze pagina is alleen voor coördinatoren van een bedrijf of partner.",
        goTo: "Naar de startpagina",
      },
      notYourGroup: { text: "U kunt alleen uw eigen groep beheren.", goTo: "Naar mijn groep" },
      notAllowed: { text: "Met dit account mag u dit niet doen.", goTo: "Naar de startpagina" },
      organisationOnly: {
        text: "Deze pagina is alleen voor coördinatoren van een organisatie. Uw account hoort niet bij een organisatie.",
        goTo: "Naar de startpagina",
      },
      volunteerOnly: {
        text: "Alleen vrijwilligers hebben een vrijwilligersprofiel. Uw account is geen vrijwilligersaccount.",
        goTo: "Naar de startpagina",
      },
      notYourOpportunity: {
        text: "U kunt alleen klussen en vacatures van uw eigen organisatie beheren.",
        goTo: "Naar mijn organisatie",
      },
      notInConversation: { text: "U doet niet mee aan dit gesprek.", goTo: "Naar mijn gesprekken" },
      notYourOrganisation: {
        text: "Dit hoort bij een andere organisatie. U kunt alleen uw eigen organisatie beheren.",
        goTo: "Naar mijn organisatie",
      },
      teamCoordinatorOnly: {
        text: "Deze pagina is voor coördinatoren van een bedrijf of partner, zoals COA of een studentenvereniging.",
        goTo: "Naar de startpagina",
      },
      notYourTeam: {
        text: "Dit team hoort bij een ander bedrijf of een andere partner. U kunt alleen uw eigen teams beheren.",
        goTo: "Naar mijn teamaanmeldingen",
      },
      businessOnly: {
        text: "Deze pagina is alleen voor coördinatoren van een bedrijf (Omarm Groningen).",
        goTo: "Naar de startpagina",
      },
      notYourBusiness: {
        text: "Dit hoort bij een ander bedrijf. U ziet alleen de gegevens van uw eigen bedrijf.",
        goTo: "Naar ons aanbod",
      },
      gemeenteOnly: { text: "Deze pagina is alleen voor medewerkers van de gemeente.", goTo: "Naar de startpagina" },
    },
  },
  kind: {
    task: "Klus",
    vacancy: "Vacature",
  },
  live: {
    connected: "Live updates staan aan.",
  },
};
