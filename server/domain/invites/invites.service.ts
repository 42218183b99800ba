import type { Locale } from "../../../db/schema";
import type { AccountsService, SignedIn } from "../accounts/accounts.service";
import * as accountsRepo from "../accounts/accounts.repository";
import { requireGroupCoordinator, type Actor } from "../actor";
import { DomainError, forbidden, invalid, notFound } from "../errors";
import { parseAmsterdamDateTime } from "../opportunities/amsterdam-time";
import { parseInput } from "../parse-input";
import type { ServiceDependencies } from "../services";
import { newInviteCode, newLoginName } from "./invite-code";
import * as repo from "./invites.repository";
import {
  createInviteSchema,
  inviteCodeSchema,
  inviteSignUpSchema,
  revokeInviteSchema,
  type CreateInviteInput,
  type InviteSignUpInput,
} from "./invites.schemas";

const problemMessage: Record<repo.InviteProblem, string> = {
  unknown: "invites:errors.code.unknown",
  expired: "invites:errors.code.expired",
  usedUp: "invites:errors.code.usedUp",
  revoked: "invites:errors.code.revoked",
};

/** The longest a code may stay valid: a code is shared by hand, so it should not live for years. */
const maxValidityMs = 366 * 24 * 60 * 60 * 1000;

/**
 * Invite codes of businesses and partners, joining with one, and the members a coordinator sees.
 * Every use case checks that the actor coordinates that very organisation: one business or partner
 * never sees or changes another's codes or people.
 */
export function createInvitesService(
  deps: Pick<ServiceDependencies, "db"> & { accounts: Pick<AccountsService, "openAccount"> },
) {
  const { db, accounts } = deps;

  async function requireGroup(actor: Actor, organisationId: string) {
    const user = requireGroupCoordinator(actor);
    const group = await repo.coordinatedGroup(db, organisationId, user.userId);
    if (!group) throw forbidden("Only a coordinator of this business or partner may do this");
    return { user, group };
  }

  return {
    /** The businesses and partners the actor coordinates (approved ones only). */
    async myGroups(actor: Actor): Promise<repo.InvitingOrganisation[]> {
      const user = requireGroupCoordinator(actor);
      return repo.coordinatedGroups(db, user.userId);
    },

    async create(actor: Actor, input: CreateInviteInput, now = new Date()): Promise<{ id: string; code: string }> {
      const data = parseInput(createInviteSchema, input);
      const { user } = await requireGroup(actor, data.organisationId);
      const expiresAt = parseAmsterdamDateTime(`${data.expiresOn}T23:59`);
      if (!expiresAt || expiresAt <= now || expiresAt.getTime() - now.getTime() > maxValidityMs) {
        throw invalid("The expiry date is not valid", { expiresOn: ["invites:errors.expiresOn.range"] });
      }
      return db.transaction().execute(async (trx) => {
        let code = newInviteCode();
        // A collision is about one in a billion; checking first keeps the transaction usable.
        while (await repo.codeExists(trx, code)) code = newInviteCode();
        const id = await repo.insertInvite(trx, {
          organisationId: data.organisationId,
          code,
          createdBy: user.userId,
          expiresAt,
          maxUses: data.maxUses,
        });
        return { id, code };
      });
    },

    async list(actor: Actor, input: { organisationId: string }, now = new Date()): Promise<repo.InviteView[]> {
      await requireGroup(actor, input.organisationId);
      return repo.listInvites(db, input.organisationId, now);
    },

    async revoke(actor: Actor, input: { organisationId: string; inviteId: string }): Promise<void> {
      const data = parseInput(revokeInviteSchema, input);
      await requireGroup(actor, data.organisationId);
      if (!(await repo.revoke(db, data.organisationId, data.inviteId))) throw notFound("Invite code");
    },

    /** Members as a coordinator may see them: display name and languages, never contact details. */
    async members(actor: Actor, input: { organisationId: string }): Promise<repo.MemberView[]> {
      await requireGroup(actor, input.organisationId);
      return repo.listMembers(db, input.organisationId);
    },

    /** For the sign-up page: who invites, or why the code cannot be used (as the field's i18n key). */
    async describe(
      input: { code: string },
      now = new Date(),
    ): Promise<{ organisation: repo.InvitingOrganisation } | { problem: string }> {
      const code = inviteCodeSchema.safeParse(input.code);
      if (!code.success) return { problem: problemMessage.unknown };
      const found = await repo.lookUp(db, code.data, now);
      return "problem" in found ? { problem: problemMessage[found.problem] } : found;
    },

    /**
     * Creates a volunteer who is a member of the inviting business or partner, taking one use of the
     * code in the same transaction (so a refused code leaves no account, and the uses never pass the
     * maximum). Without an e-mail address the person gets a login name, returned to show once.
     */
    async signUp(
      _actor: Actor,
      input: InviteSignUpInput & { locale?: Locale; previousSessionId?: string },
      now = new Date(),
    ): Promise<SignedIn & { loginName: string | null; organisationName: string }> {
      const data = parseInput(inviteSignUpSchema, input);
      const before = await repo.lookUp(db, data.code, now);
      if ("problem" in before)
        throw invalid("The invite code cannot be used", { code: [problemMessage[before.problem]] });
      let loginName: string | null = null;
      if (!data.email) {
        loginName = newLoginName(data.displayName);
        while (await accountsRepo.loginNameTaken(db, loginName)) loginName = newLoginName(data.displayName);
      }
      const signedIn = await accounts.openAccount({
        email: data.email ?? null,
        loginName: loginName ?? undefined,
        displayName: data.displayName,
        password: data.password,
        locale: input.locale ?? "nl",
        roles: ["volunteer"],
        previousSessionId: input.previousSessionId,
        withinTransaction: async (trx, userId) => {
          const organisationId = await repo.takeUse(trx, data.code, now);
          if (!organisationId) {
            // Someone else took the last use (or it was revoked) between the look-up and now.
            const after = await repo.lookUp(trx, data.code, now);
            const problem = "problem" in after ? after.problem : "usedUp";
            throw new DomainError("invalid", "The invite code cannot be used", { code: [problemMessage[problem]] });
          }
          await trx
            .insertInto("memberships")
            .values({ organisation_id: organisationId, user_id: userId, role: "member" })
            .execute();
          await trx
            .updateTable("volunteer_profiles")
            .set({ languages: data.languages })
            .where("user_id", "=", userId)
            .execute();
        },
      });
      return { ...signedIn, loginName, organisationName: before.organisation.name };
    },
  };
}

export type InvitesService = ReturnType<typeof createInvitesService>;
