export default {
  title: "Meldingen",
  bell: "Meldingen",
  unread_one: "{{count}} nieuwe melding",
  unread_other: "{{count}} nieuwe meldingen",
  none: "U heeft nog geen meldingen.",
  markAllRead: "Alles gelezen",
  markedRead: "Alle meldingen staan op gelezen.",
  new: "nieuw",
  kinds: {
    claimPromoted: "Er is een plek vrijgekomen: u doet nu mee met “{{title}}”.",
    claimCancelled: "{{name}} heeft zich afgemeld voor “{{title}}”. Er is weer een plek vrij.",
    claimCancelledPromoted:
      "{{name}} heeft zich afgemeld voor “{{title}}”. {{promotedName}} van de wachtlijst doet nu mee.",
    applicationReceived: "{{name}} reageerde op uw vacature “{{title}}”.",
    applicationWithdrawn: "{{name}} heeft de reactie op “{{title}}” ingetrokken.",
    applicationReminder: "De reactie van {{name}} op “{{title}}” wacht al 3 werkdagen op antwoord.",
    applicationInConversation: "De organisatie wil met u in gesprek over “{{title}}”.",
    applicationPlaced: "Gefeliciteerd! U bent geplaatst bij “{{title}}”.",
    applicationDeclined: "Helaas, de organisatie heeft voor “{{title}}” iemand anders gekozen. Dank u voor uw reactie.",
    applicationExpired:
      "Uw reactie op “{{title}}” heeft na 14 dagen nog geen antwoord. Jammer! Er zijn vast andere vacatures die bij u passen.",
    feedbackRequested: "Hoe ging het met “{{title}}”? Beantwoord één korte vraag.",
    newMessage: "Nieuw bericht van {{name}} in “{{conversationTitle}}”.",
    klusReminder: "Denk eraan: u doet binnenkort mee met “{{title}}”.",
    klusChanged: "De tijd of plaats van “{{title}}” is veranderd. Komt u nog steeds?",
    klusCancelled: "“{{title}}” gaat niet door. De organisatie heeft de klus afgezegd.",
    newKlusNearby: "Nieuwe klus bij u in de buurt: “{{title}}”.",
    contactRequested:
      "{{name}} wil graag privé berichten met u sturen. Wilt u dat ook? Kies bij een bericht van {{name}} voor “Privé berichten”.",
    teamMemberNamed: "U doet mee met “{{title}}”, met het team {{team}}. De klus staat in uw agenda.",
    teamSpotsReleased:
      "{{team}} had bij “{{title}}” nog plekken zonder naam (aantal: {{count}}). Die plekken zijn nu vrij voor anderen.",
    registrationApproved: "De gemeente heeft {{name}} goedgekeurd. U kunt nu mensen uitnodigen.",
    registrationRejected: "De gemeente heeft {{name}} niet goedgekeurd.",
    recommendedByPartner: "Aanbevolen door {{partner}}: “{{title}}”.",
    moderationWarning: "De gemeente schrijft u over “{{about}}”: {{text}}",
    channelSuspended:
      "De gemeente heeft u geschorst in de wijk- en organisatiekanalen. U kunt daar weer schrijven vanaf {{until}}. Reden: {{reason}}",
    suspensionLifted: "De gemeente heeft uw schorsing opgeheven. U kunt weer schrijven in de kanalen.",
    klusRemoved: "“{{title}}” gaat niet door. De gemeente heeft de klus van Noaber gehaald.",
    unknown: "U heeft een nieuwe melding.",
  },
};
