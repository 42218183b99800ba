// Only the titles and a note: the statements themselves are in Dutch and English (shown in English here).
export default {
  privacy: {
    title: "Заява про конфіденційність",
  },
  accessibility: {
    title: "Заява про доступність",
  },
  untranslatedNote: "Ця заява є лише нідерландською та англійською мовами. Тут Ви читаєте її англійською.",
};
