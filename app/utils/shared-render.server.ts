import { createHash, randomBytes } from "node:crypto";
import type { EntryContext } from "@remix-run/node";

/**
 * One render of a rush page shared by every visitor (logged in or not) whose page differs from another's only in
 * who they are. The loaders still run for each request (spots left, the visitor's own claim, unread counts are theirs);
 * only React's render is shared. The render is made from the loader data with the viewer's id, name and CSRF token
 * (and the CSP nonce) replaced by random markers, so it never holds anyone's identity; each answer puts the
 * visitor's own back, escaped as React (page) and Remix (the `__remixContext` script) would have escaped them.
 *
 * The key is the whole serialised loader, action and error data with those values marked, the URL, the language
 * and the status: two visitors share a render only when everything else the page is made from is equal. When the
 * viewer's id, name or token also appear elsewhere in the data (their own message, their name on a claim list),
 * the page is rendered for them alone, as without this cache.
 */
export type SharedRender = {
  key: string;
  /** The entry context to render once, with markers instead of the viewer's identity. */
  context: EntryContext;
  nonce: string;
  /** The visitor's page from the shared render, or null when a marker would be left (render it for them). */
  personalise(html: string): string | null;
};

/** The pages a klus card's rush opens; others render as before. */
export const SHARED_RENDER_ROUTES: ReadonlySet<string> = new Set([
  "routes/klussen.$id",
  "routes/vacatures.$id",
  "routes/zoeken",
  "routes/_index",
]);

type RootData = {
  language: string;
  csrfToken: string;
  user: ({ id: string; displayName: string } & Record<string, unknown>) | null;
} & Record<string, unknown>;

// Letters, digits and a space: unchanged by React's escaping, JSON and Remix's script escaping, but not by URL
// encoding, so a marker that went through a context not foreseen here is left over, and found (any case).
const run = randomBytes(8).toString("hex");
export const MARKERS = {
  id: `nbr${run} viewerid`,
  name: `nbr${run} viewername`,
  token: `nbr${run} csrftoken`,
  nonce: `nbr${run} nonce`,
} as const;
const leftOver = new RegExp(`nbr${run}`, "i");

/** What React's server renderer writes for a string in text or an attribute. */
export function escapeLikeReact(value: string) {
  return value.replace(/["'&<>]/g, (c) =>
    c === '"' ? "&quot;" : c === "'" ? "&#x27;" : c === "&" ? "&amp;" : c === "<" ? "&lt;" : "&gt;",
  );
}

// As @remix-run/server-runtime's markup.escapeHtml, which writes the loader data into the page's script.
const scriptEscapes: Record<string, string> = {
  "&": "\\u0026",
  ">": "\\u003e",
  "<": "\\u003c",
  "\u2028": "\\u2028",
  "\u2029": "\\u2029",
};
/** A string as it stands, between its quotes, in the `__remixContext` script. */
export function inRemixScript(value: string) {
  return JSON.stringify(value)
    .slice(1, -1)
    .replace(/[&><\u2028\u2029]/g, (c) => scriptEscapes[c] ?? c);
}

const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;

/** Null when this answer is not shared: another page, another status, or the visitor's identity elsewhere in the data. */
export function planSharedRender(input: {
  url: string;
  language: string;
  statusCode: number;
  context: EntryContext;
  nonce: string;
}): SharedRender | null {
  const { context } = input;
  const handler = context.staticHandlerContext;
  const leaf = handler.matches[handler.matches.length - 1]?.route.id;
  if (input.statusCode !== 200 || !leaf || !SHARED_RENDER_ROUTES.has(leaf)) return null;
  const root = handler.loaderData.root as RootData | undefined;
  const handoff = context.serverHandoffString;
  if (!root?.csrfToken || !input.nonce || !handoff) return null;
  const user = root.user;
  if (user && (!user.id || !user.displayName)) return null;
  // Each exactly once, as the root loader's own field: anywhere else, the page is about this person.
  const asString = (value: string) => `"${inRemixScript(value)}"`;
  const identity: Array<[string, string]> = [
    [asString(root.csrfToken), `"${MARKERS.token}"`],
    ...(user
      ? ([
          [asString(user.id), `"${MARKERS.id}"`],
          [asString(user.displayName), `"${MARKERS.name}"`],
        ] as Array<[string, string]>)
      : []),
  ];
  if (identity.some(([value]) => count(handoff, value) !== 1)) return null;
  if (input.url.includes(root.csrfToken) || (user && input.url.includes(user.id))) return null;

  const markedHandoff = identity.reduce((marked, [value, marker]) => marked.replace(value, marker), handoff);
  const markedRoot: RootData = {
    ...root,
    csrfToken: MARKERS.token,
    user: user ? { ...user, id: MARKERS.id, displayName: MARKERS.name } : null,
  };
  const key = createHash("sha256")
    .update(`${input.language}\n${input.statusCode}\n${input.url}\n${markedHandoff}`)
    .digest("base64url");

  const name = user ? escapeLikeReact(user.displayName) : "";
  const outside = (part: string) =>
    part
      .replaceAll(MARKERS.token, root.csrfToken)
      .replaceAll(MARKERS.nonce, input.nonce)
      .replaceAll(MARKERS.id, user?.id ?? "")
      .replaceAll(MARKERS.name, name);
  const personalise = (html: string): string | null => {
    const at = html.indexOf(markedHandoff);
    if (at < 0) return null;
    // Inside the script: the visitor's own data, exactly as Remix serialised it.
    const page = outside(html.slice(0, at)) + handoff + outside(html.slice(at + markedHandoff.length));
    // A marker left means the render used the identity somewhere not foreseen here: render for them instead.
    return leftOver.test(page) ? null : page;
  };

  return {
    key,
    nonce: MARKERS.nonce,
    context: {
      ...context,
      serverHandoffString: markedHandoff,
      staticHandlerContext: { ...handler, loaderData: { ...handler.loaderData, root: markedRoot } },
    },
    personalise,
  };
}
