import { randomUUID } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { logIn, signUp, uniqueEmail } from "./support/accounts";
import { expectNoAccessibilityViolations } from "./support/axe";
import { publishKlus } from "./support/publish";

const volunteerPassword = "een lange zin als wachtwoord";
/** Beijum lies in wijk Noordoost (gebied Oost): its channel is where a Beijum klus is posted. */
const beijumChannel = "Noordoost";

async function newVolunteer(browser: Browser, name: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const email = uniqueEmail("bericht");
  await signUp(page, { name, email, password: volunteerPassword });
  return { context, page, email };
}

/** Joins the wijk channel from the conversations page (or opens it when already joined); ends inside it. */
async function openChannel(page: Page, title: string) {
  await page.goto("/gesprekken");
  const channels = page.getByRole("region", { name: "Wijkkanalen" });
  const join = channels.getByRole("button", { name: `Meedoen met wijkkanaal ${title}` });
  if (await join.isVisible()) {
    await join.click();
  } else {
    await channels.getByRole("link", { name: title, exact: true }).click();
  }
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
}

/** The page's socket is connected and resynced, so live events reach it from now on. */
async function expectLive(page: Page) {
  await expect(page.locator('[data-live="connected"]')).toBeVisible();
}

function messageList(page: Page) {
  return page.getByRole("list", { name: /^Berichten in / });
}

async function send(page: Page, text: string) {
  await page.getByLabel("Uw bericht").fill(text);
  await page.getByRole("button", { name: "Versturen" }).click();
}

