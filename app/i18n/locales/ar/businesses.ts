// Only the volunteer's statement of hours; a business's pages fall back to English.
export default {
  statement: {
    title: "إفادة الساعات",
    intro: "ساعاتك المؤكدة كمتطوع. مفيدة لسيرتك الذاتية أو لمدرستك.",
    name: "الاسم: \u2068{{name}}\u2069",
    caption: "الساعات المؤكدة لكل مهمة",
    date: "التاريخ",
    klus: "المهمة",
    organisation: "المنظمة",
    hours: "الساعات",
    total: "المجموع",
    none: "ليس لديك ساعات مؤكدة بعد. تؤكد المنظمة ساعاتك بعد المهمة.",
    madeOn: "صدرت في {{date}} من Noaber، سوق التطوع لبلدية خرونينغن.",
    print: "للطباعة أو الحفظ كملف PDF: استخدم «طباعة» في متصفحك (Ctrl+P).",
    link: "إفادة الساعات",
  },
};
