export default {
  signUp: {
    title: "Sign up as a volunteer",
    intro: "Create an account. Then you can find small jobs (klussen) and volunteer roles near you.",
    displayName: {
      label: "Your name",
      description: "Organisations see this name when you respond to a job. Your first name is enough.",
    },
    email: {
      label: "E-mail address",
      description: "You log in with this. We will not send you advertising.",
    },
    password: {
      label: "Password",
      description:
        "Use at least 12 characters. Tip: a short sentence of a few words is easy to remember and hard to guess.",
    },
    consent: {
      summary: "Agreement with the privacy statement",
      label: "I have read the privacy statement and I agree.",
      description: "The privacy statement tells you what we do with your data.",
      link: "Read the privacy statement (opens in a new tab)",
    },
    submit: "Create account",
    haveAccount: "Do you already have an account?",
    logIn: "Log in here",
  },
  logIn: {
    title: "Log in",
    intro: "Log in with your e-mail address (or login name) and password.",
    needed: "Please log in first. Then you will continue where you were.",
    email: {
      label: "E-mail address or login name",
      description: "Did you sign up without an e-mail address? Then fill in your login name, for example amal-4821.",
    },
    password: { label: "Password" },
    submit: "Log in",
    noAccount: "Don't have an account yet?",
    signUp: "Sign up here",
  },
  logOut: {
    title: "Log out",
    question: "Do you want to log out?",
    submit: "Yes, log out",
    cancel: "No, back to the home page",
    notLoggedIn: "You are not logged in.",
    home: "To the home page",
  },
  errorSummary: "Something went wrong. Please look at these fields:",
  errors: {
    displayName: {
      required: "Enter your name.",
      tooLong: "Your name is too long. Use no more than 80 characters.",
      characters: "Do not use < or > or invisible or special characters in your name.",
      reserved: "You cannot use this name. Choose another name.",
    },
    email: {
      required: "Enter your e-mail address.",
      invalid: "This is not a valid e-mail address. An e-mail address looks like this: name@example.com.",
      tooLong: "This e-mail address is too long.",
      taken:
        "There is already an account with this e-mail address. Log in with this e-mail address, or use another one.",
    },
    password: {
      required: "Enter your password.",
      tooShort: "Your password is too short. Use at least 12 characters.",
      tooLong: "Your password is too long. Use no more than 128 characters.",
      common: "Many people use this password. It is easy to guess. Choose another password.",
      sameAsEmail: "Your password must not be the same as your e-mail address.",
    },
    consent: {
      required: "Tick the box if you agree with the privacy statement. Otherwise we cannot create an account for you.",
    },
    logIn: {
      wrong: "The e-mail address or the password is not right. Check what you typed and try again.",
      rateLimited: "You tried to log in too many times. Wait 15 minutes. Then try again.",
    },
    signUp: {
      rateLimited: "Too many accounts were created from your internet connection. Wait an hour. Then try again.",
    },
  },
};
