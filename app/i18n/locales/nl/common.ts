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
    login: "Inloggen",
    signup: "Aanmelden",
    logout: "Uitloggen",
  },
  language: {
    label: "Taal",
    switchTo: "English",
    switchToLong: "Read this website in English",
    submit: "Wissel van taal",
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
  },
  kind: {
    task: "Klus",
    vacancy: "Vacature",
  },
  live: {
    connected: "Live updates staan aan.",
  },
};
