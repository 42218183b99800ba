export default {
  settings: {
    title: "Instellingen voor meldingen",
    link: "Instellingen voor meldingen en e-mail",
    intro:
      "U ziet uw meldingen altijd in Noaber. Was u een tijdje weg? Dan sturen we ze ook per e-mail, samen in één bericht. Hier kiest u hoe vaak en wanneer.",
    noMail: "Deze installatie van Noaber verstuurt geen e-mail. Uw meldingen staan alleen in Noaber.",
    emailLegend: "E-mail",
    emailEnabled: "Stuur mij e-mail over mijn meldingen",
    frequencyLegend: "Hoe vaak wilt u e-mail?",
    frequency: {
      hourly: "Hoogstens één keer per uur",
      daily: "Hoogstens één keer per dag",
    },
    quietLegend: "Stille uren",
    quietDescription:
      "In deze uren sturen we geen e-mail. Wat er dan gebeurt, krijgt u daarna. Vul beide tijden in, of laat ze allebei leeg.",
    quietStart: "Stil vanaf",
    quietEnd: "Stil tot",
    timeHintStart: "Bijvoorbeeld 22:00",
    timeHintEnd: "Bijvoorbeeld 07:00",
    pauseLegend: "Even niet beschikbaar",
    pauseDescription:
      "Tot en met deze datum krijgt u geen e-mail en geen meldingen over nieuwe klussen. Meldingen over klussen waarvoor u zich al heeft aangemeld, ziet u wel in Noaber. Laat leeg om niet te pauzeren.",
    pausedUntil: "Pauze tot en met",
    pausedNow: "U heeft meldingen gepauzeerd tot en met {{date}}.",
    save: "Opslaan",
    saved: "Uw instellingen zijn opgeslagen.",
    errorSummary: "Verbeter deze velden:",
  },
  confirm: {
    heading: "Gewijzigd: komt u nog?",
    intro: "De organisatie heeft de tijd of plaats van deze klussen veranderd. Laat weten of u nog steeds komt.",
    stillComing: "Ik kom nog steeds",
    cancel: "Ik kan niet meer",
    stillComingLabel: "Ik kom nog steeds naar {{title}}",
    cancelLabel: "Ik kan niet meer naar {{title}}",
    confirmed: "Dank u wel. De organisatie rekent op u.",
    cancelled: "U bent afgemeld. Jammer dat het niet meer past!",
    online: "Online",
  },
  calendar: {
    created: "Uw link voor uw agenda is klaar.",
  },
  post: {
    title: "Verstuurde e-mail (test)",
    intro:
      "Deze Noaber draait zonder mailserver. E-mail die naar u is verstuurd, komt hier terecht in plaats van in uw mailbox.",
    none: "Er is nog geen e-mail naar u verstuurd.",
    to: "Aan",
    received: "Ontvangen",
  },
  errors: {
    digestFrequency: "Kies hoe vaak u e-mail wilt.",
    clockTime: "Vul een tijd in als 22:00.",
    quietHoursPair: "Vul beide tijden in, of laat ze allebei leeg.",
    pausedUntil: {
      invalid: "Vul een bestaande datum in.",
      past: "Kies vandaag of een datum in de toekomst.",
      tooLate: "Pauzeer hoogstens een jaar.",
    },
  },
};
