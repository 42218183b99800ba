export default {
  appName: "Noaber",
  tagline: "Volunteering in the municipality of Groningen",
  skipToContent: "Skip to main content",
  nav: {
    label: "Main menu",
    home: "Home",
    search: "Search",
    profile: "My profile",
    publish: "Post a task or role",
    login: "Log in",
    signup: "Sign up",
    logout: "Log out",
  },
  language: {
    label: "Language",
    switchTo: "Nederlands",
    switchToLong: "Lees deze website in het Nederlands",
    submit: "Switch language",
  },
  footer: {
    label: "About this website",
    privacy: "Privacy statement",
    accessibility: "Accessibility statement",
    demo: "This is a demonstration. Organisations, people and tasks are fictional.",
    credit: "Source: CBS / PDOK, Wijk- en buurtkaart (generalised)",
  },
  form: {
    required: "required",
    optional: "optional",
    errorSummary: "Something went wrong. Please look at these fields:",
    csrf: "Your form had expired. Please try again.",
  },
  errors: {
    title: "Something went wrong",
    notFound: "This page does not exist (any more).",
    forbidden: "You are not allowed to see this page.",
    unauthenticated: "Please log in first.",
    generic: "Something went wrong on our side. Please try again later.",
    backHome: "Back to the home page",
  },
  kind: {
    task: "Task",
    vacancy: "Volunteer role",
  },
  live: {
    connected: "Live updates are on.",
  },
};
