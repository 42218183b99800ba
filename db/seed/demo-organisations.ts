import type { OrganisationKind, PartnerType, RoleSlug } from "../schema";

// Fictional organisations and people for the demo. Names of organisations end in "(demo)";
// every demo e-mail address is on demo.noaber.nl.

export type DemoOrganisationKey =
  | "samenAanTafel"
  | "vlinder"
  | "groen"
  | "digitaal"
  | "zorgzaamZuid"
  | "wijert"
  | "praatpunt"
  | "beijum"
  | "linde"
  | "anker"
  | "hunzeland"
  | "coa"
  | "studenten";

export interface DemoOrganisation {
  key: DemoOrganisationKey;
  name: string;
  kind: OrganisationKind;
  partnerType?: PartnerType;
  buurtCode: string;
  description: string;
  coordinator: { email: string; name: string };
}

export const demoOrganisations: DemoOrganisation[] = [
  {
    key: "samenAanTafel",
    name: "Stichting Samen aan Tafel (demo)",
    kind: "organisation",
    buurtCode: "BU00140002",
    description:
      "Wij koken elke week voor buurtbewoners in de binnenstad. Samen eten is gezellig en niemand hoeft alleen te zijn.",
    coordinator: { email: "samenaantafel@demo.noaber.nl", name: "Henk Smit" },
  },
  {
    key: "vlinder",
    name: "Buurthuis De Vlinder (demo)",
    kind: "organisation",
    buurtCode: "BU00140403",
    description:
      "Het buurthuis van de Florabuurt en de rest van Oud-Oost. Met een koffieochtend, een fietsenwerkplaats, huiswerkhulp en een buurttuin.",
    coordinator: { email: "organisatie@demo.noaber.nl", name: "Mirjam de Boer" },
  },
  {
    key: "groen",
    name: "Groen Dichtbij Groningen (demo)",
    kind: "organisation",
    buurtCode: "BU00140004",
    description:
      "Bewoners maken hun straat en buurt groener: geveltuinen, boomspiegels, moestuinen en opschoondagen in stad en dorpen.",
    coordinator: { email: "groendichtbij@demo.noaber.nl", name: "Marieke Dijkstra" },
  },
  {
    key: "digitaal",
    name: "Stichting Digitaal Dichtbij (demo)",
    kind: "organisation",
    buurtCode: "BU00140000",
    description: "Wij helpen mensen met hun computer, telefoon en DigiD. Op spreekuren in de wijk en via de telefoon.",
    coordinator: { email: "digitaaldichtbij@demo.noaber.nl", name: "Priya Raman" },
  },
  {
    key: "zorgzaamZuid",
    name: "Zorgzaam Zuid (demo)",
    kind: "organisation",
    buurtCode: "BU00140604",
    description:
      "Een netwerk van buren die ouderen en mantelzorgers in Zuid helpen. Met een bezoek, een ritje of een fietstocht.",
    coordinator: { email: "zorgzaamzuid@demo.noaber.nl", name: "Gerda Wiersma" },
  },
  {
    key: "wijert",
    name: "Speeltuinvereniging De Wijert (demo)",
    kind: "organisation",
    buurtCode: "BU00140605",
    description:
      "Onze speeltuin is open voor alle kinderen uit de buurt. Vrijwilligers houden toezicht, spelen mee en klussen.",
    coordinator: { email: "dewijert@demo.noaber.nl", name: "Ilse Bos" },
  },
  {
    key: "praatpunt",
    name: "Taalcafé Het Praatpunt (demo)",
    kind: "organisation",
    buurtCode: "BU00140901",
    description:
      "Bij het taalcafé oefenen nieuwkomers Nederlands in gewone gesprekken. Ook helpen we met huiswerk en brieven.",
    coordinator: { email: "praatpunt@demo.noaber.nl", name: "Yusuf Demir" },
  },
  {
    key: "beijum",
    name: "Bewonersorganisatie Beijum Samen (demo)",
    kind: "organisation",
    buurtCode: "BU00141101",
    description:
      "Bewoners van Beijum en Lewenborg organiseren samen feesten, een repair café en activiteiten voor ouderen.",
    coordinator: { email: "beijumsamen@demo.noaber.nl", name: "Roelof Mulder" },
  },
  {
    key: "linde",
    name: "Ontmoetingscentrum De Linde (demo)",
    kind: "organisation",
    buurtCode: "BU00141700",
    description: "Een plek in Haren waar ouderen elkaar ontmoeten. Ook rijden we mensen naar de dokter of de markt.",
    coordinator: { email: "delinde@demo.noaber.nl", name: "Gerard Wiersma" },
  },
  {
    key: "anker",
    name: "Dorpshuis 't Anker (demo)",
    kind: "organisation",
    buurtCode: "BU00141600",
    description:
      "Het dorpshuis van Ten Post en de dorpen eromheen. Hier zijn de dorpsavond, de peuterochtend en de biljartclub.",
    coordinator: { email: "hetanker@demo.noaber.nl", name: "Tineke Zijlstra" },
  },
  {
    key: "hunzeland",
    name: "Bouwbedrijf Hunzeland (demo)",
    kind: "business",
    buurtCode: "BU00140507",
    description:
      "Omarm-bedrijf. Onze collega's klussen twee dagen per jaar voor een organisatie in de buurt, en we lenen gereedschap uit.",
    coordinator: { email: "bedrijf@demo.noaber.nl", name: "Erik Veenstra" },
  },
  {
    key: "coa",
    name: "COA-locatie Groningen-Zuid (demo)",
    kind: "partner",
    partnerType: "coa",
    buurtCode: "BU00140501",
    description:
      "Bewoners van deze locatie willen graag meedoen in de stad. Wij zoeken klussen waar weinig Nederlands voor nodig is.",
    coordinator: { email: "partner@demo.noaber.nl", name: "Fatima El Amrani" },
  },
  {
    key: "studenten",
    name: "Studentenvereniging Gruno Helpt (demo)",
    kind: "partner",
    partnerType: "student_association",
    buurtCode: "BU00140001",
    description: "Leden van onze vereniging helpen in groepjes bij klussen in de stad, vooral in het weekend.",
    coordinator: { email: "studenten@demo.noaber.nl", name: "Jelle Mulder" },
  },
];

