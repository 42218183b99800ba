export default {
  title: "Voor uw groep",
  intro: "Vacatures en klussen die passen bij {{name}}. De beste keuze voor uw groep staat bovenaan.",
  languages: "Talen van uw leden: {{languages}}",
  none: "Er is nu niets dat past. Kijk later nog eens, of zoek zelf.",
  reasons: {
    newcomers: "Geschikt voor nieuwkomers",
    students: "Geschikt voor studenten",
    groups: "Geschikt voor groepen",
    languages: "In een taal van uw leden",
    near: "Dichtbij",
    boardExchange: "Bestuurlijke uitwisseling",
  },
  recommend: "Doorgeven aan leden",
  recommendLabel: "“{{title}}” doorgeven aan uw leden",
  recommended_one: "Doorgegeven aan {{count}} lid.",
  recommended_other: "Doorgegeven aan {{count}} leden.",
  errors: { unknown: "Deze vacature of klus bestaat niet (meer)." },
};
