export default {
  title: "Vrijwilligerswerk in uw buurt",
  intro: "Help een buurtgenoot of een organisatie in Groningen. Een uurtje of voor langere tijd: u kiest zelf.",
  search: {
    label: "Waar wilt u mee helpen?",
    description: "Typ een woord, bijvoorbeeld tuin, koken, taal of de naam van uw buurt.",
    submit: "Zoeken",
  },
  tasks: {
    heading: "Nieuwe klussen",
    intro: "Korte klussen met een datum. Wie het eerst komt, helpt mee.",
    all: "Bekijk alle klussen",
    empty: "Er zijn nu geen open klussen. Kijk later nog eens.",
  },
  vacancies: {
    heading: "Nieuwe vacatures",
    intro: "Vrijwilligerswerk voor langere tijd.",
    all: "Bekijk alle vacatures",
    empty: "Er zijn nu geen open vacatures. Kijk later nog eens.",
  },
  live: {
    newTask: "Nieuwe klus: {{title}}",
    newVacancy: "Nieuwe vacature: {{title}}",
  },
};
