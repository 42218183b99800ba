export default {
  kindLabel: "Kind",
  place: "Where",
  website: "Website",
  websiteLink: "Website of {{name}}",
  kind: {
    organisation: "Organisation",
    business: "Omarm business",
    partner: "Partner",
  },
  response: {
    heading: "Answering applications",
    stats: "This organisation answers {{rate}} of the time within 3 working days, usually within {{time}}.",
    none: "This organisation has not had enough applications for figures yet.",
    promise: "Organisations on Noaber answer an application within 3 working days. Noaber reminds them.",
  },
  vacancies: {
    heading: "Vacancies",
    empty: "This organisation has no open vacancies right now.",
  },
  tasks: {
    heading: "Klussen (short tasks)",
    empty: "This organisation has no klussen planned right now.",
  },
  manage: "To your organisation overview",
  backToSearch: "Find more vacancies and klussen",
  linkFromDetail: "More about {{name}}",
};
