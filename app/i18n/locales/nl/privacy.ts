export default {
  formerVolunteer: "oud-vrijwilliger",
  profileLink: "Mijn gegevens: downloaden of account verwijderen",
  data: {
    title: "Mijn gegevens",
    intro: "Hier downloadt u alles wat Noaber van u bewaart, of verwijdert u uw account.",
    downloadHeading: "Uw gegevens downloaden",
    downloadText:
      "U krijgt één bestand (JSON) met uw account, profiel, aanmeldingen, reacties, berichten, meldingen en instellingen. Uw wachtwoord staat er niet in.",
    download: "Download mijn gegevens (JSON)",
    deleteHeading: "Account verwijderen",
    deleteIntro: "Als u uw account verwijdert, gebeurt dit meteen. Daarna bent u uitgelogd.",
    removedHeading: "Dit verdwijnt meteen",
    removed: [
      "uw naam, e-mailadres of inlognaam en wachtwoord",
      "uw profiel: buurt, wat u kunt, talen, wanneer u tijd heeft en uw geboortedatum",
      "uw meldingen en instellingen, toestemmingen en blokkades",
      "uw lidmaatschap van organisaties en groepen, en uw agenda-link",
      "wat u schreef bij een reactie op een vacature; open reacties worden ingetrokken",
    ],
    keptHeading: "Dit blijft, zonder uw naam",
    kept: [
      "uw aanmeldingen en uren tellen mee in de cijfers van de gemeente",
      "uw berichten blijven in gesprekken staan, met als afzender “oud-vrijwilliger”",
    ],
    soleCoordinator:
      "Let op: u bent de enige coördinator van {{names}}. Na het verwijderen heeft de organisatie geen coördinator meer. Maak eerst iemand anders coördinator als de organisatie doorgaat.",
    password: {
      label: "Uw wachtwoord",
      description: "Vul uw wachtwoord in om te bevestigen dat u het account wilt verwijderen.",
    },
    cannotUndo: "Dit kunt u niet ongedaan maken.",
    submit: "Verwijder mijn account",
    errorSummary: "Uw account is niet verwijderd. Kijk naar dit veld:",
  },
  deleted: {
    title: "Uw account is verwijderd",
    body: "Uw gegevens zijn verwijderd en u bent uitgelogd. Uw aanmeldingen en berichten staan er nog, zonder uw naam.",
    home: "Naar de startpagina",
  },
  errors: {
    password: {
      required: "Vul uw wachtwoord in.",
      wrong: "Dit wachtwoord klopt niet. Er is niets verwijderd.",
    },
  },
  retention: {
    heading: "Hoe lang bewaren wij wat?",
    account:
      "Uw account en profiel: tot u uw account verwijdert. Dat kunt u zelf doen bij Mijn gegevens; het gebeurt meteen.",
    klusGroup_one:
      "Groepsgesprekken van een klus: na de klus kunt u er niet meer schrijven, en {{count}} dag na de klus verwijderen wij de berichten.",
    klusGroup_other:
      "Groepsgesprekken van een klus: na de klus kunt u er niet meer schrijven, en {{count}} dagen na de klus verwijderen wij de berichten.",
    notifications_one: "Meldingen: {{count}} dag, daarna verwijderen wij ze.",
    notifications_other: "Meldingen: {{count}} dagen, daarna verwijderen wij ze.",
    sessions: "Inloggen: u blijft 30 dagen ingelogd; daarna verwijderen wij de sessie.",
  },
  archived_one:
    "Deze groep is gearchiveerd: de klus is voorbij. U kunt hier niet meer schrijven. De berichten worden {{count}} dag na de klus verwijderd.",
  archived_other:
    "Deze groep is gearchiveerd: de klus is voorbij. U kunt hier niet meer schrijven. De berichten worden {{count}} dagen na de klus verwijderd.",
  archivedRemoved: "Deze groep is gearchiveerd en de berichten zijn verwijderd.",
};
