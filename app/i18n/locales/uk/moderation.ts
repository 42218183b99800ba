// Only what volunteers see (the report form on a task or vacancy); the municipality's pages fall back to English.
export default {
  report: {
    summary: { task: "Поскаржитися на це завдання", vacancy: "Поскаржитися на цю вакансію" },
    title: { task: "Скарга на завдання", vacancy: "Скарга на вакансію" },
    intro:
      "Щось не так? Це нечесно, небезпечно або це не волонтерство? Повідомте муніципалітет. Організація не бачить, хто поскаржився.",
    reason: "Що не так?",
    submit: "Поскаржитися",
    sent: "Дякуємо за Вашу скаргу. Муніципалітет її розгляне.",
    back: "Назад до «{{title}}»",
  },
  errors: {
    subject: "Цього не існує (більше).",
    reportReason: { required: "Коротко напишіть, що не так.", tooLong: "Задовго. Не більше 1000 символів." },
    ownListing: "Ви координатор цієї організації. Ви можете самі змінити текст або закрити оголошення.",
  },
};
