import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "../../../../server/domain/accounts/passwords";

describe("passwords", () => {
  it("hashes with argon2id at the OWASP parameters and verifies the right password", async () => {
    const hash = await hashPassword("correct horse battery staple");
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
    expect(await verifyPassword(hash, "correct horse battery staple")).toBe(true);
  });

  it("rejects a wrong password", async () => {
    const hash = await hashPassword("noaber-demo-2026");
    expect(await verifyPassword(hash, "noaber-demo-2025")).toBe(false);
    expect(await verifyPassword(hash, "")).toBe(false);
  });

  it("salts every hash", async () => {
    const [a, b] = await Promise.all([hashPassword("zelfde wachtwoord"), hashPassword("zelfde wachtwoord")]);
    expect(a).not.toBe(b);
  });

  it("handles accents and long passwords", async () => {
    const plain = `Grönings-wachtwoord-${"x".repeat(200)}`;
    expect(await verifyPassword(await hashPassword(plain), plain)).toBe(true);
  });

  it("denies instead of throwing when the stored hash is malformed", async () => {
    expect(await verifyPassword("not-a-hash", "anything")).toBe(false);
    expect(await verifyPassword("", "anything")).toBe(false);
  });
});
