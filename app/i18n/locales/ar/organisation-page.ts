export default {
  kindLabel: "النوع",
  place: "أين",
  website: "الموقع الإلكتروني",
  websiteLink: "موقع \u2068{{name}}\u2069",
  kind: {
    organisation: "منظمة",
    business: "شركة من Omarm",
    partner: "شريك",
  },
  response: {
    heading: "الرد على الوظائف التطوعية",
    stats: "هذه المنظمة ترد في {{rate}} من المرات خلال 3 أيام عمل، وغالباً خلال {{time}}.",
    none: "لم تحصل هذه المنظمة بعد على ردود كافية لعرض أرقام.",
    promise: "المنظمات في Noaber ترد على كل رد خلال 3 أيام عمل. Noaber يذكّرها بذلك.",
  },
  vacancies: {
    heading: "الوظائف التطوعية",
    empty: "ليست لدى هذه المنظمة الآن وظائف تطوعية مفتوحة.",
  },
  tasks: {
    heading: "المهام",
    empty: "ليست لدى هذه المنظمة الآن مهام مخططة.",
  },
  manage: "إلى صفحة منظمتك",
  backToSearch: "ابحث عن وظائف تطوعية ومهام أخرى",
  linkFromDetail: "المزيد عن \u2068{{name}}\u2069",
};
