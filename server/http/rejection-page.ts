/** Why a request was refused before it reached a page of the app; each has a text in Dutch and English. */
export type RejectionReason = "badAddress" | "badRequest" | "foreignOrigin" | "tooLarge" | "serverError";

const texts: Record<RejectionReason, { nl: [string, string]; en: [string, string] }> = {
  badAddress: {
    nl: ["Dit adres klopt niet", "Het adres van deze pagina bevat tekens die niet kunnen. Controleer de link."],
    en: [
      "This address is not valid",
      "The address of this page holds characters that are not allowed. Check the link.",
    ],
  },
  badRequest: {
    nl: ["Dit verzoek klopt niet", "Wat uw browser stuurde kunnen we niet lezen. Probeer het nog een keer."],
    en: ["This request is not valid", "We cannot read what your browser sent. Please try again."],
  },
  foreignOrigin: {
    nl: [
      "Formulier van een andere website",
      "Dit formulier kwam niet van Noaber. Er is niets veranderd. Open Noaber zelf en probeer het daar.",
    ],
    en: [
      "Form from another website",
      "This form did not come from Noaber. Nothing was changed. Open Noaber itself and try there.",
    ],
  },
  tooLarge: {
    nl: ["Te veel tekst", "Wat u stuurde is te groot. Maak uw tekst korter en probeer het opnieuw."],
    en: ["Too much text", "What you sent is too large. Make your text shorter and try again."],
  },
  serverError: {
    nl: ["Er ging iets mis", "Er ging iets mis aan onze kant. Probeer het later nog een keer."],
    en: ["Something went wrong", "Something went wrong on our side. Please try again later."],
  },
};

/** A small page in Dutch with English beside it: there is no language choice to read before the app runs. */
export function rejectionPage(status: number, reason: RejectionReason): string {
  const { nl, en } = texts[reason];
  return `<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${nl[0]} (${status}) · Noaber</title>
<link rel="stylesheet" href="/plain-page.css">
</head>
<body>
<main>
<h1>${nl[0]}</h1>
<p>${nl[1]}</p>
<p><a href="/">Naar de startpagina van Noaber</a></p>
<div lang="en">
<h2>${en[0]}</h2>
<p>${en[1]}</p>
<p><a href="/">Go to the Noaber home page</a></p>
</div>
</main>
</body>
</html>
`;
}
