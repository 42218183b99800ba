import { randomInt } from "node:crypto";
import { inviteAlphabet, inviteCodeLength } from "./invites.schemas";

/** A random code of 8 characters from an alphabet without look-alikes (31^8 ≈ 8.5 × 10^11 codes). */
export function newInviteCode(): string {
  let code = "";
  for (let i = 0; i < inviteCodeLength; i++) code += inviteAlphabet[randomInt(inviteAlphabet.length)];
  return code;
}

/**
 * A login name for someone without an e-mail address: their first name in plain letters and four
 * digits ("amal-4821"); names in other scripts become "deelnemer-4821".
 */
export function newLoginName(displayName: string): string {
  const base =
    displayName
      .normalize("NFD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .split(/\s+/)[0]
      ?.replace(/[^a-z]/g, "")
      .slice(0, 20) ?? "";
  return `${base.length >= 2 ? base : "deelnemer"}-${randomInt(1000, 10000)}`;
}
