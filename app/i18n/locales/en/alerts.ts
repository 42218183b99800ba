export default {
  settings: {
    title: "Notification settings",
    link: "Settings for notifications and e-mail",
    intro:
      "You always see your notifications in Noaber. Were you away for a while? Then we also send them by e-mail, together in one message. Here you choose how often and when.",
    noMail: "This installation of Noaber does not send e-mail. Your notifications are only in Noaber.",
    emailLegend: "E-mail",
    emailEnabled: "Send me e-mail about my notifications",
    frequencyLegend: "How often do you want e-mail?",
    frequency: {
      hourly: "At most once an hour",
      daily: "At most once a day",
    },
    quietLegend: "Quiet hours",
    quietDescription:
      "We send no e-mail during these hours. What happens then reaches you afterwards. Fill in both times, or leave both empty.",
    quietStart: "Quiet from",
    quietEnd: "Quiet until",
    timeHintStart: "For example 22:00",
    timeHintEnd: "For example 07:00",
    pauseLegend: "Not available for a while",
    pauseDescription:
      "Up to and including this date you get no e-mail and no notifications about new tasks. Notifications about tasks you already signed up for still show in Noaber. Leave empty to not pause.",
    pausedUntil: "Pause up to and including",
    pausedNow: "You paused notifications up to and including {{date}}.",
    save: "Save",
    saved: "Your settings have been saved.",
    errorSummary: "Please correct these fields:",
  },
  confirm: {
    heading: "Changed: are you still coming?",
    intro: "The organisation changed the time or place of these tasks. Let them know whether you are still coming.",
    stillComing: "I am still coming",
    cancel: "I can no longer come",
    stillComingLabel: "I am still coming to {{title}}",
    cancelLabel: "I can no longer come to {{title}}",
    confirmed: "Thank you. The organisation is counting on you.",
    cancelled: "You have cancelled. A pity it no longer fits!",
    online: "Online",
  },
  calendar: {
    created: "Your calendar link is ready.",
  },
  post: {
    title: "Sent e-mail (test)",
    intro: "This Noaber runs without a mail server. E-mail sent to you ends up here instead of in your mailbox.",
    none: "No e-mail has been sent to you yet.",
    to: "To",
    received: "Received",
  },
  errors: {
    digestFrequency: "Choose how often you want e-mail.",
    clockTime: "Fill in a time like 22:00.",
    quietHoursPair: "Fill in both times, or leave both empty.",
    pausedUntil: {
      invalid: "Fill in a date that exists.",
      past: "Choose today or a date in the future.",
      tooLate: "Pause for at most a year.",
    },
  },
};
