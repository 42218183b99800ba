import type { Locale } from "../../../db/schema";

/**
 * What an e-mail says about each kind of notification. Unlike the app's texts these never name
 * other people (e-mail carries links, not other people's personal data): only the title of a klus
 * or vacature is filled in, as `{title}`.
 */
const kinds: Record<Locale, Record<string, string>> = {
  nl: {
    claimPromoted: "Er is een plek vrijgekomen: u doet nu mee met “{title}”.",
    claimCancelled: "Iemand heeft zich afgemeld voor “{title}”.",
    claimCancelledPromoted: "Iemand heeft zich afgemeld voor “{title}”; iemand van de wachtlijst doet nu mee.",
    applicationReceived: "Er is een nieuwe reactie op uw vacature “{title}”.",
    applicationWithdrawn: "Een reactie op “{title}” is ingetrokken.",
    applicationReminder: "Een reactie op “{title}” wacht al 3 werkdagen op antwoord.",
    applicationInConversation: "De organisatie wil met u in gesprek over “{title}”.",
    applicationPlaced: "U bent geplaatst bij “{title}”.",
    applicationDeclined: "De organisatie heeft voor “{title}” iemand anders gekozen.",
    applicationExpired: "Uw reactie op “{title}” heeft na 14 dagen nog geen antwoord.",
    feedbackRequested: "Hoe ging het met “{title}”? Beantwoord één korte vraag.",
    newMessage: "U heeft een nieuw bericht.",
    klusReminder: "Denk eraan: u doet binnenkort mee met “{title}”.",
    confirmRequested: "Binnenkort is “{title}”. Komt u? Bevestig met één tik, of draag uw plek over.",
    spotFreeToday: "Vandaag is er een plek vrijgekomen bij “{title}”. Kunt u nog? Neem de plek.",
    claimHandedOver: "Iemand heeft de plek bij “{title}” overgedragen.",
    claimHandedOverPromoted: "Iemand heeft de plek bij “{title}” overgedragen; iemand van de wachtlijst doet nu mee.",
    claimUnconfirmed: "Iemand heeft voor “{title}” nog niet bevestigd te komen.",
    klusChanged: "De tijd of plaats van “{title}” is veranderd. Komt u nog steeds?",
    klusCancelled: "“{title}” gaat niet door. De organisatie heeft de klus afgezegd.",
    newKlusNearby: "Nieuwe klus bij u in de buurt: “{title}”.",
    teamMemberNamed: "U doet mee met “{title}”, met uw team. De klus staat in uw agenda.",
    teamSpotsReleased: "Plekken van uw team bij “{title}” hadden nog geen naam. Ze zijn nu vrij voor anderen.",
    recommendedByPartner: "Aanbevolen voor u: “{title}”.",
    registrationApproved: "Uw aanmelding bij Noaber is goedgekeurd.",
    registrationRejected: "Uw aanmelding bij Noaber is niet goedgekeurd.",
    moderationWarning: "De gemeente heeft u een bericht gestuurd over wat u op Noaber plaatste.",
    channelSuspended: "De gemeente heeft u tijdelijk geschorst in de kanalen van Noaber.",
    suspensionLifted: "U kunt weer schrijven in de kanalen van Noaber.",
    klusRemoved: "“{title}” gaat niet door. De gemeente heeft de klus van Noaber gehaald.",
    unknown: "U heeft een nieuwe melding.",
  },
  en: {
    claimPromoted: "A spot opened up: you are now taking part in “{title}”.",
    claimCancelled: "Someone cancelled for “{title}”.",
    claimCancelledPromoted: "Someone cancelled for “{title}”; someone from the waiting list takes part now.",
    applicationReceived: "There is a new response to your vacancy “{title}”.",
    applicationWithdrawn: "A response to “{title}” was withdrawn.",
    applicationReminder: "A response to “{title}” has waited 3 working days for an answer.",
    applicationInConversation: "The organisation would like to talk with you about “{title}”.",
    applicationPlaced: "You have been placed for “{title}”.",
    applicationDeclined: "The organisation chose someone else for “{title}”.",
    applicationExpired: "Your response to “{title}” got no answer within 14 days.",
    feedbackRequested: "How did “{title}” go? Answer one short question.",
    newMessage: "You have a new message.",
    klusReminder: "Reminder: you are taking part in “{title}” soon.",
    confirmRequested: "“{title}” is soon. Are you coming? Confirm with one tap, or hand over your spot.",
    spotFreeToday: "A spot came free today for “{title}”. Can you still come? Take the spot.",
    claimHandedOver: "Someone handed over their spot for “{title}”.",
    claimHandedOverPromoted:
      "Someone handed over their spot for “{title}”; someone from the waiting list takes part now.",
    claimUnconfirmed: "Someone has not yet confirmed coming to “{title}”.",
    klusChanged: "The time or place of “{title}” has changed. Are you still coming?",
    klusCancelled: "“{title}” will not take place. The organisation cancelled it.",
    newKlusNearby: "New task near you: “{title}”.",
    teamMemberNamed: "You are taking part in “{title}” with your team. The task is in your agenda.",
    teamSpotsReleased: "Spots of your team for “{title}” had no name yet. They are now open to others.",
    recommendedByPartner: "Recommended for you: “{title}”.",
    registrationApproved: "Your registration with Noaber is approved.",
    registrationRejected: "Your registration with Noaber was not approved.",
    moderationWarning: "The municipality sent you a message about what you posted on Noaber.",
    channelSuspended: "The municipality suspended you for a while from Noaber's channels.",
    suspensionLifted: "You can write in Noaber's channels again.",
    klusRemoved: "“{title}” will not take place. The municipality removed the task from Noaber.",
    unknown: "You have a new notification.",
  },
};

const frame = {
  nl: {
    greeting: "Beste {name},",
    digestIntro: "Dit gebeurde er op Noaber terwijl u weg was:",
    singleIntro: "Er is nieuws op Noaber:",
    digestSubject: (count: number) => (count === 1 ? "Noaber: 1 nieuwe melding" : `Noaber: ${count} nieuwe meldingen`),
    singleSubject: "Noaber: nieuws over uw klus",
    open: "Bekijk",
    allNotifications: "Al uw meldingen",
    settings: "Wilt u minder e-mail, of even niets? Pas uw instellingen aan",
    footer: "Deze e-mail is verstuurd door Noaber, de vrijwilligersmarkt van de gemeente Groningen.",
  },
  en: {
    greeting: "Dear {name},",
    digestIntro: "This happened on Noaber while you were away:",
    singleIntro: "There is news on Noaber:",
    digestSubject: (count: number) =>
      count === 1 ? "Noaber: 1 new notification" : `Noaber: ${count} new notifications`,
    singleSubject: "Noaber: news about your task",
    open: "View",
    allNotifications: "All your notifications",
    settings: "Want less e-mail, or none for a while? Change your settings",
    footer: "This e-mail was sent by Noaber, the volunteer marketplace of the municipality of Groningen.",
  },
} satisfies Record<Locale, unknown>;

export type MailFrame = (typeof frame)["nl"];

export function mailFrame(locale: Locale): MailFrame {
  return frame[locale];
}

/** The sentence for one notification, with only its title filled in (as plain text). */
export function notificationSentence(locale: Locale, kind: string, data: Record<string, unknown>): string {
  const template = kinds[locale][kind] ?? kinds[locale].unknown ?? "";
  const title = typeof data.title === "string" ? data.title : "";
  return template.replace("{title}", title);
}
