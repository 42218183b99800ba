import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { LinkifiedText, safeHref } from "../../../../../app/components/messaging/LinkifiedText";

const render = (text: string) => renderToStaticMarkup(createElement(LinkifiedText, { text }));

/** Payloads that would run script or add markup if a message were rendered as HTML. */
const xssCorpus = [
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "javascript:alert(1)",
  '<a href="javascript:alert(1)">x</a>',
  "<svg onload=alert(1)>",
  "<iframe src=https://evil.example></iframe>",
  "JaVaScRiPt:alert(document.cookie) en www.example.org",
  "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
  'https://example.org/"><script>alert(1)</script>',
];

/** The opening tags in the markup, by name. */
const tagsIn = (html: string) => [...html.matchAll(/<([a-z][a-z0-9]*)\b/gi)].map((match) => match[1]!.toLowerCase());

describe("LinkifiedText", () => {
  it.each(xssCorpus)("shows %j as text: no tag from the input, no script href", (payload) => {
    const html = render(payload);
    expect(tagsIn(html).every((tag) => tag === "a")).toBe(true);
    expect(html).not.toMatch(/href="(?!https?:|mailto:)/i);
    expect(html).not.toMatch(/<(script|img|svg|iframe)/i);
    expect(html).not.toMatch(/<[^>]*\son[a-z]+=/i);
  });

  it("keeps every character of the text, escaped", () => {
    expect(render('<script>alert("x")</script>')).toBe("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
  });

  it("makes web and mail addresses clickable, safely", () => {
    const html = render("Kijk op https://noaber.example/klus?id=1 of mail buurt@example.org");
    expect(html).toContain(
      '<a href="https://noaber.example/klus?id=1" class="utrecht-link" rel="noopener noreferrer nofollow ugc">https://noaber.example/klus?id=1</a>',
    );
    expect(html).toContain('href="mailto:buurt@example.org"');
  });

  it("links a bare www address over https", () => {
    expect(render("www.example.org")).toContain('href="https://www.example.org"');
  });

  it("does not link javascript: even where a link is found", () => {
    expect(render("javascript:alert(1)")).not.toContain("<a");
    expect(safeHref("javascript:alert(1)")).toBeNull();
    expect(safeHref("data:text/html,x")).toBeNull();
    expect(safeHref("https://example.org")).toBe("https://example.org");
  });
});