test("a klus card in the wijk channel is claimed live, the klus group chats, and a volunteer who was offline catches up", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const token = randomUUID().slice(0, 6);
  // Klus texts, names and messages carry XSS payloads; every page must show them as text.
  // (Titles refuse HTML tags, so the klus's payload tries to break out of attributes and entities.)
  const title = `Heg snoeien ${token} "'>< &lt;b&gt; {{name}}`;

  const organisationContext = await browser.newContext();
  const organisation = await organisationContext.newPage();
  await logIn(organisation, "organisatie@demo.noaber.nl");
  const klusUrl = await publishKlus(organisation, {
    title,
    buurt: "Beijum-West",
    startsIn: 48,
    hours: 2,
    spots: 2,
    skill: "Tuinieren",
  });
  try {
    await runScenario();
  } finally {
    await organisation.goto("/organisatie");
    const close = organisation.getByRole("button", { name: `Sluiten: ${title}` });
    if (await close.isVisible()) await close.click();
    await organisationContext.close();
  }

  async function runScenario() {
    // Publishing posted the klus as a card in the Beijum wijk channel, as the coordinator (the notices service).
    await openChannel(organisation, beijumChannel);
    const organisationCard = organisation.getByRole("article", { name: title });
    await expect(organisationCard.getByText("Nog 2 plekken vrij")).toBeVisible();

    expect(await organisation.locator("img[src=x]").count()).toBe(0);

    // Two new volunteers join the channel; the second one's name tries to break out of an attribute.
    const anna = await newVolunteer(browser, `Anna ${token}`);
    const xssName = `Bram" onmouseover="alert(1)" & '${token}`;
    const bram = await newVolunteer(browser, xssName);
    for (const volunteer of [anna, bram]) {
      await openChannel(volunteer.page, beijumChannel);
      await expectLive(volunteer.page);
      await expect(volunteer.page.getByRole("article", { name: title }).getByText("Nog 2 plekken vrij")).toBeVisible();
    }
    await expectNoAccessibilityViolations(anna.page);

    // Anna taps "Ik doe mee": a real claim, and she lands in the klus group.
    await anna.page
      .getByRole("article", { name: title })
      .getByRole("button", { name: /^Ik doe mee/ })
      .click();
    await expect(anna.page.getByText("Gelukt: u doet mee.")).toBeVisible();
    await expect(anna.page.getByRole("heading", { level: 1 })).toContainText(title);
    const klusGroupUrl = anna.page.url().replace(/\?.*$/, "");

    // Bram sees the spots change without reloading, then joins as well.
    const bramCard = bram.page.getByRole("article", { name: title });
    await expect(bramCard.getByText("Nog 1 plek vrij")).toBeVisible();
    await bramCard.getByRole("button", { name: /^Ik doe mee/ }).click();
    await expect(bram.page.getByText("Gelukt: u doet mee.")).toBeVisible();
    expect(bram.page.url().replace(/\?.*$/, "")).toBe(klusGroupUrl);
    await expect(organisationCard.getByText("Alle plekken zijn bezet.")).toBeVisible();

    // The coordinator opens the klus group from the klus page.
    await organisation.goto(klusUrl);
    await organisation.getByRole("button", { name: "Naar de klusgroep" }).click();
    await expect(organisation).toHaveURL(klusGroupUrl);
    for (const page of [organisation, anna.page, bram.page]) await expectLive(page);
    await expectNoAccessibilityViolations(organisation);

    // Anna writes by keyboard only: into the field, Tab to the button, Enter.
    const annaText = `Ik neem een snoeischaar mee ${token}`;
    await anna.page.getByLabel("Uw bericht").focus();
    await anna.page.keyboard.type(annaText);
    await expect(bram.page.getByText(`Anna ${token} typt…`)).toBeVisible();
    await anna.page.keyboard.press("Tab");
    await expect(anna.page.getByRole("button", { name: "Versturen" })).toBeFocused();
    await anna.page.keyboard.press("Enter");
    await expect(messageList(organisation).getByText(annaText)).toBeVisible();
    await expect(messageList(bram.page).getByText(annaText)).toBeVisible();

    // The coordinator answers on behalf of the organisation; Bram's name stays text everywhere.
    await send(organisation, `Fijn! Tot zaterdag ${token}`);
    await expect(messageList(anna.page).getByText(`Fijn! Tot zaterdag ${token}`)).toBeVisible();
    await expect(messageList(anna.page).getByText("namens de organisatie").first()).toBeVisible();
    await send(bram.page, `Ik ook ${token}`);
    await expect(messageList(organisation).getByText(xssName).first()).toBeVisible();
    expect(await organisation.locator("[onmouseover]").count()).toBe(0);

    // Bram goes offline; the coordinator sends two messages; back online he sees exactly those two, in order.
    // Meanwhile the digest e-mail reaches him (his own mail, in the local mailbox of the embedded default).
    const mailboxContext = await browser.newContext();
    const mailbox = await mailboxContext.newPage();
    await logIn(mailbox, bram.email, volunteerPassword);
    await mailbox.goto("/dev/post");
    const mailsBefore = await mailbox.getByRole("heading", { level: 2 }).count();
    await bram.context.setOffline(true);
    await expect(bram.page.getByText("Geen verbinding.")).toBeVisible();
    const first = `Eerste bericht terwijl Bram weg was ${token}`;
    const second = `Tweede bericht terwijl Bram weg was ${token}`;
    await send(organisation, first);
    await expect(messageList(organisation).getByText(first)).toBeVisible();
    await send(organisation, second);
    await expect(messageList(organisation).getByText(second)).toBeVisible();
    await expect(async () => {
      await mailbox.goto("/dev/post");
      expect(await mailbox.getByRole("heading", { level: 2 }).count()).toBeGreaterThan(mailsBefore);
    }).toPass({ timeout: 30_000 });
    await expect(mailbox.getByText("U heeft een nieuw bericht.").first()).toBeVisible();
    await mailboxContext.close();
    await bram.context.setOffline(false);
    await expectLive(bram.page);
    const bramList = messageList(bram.page);
    await expect(bramList.getByText(second)).toBeVisible();
    await expect(bramList.getByText(first)).toHaveCount(1);
    await expect(bramList.getByText(second)).toHaveCount(1);
    const bodies = await bramList.locator(".noaber-message__body").allTextContents();
    expect(bodies.filter((body) => body === first || body === second)).toEqual([first, second]);

    // An XSS payload as a message is shown as text.
    const payload = `<img src=x onerror=alert(1)> ${token}`;
    await send(anna.page, payload);
    await expect(messageList(organisation).getByText(payload)).toBeVisible();
    await expect(messageList(anna.page).getByText(payload)).toBeVisible();
    expect(await organisation.locator("img[src=x]").count()).toBe(0);
    expect(await anna.page.locator("img[src=x]").count()).toBe(0);

    // Without JavaScript the conversation still reads and posts.
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const annaWithoutJs = await noScript.newPage();
    await logIn(annaWithoutJs, anna.email, volunteerPassword);
    await annaWithoutJs.goto(klusGroupUrl);
    await expect(messageList(annaWithoutJs).getByText(second)).toBeVisible();
    const plain = `Zonder JavaScript ${token}`;
    await send(annaWithoutJs, plain);
    await expect(messageList(annaWithoutJs).getByText(plain)).toHaveCount(1);
    await expect(messageList(organisation).getByText(plain)).toBeVisible();
    await noScript.close();

    // Anna edits and deletes her own messages; the others see it live.
    await anna.page.goto(klusGroupUrl);
    await expectLive(anna.page);
    const annaMessage = messageList(anna.page).getByRole("listitem").filter({ hasText: annaText });
    await annaMessage.getByRole("link", { name: "Bewerken" }).click();
    const edited = `Ik neem twee snoeischaren mee ${token}`;
    await anna.page.getByLabel("Bericht bewerken").fill(edited);
    await anna.page.getByRole("button", { name: "Opslaan" }).click();
    await expect(anna.page.getByText("Uw bericht is aangepast.")).toBeVisible();
    const editedForBram = messageList(bram.page).getByRole("listitem").filter({ hasText: edited });
    await expect(editedForBram.getByText("bewerkt")).toBeVisible();
    await messageList(anna.page)
      .getByRole("listitem")
      .filter({ hasText: payload })
      .getByRole("button", { name: "Verwijderen" })
      .click();
    await expect(anna.page.getByText("Uw bericht is verwijderd.")).toBeVisible();
    await expect(messageList(organisation).getByText(payload)).toHaveCount(0);
    await expect(messageList(organisation).getByText("Dit bericht is verwijderd")).toBeVisible();

    // Bram offers Anna private messages; once Anna agrees too, they have a private conversation.
    await messageList(bram.page)
      .getByRole("listitem")
      .filter({ hasText: edited })
      .getByRole("button", { name: /^Privé berichten met/ })
      .click();
    await expect(bram.page.getByText(/De ander mag u nu privé berichten sturen/)).toBeVisible();
    await anna.page.goto(klusGroupUrl);
    await messageList(anna.page)
      .getByRole("listitem")
      .filter({ hasText: `Ik ook ${token}` })
      .getByRole("button", { name: /^Privé berichten met/ })
      .click();
    await expect(anna.page).toHaveURL(/\/gesprekken\/[0-9a-f-]{36}$/);
    await expect(anna.page).not.toHaveURL(klusGroupUrl);
    const privately = `Alleen voor jou, Bram ${token}`;
    await send(anna.page, privately);
    await expect(messageList(anna.page).getByText(privately)).toBeVisible();
    await anna.page.goto(klusGroupUrl);
    await expectLive(anna.page);

    // Bram reports a message; the coordinator hides it; Anna blocks Bram and no longer sees him.
    await messageList(bram.page)
      .getByRole("listitem")
      .filter({ hasText: plain })
      .getByRole("link", { name: "Melden" })
      .click();
    await bram.page.getByLabel("Waarom meldt u dit bericht?").fill("Test van het melden");
    await bram.page.getByRole("button", { name: "Bericht melden" }).click();
    await expect(bram.page.getByText("Dank u. Wij kijken naar het bericht.")).toBeVisible();
    await messageList(organisation)
      .getByRole("listitem")
      .filter({ hasText: plain })
      .getByRole("button", { name: "Verbergen" })
      .click();
    await expect(organisation.getByText("Het bericht is verborgen.")).toBeVisible();
    await expect(messageList(anna.page).getByText("Verborgen door een moderator")).toBeVisible();
    await messageList(anna.page)
      .getByRole("listitem")
      .filter({ hasText: `Ik ook ${token}` })
      .getByRole("button", { name: /blokkeren$/ })
      .click();
    await expect(anna.page.getByText("U ziet geen berichten meer van deze persoon.")).toBeVisible();
    await expect(messageList(anna.page).getByText(`Ik ook ${token}`)).toHaveCount(0);
    await send(bram.page, `Nog een bericht van Bram ${token}`);
    await expect(messageList(organisation).getByText(`Nog een bericht van Bram ${token}`)).toBeVisible();
    await expect(messageList(anna.page).getByText(`Nog een bericht van Bram ${token}`)).toHaveCount(0);

    // Anna asks the organisation a question from the klus page: a direct conversation.
    await anna.page.goto(klusUrl);
    await anna.page.getByRole("button", { name: "Stel een vraag aan de organisatie" }).click();
    await expect(anna.page).toHaveURL(/\/gesprekken\/[0-9a-f-]{36}$/);
    await expectNoAccessibilityViolations(anna.page);
    // The coordinator, on another page, sees the header's count go up live.
    await organisation.goto("/gesprekken");
    await expect(organisation.locator('header a[href="/gesprekken"][data-socket="connected"]')).toBeVisible();
    const headerCount = organisation.locator('header a[href="/gesprekken"] .noaber-bell__count');
    const before = (await headerCount.count()) > 0 ? Number(await headerCount.textContent()) : 0;
    const question = `Is er koffie? ${token}`;
    await send(anna.page, question);
    await expect(messageList(anna.page).getByText(question)).toBeVisible();
    await expect(headerCount).toHaveText(String(before + 1));
    await organisation.reload();
    await expect(organisation.getByRole("link", { name: /1 ongelezen bericht/ }).first()).toBeVisible();

    // The overview lists the klus group with the unread messages, and the header counts them.
    await bram.page.goto("/gesprekken");
    await expect(bram.page.getByRole("link", { name: title })).toBeVisible();
    await expectNoAccessibilityViolations(bram.page);

    // Anna lifts the block from her conversations page.
    await anna.page.goto("/gesprekken");
    await expect(anna.page.getByRole("heading", { name: "Geblokkeerd" })).toBeVisible();
    await expectNoAccessibilityViolations(anna.page);
    await anna.page.getByRole("button", { name: /deblokkeren$/ }).click();
    await expect(anna.page.getByText("De blokkade is opgeheven.")).toBeVisible();
    await expect(anna.page.getByRole("heading", { name: "Geblokkeerd" })).toHaveCount(0);
    await anna.page.goto(klusGroupUrl);
    await expect(messageList(anna.page).getByText(`Nog een bericht van Bram ${token}`)).toBeVisible();

    await anna.context.close();
    await bram.context.close();
  }
});
