/**
 * What a policy decides, as the engine (engine.ts) asks it. The engine owns time, the volunteers'
 * answers and the bookkeeping; a policy owns who is told and how a reply becomes a spot.
 */
import type { Actor } from "../../../server/domain/actor";
import type { PlannedKlus } from "../world";

export type PolicyName = "whatsapp" | "noaber";

export interface Klus {
  plan: PlannedKlus;
  id: string;
  /** Spots currently taken (active claims), as last read from the database. */
  taken: number;
}

/** What the engine offers a policy. */
export interface Engine {
  /** Tells these volunteers (user ids) about the klus now: records the notices and rolls their answers. */
  tell(klus: Klus, userIds: readonly string[]): void;
  /** The volunteers of a wijk (user ids): its WhatsApp group. */
  group(wijkCode: string): readonly string[];
  /** Runs `work` at simulated moment `at` (ms since the start). */
  later(at: number, work: () => Promise<void>): void;
  /** Simulated now, ms since the start, and as a real instant. */
  t(): number;
  now(): Date;
  klusById(opportunityId: string): Klus;
}

export type ReplyOutcome = "active" | "waitlisted" | "lost";

export interface Policy {
  name: PolicyName;
  /** How a notice reaches people: a personal app notice, or a message in a busy group. */
  channel: "app" | "group";
  /** Runs once, after the people are in the database. */
  prepare(engine: Engine): Promise<void>;
  /** The klus was just published. */
  published(klus: Klus): Promise<void>;
  /** A volunteer says yes: take a spot or not. */
  reply(volunteer: Actor, klus: Klus): Promise<ReplyOutcome>;
  /** The volunteer gives their spot up. */
  cancel(volunteer: Actor, klus: Klus, claimId: string): Promise<void>;
  /** After a cancellation that left a spot free (nobody promoted). */
  spotFreed(klus: Klus): Promise<void>;
  /** The periodic jobs, if any: every `tickMs` while klussen are running. */
  tickMs: number | null;
  tick(): Promise<{ flagged: number }>;
  /** The day-before "confirm or hand over", if the policy has it. */
  dayBefore: null | {
    confirm(volunteer: Actor, claimId: string): Promise<void>;
    handOver(volunteer: Actor, claimId: string): Promise<void>;
  };
  /** Checks after the run (e.g. that every notice the services reported was seen); throws on a mismatch. */
  finish(): Promise<void>;
}
