export default {
  kindLabel: "Soort",
  place: "Waar",
  website: "Website",
  websiteLink: "Website van {{name}}",
  kind: {
    organisation: "Organisatie",
    business: "Omarm-bedrijf",
    partner: "Partner",
  },
  response: {
    heading: "Reageren op vacatures",
    stats: "Deze organisatie reageert {{rate}} van de keren binnen 3 werkdagen, meestal binnen {{time}}.",
    none: "Deze organisatie heeft nog niet genoeg reacties gehad voor cijfers.",
    promise: "Organisaties op Noaber reageren binnen 3 werkdagen op een reactie. Noaber herinnert ze daaraan.",
  },
  vacancies: {
    heading: "Vacatures",
    empty: "Deze organisatie heeft nu geen open vacatures.",
  },
  tasks: {
    heading: "Klussen",
    empty: "Deze organisatie heeft nu geen klussen gepland.",
  },
  manage: "Naar uw overzicht als organisatie",
  backToSearch: "Zoek meer vacatures en klussen",
  linkFromDetail: "Meer over {{name}}",
};
