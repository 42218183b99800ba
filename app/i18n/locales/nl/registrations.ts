export default {
  business: {
    title: "Bedrijf aanmelden bij Omarm Groningen",
    intro:
      "Wilt u met uw collega's vrijwilligerswerk doen in Groningen? Meld uw bedrijf aan. De gemeente kijkt uw aanmelding na. Daarna kunt u collega's uitnodigen.",
    organisationName: "Naam van het bedrijf",
  },
  partner: {
    title: "Partner aanmelden",
    intro:
      "Bent u een COA-locatie, studentenvereniging of school? Meld u aan als partner. De gemeente kijkt uw aanmelding na. Daarna kunt u leden uitnodigen.",
    organisationName: "Naam van de locatie, vereniging of school",
    partnerType: "Wat voor partner bent u?",
    types: { coa: "COA-locatie", student_association: "Studentenvereniging", school: "School" },
  },
  fields: {
    displayName: "Uw naam (contactpersoon)",
    email: "Uw e-mailadres",
    password: "Kies een wachtwoord",
    passwordDescription: "Minstens 12 tekens. Een zin van een paar woorden is goed te onthouden.",
    buurt: "Buurt of dorp",
    buurtDescription: "Waar zit u? Kies de buurt of het dorp.",
    chooseType: "Kies een soort",
    chooseBuurt: "Kies een buurt",
    description: "Vertel kort wie u bent",
    descriptionHelp: "Bijvoorbeeld: wat u doet en wat u wilt bijdragen. Meestal een paar zinnen.",
    consent: "Ik heb gelezen hoe Noaber met mijn gegevens omgaat.",
  },
  others: { title: "Bedrijf, partner of uitnodiging?", invite: "Ik heb een uitnodigingscode" },
  submit: "Aanmelden",
  status: {
    pending:
      "Uw aanmelding van {{name}} wacht op goedkeuring door de gemeente. U krijgt bericht als dat klaar is. Tot die tijd kunt u nog geen klussen plaatsen of mensen uitnodigen.",
    rejected: "De gemeente heeft de aanmelding van {{name}} niet goedgekeurd.",
    reason: "Reden: {{reason}}",
  },
  approvals: {
    title: "Aanmeldingen van bedrijven en partners",
    intro: "Deze bedrijven en partners wachten op goedkeuring. Kijk of u ze kent en of de gegevens kloppen.",
    none: "Er wachten geen aanmeldingen.",
    kinds: { business: "Bedrijf (Omarm Groningen)", partner: "Partner" },
    contact: "Contactpersoon",
    buurt: "Buurt",
    registeredOn: "Aangemeld op",
    approve: "Goedkeuren",
    reject: "Afwijzen",
    reason: "Reden van afwijzen (niet verplicht)",
    approved: "De aanmelding is goedgekeurd.",
    rejected: "De aanmelding is afgewezen.",
  },
  nav: { approvals: "Aanmeldingen" },
  errors: {
    kind: "Kies of u een bedrijf of een partner bent.",
    partnerType: "Kies wat voor partner u bent.",
    organisationName: {
      required: "Vul de naam in.",
      tooLong: "Deze naam is te lang. Gebruik niet meer dan 120 tekens.",
    },
    buurt: { required: "Kies een buurt of dorp uit de lijst." },
    description: {
      required: "Vertel in een paar woorden wie u bent (minstens 10 tekens).",
      tooLong: "Deze tekst is te lang. Gebruik niet meer dan 1000 tekens.",
    },
    reason: { tooLong: "Deze reden is te lang. Gebruik niet meer dan 500 tekens." },
    characters: "Deze tekst bevat onzichtbare of speciale tekens. Haal die weg.",
    unknown: "Deze aanmelding bestaat niet.",
    decided: "Over deze aanmelding is al besloten.",
  },
};
