export default {
  title: "Volunteering in your neighbourhood",
  intro: "Help a neighbour or an organisation in Groningen. For an hour or for longer: you choose.",
  search: {
    label: "What would you like to help with?",
    description: "Type a word, for example garden, cooking, language or the name of your neighbourhood.",
    submit: "Search",
  },
  tasks: {
    heading: "New tasks",
    intro: "Short tasks with a date. First come, first served.",
    all: "See all tasks",
    empty: "There are no open tasks right now. Please look again later.",
  },
  vacancies: {
    heading: "New volunteer roles",
    intro: "Volunteering for a longer time.",
    all: "See all volunteer roles",
    empty: "There are no open volunteer roles right now. Please look again later.",
  },
  live: {
    newTask: "New task: {{title}}",
    newVacancy: "New volunteer role: {{title}}",
  },
};
