export default {
  title: "Сповіщення",
  bell: "Сповіщення",
  unread_one: "{{count}} нове сповіщення",
  unread_few: "{{count}} нові сповіщення",
  unread_many: "{{count}} нових сповіщень",
  unread_other: "{{count}} нового сповіщення",
  none: "У Вас ще немає сповіщень.",
  markAllRead: "Усе прочитано",
  markedRead: "Усі сповіщення позначено як прочитані.",
  new: "нове",
  kinds: {
    claimPromoted: "Звільнилося місце: тепер Ви берете участь у «{{title}}».",
    claimCancelled: "{{name}} скасував(-ла) участь у «{{title}}». Знову є вільне місце.",
    claimCancelledPromoted:
      "{{name}} скасував(-ла) участь у «{{title}}». {{promotedName}} зі списку очікування тепер бере участь.",
    applicationReceived: "{{name}} відгукнувся(-лася) на Вашу вакансію «{{title}}».",
    applicationWithdrawn: "{{name}} відкликав(-ла) відгук на «{{title}}».",
    applicationReminder: "Відгук {{name}} на «{{title}}» чекає на відповідь уже 3 робочі дні.",
    applicationInConversation: "Організація хоче поговорити з Вами про «{{title}}».",
    applicationPlaced: "Вітаємо! Вас прийнято на «{{title}}».",
    applicationDeclined: "На жаль, організація вибрала іншу людину для «{{title}}». Дякуємо за Ваш відгук.",
    applicationExpired:
      "На Ваш відгук на «{{title}}» немає відповіді вже 14 днів. Шкода! Напевно, є інші вакансії, які Вам підходять.",
    feedbackRequested: "Як пройшло «{{title}}»? Дайте відповідь на одне коротке питання.",
    newMessage: "Нове повідомлення від {{name}} у «{{conversationTitle}}».",
    klusReminder: "Нагадування: незабаром Ви берете участь у «{{title}}».",
    klusChanged: "Час або місце «{{title}}» змінилися. Ви все ще прийдете?",
    klusCancelled: "«{{title}}» не відбудеться. Організація скасувала завдання.",
    newKlusNearby: "Нове завдання поруч із Вами: «{{title}}».",
    contactRequested:
      "{{name}} хоче обмінюватися з Вами особистими повідомленнями. Ви теж цього хочете? Виберіть «Особисті повідомлення» біля повідомлення від {{name}}.",
    teamMemberNamed: "Ви берете участь у «{{title}}» з командою {{team}}. Завдання є у вашому розкладі.",
    teamSpotsReleased:
      "{{team}} мала місця без імені для «{{title}}» (кількість: {{count}}). Тепер ці місця вільні для інших.",
    unknown: "У Вас нове сповіщення.",
  },
};
