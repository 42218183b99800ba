export default {
  signUp: {
    title: "Aanmelden als vrijwilliger",
    intro: "Maak een account aan. Daarna vindt u klussen en vacatures bij u in de buurt.",
    displayName: {
      label: "Uw naam",
      description: "Organisaties zien deze naam als u op een klus reageert. Uw voornaam is genoeg.",
    },
    email: {
      label: "E-mailadres",
      description: "Hiermee logt u in. Wij sturen u geen reclame.",
    },
    password: {
      label: "Wachtwoord",
      description:
        "Kies minstens 12 tekens. Tip: een zinnetje van een paar woorden is makkelijk te onthouden en moeilijk te raden.",
    },
    consent: {
      summary: "Akkoord met de privacyverklaring",
      label: "Ik heb de privacyverklaring gelezen en ik ga akkoord.",
      description: "In de privacyverklaring leest u wat wij met uw gegevens doen.",
      link: "Lees de privacyverklaring (opent in een nieuw tabblad)",
    },
    submit: "Account aanmaken",
    haveAccount: "Heeft u al een account?",
    logIn: "Log dan hier in",
  },
  logIn: {
    title: "Inloggen",
    intro: "Log in met uw e-mailadres (of inlognaam) en wachtwoord.",
    needed: "Log eerst in. Daarna gaat u verder waar u was.",
    email: {
      label: "E-mailadres of inlognaam",
      description: "Heeft u zich aangemeld zonder e-mailadres? Vul dan uw inlognaam in, bijvoorbeeld amal-4821.",
    },
    password: { label: "Wachtwoord" },
    submit: "Inloggen",
    noAccount: "Heeft u nog geen account?",
    signUp: "Meld u dan hier aan",
  },
  logOut: {
    title: "Uitloggen",
    question: "Wilt u uitloggen?",
    submit: "Ja, uitloggen",
    cancel: "Nee, terug naar de startpagina",
    notLoggedIn: "U bent niet ingelogd.",
    home: "Naar de startpagina",
  },
  errorSummary: "Er ging iets mis. Kijk naar deze velden:",
  errors: {
    displayName: {
      required: "Vul uw naam in.",
      tooLong: "Uw naam is te lang. Gebruik niet meer dan 80 tekens.",
      characters: "Gebruik in uw naam geen < of > en geen onzichtbare of speciale tekens.",
      reserved: "Deze naam kunt u niet gebruiken. Kies een andere naam.",
    },
    email: {
      required: "Vul uw e-mailadres in.",
      invalid: "Dit is geen goed e-mailadres. Een e-mailadres ziet er zo uit: naam@voorbeeld.nl.",
      tooLong: "Dit e-mailadres is te lang.",
      taken: "Er is al een account met dit e-mailadres. Log in met dit e-mailadres, of gebruik een ander e-mailadres.",
    },
    password: {
      required: "Vul uw wachtwoord in.",
      tooShort: "Uw wachtwoord is te kort. Gebruik minstens 12 tekens.",
      tooLong: "Uw wachtwoord is te lang. Gebruik niet meer dan 128 tekens.",
      common: "Dit wachtwoord gebruiken veel mensen. Het is makkelijk te raden. Kies een ander wachtwoord.",
      sameAsEmail: "Uw wachtwoord mag niet hetzelfde zijn als uw e-mailadres.",
    },
    consent: {
      required:
        "Zet een vinkje als u akkoord gaat met de privacyverklaring. Anders kunnen wij geen account voor u maken.",
    },
    logIn: {
      wrong:
        "Het e-mailadres of het wachtwoord klopt niet. Kijk of u alles goed heeft getypt en probeer het nog een keer.",
      rateLimited: "U heeft te vaak geprobeerd in te loggen. Wacht 15 minuten. Probeer het daarna nog een keer.",
    },
    signUp: {
      rateLimited:
        "Er zijn vanaf uw internetverbinding te veel accounts aangemaakt. Wacht een uur. Probeer het daarna nog een keer.",
    },
  },
};
