export default {
  business: {
    title: "Register a business with Omarm Groningen",
    intro:
      "Do you want to volunteer in Groningen with your colleagues? Register your business. The municipality checks your registration. After that you can invite colleagues.",
    organisationName: "Name of the business",
  },
  partner: {
    title: "Register as a partner",
    intro:
      "Are you a COA location, student association or school? Register as a partner. The municipality checks your registration. After that you can invite members.",
    organisationName: "Name of the location, association or school",
    partnerType: "What kind of partner are you?",
    types: { coa: "COA location", student_association: "Student association", school: "School" },
  },
  fields: {
    displayName: "Your name (contact person)",
    email: "Your e-mail address",
    password: "Choose a password",
    passwordDescription: "At least 12 characters. A sentence of a few words is easy to remember.",
    buurt: "Neighbourhood or village",
    buurtDescription: "Where are you? Choose the neighbourhood or village.",
    chooseType: "Choose a kind",
    chooseBuurt: "Choose a neighbourhood",
    description: "Tell us briefly who you are",
    descriptionHelp: "For example: what you do and what you want to contribute. Usually a few sentences.",
    consent: "I have read how Noaber handles my data.",
  },
  others: { title: "A business, partner or invitation?", invite: "I have an invite code" },
  submit: "Register",
  status: {
    pending:
      "Your registration of {{name}} is waiting for approval by the municipality. You will hear when it is done. Until then you cannot post klussen or invite people.",
    rejected: "The municipality did not approve the registration of {{name}}.",
    reason: "Reason: {{reason}}",
  },
  approvals: {
    title: "Registrations of businesses and partners",
    intro:
      "These businesses and partners are waiting for approval. Check whether you know them and the details are right.",
    none: "No registrations are waiting.",
    kinds: { business: "Business (Omarm Groningen)", partner: "Partner" },
    contact: "Contact person",
    buurt: "Neighbourhood",
    registeredOn: "Registered on",
    approve: "Approve",
    reject: "Reject",
    reason: "Reason for rejecting (optional)",
    approved: "The registration is approved.",
    rejected: "The registration is rejected.",
  },
  nav: { approvals: "Registrations" },
  errors: {
    kind: "Choose whether you are a business or a partner.",
    partnerType: "Choose what kind of partner you are.",
    organisationName: {
      required: "Fill in the name.",
      tooLong: "This name is too long. Use no more than 120 characters.",
    },
    buurt: { required: "Choose a neighbourhood or village from the list." },
    description: {
      required: "Tell in a few words who you are (at least 10 characters).",
      tooLong: "This text is too long. Use no more than 1000 characters.",
    },
    reason: { tooLong: "This reason is too long. Use no more than 500 characters." },
    characters: "This text contains invisible or special characters. Remove them.",
    unknown: "This registration does not exist.",
    decided: "This registration was already decided.",
  },
};
