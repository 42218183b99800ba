export default {
  privacy: {
    title: "Privacyverklaring",
    intro:
      "Noaber is de vrijwilligerswebsite van de gemeente Groningen. Hier leest u welke gegevens wij van u bewaren, waarom, en wat uw rechten zijn.",
    sections: [
      {
        heading: "Welke gegevens bewaren wij?",
        body: "Uw naam, uw e-mailadres en een versleutelde versie van uw wachtwoord. Als u dat invult: uw buurt, wat u kunt, welke talen u spreekt en wanneer u tijd heeft. Wij bewaren niet uw adres of telefoonnummer.",
      },
      {
        heading: "Waarom?",
        body: "Zodat u kunt inloggen, en zodat wij u klussen en vacatures kunnen laten zien die dicht bij u zijn en bij u passen. Organisaties zien alleen uw naam als u zich aanmeldt voor hun klus of vacature.",
      },
      {
        heading: "Cookies",
        body: "Wij gebruiken alleen cookies die nodig zijn: om u ingelogd te houden, om formulieren te beveiligen en om uw taalkeuze te onthouden. Wij gebruiken geen cookies van andere bedrijven en volgen u niet.",
      },
      {
        heading: "Uw rechten",
        body: "U mag uw gegevens inzien, laten verbeteren of laten verwijderen. Bij Mijn gegevens (in uw profiel) downloadt u zelf al uw gegevens en verwijdert u zelf uw account, meteen. Voor iets anders stuurt u een e-mail naar privacy@noaber.example. Bent u het niet eens met hoe wij met uw gegevens omgaan? Dan kunt u een klacht indienen bij de Autoriteit Persoonsgegevens.",
      },
    ],
  },
  accessibility: {
    title: "Toegankelijkheidsverklaring",
    intro:
      "De gemeente Groningen wil dat iedereen Noaber kan gebruiken, ook mensen die slecht zien, een schermlezer gebruiken, alleen een toetsenbord gebruiken of moeite hebben met lezen.",
    sections: [
      {
        heading: "Status",
        body: "Noaber voldoet gedeeltelijk aan de eisen. Wij testen elke pagina automatisch op de regels van WCAG 2.1 en 2.2, niveau A en AA (de norm EN 301 549 die voor overheden geldt). Een onderzoek door een onafhankelijke deskundige is nog niet gedaan.",
      },
      {
        heading: "Wat wij doen",
        body: "Alle pagina's werken met het toetsenbord en met een schermlezer, ook zonder JavaScript. Teksten zijn geschreven op taalniveau B1 en staan ook in het Engels. Bij elk formulierveld staat een label en een duidelijke melding als er iets niet klopt.",
      },
      {
        heading: "Wat nog niet goed is",
        body: "De kaart met buurten is nog niet af. Tot die tijd kunt u overal een lijst gebruiken.",
      },
      {
        heading: "Loopt u ergens tegenaan?",
        body: "Laat het ons weten via toegankelijkheid@noaber.example. Wij reageren binnen 5 werkdagen. Bent u niet tevreden met ons antwoord? Dan kunt u contact opnemen met de Nationale Ombudsman.",
      },
    ],
    updated: "Deze verklaring is opgesteld op 23 november 2026.",
  },
  untranslatedNote: "Deze verklaring staat alleen in het Nederlands en het Engels.",
};
