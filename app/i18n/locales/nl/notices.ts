export default {
  heading: "Wie heeft een bericht gekregen?",
  intro:
    "Noaber stuurt berichten over uw klus in rondes: eerst aan wie dichtbij woont, de vaardigheid heeft en dan kan, daarna steeds wat verder weg. Zo krijgt niemand te veel berichten. U ziet aantallen, geen namen: wie een bericht krijgt, heeft er niet voor gekozen om bij uw organisatie bekend te worden.",
  none: "Er zijn nog geen berichten verstuurd.",
  wave: "Ronde {{number}}, {{moment}}",
  told_one: "{{count}} vrijwilliger kreeg een bericht, {{scope}}.",
  told_other: "{{count}} vrijwilligers kregen een bericht, {{scope}}.",
  scope: {
    near: "in {{buurt}} en de buurten binnen 1 km",
    wijk: "in de wijk {{wijk}}",
    gebied: "in het gebied {{gebied}}",
    municipality: "in de hele gemeente",
  },
  why: "Waarom zij:",
  withSkill: "{{count}} met een gevraagde vaardigheid",
  near: "{{count}} wonen binnen 1 km",
  available: "{{count}} hebben gezegd dat ze op dat moment kunnen",
  flexible: "{{count}} zijn flexibel",
  language: "{{count}} spreken een gevraagde taal",
  passed: "Overgeslagen:",
  passedCap: "{{count}} hadden deze week al zoveel berichten als ze willen",
  passedAvailability: "{{count}} kunnen op dat moment niet",
  stopped: {
    full: "De klus is vol. Er gaan geen berichten meer uit.",
    started: "De klus is begonnen. Er gaan geen berichten meer uit.",
    closed: "De klus staat niet open. Er gaan geen berichten meer uit.",
    noOneLeft:
      "Er is niemand meer die past en een bericht kan krijgen. Komt er een plek vrij, dan kijkt Noaber opnieuw.",
  },
  next: "Zijn er dan nog plekken vrij, dan gaat de volgende ronde op zijn vroegst {{moment}}.",
};
