import { sql, type Kysely } from "kysely";

// Frozen: migrations never import application code.
export async function up(db: Kysely<any>): Promise<void> {
  // A claim in one call (issue 12). The rules of claiming a klus live here, in the order the volunteer
  // is told about them; the claims service maps each refusal to its message. Every statement of a
  // VOLATILE function takes a new snapshot, so each read below sees what committed before the lock
  // taken just before it: the volunteer's row (their claims: overlap and rate limit are exact),
  // then the klus row (the claims of others: never more active claims than spots, waitlist by `seq`).
  // The same lock order as everywhere else: the volunteer, then the klus.
  await sql`
    create function claim_klus(
      p_opportunity_id uuid,
      p_volunteer_id uuid,
      p_vog_confirmed boolean,
      p_now timestamptz,
      p_claims_per_minute int,
      p_former_person_name text,
      out refusal text,
      out claim_id uuid,
      out claim_status text,
      out taken_before int,
      out waitlisted_before int,
      out spots int,
      out volunteer_name text,
      out coordinator_ids uuid[]
    ) language plpgsql volatile as $$
    #variable_conflict use_column
    declare
      klus record;
      birth date;
      klus_day date;
      volunteer_age int;
    begin
      select case when u.deleted_at is null then u.display_name else p_former_person_name end
        into volunteer_name from users u where u.id = p_volunteer_id for no key update;
      if not found then refusal := 'unauthenticated'; return; end if;

      select o.* into klus from opportunities o where o.id = p_opportunity_id for update;
      if not found or klus.kind <> 'task' or klus.published_at is null or klus.status = 'draft' then
        refusal := 'not_found'; return;
      end if;
      -- Attempts count, cancelled ones too; no upper bound: a claim that started later but got the
      -- volunteer's lock first has a later created_at and counts as well.
      if (select count(*) from claims c where c.volunteer_id = p_volunteer_id
            and c.created_at > p_now - interval '1 minute') >= p_claims_per_minute then
        refusal := 'rate_limited'; return;
      end if;
      if klus.starts_at is not null and klus.starts_at <= p_now then refusal := 'started'; return; end if;
      if klus.status <> 'open' then refusal := 'not_open'; return; end if;
      if exists (select 1 from claims c where c.opportunity_id = klus.id and c.volunteer_id = p_volunteer_id
                   and c.status <> 'cancelled') then
        refusal := 'already_claimed'; return;
      end if;
      if klus.min_age is not null then
        select p.birth_date into birth from volunteer_profiles p where p.user_id = p_volunteer_id;
        if birth is null then refusal := 'birth_date_missing'; return; end if;
        -- Whole years on the Amsterdam day of the start; born on 29 February: a year older on 1 March.
        klus_day := (coalesce(klus.starts_at, p_now) at time zone 'Europe/Amsterdam')::date;
        volunteer_age := extract(year from klus_day)::int - extract(year from birth)::int
          - case when (extract(month from klus_day), extract(day from klus_day))
                    < (extract(month from birth), extract(day from birth)) then 1 else 0 end;
        if volunteer_age < klus.min_age then refusal := 'too_young'; return; end if;
      end if;
      if klus.vog_required and not p_vog_confirmed then refusal := 'vog_required'; return; end if;
      if exists (select 1 from claims c join opportunities other on other.id = c.opportunity_id
                 where c.volunteer_id = p_volunteer_id and c.status <> 'cancelled' and c.opportunity_id <> klus.id
                   and other.starts_at < klus.ends_at and other.ends_at > klus.starts_at) then
        refusal := 'overlap'; return;
      end if;

      -- Taken: active claims plus unnamed reserved team spots.
      taken_before := (select count(*) from claims c where c.opportunity_id = klus.id and c.status = 'active')
        + (select coalesce(sum(t.unnamed_spots), 0) from team_claims t where t.opportunity_id = klus.id);
      waitlisted_before := (select count(*) from claims c where c.opportunity_id = klus.id and c.status = 'waitlisted');
      spots := klus.spots;
      claim_status := case when klus.spots is null or taken_before < klus.spots then 'active' else 'waitlisted' end;
      insert into claims (opportunity_id, volunteer_id, status, vog_confirmed, created_at, updated_at)
        values (klus.id, p_volunteer_id, claim_status, klus.vog_required and p_vog_confirmed, p_now, p_now)
        returning id into claim_id;
      -- Search shows spots left and hides full klussen.
      if claim_status = 'active' then
        insert into search_outbox (opportunity_id) values (klus.id);
      end if;
      coordinator_ids := (select array_agg(m.user_id) from memberships m
                          where m.organisation_id = klus.organisation_id and m.role = 'coordinator');
    end
    $$`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop function claim_klus(uuid, uuid, boolean, timestamptz, int, text)`.execute(db);
}
