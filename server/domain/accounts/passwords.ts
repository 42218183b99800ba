import * as argon2 from "argon2";

// OWASP Password Storage Cheat Sheet, argon2id minimum: m=19 MiB, t=2, p=1.
// https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html#argon2id
const options = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** Hashes a password with argon2id; the PHC string holds the salt and parameters. */
export function hashPassword(plain: string): Promise<string> {
  return argon2.hash(plain, options);
}

/** True when `plain` matches `hash`; false for a wrong password or a hash that is not an argon2 PHC string. */
export async function verifyPassword(hash: string, plain: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, plain);
  } catch {
    // A malformed stored hash must deny the login, not crash it.
    return false;
  }
}
