import { tokenize } from "linkifyjs";

const allowedProtocols = new Set(["http:", "https:", "mailto:"]);

/** The href for a link found in a message, or null when it is not a web or mail address. */
export function safeHref(href: string): string | null {
  try {
    return allowedProtocols.has(new URL(href).protocol) ? href : null;
  } catch {
    return null;
  }
}

/**
 * A message's text as text, with web and mail addresses made clickable. Nothing a person typed is
 * ever rendered as HTML: React escapes every piece, and only http, https and mailto become links.
 */
export function LinkifiedText({ text }: { text: string }) {
  return (
    <>
      {tokenize(text).map((token, index) => {
        const words = token.toString();
        const href = token.isLink ? safeHref(token.toHref("https")) : null;
        return href ? (
          <a key={index} href={href} className="utrecht-link" rel="noopener noreferrer nofollow ugc">
            {words}
          </a>
        ) : (
          words
        );
      })}
    </>
  );
}
