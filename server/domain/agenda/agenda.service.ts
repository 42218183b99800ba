import { randomBytes } from "node:crypto";
import type { ApplicationStatus, Attendance, ClaimStatus } from "../../../db/schema";
import { assertUser, type Actor } from "../actor";
import * as applicationsRepo from "../applications/applications.repository";
import { openStatuses } from "../applications/applications.schemas";
import { notFound } from "../errors";
import type { ServiceDependencies } from "../services";
import * as repo from "./agenda.repository";
import { buildCalendar, type CalendarEvent } from "./ical";

export interface AgendaClaim {
  id: string;
  opportunityId: string;
  title: string;
  organisationName: string;
  status: ClaimStatus;
  startsAt: string | null;
  endsAt: string | null;
  place: string | null;
  isOnline: boolean;
  attendance: Attendance | null;
  hours: number | null;
}

export interface AgendaApplication {
  id: string;
  opportunityId: string;
  title: string;
  organisationName: string;
  status: ApplicationStatus;
  createdAt: string;
}

export interface MyAgenda {
  upcoming: AgendaClaim[];
  applications: AgendaApplication[];
  history: AgendaClaim[];
  /** Sum of the hours of attended klussen. */
  hours: number;
  attendedCount: number;
  calendarToken: string | null;
}

const CALENDAR_LOOKBACK_DAYS = 60;
/** 32 random bytes, base64url: 43 characters. */
const tokenPattern = /^[A-Za-z0-9_-]{43}$/;

function toAgendaClaim(row: repo.ClaimRow): AgendaClaim {
  return {
    id: row.id,
    opportunityId: row.opportunity_id,
    title: row.title,
    organisationName: row.organisation_name,
    status: row.status,
    startsAt: row.starts_at?.toISOString() ?? null,
    endsAt: row.ends_at?.toISOString() ?? null,
    place: row.address ?? row.buurt_name ?? null,
    isOnline: row.is_online,
    attendance: row.attendance,
    hours: row.hours === null ? null : Number(row.hours),
  };
}

/** A volunteer's agenda: claimed klussen, open applications and placements, history and hours; the iCal feed. */
export function createAgendaService(deps: Pick<ServiceDependencies, "db">) {
  const { db } = deps;

  return {
    /** The actor's own agenda and overview. */
    async myAgenda(actor: Actor, now = new Date()): Promise<MyAgenda> {
      assertUser(actor);
      const [upcoming, history, hours, applications, calendarToken] = await Promise.all([
        repo.upcomingClaims(db, actor.userId, now),
        repo.pastClaims(db, actor.userId, now),
        repo.attendedHours(db, actor.userId),
        applicationsRepo.listForVolunteer(db, actor.userId),
        repo.calendarTokenOf(db, actor.userId),
      ]);
      return {
        upcoming: upcoming.map(toAgendaClaim),
        history: history.map(toAgendaClaim),
        hours,
        attendedCount: history.filter((row) => row.attendance === "attended").length,
        applications: applications
          .filter((row) => (openStatuses as readonly string[]).includes(row.status))
          .map((row) => ({
            id: row.id,
            opportunityId: row.opportunity_id,
            title: row.title,
            organisationName: row.organisation_name,
            status: row.status,
            createdAt: row.created_at.toISOString(),
          })),
        calendarToken,
      };
    },

    /**
     * The iCal feed behind a secret URL: the volunteer's active claims. Only the klus, its place and
     * organisation: nothing about other people.
     */
    async calendarFeed(token: string, options: { baseUrl?: string; now?: Date } = {}): Promise<string> {
      if (!tokenPattern.test(token)) throw notFound("Calendar");
      const user = await repo.findUserByCalendarToken(db, token);
      if (!user) throw notFound("Calendar");
      const now = options.now ?? new Date();
      const since = new Date(now.getTime() - CALENDAR_LOOKBACK_DAYS * 24 * 3_600_000);
      const rows = await repo.calendarClaims(db, user.id, since);
      const english = user.locale === "en";
      const events: CalendarEvent[] = rows.flatMap((row) => {
        if (!row.starts_at) return [];
        const end = row.ends_at ?? new Date(row.starts_at.getTime() + 3_600_000);
        return [
          {
            uid: `claim-${row.id}@noaber`,
            start: row.starts_at,
            end,
            stamp: row.updated_at,
            summary: row.title,
            location: row.is_online ? "Online" : [row.address, row.buurt_name].filter(Boolean).join(", ") || null,
            description: english
              ? `Organised by ${row.organisation_name}`
              : `Georganiseerd door ${row.organisation_name}`,
            url: options.baseUrl ? `${options.baseUrl}/klussen/${row.opportunity_id}` : null,
          },
        ];
      });
      return buildCalendar({ name: english ? "Noaber – my agenda" : "Noaber – mijn agenda", events });
    },

    /** Makes a new secret calendar URL; the old one stops working at once. */
    async rotateCalendarToken(actor: Actor): Promise<string> {
      assertUser(actor);
      const token = randomBytes(32).toString("base64url");
      await repo.setCalendarToken(db, actor.userId, token);
      return token;
    },
  };
}

export type AgendaService = ReturnType<typeof createAgendaService>;