export interface DemoVolunteer {
  email: string;
  name: string;
  homeBuurtCode: string;
  skills: string[];
  languages: string[];
  about: string;
  memberOf?: DemoOrganisationKey;
}

export const demoVolunteers: DemoVolunteer[] = [
  {
    email: "vrijwilliger@demo.noaber.nl",
    name: "Sanne Hoekstra",
    homeBuurtCode: "BU00140403",
    skills: ["tuinieren", "moestuin", "koken", "gezelschap-ouderen", "fietsreparatie"],
    languages: ["nl", "en"],
    about: "Ik woon in de Florabuurt en werk graag buiten. In het weekend heb ik tijd.",
  },
  {
    email: "lotte.visser@demo.noaber.nl",
    name: "Lotte Visser",
    homeBuurtCode: "BU00141000",
    skills: ["huiswerkbegeleiding", "taalmaatje", "voorlezen"],
    languages: ["nl", "en"],
    about: "Juf in ruste. Ik help graag kinderen en nieuwkomers met taal.",
  },
  {
    email: "bram.kok@demo.noaber.nl",
    name: "Bram Kok",
    homeBuurtCode: "BU00141100",
    skills: ["verhuizen", "klussen-binnen", "techniek", "autorijden"],
    languages: ["nl"],
    about: "Handig met gereedschap. Bel me als er iets gesjouwd of gerepareerd moet worden.",
  },
  {
    email: "noor.haddad@demo.noaber.nl",
    name: "Noor Haddad",
    homeBuurtCode: "BU00140900",
    skills: ["tolken-arabisch", "taalmaatje", "koken"],
    languages: ["nl", "ar", "en"],
    about: "Ik spreek Arabisch en Nederlands en help graag bij gesprekken.",
  },
  {
    email: "kees.meijer@demo.noaber.nl",
    name: "Kees Meijer",
    homeBuurtCode: "BU00141700",
    skills: ["autorijden", "rolstoel-begeleiding", "gezelschap-ouderen"],
    languages: ["nl"],
    about: "Gepensioneerd en ik heb een auto. Ik rijd graag mensen naar een afspraak.",
  },
  {
    email: "aaltje.brouwer@demo.noaber.nl",
    name: "Aaltje Brouwer",
    homeBuurtCode: "BU00141600",
    skills: ["bar-en-gastvrijheid", "evenement-opbouw", "koken"],
    languages: ["nl"],
    about: "Ik sta graag achter de bar bij feesten in het dorp.",
  },
  {
    email: "daan.postma@demo.noaber.nl",
    name: "Daan Postma",
    homeBuurtCode: "BU00140101",
    skills: ["website", "sociale-media", "fotografie"],
    languages: ["nl", "en"],
    about: "Webdeveloper. Ik help organisaties met hun website en foto's.",
  },
  {
    email: "eva.jansen@demo.noaber.nl",
    name: "Eva Jansen",
    homeBuurtCode: "BU00140605",
    skills: ["kinderactiviteiten", "sport-begeleiden"],
    languages: ["nl"],
    about: "Moeder van twee en sportief. Ik help graag bij de speeltuin.",
  },
  {
    email: "ruben.smits@demo.noaber.nl",
    name: "Ruben Smits",
    homeBuurtCode: "BU00140005",
    skills: ["administratie", "penningmeester", "data-excel"],
    languages: ["nl", "en"],
    about: "Boekhouder. Ik wil een vereniging helpen met de financiën.",
  },
  {
    email: "dawit.tesfay@demo.noaber.nl",
    name: "Dawit Tesfay",
    homeBuurtCode: "BU00140501",
    skills: ["fietsreparatie", "tolken-tigrinya", "tuinieren"],
    languages: ["ti", "en", "nl"],
    about: "Ik leer Nederlands en ik repareer graag fietsen.",
    memberOf: "coa",
  },
  {
    email: "omar.alkhatib@demo.noaber.nl",
    name: "Omar Al-Khatib",
    homeBuurtCode: "BU00140501",
    skills: ["koken", "schilderen", "tolken-arabisch"],
    languages: ["ar", "en"],
    about: "In Syrië was ik schilder. Ik wil graag aan het werk met andere mensen.",
    memberOf: "coa",
  },
  {
    email: "sophie.vandam@demo.noaber.nl",
    name: "Sophie van Dam",
    homeBuurtCode: "BU00141001",
    skills: ["evenement-opbouw", "zwerfafval", "huiswerkbegeleiding"],
    languages: ["nl", "en"],
    about: "Student pedagogiek. Ik doe mee met klussen van mijn vereniging.",
    memberOf: "studenten",
  },
  {
    email: "thijs.degroot@demo.noaber.nl",
    name: "Thijs de Groot",
    homeBuurtCode: "BU00140000",
    skills: ["verhuizen", "sport-begeleiden", "bar-en-gastvrijheid"],
    languages: ["nl", "en"],
    about: "Student bedrijfskunde. Sterk en altijd in voor een klus in het weekend.",
    memberOf: "studenten",
  },
  {
    email: "marco.hofstra@demo.noaber.nl",
    name: "Marco Hofstra",
    homeBuurtCode: "BU00141200",
    skills: ["schilderen", "techniek", "klussen-binnen"],
    languages: ["nl"],
    about: "Timmerman bij Bouwbedrijf Hunzeland. Ik doe mee aan onze teamdagen.",
    memberOf: "hunzeland",
  },
  {
    email: "linda.kamstra@demo.noaber.nl",
    name: "Linda Kamstra",
    homeBuurtCode: "BU00141500",
    skills: ["administratie", "coordinatie"],
    languages: ["nl", "en"],
    about: "Office manager bij Bouwbedrijf Hunzeland. Ik plan de teamdagen.",
    memberOf: "hunzeland",
  },
];

export const demoGemeenteAccount = { email: "gemeente@demo.noaber.nl", name: "Wendy Kuipers" };

/** The accounts printed at start, one per kind of user. */
export const demoLoginEmails: Array<{ role: RoleSlug; email: string }> = [
  { role: "volunteer", email: "vrijwilliger@demo.noaber.nl" },
  { role: "organisation_coordinator", email: "organisatie@demo.noaber.nl" },
  { role: "business_coordinator", email: "bedrijf@demo.noaber.nl" },
  { role: "partner_coordinator", email: "partner@demo.noaber.nl" },
  { role: "partner_coordinator", email: "studenten@demo.noaber.nl" },
  { role: "gemeente", email: demoGemeenteAccount.email },
];
