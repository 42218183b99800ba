import { randomUUID } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { logIn, signUp, uniqueEmail } from "./support/accounts";
import { publishKlus } from "./support/publish";

const password = "een lange zin als wachtwoord";

/**
 * The tab's Socket.IO connections as the network sees them (observed from outside the page; the
 * page exposes nothing): every text frame each one received, and whether it was closed.
 */
function watchSockets(page: Page) {
  const connections: Array<{ frames: string[]; closed: boolean }> = [];
  page.on("websocket", (ws) => {
    if (!ws.url().includes("/socket.io/")) return;
    const connection = { frames: [] as string[], closed: false };
    connections.push(connection);
    ws.on("framereceived", ({ payload }) => connection.frames.push(String(payload)));
    ws.on("close", () => (connection.closed = true));
  });
  return connections;
}

/** Socket.IO's "connected" packet: the handshake (which read the session cookie) was accepted. */
const isConnectPacket = (frame: string) => frame.startsWith("40");

/** A mark that a full page load would wipe out: the steps after it happen without a reload. */
async function markNoReload(page: Page) {
  await page.evaluate(() => Object.assign(window, { noaberTestNoReload: true }));
}
async function expectNoReload(page: Page) {
  expect(await page.evaluate(() => "noaberTestNoReload" in window)).toBe(true);
}

async function newVolunteer(browser: Browser, name: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const email = uniqueEmail("sessie");
  await signUp(page, { name, email, password });
  return { context, page, email };
}

/** A klus with one spot, published by the demo organisation; closes the organisation's page after. */
async function klusWithOneSpot(browser: Browser, title: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await logIn(page, "organisatie@demo.noaber.nl");
  // Days ahead and not in the Florabuurt, so that it does not get between other specs and their klussen.
  const url = await publishKlus(page, {
    title,
    buurt: "Selwerd",
    startsIn: 96,
    hours: 2,
    spots: 1,
    skill: "Tuinieren",
  });
  await context.close();
  return url;
}

/** Volunteers holding the klus's only spot and its first waitlist place, each on the klus page. */
async function spotAndWaitlist(browser: Browser, klusUrl: string, names: [string, string]) {
  const holder = await newVolunteer(browser, names[0]);
  await holder.page.goto(klusUrl);
  await holder.page.getByRole("button", { name: "Ik doe mee" }).click();
  await expect(holder.page.getByText("Gelukt: u doet mee.")).toBeVisible();
  const waiting = await newVolunteer(browser, names[1]);
  await waiting.page.goto(klusUrl);
  await waiting.page.getByRole("button", { name: "Zet mij op de wachtlijst" }).click();
  await expect(waiting.page.getByText("U staat op de wachtlijst, plek 1.", { exact: false })).toBeVisible();
  return { holder, waiting };
}

test("on a shared computer, the tab's socket stops acting for whoever logs out and follows whoever logs in", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const klusUrl = await klusWithOneSpot(browser, `Schuur opruimen ${randomUUID().slice(0, 6)}`);
  const { holder, waiting: bea } = await spotAndWaitlist(browser, klusUrl, ["Henk", "Bea"]);
  await bea.context.close();

  // The buurthuis computer: Anna is logged in; the tab's socket is hers.
  const shared = await browser.newContext();
  const tab = await shared.newPage();
  const connections = watchSockets(tab);
  await signUp(tab, { name: "Anna", email: uniqueEmail("sessie"), password });
  await expect.poll(() => connections.at(-1)?.frames.some(isConnectPacket) ?? false).toBe(true);
  const annas = connections.at(-1)!;
  await markNoReload(tab);

  await tab.getByRole("button", { name: /Uitloggen/ }).click();
  await expect(tab.getByRole("link", { name: "Inloggen", exact: true })).toBeVisible();
  // The server told Anna's socket its session ended and hung up: nothing more is done as Anna.
  await expect.poll(() => annas.frames.includes('42["session:ended"]')).toBe(true);
  await expect.poll(() => annas.closed).toBe(true);

  // Bea logs in at the same tab, through the header's link: the socket moves to her.
  await tab.getByRole("link", { name: "Inloggen", exact: true }).click();
  await tab.getByLabel("E-mailadres").fill(bea.email);
  await tab.getByLabel("Wachtwoord").fill(password);
  const before = connections.length;
  await tab.getByRole("button", { name: "Inloggen" }).click();
  await expect(tab.getByRole("button", { name: /Uitloggen \(Bea\)/ })).toBeVisible();
  await expect
    .poll(() => connections.slice(before).some((c) => !c.closed && c.frames.some(isConnectPacket)))
    .toBe(true);

  // Henk cancels: Bea gets his spot, and her live notification reaches this tab's bell.
  await holder.page.getByRole("button", { name: "Afmelden" }).click();
  await expect(holder.page.getByText("U bent afgemeld.")).toBeVisible();
  await expect(tab.getByRole("link", { name: /Meldingen.*1 nieuwe melding/ })).toBeVisible();
  await expectNoReload(tab);

  for (const context of [holder.context, shared]) await context.close();
});

test("a waitlisted volunteer's open klus page shows their spot as soon as they are promoted", async ({ browser }) => {
  test.setTimeout(120_000);
  const klusUrl = await klusWithOneSpot(browser, `Bankjes verven ${randomUUID().slice(0, 6)}`);
  const { holder, waiting } = await spotAndWaitlist(browser, klusUrl, ["Karel", "Lieke"]);
  // The page's socket listens (it answered its klus subscription) before anything changes.
  await expect(waiting.page.locator("[data-live-spots='connected']")).toBeAttached();
  await markNoReload(waiting.page);

  await holder.page.getByRole("button", { name: "Afmelden" }).click();
  await expect(holder.page.getByText("U bent afgemeld.")).toBeVisible();

  const status = waiting.page.getByText("U doet mee met deze klus.");
  await expect(status).toBeVisible();
  await expect(status).toHaveAttribute("aria-live", "polite");
  await expect(waiting.page.getByText("U staat op de wachtlijst", { exact: false })).toBeHidden();
  await expect(waiting.page.getByRole("button", { name: "Afmelden" })).toBeVisible();
  await expectNoReload(waiting.page);

  for (const context of [holder.context, waiting.context]) await context.close();
});
