export default {
  privacy: {
    title: "Privacy statement",
    intro:
      "Noaber is the volunteering website of the municipality of Groningen. Here you can read which data we keep about you, why, and what your rights are.",
    sections: [
      {
        heading: "What data do we keep?",
        body: "Your name, your e-mail address and an encrypted version of your password. If you fill them in: your neighbourhood, what you can do, the languages you speak and when you have time. We do not keep your address or phone number.",
      },
      {
        heading: "Why?",
        body: "So that you can log in, and so that we can show you tasks and roles close to you that suit you. Organisations only see your name when you sign up for their task or role.",
      },
      {
        heading: "Cookies",
        body: "We only use cookies that are needed: to keep you logged in, to protect forms and to remember your language. We use no cookies from other companies and do not track you.",
      },
      {
        heading: "Your rights",
        body: "You may see your data, have it corrected or have it deleted. Under My data (in your profile) you download all your data and delete your account yourself, at once. For anything else, send an e-mail to privacy@noaber.example. If you disagree with how we handle your data, you can complain to the Dutch Data Protection Authority (Autoriteit Persoonsgegevens).",
      },
    ],
  },
  accessibility: {
    title: "Accessibility statement",
    intro:
      "The municipality of Groningen wants everyone to be able to use Noaber, including people who see poorly, use a screen reader, use only a keyboard or find reading hard.",
    sections: [
      {
        heading: "Status",
        body: "Noaber partially meets the requirements. We test every page automatically against the rules of WCAG 2.1 and 2.2, levels A and AA (the EN 301 549 standard for public bodies). An audit by an independent expert has not been done yet.",
      },
      {
        heading: "What we do",
        body: "All pages work with a keyboard and a screen reader, also without JavaScript. Texts are written in plain language (B1) and are also available in English. Every form field has a label and a clear message when something is wrong.",
      },
      {
        heading: "What is not right yet",
        body: "The map of neighbourhoods is not finished. Until then you can use a list everywhere.",
      },
      {
        heading: "Having a problem?",
        body: "Let us know at toegankelijkheid@noaber.example. We answer within 5 working days. Not happy with our answer? You can contact the National Ombudsman.",
      },
    ],
    updated: "This statement was drawn up on 23 November 2026.",
  },
  untranslatedNote: "This statement is only available in Dutch and English.",
};
