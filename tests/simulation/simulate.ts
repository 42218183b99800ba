/**
 * One simulation: plans the world from the seed, runs each chosen policy on its own fresh database
 * over the real services, and returns the report. Everything in the report follows from the options,
 * except `runtimeSeconds`.
 */
import type { Actor } from "../../server/domain/actor";
import type { Services } from "../../server/domain/services";
import { runPolicy } from "./engine";
import { createRunDatabase, type Server } from "./infrastructure";
import { ratios, summarise, type PolicyFigures, type RunRecord } from "./metrics";
import type { Options } from "./options";
import { noaber, population, response, stream, units } from "./parameters";
import { noaberPolicy } from "./policies/noaber";
import type { Policy, PolicyName } from "./policies/policy";
import { whatsappPolicy } from "./policies/whatsapp";
import { populate } from "./populate";
import { createRandom } from "./prng";
import { simulationStart } from "./calendar";
import { loadBuurten, planWorld, type PlannedKlus, type World } from "./world";

const partNames = { morning: "ochtend", afternoon: "middag", evening: "avond" } as const;

function publishThrough(services: Services, world: World, start: Date) {
  return async (klus: PlannedKlus, coordinator: Actor) => {
    const part = klus.slot.split("-")[1] as keyof typeof partNames;
    const { id } = await services.opportunities.publish(coordinator, {
      organisationId: world.organisations[klus.organisation]!.id,
      kind: "task",
      title: `Simulatieklus ${klus.index + 1} (${partNames[part]})`,
      description: "Een klus uit de simulatie van Noaber: een paar uur helpen in de buurt.",
      place: klus.buurt.code,
      startsAt: new Date(start.getTime() + klus.startsAt),
      endsAt: new Date(start.getTime() + klus.endsAt),
      spots: klus.spots,
      skills: klus.skills,
      languages: klus.languages,
    });
    return id;
  };
}

export interface SimulationReport {
  seed: number;
  options: Omit<Options, "out" | "seed">;
  world: { volunteers: number; organisations: number; klussen: number; wijken: number; weeks: number };
  parameters: unknown;
  policies: Partial<Record<PolicyName, PolicyFigures>>;
  ratios: ReturnType<typeof ratios> | null;
  runtimeSeconds: number;
}

/** The report, and each policy's raw record for checks (tests). */
export async function simulate(
  options: Options,
  server: Server,
  log: (message: string) => void = () => {},
): Promise<{ report: SimulationReport; records: Partial<Record<PolicyName, RunRecord>>; world: World }> {
  const began = performance.now();
  const { buurten, skills } = await loadBuurten();
  const world: World = planWorld(createRandom(options.seed), {
    buurten,
    skills,
    volunteers: options.volunteers,
    weeks: options.weeks,
  });
  const lastStart = Math.max(0, ...world.klussen.map((k) => k.startsAt));
  const start = simulationStart(new Date(), lastStart + units.day);
  log(
    `${world.volunteers.length} volunteers, ${world.organisations.length} organisations, ${world.klussen.length} klussen`,
  );

  const names: PolicyName[] = options.policy === "both" ? ["whatsapp", "noaber"] : [options.policy];
  const figures: Partial<Record<PolicyName, PolicyFigures>> = {};
  const records: Partial<Record<PolicyName, RunRecord>> = {};
  for (const name of names) {
    const run = await createRunDatabase(server, `simulate_${name}_${process.pid}`);
    try {
      const { services } = run;
      await populate(run.db, world, start);
      // Each policy its own dice for the things only it does (the coordinator's repost delay).
      const policyRandom = createRandom(options.seed ^ (name === "whatsapp" ? 0x5a5a5a5a : 0x3c3c3c3c));
      const policy: Policy =
        name === "whatsapp" ? whatsappPolicy(services, policyRandom) : noaberPolicy(services, world.volunteers);
      const record = await runPolicy({
        db: run.db,
        world,
        policy,
        seed: options.seed,
        start,
        weeks: options.weeks,
        publish: publishThrough(services, world, start),
        log,
      });
      records[name] = record;
      figures[name] = summarise(record);
      log(`${name}: done`);
    } finally {
      await run.drop();
    }
  }

  const report: SimulationReport = {
    seed: options.seed,
    options: { weeks: options.weeks, volunteers: options.volunteers, policy: options.policy },
    world: {
      volunteers: world.volunteers.length,
      organisations: world.organisations.length,
      klussen: world.klussen.length,
      wijken: world.groups.size,
      weeks: options.weeks,
    },
    parameters: { population, stream, response, noaber },
    policies: figures,
    ratios: figures.noaber && figures.whatsapp ? ratios(figures.noaber, figures.whatsapp) : null,
    runtimeSeconds: Math.round((performance.now() - began) / 100) / 10,
  };
  return { report, records, world };
}
