import { describe, expect, it } from "vitest";
import { absoluteLink, escapeHtml, renderNotificationMail } from "../../../../server/domain/alerts/mail-content";

const base = "https://noaber.example";

describe("e-mail content", () => {
  it("escapes every character that could start markup or leave an attribute", () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;",
    );
  });

  it("links only to Noaber's own pages", () => {
    expect(absoluteLink(base, "/klussen/1?x=2#aanmeldingen")).toBe(`${base}/klussen/1?x=2#aanmeldingen`);
    for (const unsafe of ["javascript:alert(1)", "//evil.example/x", "/\\evil.example", "https://evil.example", null]) {
      expect(absoluteLink(base, unsafe)).toBe(`${base}/meldingen`);
    }
  });

  it("writes in the recipient's language and counts the notifications", () => {
    const items = [
      { kind: "claimPromoted", data: { title: "Bladeren harken" }, link: "/klussen/1" },
      { kind: "somethingNew", data: {}, link: null },
    ];
    const nl = renderNotificationMail({
      to: "a@example.test",
      locale: "nl",
      recipientName: "Anna",
      items,
      baseUrl: base,
      mode: "digest",
    });
    const en = renderNotificationMail({
      to: "a@example.test",
      locale: "en",
      recipientName: "Anna",
      items,
      baseUrl: base,
      mode: "digest",
    });
    expect(nl.subject).toBe("Noaber: 2 nieuwe meldingen");
    expect(nl.text).toContain("u doet nu mee met “Bladeren harken”");
    expect(nl.text).toContain("U heeft een nieuwe melding.");
    expect(en.subject).toBe("Noaber: 2 new notifications");
    expect(en.text).toContain("you are now taking part in “Bladeren harken”");
    expect(en.html).toContain('<html lang="en">');
  });

  it("leaves out other people's names that notifications carry", () => {
    const mail = renderNotificationMail({
      to: "a@example.test",
      locale: "nl",
      recipientName: "Anna",
      items: [
        {
          kind: "claimCancelledPromoted",
          data: { title: "Soep koken", name: "Bram", promotedName: "Cor" },
          link: "/x",
        },
        { kind: "applicationReceived", data: { title: "Voorlezer", name: "Dirk" }, link: "/y" },
      ],
      baseUrl: base,
      mode: "digest",
    });
    for (const name of ["Bram", "Cor", "Dirk"]) {
      expect(mail.text).not.toContain(name);
      expect(mail.html).not.toContain(name);
    }
  });
});
