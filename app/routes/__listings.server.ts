import { parseWithZod } from "@conform-to/zod";
import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { listingSchemaFor, type ListingSide } from "../../server/domain/businesses/listings.schemas";
import { isDomainError } from "../../server/domain/errors";
import { listingPages } from "../components/businesses/listing-pages";
import { getFixedT } from "../i18n/i18next.server";
import { requireUser } from "../utils/auth.server";
import { pageForDomainError } from "../utils/domain-errors.server";
import { readForm } from "../utils/form.server";
import { replyWithDomainError } from "../utils/form-replies.server";

async function choices(context: LoaderFunctionArgs["context"]) {
  const [categories, wijken] = await Promise.all([
    context.app.services.skills.listCategoriesWithSkills(),
    context.app.services.places.listWijken(),
  ]);
  return {
    categories: categories.map((c) => ({
      slug: c.slug,
      nameNl: c.nameNl,
      nameEn: c.nameEn,
      skills: c.skills.map((s) => ({ slug: s.slug, nameNl: s.nameNl, nameEn: s.nameEn })),
    })),
    wijken: [...wijken]
      .map((w) => ({ code: w.code, name: w.name, formerName: w.formerName }))
      .sort((a, b) => a.name.localeCompare(b.name, "nl")),
  };
}

/** The overview: own listings and ranked matches, with names for skills and wijken. */
export async function overviewLoader(side: ListingSide, { request, context }: LoaderFunctionArgs) {
  const actor = await requireUser(request, context);
  const overview = await context.app.services.listings
    .overview(actor, { side })
    .catch((error: unknown) => pageForDomainError(error, { request, forbidden: listingPages[side].forbidden }));
  const [names, t] = await Promise.all([choices(context), getFixedT(request, "businesses")]);
  const params = new URL(request.url).searchParams;
  return json({
    title: t(`${listingPages[side].texts}.title`),
    ...overview,
    skillNames: Object.fromEntries(
      names.categories.flatMap((c) => c.skills.map((s) => [s.slug, { nl: s.nameNl, en: s.nameEn }])),
    ) as Record<string, { nl: string; en: string }>,
    wijkNames: Object.fromEntries(names.wijken.map((w) => [w.code, w.name])) as Record<string, string>,
    notice: (params.has("opgeslagen") ? "saved" : params.has("gesloten") ? "closed" : null) as
      "saved" | "closed" | null,
  });
}

/** "Stuur een bericht" from a match: opens the conversation between the two. */
export async function overviewAction(side: ListingSide, { request, context }: ActionFunctionArgs) {
  const formData = await readForm(request, context);
  const actor = await requireUser(request, context);
  const input = { offerId: String(formData.get("offerId") ?? ""), requestId: String(formData.get("requestId") ?? "") };
  try {
    const { conversationId } = await context.app.services.listings.startConversation(actor, input);
    return redirect(`/gesprekken/${conversationId}`);
  } catch (error) {
    // A match closed meanwhile: the overview shows what fits now.
    if (isDomainError(error) && error.code === "invalid") {
      return redirect(listingPages[side].base);
    }
    return pageForDomainError(error, { request, forbidden: listingPages[side].forbidden });
  }
}

export async function newLoader(side: ListingSide, { request, context }: LoaderFunctionArgs) {
  const actor = await requireUser(request, context);
  // The same check the service makes on saving, so a refused visitor is told before typing.
  await context.app.services.listings
    .publisherFor(actor, { side })
    .catch((error: unknown) => pageForDomainError(error, { request, forbidden: listingPages[side].forbidden }));
  const [data, t] = await Promise.all([choices(context), getFixedT(request, "businesses")]);
  return json({ title: t(`${listingPages[side].texts}.newTitle`), ...data });
}

export async function newAction(side: ListingSide, { request, context }: ActionFunctionArgs) {
  const formData = await readForm(request, context);
  const actor = await requireUser(request, context);
  const submission = parseWithZod(formData, { schema: listingSchemaFor(side), disableAutoCoercion: true });
  if (submission.status !== "success") return json(submission.reply(), { status: 400 });
  try {
    await context.app.services.listings.create(actor, { side, listing: submission.payload });
    return redirect(`${listingPages[side].base}?opgeslagen=1`);
  } catch (error) {
    return replyWithDomainError(submission, error, { request, forbidden: listingPages[side].forbidden });
  }
}

export async function editLoader(side: ListingSide, { request, context, params }: LoaderFunctionArgs) {
  const actor = await requireUser(request, context);
  const forbidden = listingPages[side].notYours;
  const listing = await context.app.services.listings
    .getOwn(actor, { side, id: params.id ?? "" })
    .catch((error: unknown) => pageForDomainError(error, { request, forbidden }));
  const [data, t] = await Promise.all([choices(context), getFixedT(request, "businesses")]);
  return json({ title: t(`${listingPages[side].texts}.editTitle`), listing, ...data });
}

export async function editAction(side: ListingSide, { request, context, params }: ActionFunctionArgs) {
  const formData = await readForm(request, context);
  const actor = await requireUser(request, context);
  const id = params.id ?? "";
  const forbidden = listingPages[side].notYours;
  if (formData.get("intent") === "close") {
    await context.app.services.listings
      .close(actor, { side, id })
      .catch((error: unknown) => pageForDomainError(error, { request, forbidden }));
    return redirect(`${listingPages[side].base}?gesloten=1`);
  }
  const submission = parseWithZod(formData, { schema: listingSchemaFor(side), disableAutoCoercion: true });
  if (submission.status !== "success") return json(submission.reply(), { status: 400 });
  try {
    await context.app.services.listings.update(actor, { side, id, listing: submission.payload });
    return redirect(`${listingPages[side].base}?opgeslagen=1`);
  } catch (error) {
    return replyWithDomainError(submission, error, { request, forbidden });
  }
}
