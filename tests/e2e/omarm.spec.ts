import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectNoAccessibilityViolations } from "./support/axe";
import {
  amsterdamDay,
  dayFromToday,
  demoBusiness,
  demoOrganisation,
  loggedIn,
  messageBusinessFromMatch,
  publishOffer,
  publishRequest,
  readMessageFromOrganisation,
  requestMatch,
} from "./support/marketplace";
import { publishKlus } from "./support/publish";
import { nameTeamMembers, reserveTeamSpots, teamClaimCard } from "./support/team";

const minute = 60_000;
const members = ["Marco Hofstra", "Linda Kamstra"] as const;
const hoursEach = 3;

/** The first whole minute at least `ms` from now: the klus form takes minutes. */
function wholeMinuteIn(ms: number) {
  return new Date(Math.ceil((Date.now() + ms) / minute) * minute);
}

/** Reloads `page` until `check` holds: for what the jobs or the clock change, as a person would see it. */
async function reloadUntil(page: Page, check: () => Promise<void>, timeout: number) {
  await expect(async () => {
    await page.reload();
    await check();
  }).toPass({ timeout, intervals: [2_000] });
}

/** The attendance form of one member in the organisation's list of claims. */
function attendanceOf(page: Page, member: string): Locator {
  return page.locator("form").filter({ has: page.getByRole("group", { name: `Was ${member} er?` }) });
}

test("Omarm Groningen: an offer meets a request, a team takes part, and its confirmed hours reach the social-return report", async ({
  browser,
}) => {
  // Waiting on the real clock is the point: the release comes halfway to a start about two minutes away.
  test.setTimeout(5 * minute);
  const run = randomUUID().slice(0, 6);
  const offerTitle = `Een team voor de buurttuin ${run}`;
  const requestTitle = `Handen voor de buurttuin ${run}`;
  const klusTitle = `Buurttuin winterklaar maken ${run}`;
  const teamName = `Team Hunzeland ${run}`;
  const wijk = "Oud-Oost (Oosterparkwijk)";

  const business = await loggedIn(browser, demoBusiness.email);
  await publishOffer(business.page, { title: offerTitle, from: dayFromToday(0), to: dayFromToday(90), wijk });

  const organisation = await loggedIn(browser, demoOrganisation.email);
  await publishRequest(organisation.page, { title: requestTitle, from: dayFromToday(0), to: dayFromToday(60), wijk });
  const match = requestMatch(organisation.page, requestTitle, offerTitle);
  await expect(match).toBeVisible();

  const message = `Zullen we een klus voor uw team maken? (${run})`;
  await messageBusinessFromMatch(organisation.page, match, message);
  await readMessageFromOrganisation(business.page, message);

  // A team that signs up inside the release window keeps its unnamed spots for half the time left.
  const startsAt = wholeMinuteIn(2 * minute);
  // Short, so that a rerun soon after does not overlap the members' claims of this run.
  const endsAt = new Date(startsAt.getTime() + 2 * minute);
  const klusUrl = await publishKlus(organisation.page, {
    title: klusTitle,
    buurt: "Florabuurt",
    startsAt,
    endsAt,
    spots: 4,
    skill: "Schilderen",
  });

  await business.page.goto(klusUrl);
  await reserveTeamSpots(business.page, { name: teamName, spots: 3 });
  await expect(business.page.getByText(`3 plekken gereserveerd voor ${teamName}`)).toBeVisible();

  await business.page.goto("/team");
  const card = teamClaimCard(business.page, { name: teamName, klusTitle });
  // Only the business's own people can be named.
  await expect(card.getByLabel("Teamlid").getByRole("option", { name: members[0] })).toBeAttached();
  await expect(card.getByLabel("Teamlid").getByRole("option", { name: members[1] })).toBeAttached();
  await expect(card.getByLabel("Teamlid").getByRole("option", { name: "Sophie van Dam" })).toHaveCount(0);
  await nameTeamMembers(business.page, card, members);
  await expect(card.getByText("Nog 1 plek zonder naam.")).toBeVisible();

  await business.page.goto(klusUrl);
  await expect(business.page.getByText(`1 plek gereserveerd voor ${teamName}`)).toBeVisible();
  const untilStart = () => startsAt.getTime() - Date.now() + minute;
  await reloadUntil(
    business.page,
    () => expect(business.page.getByText(`gereserveerd voor ${teamName}`)).toHaveCount(0),
    untilStart(),
  );
  expect(Date.now(), "the unnamed spot goes back before the start").toBeLessThan(startsAt.getTime());
  await expect(business.page.getByText("Nog 2 plekken vrij")).toBeVisible();

  await business.page.goto("/meldingen");
  await expect(
    business.page.getByText(
      `${teamName} had bij “${klusTitle}” nog plekken zonder naam (aantal: 1). Die plekken zijn nu vrij voor anderen.`,
    ),
  ).toBeVisible();
  await expectNoAccessibilityViolations(business.page);

  // Attendance can be marked once the klus has started.
  await organisation.page.goto(klusUrl);
  await reloadUntil(
    organisation.page,
    () => expect(attendanceOf(organisation.page, members[0])).toBeVisible({ timeout: 1_000 }),
    untilStart(),
  );
  for (const member of members) {
    const row = organisation.page.getByRole("row").filter({ hasText: member });
    await expect(row.getByText(`Team: ${teamName}`)).toBeVisible();
    const form = attendanceOf(organisation.page, member);
    await form.getByLabel("Was er", { exact: true }).check();
    await form.getByLabel(`Uren voor ${member}`).fill(String(hoursEach));
    await form.getByRole("button", { name: "Opslaan" }).click();
    await expect(attendanceOf(organisation.page, member).getByRole("status")).toHaveText("Opgeslagen.");
    await expect(attendanceOf(organisation.page, member).getByLabel(`Uren voor ${member}`)).toHaveValue(
      String(hoursEach),
    );
  }
  await expectNoAccessibilityViolations(organisation.page);

  // The klus's own day, also when it started just before midnight.
  const klusDay = amsterdamDay(startsAt);
  await business.page.goto(`/bedrijf/rapportage?van=${klusDay}&tot=${klusDay}`);
  const klusRow = business.page.getByRole("row").filter({ hasText: klusTitle });
  await expect(klusRow.getByRole("cell").nth(-2)).toHaveText(String(members.length));
  await expect(klusRow.getByRole("cell").last()).toHaveText(String(members.length * hoursEach));

  const downloading = business.page.waitForEvent("download");
  await business.page.getByRole("link", { name: "Download als CSV (Excel)" }).click();
  const csv = await readFile((await (await downloading).path())!, "utf8");
  const klusLine = csv.split("\r\n").find((line) => line.includes(`;${klusTitle};`));
  expect(klusLine).toMatch(
    new RegExp(
      `^Klus;${klusDay};${klusTitle};${demoOrganisation.name.replace(/[()]/g, "\\$&")};[^;]+;${members.length};${members.length * hoursEach}$`,
    ),
  );

  await business.context.close();
  await organisation.context.close();
});
