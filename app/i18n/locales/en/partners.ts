export default {
  title: "For your group",
  intro: "Vacancies and klussen that suit {{name}}. The best choice for your group is at the top.",
  languages: "Languages of your members: {{languages}}",
  none: "Nothing suits right now. Look again later, or search yourself.",
  reasons: {
    newcomers: "Suitable for newcomers",
    students: "Suitable for students",
    groups: "Suitable for groups",
    languages: "In a language of your members",
    near: "Close by",
    boardExchange: "Board exchange",
  },
  recommend: "Pass on to members",
  recommendLabel: "Pass “{{title}}” on to your members",
  recommended_one: "Passed on to {{count}} member.",
  recommended_other: "Passed on to {{count}} members.",
  errors: { unknown: "This vacancy or klus does not exist (any more)." },
};
