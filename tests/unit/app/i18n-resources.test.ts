import { describe, expect, it } from "vitest";
import { resources } from "../../../app/i18n/resources";

type Namespace = keyof typeof resources.nl;

const pluralSuffix = /_(zero|one|two|few|many|other)$/;

/**
 * What the pages a volunteer uses read, which Arabic and Ukrainian must translate: a whole namespace, or the
 * parts of one (key paths) that volunteers see; the rest, for coordinators, falls back to English.
 */
const volunteerTexts: Partial<Record<Namespace, "all" | string[]>> = {
  common: "all",
  home: "all",
  search: "all",
  opportunities: ["kind", "kindLower", "card", "flags", "languageNames", "detail"],
  claims: [
    "heading",
    "spotsLeft",
    "full",
    "unlimited",
    "join",
    "joinWaitlist",
    "vogConfirm",
    "vogHint",
    "loginToJoin",
    "profileLink",
    "active",
    "waitlisted",
    "joined",
    "joinedWaitlist",
    "cancelled",
    "cancel",
    "cancelWaitlist",
    "started",
    "notOpen",
    "errorHeading",
    "errors",
    "team",
    "confirmAsk",
    "confirm",
    "confirmedState",
    "confirmed",
    "handOver",
    "handOverWaitlist",
    "handOverDayOf",
    "handOverQuestion",
    "handOverSure",
    "handOverKeep",
    "handedOver",
    "spotFreeToday",
    "takeSpot",
    "confirmLabel",
    "handOverLabel",
  ],
  accounts: "all",
  profile: "all",
  agenda: "all",
  messaging: "all",
  notifications: "all",
  alerts: "all",
  applications: ["apply", "status", "duration", "errors"],
  organisationPage: "all",
  // The statements stay Dutch and English (shown in English, marked with lang="en"): titles and a note only.
  statements: ["privacy.title", "accessibility.title", "untranslatedNote"],
  // Signing up with an invite code, and the welcome page with the login name; invite codes are for coordinators.
  invites: ["signUp", "welcome", "nav", "errors.code"],
  // The statement of hours, linked from the agenda; the rest is for businesses.
  businesses: ["statement"],
  // The "report this klus" form; the municipality's moderation pages are not for volunteers.
  moderation: ["report", "errors.subject", "errors.reportReason", "errors.ownListing"],
  // Mijn gegevens, the deletion, the retention periods on the privacy page and the archived klus group.
  privacy: "all",
};
const volunteerNamespaces = Object.keys(volunteerTexts) as Namespace[];

function isVolunteerText(namespace: Namespace, path: string): boolean {
  const parts = volunteerTexts[namespace];
  if (parts === "all") return true;
  const key = path.replace(pluralSuffix, "");
  return parts?.some((part) => key === part || key.startsWith(`${part}.`) || key.startsWith(`${part}[`)) ?? false;
}
const newcomerLanguages = ["ar", "uk"] as const;

function keyPaths(value: unknown, prefix = ""): string[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => keyPaths(item, `${prefix}[${index}]`));
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([key, child]) => keyPaths(child, prefix ? `${prefix}.${key}` : key));
  }
  return [prefix];
}

function textAt(tree: unknown, path: string): unknown {
  return path
    .replace(/\[(\d+)\]/g, ".$1")
    .split(".")
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], tree);
}

/** A plural key's base ("count" of "count_one"); i18next picks the suffix with Intl.PluralRules. */
function pluralBase(path: string): string | null {
  return pluralSuffix.test(path) ? path.replace(pluralSuffix, "") : null;
}

function placeholders(text: unknown): string[] {
  return typeof text === "string" ? [...text.matchAll(/{{\s*([\w.]+)[^}]*}}/g)].map((match) => match[1]!).sort() : [];
}

/** Keys of nl with each plural base expanded to the categories the language needs. */
function expectedKeys(namespace: Namespace, language: string): string[] {
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
  const keys = new Set<string>();
  for (const path of keyPaths(resources.nl[namespace]).filter((key) => isVolunteerText(namespace, key))) {
    const base = pluralBase(path);
    if (base) for (const category of categories) keys.add(`${base}_${category}`);
    else keys.add(path);
  }
  return [...keys].sort();
}

describe("translations", () => {
  it("has the same namespaces in Dutch and English", () => {
    expect(Object.keys(resources.en).sort()).toEqual(Object.keys(resources.nl).sort());
  });

  for (const namespace of Object.keys(resources.nl) as Namespace[]) {
    it(`has every Dutch key of "${namespace}" in English too, and no extra ones`, () => {
      expect(keyPaths(resources.en[namespace]).sort()).toEqual(keyPaths(resources.nl[namespace]).sort());
    });
  }

  for (const language of ["nl", "en", ...newcomerLanguages] as const) {
    const bundle: Partial<Record<Namespace, unknown>> = resources[language];
    for (const namespace of Object.keys(bundle) as Namespace[]) {
      it(`has no empty texts in "${namespace}" (${language})`, () => {
        const tree = bundle[namespace];
        const empty = keyPaths(tree).filter((path) => {
          const text = textAt(tree, path);
          return typeof text !== "string" || text.trim() === "";
        });
        expect(empty).toEqual([]);
      });
    }
  }

  for (const language of newcomerLanguages) {
    it(`translates only namespaces Dutch has into ${language}`, () => {
      const unknown = Object.keys(resources[language]).filter((namespace) => !(namespace in resources.nl));
      expect(unknown).toEqual([]);
    });

    for (const namespace of volunteerNamespaces) {
      it(`has every key of "${namespace}" in ${language}, with the plural forms ${language} needs, and no extra ones`, () => {
        const bundle: Partial<Record<Namespace, unknown>> = resources[language];
        expect(keyPaths(bundle[namespace]).sort()).toEqual(expectedKeys(namespace, language));
      });

      it(`keeps every placeholder of "${namespace}" in ${language}`, () => {
        const bundle: Partial<Record<Namespace, unknown>> = resources[language];
        const lost = keyPaths(resources.nl[namespace])
          .filter((key) => isVolunteerText(namespace, key))
          .flatMap((path) => {
            const base = pluralBase(path);
            const wanted = placeholders(textAt(resources.nl[namespace], path));
            const variants = base
              ? new Intl.PluralRules(language)
                  .resolvedOptions()
                  .pluralCategories.map((category) => `${base}_${category}`)
              : [path];
            return variants.flatMap((variant) => {
              const found = placeholders(textAt(bundle[namespace], variant));
              // A plural form for exactly one or two may say the number in words instead of {{count}}.
              const needed = /_(zero|one|two)$/.test(variant) ? wanted.filter((name) => name !== "count") : wanted;
              return needed.filter((name) => !found.includes(name)).map((name) => `${variant}: {{${name}}}`);
            });
          });
        expect(lost).toEqual([]);
      });
    }
  }

  it("knows which plural forms Arabic and Ukrainian need", () => {
    expect(new Intl.PluralRules("ar").resolvedOptions().pluralCategories.sort()).toEqual(
      ["few", "many", "one", "other", "two", "zero"].sort(),
    );
    expect(new Intl.PluralRules("uk").resolvedOptions().pluralCategories.sort()).toEqual(
      ["few", "many", "one", "other"].sort(),
    );
  });
});
