export default {
  formerVolunteer: "former volunteer",
  profileLink: "My data: download it or delete your account",
  data: {
    title: "My data",
    intro: "Here you download everything Noaber keeps about you, or delete your account.",
    downloadHeading: "Download your data",
    downloadText:
      "You get one file (JSON) with your account, profile, sign-ups, applications, messages, notifications and settings. Your password is not in it.",
    download: "Download my data (JSON)",
    deleteHeading: "Delete account",
    deleteIntro: "If you delete your account, it happens at once. You are then logged out.",
    removedHeading: "This is removed at once",
    removed: [
      "your name, e-mail address or login name, and password",
      "your profile: neighbourhood, skills, languages, when you have time, and your date of birth",
      "your notifications and settings, permissions and blocks",
      "your membership of organisations and groups, and your calendar link",
      "what you wrote when applying for a vacancy; open applications are withdrawn",
    ],
    keptHeading: "This stays, without your name",
    kept: [
      "your sign-ups and hours count in the municipality's figures",
      "your messages stay in conversations, from “former volunteer”",
    ],
    soleCoordinator:
      "Note: you are the only coordinator of {{names}}. After the deletion the organisation has no coordinator. Make someone else coordinator first if the organisation carries on.",
    password: {
      label: "Your password",
      description: "Enter your password to confirm that you want to delete the account.",
    },
    cannotUndo: "You cannot undo this.",
    submit: "Delete my account",
    errorSummary: "Your account was not deleted. Look at this field:",
  },
  deleted: {
    title: "Your account has been deleted",
    body: "Your data has been removed and you are logged out. Your sign-ups and messages are still there, without your name.",
    home: "To the home page",
  },
  errors: {
    password: {
      required: "Enter your password.",
      wrong: "This password is not right. Nothing was deleted.",
    },
  },
  retention: {
    heading: "How long do we keep what?",
    account:
      "Your account and profile: until you delete your account. You can do that yourself under My data; it happens at once.",
    klusGroup_one:
      "Group conversations of a klus: after the klus you can no longer write in them, and {{count}} day after the klus we delete the messages.",
    klusGroup_other:
      "Group conversations of a klus: after the klus you can no longer write in them, and {{count}} days after the klus we delete the messages.",
    notifications_one: "Notifications: {{count}} day, then we delete them.",
    notifications_other: "Notifications: {{count}} days, then we delete them.",
    sessions: "Logging in: you stay logged in for 30 days; then we delete the session.",
  },
  archived_one:
    "This group is archived: the klus is over. You can no longer write here. The messages are deleted {{count}} day after the klus.",
  archived_other:
    "This group is archived: the klus is over. You can no longer write here. The messages are deleted {{count}} days after the klus.",
  archivedRemoved: "This group is archived and its messages have been deleted.",
};
