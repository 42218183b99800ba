// The sign-up with an invite code, the welcome page and the menu item beside translated ones; a coordinator's
// invite codes fall back to English.
export default {
  signUp: {
    title: "Реєстрація за запрошенням",
    intro: "Ви отримали код. З ним Ви стаєте учасником групи в Noaber.",
    invitedBy: "Вас запросила організація {{name}}.",
    code: "Ваш код",
    codeDescription: "8 літер і цифр, наприклад K7MP2QXA.",
    displayName: "Ваше ім’я",
    displayNameDescription: "Інші люди бачать це ім’я.",
    email: "Ваша електронна пошта",
    emailDescription:
      "Немає електронної пошти? Тоді Ви отримаєте ім’я для входу. Повідомлення Ви читаєте в застосунку.",
    languages: "Якими мовами Ви розмовляєте?",
    password: "Виберіть пароль",
    passwordDescription: "Щонайменше 12 символів. Коротке речення з кількох слів легко запам’ятати.",
    consent: "Я прочитав(-ла), як Noaber поводиться з моїми даними.",
    submit: "Зареєструватися",
  },
  welcome: {
    title: "Ласкаво просимо до Noaber",
    member: "Тепер Ви учасник групи {{name}}.",
    loginName: "Ваше ім’я для входу:",
    remember: "Запишіть своє ім’я для входу. Воно потрібне Вам разом із паролем, щоб увійти знову.",
    next: "Далі на головну сторінку",
  },
  nav: { group: "Моя група" },
  errors: {
    code: {
      required: "Введіть свій код.",
      unknown: "Такого коду не існує. Перевірте, чи Ви правильно його ввели.",
      expired: "Термін дії цього коду минув. Попросіть новий код.",
      usedUp: "Цей код уже використала максимальна кількість людей. Попросіть новий код.",
      revoked: "Цей код скасовано. Попросіть новий код.",
    },
  },
};
