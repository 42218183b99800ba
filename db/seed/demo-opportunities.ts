import type { DemoOrganisationKey } from "./demo-organisations";

// Fictional klussen and vacatures for the demo, written at B1 level. Dates and free spots of
// klussen are filled in by the seed (seeded PRNG, relative to the day it runs).

export type Suitability = "newcomers" | "students" | "groups" | "businesses";

interface Common {
  org: DemoOrganisationKey;
  /** null: online. */
  buurtCode: string | null;
  title: string;
  description: string;
  skills: string[];
  suitable?: Suitability[];
  vog?: boolean;
  languages?: string[];
  minAge?: number;
  accessibility?: string;
}

export type DemoOpportunity =
  | (Common & { kind: "task"; spots?: number; durationHours?: number; startHour?: number })
  | (Common & { kind: "vacancy"; hoursPerWeek: number; period: string; spots?: number });

export const demoOpportunities: DemoOpportunity[] = [
  // Centrum
  {
    org: "samenAanTafel",
    kind: "task",
    buurtCode: "BU00140002",
    title: "Koken voor de buurtmaaltijd",
    description:
      "Op vrijdag koken we een warme maaltijd voor dertig buurtbewoners. Jij helpt met snijden, koken en opscheppen. Ervaring is niet nodig. Na afloop eet je gezellig mee.",
    skills: ["koken", "bar-en-gastvrijheid"],
    suitable: ["newcomers", "students"],
    languages: ["nl", "en"],
    startHour: 15,
    durationHours: 4,
  },
  {
    org: "samenAanTafel",
    kind: "vacancy",
    buurtCode: "BU00140002",
    title: "Gastvrouw of gastheer bij de buurtmaaltijd",
    description:
      "Je ontvangt de gasten, schenkt koffie en thee en maakt een praatje. Je let erop dat nieuwe gasten zich welkom voelen. We zoeken iemand die elke week of om de week kan.",
    skills: ["gastheer-buurthuis", "luisterend-oor"],
    suitable: ["newcomers"],
    hoursPerWeek: 3,
    period: "Minimaal een half jaar",
    accessibility: "De eetzaal is op de begane grond en rolstoeltoegankelijk.",
  },
  {
    org: "samenAanTafel",
    kind: "task",
    buurtCode: "BU00140001",
    title: "Boodschappen halen met de bakfiets",
    description:
      "Voor de buurtmaaltijd halen we groente en brood op bij twee winkels. Jij fietst met de bakfiets en brengt alles naar onze keuken. Het is ongeveer een uur fietsen.",
    skills: ["boodschappen"],
    suitable: ["students"],
    spots: 2,
    startHour: 13,
    durationHours: 2,
  },
  {
    org: "groen",
    kind: "task",
    buurtCode: "BU00140004",
    title: "Zwerfafval opruimen in het Noorderplantsoen",
    description:
      "Na een zonnig weekend ligt er veel afval in het park. Samen prikken we het op en scheiden we plastic en blik. Wij zorgen voor grijpers, handschoenen en koffie.",
    skills: ["zwerfafval"],
    suitable: ["groups", "students", "businesses", "newcomers"],
    languages: ["nl", "en"],
    spots: 8,
    startHour: 10,
    durationHours: 2,
  },
  {
    org: "digitaal",
    kind: "task",
    buurtCode: "BU00140000",
    title: "Spreekuur hulp bij DigiD en telefoon",
    description:
      "Mensen komen met vragen over hun telefoon, DigiD of e-mail. Jij luistert rustig en legt stap voor stap uit hoe het werkt. Je hoeft geen computerexpert te zijn, geduld is belangrijker.",
    skills: ["computerhulp", "luisterend-oor"],
    startHour: 10,
    durationHours: 3,
  },
  {
    org: "digitaal",
    kind: "vacancy",
    buurtCode: null,
    title: "Telefonische helpdesk voor ouderen",
    description:
      "Ouderen bellen ons met vragen over hun tablet of telefoon. Jij helpt ze vanuit huis, via de telefoon. Je kiest zelf op welke dagdelen je bereikbaar bent.",
    skills: ["computerhulp", "luisterend-oor"],
    hoursPerWeek: 2,
    period: "Doorlopend, minimaal drie maanden",
  },
  {
    org: "samenAanTafel",
    kind: "task",
    buurtCode: "BU00140008",
    title: "Warme soep uitdelen op zaterdagavond",
    description:
      "Bij het station delen we soep en brood uit aan mensen die dakloos zijn of weinig geld hebben. Jij schept op en maakt een praatje. We werken altijd met minstens twee ervaren vrijwilligers.",
    skills: ["koken", "luisterend-oor", "bar-en-gastvrijheid"],
    minAge: 18,
    startHour: 19,
    durationHours: 2,
  },
  {
    org: "digitaal",
    kind: "task",
    buurtCode: "BU00140005",
    title: "Laptops klaarmaken voor gezinnen",
    description:
      "Bedrijven gaven ons oude laptops. Wij wissen ze en zetten er nieuwe software op, zodat kinderen er huiswerk op kunnen maken. Een handleiding ligt klaar.",
    skills: ["techniek", "computerhulp"],
    suitable: ["businesses", "students", "groups"],
    languages: ["nl", "en"],
    startHour: 13,
    durationHours: 4,
  },

  // Oude Wijken
  {
    org: "vlinder",
    kind: "task",
    buurtCode: "BU00140403",
    title: "Tuinieren in de buurttuin van de Florabuurt",
    description:
      "De buurttuin achter Buurthuis De Vlinder heeft hulp nodig. We wieden onkruid, snoeien struiken en zetten nieuwe planten. Gereedschap en koffie zijn er. Ook als je weinig Nederlands spreekt, ben je welkom.",
    skills: ["tuinieren", "moestuin"],
    suitable: ["newcomers", "groups"],
    spots: 6,
    startHour: 10,
    durationHours: 3,
  },
  {
    org: "vlinder",
    kind: "vacancy",
    buurtCode: "BU00140403",
    title: "Gastvrouw of gastheer voor de koffieochtend",
    description:
      "Elke dinsdagochtend drinken buurtbewoners koffie in De Vlinder. Jij zet koffie, zorgt voor iets lekkers en praat met de gasten. Veel gasten zijn ouder en komen voor de gezelligheid.",
    skills: ["gastheer-buurthuis", "gezelschap-ouderen"],
    suitable: ["newcomers"],
    hoursPerWeek: 3,
    period: "Minimaal een half jaar",
    accessibility: "Het buurthuis heeft een drempelvrije ingang.",
  },
  {
    org: "vlinder",
    kind: "task",
    buurtCode: "BU00140402",
    title: "Fietsen repareren in de fietsenwerkplaats",
    description:
      "Buurtbewoners brengen hun fiets voor een kleine reparatie. Jij plakt banden, stelt remmen af en vervangt lampjes. Samen met een ervaren vrijwilliger, dus je leert het vanzelf.",
    skills: ["fietsreparatie"],
    suitable: ["newcomers", "students"],
    languages: ["nl", "en"],
    startHour: 14,
    durationHours: 3,
  },
  {
    org: "vlinder",
    kind: "vacancy",
    buurtCode: "BU00140401",
    title: "Huiswerkbegeleider voor basisschoolkinderen",
    description:
      "Twee middagen per week maken kinderen uit groep 6 tot 8 hun huiswerk in het buurthuis. Jij helpt ze met rekenen en lezen en geeft ze vertrouwen. Je werkt met kinderen, daarom vragen we een VOG.",
    skills: ["huiswerkbegeleiding", "kinderactiviteiten"],
    suitable: ["students"],
    vog: true,
    minAge: 18,
    hoursPerWeek: 2,
    period: "Een schooljaar",
  },
  {
    org: "groen",
    kind: "task",
    buurtCode: "BU00140400",
    title: "Geveltuintjes aanleggen in de Gorechtbuurt",
    description:
      "Bewoners willen geveltuintjes in hun straat. Wij halen tegels weg, vullen aarde aan en zetten planten. Het is zwaar maar leuk werk, en je ziet meteen resultaat.",
    skills: ["tuinieren"],
    suitable: ["groups", "businesses"],
    startHour: 9,
    durationHours: 4,
  },
  {
    org: "vlinder",
    kind: "task",
    buurtCode: "BU00140404",
    title: "Sjouwen bij de kledingbank",
    description:
      "De kledingbank krijgt een nieuwe plek in de Damsterbuurt. We dragen dozen en rekken naar de nieuwe ruimte en zetten alles op zijn plek. Sterke handen zijn welkom.",
    skills: ["verhuizen"],
    suitable: ["groups", "students", "newcomers"],
    startHour: 10,
    durationHours: 3,
  },
  {
    org: "vlinder",
    kind: "task",
    buurtCode: "BU00140300",
    title: "Helpen bij de kinderdisco",
    description:
      "Vrijdagmiddag is er kinderdisco in De Hoogte. Jij helpt bij de bar met ranja en chips en doet mee met de spelletjes. De leiding heeft een ervaren jongerenwerker.",
    skills: ["kinderactiviteiten", "bar-en-gastvrijheid"],
    minAge: 16,
    startHour: 15,
    durationHours: 3,
  },
  {
    org: "vlinder",
    kind: "vacancy",
    buurtCode: "BU00140302",
    title: "Penningmeester voor de bewonersvereniging",
    description:
      "De bewonersvereniging van de Professorenbuurt zoekt een penningmeester. Jij houdt de kas bij, betaalt rekeningen en maakt eens per jaar een financieel verslag. Ervaring met Excel helpt.",
    skills: ["penningmeester", "bestuur", "administratie"],
    hoursPerWeek: 2,
    period: "Voor twee jaar",
  },
  {
    org: "groen",
    kind: "task",
    buurtCode: "BU00140202",
    title: "Boomspiegels beplanten in de Schildersbuurt",
    description:
      "Rond de bomen in de straat zetten we bloemen en vaste planten. Zo wordt de straat groener en blijft de grond koel. We werken in kleine groepjes met buren.",
    skills: ["tuinieren"],
    suitable: ["newcomers", "groups"],
    startHour: 10,
    durationHours: 2,
  },
  {
    org: "vlinder",
    kind: "task",
    buurtCode: "BU00140201",
    title: "Op- en afbouw van de buurtbarbecue",
    description:
      "Voor de buurtbarbecue zetten we tafels, een tent en een geluidsinstallatie neer. Na afloop ruimen we samen alles op. Je eet natuurlijk gratis mee.",
    skills: ["evenement-opbouw", "bar-en-gastvrijheid"],
    suitable: ["groups", "students", "businesses"],
    startHour: 14,
    durationHours: 4,
  },

  // Zuid
  {
    org: "wijert",
    kind: "task",
    buurtCode: "BU00140605",
    title: "De speeltuin schilderen",
    description:
      "Het klimrek, de bankjes en het hek van de speeltuin hebben nieuwe verf nodig. Wij zorgen voor verf, kwasten en lunch. Een mooie klus voor een team van een bedrijf.",
    skills: ["schilderen", "klussen-binnen"],
    suitable: ["groups", "businesses"],
    spots: 8,
    startHour: 9,
    durationHours: 6,
  },
  {
    org: "wijert",
    kind: "vacancy",
    buurtCode: "BU00140605",
    title: "Speeltuinbegeleider op woensdagmiddag",
    description:
      "Op woensdagmiddag is de speeltuin open voor alle kinderen. Jij houdt toezicht, bedenkt spelletjes en helpt als er ruzie is. Je werkt met kinderen, daarom vragen we een VOG.",
    skills: ["kinderactiviteiten", "sport-begeleiden"],
    vog: true,
    minAge: 18,
    hoursPerWeek: 3,
    period: "Minimaal een half jaar",
  },
  {
    org: "wijert",
    kind: "task",
    buurtCode: "BU00140606",
    title: "Sport- en speldag voor kinderen",
    description:
      "Op de sportdag doen kinderen mee aan voetbal, touwtrekken en een spellencircuit. Jij begeleidt één onderdeel en helpt bij het opbouwen. De leiding is in handen van de speeltuinvereniging.",
    skills: ["sport-begeleiden", "kinderactiviteiten", "evenement-opbouw"],
    suitable: ["students", "groups"],
    minAge: 16,
    startHour: 10,
    durationHours: 5,
  },
  {
    org: "zorgzaamZuid",
    kind: "task",
    buurtCode: "BU00140604",
    title: "Fietstochtje op de duofiets",
    description:
      "Een bewoner van het zorgcentrum in Helpman wil graag een rondje fietsen. Op de duofiets zit je naast elkaar en trap je samen. We laten je eerst oefenen.",
    skills: ["fietsmaatje", "gezelschap-ouderen"],
    spots: 2,
    startHour: 14,
    durationHours: 2,
  },
  {
    org: "zorgzaamZuid",
    kind: "vacancy",
    buurtCode: "BU00140604",
    title: "Maatje voor een oudere buurtbewoner",
    description:
      "Sommige ouderen in Zuid zijn veel alleen. Als maatje ga je elke week op bezoek voor een kop koffie, een wandeling of een spelletje. We zoeken samen iemand die bij je past.",
    skills: ["gezelschap-ouderen", "luisterend-oor"],
    vog: true,
    hoursPerWeek: 2,
    period: "Minimaal een jaar",
  },
  {
    org: "zorgzaamZuid",
    kind: "task",
    buurtCode: "BU00140103",
    title: "Wandelen met de rolstoel",
    description:
      "Mevrouw De Jong zit in een rolstoel en wil graag naar buiten. Jij duwt de rolstoel en maakt samen met haar een wandeling door de buurt. Je krijgt vooraf een korte uitleg.",
    skills: ["rolstoel-begeleiding", "gezelschap-ouderen"],
    spots: 1,
    startHour: 14,
    durationHours: 2,
  },
  {
    org: "zorgzaamZuid",
    kind: "vacancy",
    buurtCode: "BU00140701",
    title: "Chauffeur voor de boodschappenbus",
    description:
      "Met onze bus rijden we ouderen uit Hoornse Meer naar de supermarkt en weer terug. Jij rijdt en helpt met het dragen van tassen. Je hebt rijbewijs B.",
    skills: ["autorijden", "boodschappen"],
    minAge: 21,
    hoursPerWeek: 4,
    period: "Minimaal een half jaar",
  },
  {
    org: "groen",
    kind: "task",
    buurtCode: "BU00140702",
    title: "Bloembollen planten in Hoornse Park",
    description:
      "We planten duizend bloembollen langs het fietspad. In het voorjaar staat alles in bloei. Iedereen kan meedoen, ook kinderen met een ouder.",
    skills: ["tuinieren"],
    suitable: ["groups", "businesses", "students", "newcomers"],
    spots: 8,
    startHour: 10,
    durationHours: 3,
  },
  {
    org: "wijert",
    kind: "task",
    buurtCode: "BU00140100",
    title: "Knutselmiddag voor kinderen",
    description:
      "Op woensdagmiddag knutselen we met kinderen van 4 tot 10 jaar. Jij helpt met plakken, knippen en opruimen. Er is altijd een vaste begeleider bij.",
    skills: ["kinderactiviteiten"],
    suitable: ["students"],
    startHour: 13,
    durationHours: 3,
  },
  {
    org: "zorgzaamZuid",
    kind: "vacancy",
    buurtCode: "BU00140101",
    title: "Schrijver voor de wijkkrant",
    description:
      "De wijkkrant van de Oosterpoort verschijnt vier keer per jaar. Jij interviewt buurtbewoners en schrijft korte stukjes. Kun je ook fotograferen? Dan is dat mooi meegenomen.",
    skills: ["schrijven", "fotografie"],
    suitable: ["students"],
    hoursPerWeek: 2,
    period: "Minimaal een jaar",
  },
  {
    org: "praatpunt",
    kind: "vacancy",
    buurtCode: "BU00140501",
    title: "Taalmaatje voor een nieuwkomer",
    description:
      "Je spreekt elke week af met een nieuwkomer om Nederlands te oefenen. Jullie praten over het dagelijks leven, lezen samen een brief of doen boodschappen. Je hoeft geen leraar te zijn.",
    skills: ["taalmaatje"],
    suitable: ["students"],
    hoursPerWeek: 1.5,
    period: "Minimaal een half jaar",
  },

  // West
  {
    org: "praatpunt",
    kind: "vacancy",
    buurtCode: "BU00140901",
    title: "Gespreksleider bij het taalcafé",
    description:
      "Bij het taalcafé praten nieuwkomers in kleine groepjes Nederlands. Jij leidt een groepje en zorgt dat iedereen aan het woord komt. We geven je onderwerpen en tips.",
    skills: ["taalmaatje", "luisterend-oor"],
    hoursPerWeek: 2,
    period: "Minimaal een half jaar",
  },
  {
    org: "praatpunt",
    kind: "task",
    buurtCode: "BU00140901",
    title: "Hapjes maken voor het wereldfeest",
    description:
      "Op het wereldfeest proeven buurtbewoners gerechten uit veel landen. Jij maakt samen met anderen hapjes in de keuken van het wijkcentrum. Heb je een eigen recept? Neem het mee!",
    skills: ["koken", "bar-en-gastvrijheid"],
    suitable: ["newcomers"],
    languages: ["nl", "ar", "en"],
    startHour: 14,
    durationHours: 4,
  },
  {
    org: "praatpunt",
    kind: "task",
    buurtCode: "BU00140900",
    title: "Tolk Arabisch bij het ouderspreekuur",
    description:
      "Op het spreekuur van de basisschool praten ouders met de juf over hun kind. Sommige ouders spreken nog weinig Nederlands. Jij vertaalt tussen het Arabisch en het Nederlands.",
    skills: ["tolken-arabisch"],
    suitable: ["newcomers"],
    languages: ["nl", "ar"],
    spots: 1,
    startHour: 15,
    durationHours: 2,
  },
  {
    org: "praatpunt",
    kind: "task",
    buurtCode: "BU00141000",
    title: "Voorlezen op de peuterochtend",
    description:
      "Op de peuterochtend in Selwerd lezen we voor uit prentenboeken. Jij leest voor aan een klein groepje peuters en hun ouders. Zo leren ook de ouders nieuwe Nederlandse woorden.",
    skills: ["voorlezen"],
    vog: true,
    startHour: 9,
    durationHours: 2,
  },
  {
    org: "groen",
    kind: "task",
    buurtCode: "BU00141005",
    title: "Moestuin aanleggen bij de basisschool",
    description:
      "De basisschool in Tuinwijk krijgt een moestuin. We maken bakken, vullen ze met aarde en zaaien de eerste groente. Later onderhouden de kinderen de tuin zelf.",
    skills: ["moestuin", "tuinieren", "klussen-binnen"],
    suitable: ["groups", "students", "businesses"],
    startHour: 9,
    durationHours: 5,
  },
  {
    org: "praatpunt",
    kind: "vacancy",
    buurtCode: "BU00141001",
    title: "Huiswerkbegeleiding voor jonge nieuwkomers",
    description:
      "Jongeren die net in Nederland zijn, maken na school hun huiswerk bij ons. Jij helpt ze met taal, rekenen en plannen. Je werkt met minderjarigen, daarom vragen we een VOG.",
    skills: ["huiswerkbegeleiding", "taalmaatje", "jongerenwerk"],
    suitable: ["students"],
    vog: true,
    minAge: 18,
    hoursPerWeek: 2,
    period: "Een schooljaar",
  },
  {
    org: "groen",
    kind: "task",
    buurtCode: "BU00140800",
    title: "Opschoondag in Hoogkerk",
    description:
      "Met het hele dorp ruimen we zwerfafval op langs de wegen en de sloten. We beginnen en eindigen bij de kerk, met koffie en soep. Kinderen mogen meedoen.",
    skills: ["zwerfafval"],
    suitable: ["groups", "newcomers", "students", "businesses"],
    spots: 8,
    startHour: 10,
    durationHours: 3,
  },
  {
    org: "digitaal",
    kind: "task",
    buurtCode: "BU00141002",
    title: "Telefoonspreekuur in het wijkcentrum",
    description:
      "Buurtbewoners stellen vragen over WhatsApp, foto's en apps. Jij helpt ze aan een tafel in het wijkcentrum van Paddepoel. Spreek je ook Engels? Dan kun je studenten en expats helpen.",
    skills: ["computerhulp"],
    suitable: ["students"],
    languages: ["nl", "en"],
    startHour: 13,
    durationHours: 2,
  },
  {
    org: "praatpunt",
    kind: "task",
    buurtCode: "BU00140806",
    title: "Verhuizing van een gezin in Gravenburg",
    description:
      "Een gezin dat net een huis heeft gekregen, verhuist naar Gravenburg. We dragen dozen en meubels en zetten de bedden in elkaar. Na afloop is er thee en iets lekkers.",
    skills: ["verhuizen", "klussen-binnen"],
    suitable: ["groups", "newcomers", "businesses"],
    spots: 5,
    startHour: 9,
    durationHours: 4,
  },

  // Oost
  {
    org: "beijum",
    kind: "task",
    buurtCode: "BU00141101",
    title: "Op- en afbouw van het buurtfeest in Beijum",
    description:
      "Voor het buurtfeest zetten we een podium, tafels en kraampjes neer. Aan het eind van de dag breken we alles weer af. Goed werk voor een groep collega's of studenten.",
    skills: ["evenement-opbouw"],
    suitable: ["groups", "businesses", "students"],
    spots: 8,
    startHour: 9,
    durationHours: 4,
  },
  {
    org: "beijum",
    kind: "vacancy",
    buurtCode: "BU00141101",
    title: "Bestuurslid voor de bewonersorganisatie",
    description:
      "Het bestuur van Beijum Samen vergadert eens per maand en praat mee met de gemeente over de wijk. Wij zoeken een nieuw bestuurslid dat mensen bij elkaar brengt.",
    skills: ["bestuur", "coordinatie"],
    hoursPerWeek: 2,
    period: "Voor drie jaar",
  },
  {
    org: "beijum",
    kind: "task",
    buurtCode: "BU00141100",
    title: "Repareren bij het Repair Café",
    description:
      "Buurtbewoners brengen kapotte lampen, broodroosters en kleding mee. Jij kijkt samen met de eigenaar wat er mis is en repareert het als dat kan. Gereedschap is er.",
    skills: ["techniek", "klussen-binnen"],
    startHour: 13,
    durationHours: 3,
  },
  {
    org: "beijum",
    kind: "task",
    buurtCode: "BU00141200",
    title: "De ontmoetingsruimte in Lewenborg schilderen",
    description:
      "De muren van onze ontmoetingsruimte zijn grauw. We schilderen ze in frisse kleuren, zodat de ruimte weer gezellig is. Verf en lunch zijn geregeld.",
    skills: ["schilderen"],
    suitable: ["groups", "businesses"],
    startHour: 9,
    durationHours: 6,
  },
  {
    org: "beijum",
    kind: "vacancy",
    buurtCode: "BU00141201",
    title: "Beheerder van de buurtwebsite",
    description:
      "Op onze website staan nieuws en activiteiten uit de wijk. Jij zet nieuwe berichten online en houdt de agenda bij. Je kunt veel vanuit huis doen.",
    skills: ["website", "sociale-media"],
    suitable: ["students"],
    hoursPerWeek: 1,
    period: "Minimaal een jaar",
  },
  {
    org: "groen",
    kind: "task",
    buurtCode: "BU00141208",
    title: "Natuurtuin onderhouden in Drielanden",
    description:
      "In de natuurtuin van Drielanden groeien wilde bloemen voor bijen en vlinders. We maaien, harken en halen woekerende planten weg. Je leert veel over planten.",
    skills: ["tuinieren"],
    suitable: ["newcomers", "groups"],
    startHour: 10,
    durationHours: 3,
  },
  {
    org: "beijum",
    kind: "task",
    buurtCode: "BU00141400",
    title: "Koffie schenken bij de wandeltocht",
    description:
      "Bij de wandeltocht rond het Meerstad-meer staat halverwege een koffiepost. Jij schenkt koffie en thee en deelt water uit aan de wandelaars.",
    skills: ["bar-en-gastvrijheid"],
    suitable: ["students"],
    startHour: 9,
    durationHours: 4,
  },
  {
    org: "groen",
    kind: "task",
    buurtCode: "BU00141301",
    title: "Knotwilgen knotten bij Engelbert",
    description:
      "Langs de sloten bij Engelbert staan knotwilgen. Om de paar jaar moeten de takken eraf. Wij leren je hoe het werkt en zorgen voor zagen en handschoenen.",
    skills: ["tuinieren"],
    suitable: ["groups", "businesses"],
    minAge: 16,
    startHour: 9,
    durationHours: 5,
  },
  {
    org: "beijum",
    kind: "task",
    buurtCode: "BU00141102",
    title: "Bingomiddag voor ouderen in De Hunze",
    description:
      "Eens per maand is er bingo voor ouderen uit de buurt. Jij roept de nummers af of helpt aan tafel, en schenkt koffie. De gasten genieten van de gezelligheid.",
    skills: ["gezelschap-ouderen", "activiteiten-organiseren"],
    startHour: 14,
    durationHours: 3,
  },

  // Haren
  {
    org: "linde",
    kind: "vacancy",
    buurtCode: "BU00141700",
    title: "Chauffeur voor ouderenvervoer in Haren",
    description:
      "Ouderen in Haren kunnen met ons meerijden naar de huisarts, het ziekenhuis of de markt. Jij rijdt met onze auto en helpt bij in- en uitstappen. Je hebt rijbewijs B.",
    skills: ["autorijden", "rolstoel-begeleiding"],
    minAge: 21,
    hoursPerWeek: 4,
    period: "Minimaal een half jaar",
  },
  {
    org: "linde",
    kind: "task",
    buurtCode: "BU00141700",
    title: "Helpen bij de boekenmarkt",
    description:
      "Op de boekenmarkt verkopen we tweedehands boeken voor een goed doel. Jij zet tafels neer, sorteert boeken en helpt bij de kassa.",
    skills: ["evenement-opbouw", "bar-en-gastvrijheid"],
    suitable: ["groups", "students"],
    startHour: 9,
    durationHours: 5,
  },
  {
    org: "linde",
    kind: "vacancy",
    buurtCode: "BU00141801",
    title: "Bezoekvrijwilliger voor mensen met dementie",
    description:
      "Je bezoekt elke week iemand met dementie die thuis woont in Tuindorp. Jullie wandelen, kijken foto's of drinken koffie. Zo heeft de mantelzorger even tijd voor zichzelf.",
    skills: ["dementie", "gezelschap-ouderen", "mantelzorg-ondersteuning"],
    vog: true,
    hoursPerWeek: 2,
    period: "Minimaal een jaar",
  },
  {
    org: "linde",
    kind: "task",
    buurtCode: "BU00141900",
    title: "Tuinonderhoud bij het dorpshuis in Glimmen",
    description:
      "De tuin van het dorpshuis is verwilderd. We snoeien de heg, wieden de borders en harken de paden. Wij zorgen voor gereedschap, koffie en soep.",
    skills: ["tuinieren"],
    suitable: ["groups", "businesses"],
    startHour: 10,
    durationHours: 4,
  },
  {
    org: "linde",
    kind: "task",
    buurtCode: "BU00141902",
    title: "Zaal klaarzetten voor de dorpsavond in Noordlaren",
    description:
      "Voor de dorpsavond zetten we stoelen en tafels klaar en hangen we versiering op. Na afloop ruimen we samen op. Vele handen maken licht werk.",
    skills: ["evenement-opbouw"],
    startHour: 17,
    durationHours: 2,
  },
  {
    org: "linde",
    kind: "vacancy",
    buurtCode: null,
    title: "Nieuwsbrief maken voor De Linde",
    description:
      "Elke maand sturen we een nieuwsbrief naar onze leden. Jij schrijft de stukjes en maakt een mooie opmaak. Dit kun je helemaal vanuit huis doen.",
    skills: ["schrijven", "vormgeving"],
    hoursPerWeek: 1,
    period: "Minimaal een half jaar",
  },
  {
    org: "linde",
    kind: "task",
    buurtCode: "BU00141800",
    title: "Een mantelzorger een middag vrij geven",
    description:
      "Meneer Bakker zorgt elke dag voor zijn vrouw. Deze middag wil hij naar een verjaardag. Jij blijft bij zijn vrouw, drinkt thee met haar en leest de krant voor.",
    skills: ["mantelzorg-ondersteuning", "gezelschap-ouderen"],
    vog: true,
    spots: 1,
    startHour: 13,
    durationHours: 4,
  },

  // Ten Boer
  {
    org: "anker",
    kind: "task",
    buurtCode: "BU00141600",
    title: "Bar draaien bij de dorpsavond in Ten Post",
    description:
      "Op de dorpsavond komt half Ten Post naar het dorpshuis. Jij staat achter de bar en tapt bier en frisdrank. Je werkt samen met een vaste barvrijwilliger.",
    skills: ["bar-en-gastvrijheid"],
    suitable: ["students"],
    minAge: 18,
    startHour: 19,
    durationHours: 4,
  },
  {
    org: "anker",
    kind: "vacancy",
    buurtCode: "BU00141600",
    title: "Coördinator vrijwilligers van het dorpshuis",
    description:
      "Ons dorpshuis draait op dertig vrijwilligers. Jij maakt het rooster, bent het aanspreekpunt en verwelkomt nieuwe vrijwilligers. Je krijgt hulp van het bestuur.",
    skills: ["coordinatie", "activiteiten-organiseren"],
    hoursPerWeek: 3,
    period: "Minimaal een jaar",
  },
  {
    org: "anker",
    kind: "task",
    buurtCode: "BU00141500",
    title: "Ouderen naar de markt rijden in Ten Boer",
    description:
      "Op marktdag rijden we ouderen uit de dorpen naar de markt in Ten Boer. Jij rijdt met je eigen auto en krijgt een kilometervergoeding. Je helpt ook met de tassen.",
    skills: ["autorijden"],
    spots: 3,
    startHour: 9,
    durationHours: 3,
  },
  {
    org: "anker",
    kind: "task",
    buurtCode: "BU00141503",
    title: "Wandelpad maaien en opschonen bij Thesinge",
    description:
      "Het wandelpad langs de molen van Thesinge groeit dicht. We maaien het gras, knippen takken weg en rapen afval op. Stevige schoenen zijn handig.",
    skills: ["tuinieren", "zwerfafval"],
    suitable: ["groups", "businesses"],
    startHour: 10,
    durationHours: 3,
  },
  {
    org: "anker",
    kind: "task",
    buurtCode: "BU00141502",
    title: "Fietsenkeuring bij de school in Garmerwolde",
    description:
      "We controleren de fietsen van de schoolkinderen, zodat ze veilig naar school fietsen. Jij kijkt naar de lampjes, remmen en banden en maakt kleine reparaties. Gereedschap is er.",
    skills: ["fietsreparatie"],
    suitable: ["students", "groups"],
    startHour: 9,
    durationHours: 3,
  },
  {
    org: "anker",
    kind: "vacancy",
    buurtCode: "BU00141602",
    title: "Voorleesvrijwilliger in Woltersum",
    description:
      "Eén keer per week lees je voor aan peuters in het dorpshuis van Woltersum. Je kiest samen met de leidster een mooi boek uit. Je werkt met kinderen, daarom vragen we een VOG.",
    skills: ["voorlezen", "kinderactiviteiten"],
    vog: true,
    hoursPerWeek: 1,
    period: "Minimaal een half jaar",
  },

  // Online, for the whole municipality
  {
    org: "digitaal",
    kind: "vacancy",
    buurtCode: null,
    title: "Vrijwilliger sociale media",
    description:
      "Wij willen meer mensen bereiken die hulp nodig hebben met hun computer. Jij maakt berichten en korte filmpjes voor Instagram en Facebook. Dit doe je vanuit huis.",
    skills: ["sociale-media", "vormgeving"],
    suitable: ["students"],
    languages: ["nl", "en"],
    hoursPerWeek: 2,
    period: "Minimaal drie maanden",
  },
];

/**
 * A klus that already took place, a few days before the seed ran, with the demo volunteer on it:
 * so "Did it work out?" and the coordinator's attendance form exist in the demo. Past klussen are
 * never in search.
 */
export const demoPastKlus: Extract<DemoOpportunity, { kind: "task" }> & { daysAgo: number; volunteerEmail: string } = {
  org: "vlinder",
  kind: "task",
  buurtCode: "BU00140403",
  title: "Bladeren harken rond Buurthuis De Vlinder",
  description:
    "In de herfst ligt de tuin van het buurthuis vol bladeren. We harken ze bij elkaar en brengen ze naar de composthoop. Harken en handschoenen zijn er.",
  skills: ["tuinieren"],
  suitable: ["newcomers", "groups"],
  spots: 4,
  startHour: 10,
  durationHours: 3,
  daysAgo: 3,
  volunteerEmail: "vrijwilliger@demo.noaber.nl",
};
