import { z } from "zod";

const uuid = (message: string) => z.string({ required_error: message }).uuid(message);

/** The most spots one team claim reserves: a big team day, not a whole event. */
export const MAX_TEAM_SPOTS = 50;

/** "Met een team meedoen": the form on the klus page. */
export const teamClaimSchema = z.object({
  opportunityId: uuid("claims:errors.notFound"),
  teamName: z
    .string({ required_error: "claims:team.errors.teamName.required" })
    .trim()
    .min(2, "claims:team.errors.teamName.tooShort")
    .max(60, "claims:team.errors.teamName.tooLong")
    .refine((value) => !/[<>]/.test(value), "claims:team.errors.teamName.noHtml"),
  spots: z
    .number({
      required_error: "claims:team.errors.spots.required",
      invalid_type_error: "claims:team.errors.spots.invalid",
    })
    .int("claims:team.errors.spots.invalid")
    .min(1, "claims:team.errors.spots.invalid")
    .max(MAX_TEAM_SPOTS, "claims:team.errors.spots.tooMany"),
});
export type TeamClaimInput = z.input<typeof teamClaimSchema>;

/** Naming a member of the business or partner for one reserved spot. */
export const nameTeamMemberSchema = z.object({
  teamClaimId: uuid("claims:team.errors.notFound"),
  memberId: uuid("claims:team.errors.member.required"),
});
export type NameTeamMemberInput = z.input<typeof nameTeamMemberSchema>;

/** Giving back reserved spots that will not get a name. */
export const giveBackSpotsSchema = z.object({
  teamClaimId: uuid("claims:team.errors.notFound"),
  count: z
    .number({
      required_error: "claims:team.errors.giveBack.invalid",
      invalid_type_error: "claims:team.errors.giveBack.invalid",
    })
    .int("claims:team.errors.giveBack.invalid")
    .min(1, "claims:team.errors.giveBack.invalid")
    .max(MAX_TEAM_SPOTS, "claims:team.errors.giveBack.overMax"),
});
export type GiveBackSpotsInput = z.input<typeof giveBackSpotsSchema>;
