/**
 * wijk-broadcast: 2,000 logged-in Socket.IO clients subscribed to one wijk channel; a coordinator
 * posts a new klus there as a card (`card:post`), and the time from the post until the last
 * subscriber has its `message:created` (card filled) is measured, 10 times, each with a new klus.
 * Baseline in the same run: the same card's JSON relayed by a bare `ws` server to 2,000 sockets.
 * The clients run in a child process. Prints one JSON line last:
 * { name, subscribers, lastReceivedMs (median of the repetitions), … }.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createCoordinator, createOpportunity, createOrganisation } from "../../db/factories";
import { startBareBroadcast } from "./support/bare-broadcast";
import { startClientProcess } from "./support/ipc";
import { fillFirstWijkChannel, sessionCookies, startMessagingApp } from "./support/messaging-app";
import { round2, summarise } from "./support/stats";
import type { WijkClientHandlers } from "./support/wijk-clients";

const SUBSCRIBERS = 2_000;
const WARMUP = 2;
const REPETITIONS = 10;

const log = (message: string) => process.stderr.write(`[wijk-broadcast] ${message}\n`);
const here = path.dirname(fileURLToPath(import.meta.url));

async function main() {
  const app = await startMessagingApp("wijkbroadcast");
  const bare = await startBareBroadcast();
  const clients = startClientProcess<WijkClientHandlers>(path.join(here, "support/wijk-clients.ts"));
  try {
    const { db } = app.context;
    log(`subscribing ${SUBSCRIBERS} volunteers to the first wijk channel`);
    const { channel, volunteers } = await fillFirstWijkChannel(app.context, SUBSCRIBERS);
    const organisation = await createOrganisation(db, { name: "Wijkbench" });
    const coordinator = await createCoordinator(db, organisation);
    const [posterCookie, ...cookies] = await sessionCookies(app.context, [
      coordinator.user.id,
      ...volunteers.map((v) => v.id),
    ]);

    log("connecting the subscribers and the coordinator");
    const t0 = performance.now();
    await clients.call("connect", {
      url: app.url,
      baselineUrl: bare.url,
      conversationId: channel.id,
      cookies,
      posterCookie: posterCookie!,
    });
    log(`connected in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

    const lastReceived: number[] = [];
    const baselineLastReceived: number[] = [];
    for (let rep = -WARMUP; rep < REPETITIONS; rep++) {
      const klus = await createOpportunity(db, { organisation_id: organisation.id, title: `Nieuwe klus ${rep}` });
      const card = await clients.call("postCard", { conversationId: channel.id, opportunityId: klus.id });
      if (!card.complete || card.wrongCards > 0 || card.unexpectedDisconnects > 0) {
        throw new Error(
          `card ${rep}: ${card.received}/${SUBSCRIBERS} received, ${card.wrongCards} without card, ${card.unexpectedDisconnects} disconnects`,
        );
      }
      const baseline = await clients.call("postBaseline", undefined);
      if (!baseline.complete) throw new Error(`baseline ${rep}: ${baseline.received}/${SUBSCRIBERS} received`);
      log(
        `${rep < 0 ? "warm-up" : `repetition ${rep + 1}/${REPETITIONS}`}: acked after ${card.ackMs.toFixed(1)} ms, ` +
          `half of them by ${card.arrivals.p50.toFixed(1)} ms, last ${card.arrivals.max.toFixed(1)} ms; ` +
          `bare ws last ${baseline.arrivals.max.toFixed(1)} ms`,
      );
      if (rep >= 0) {
        lastReceived.push(card.arrivals.max);
        baselineLastReceived.push(baseline.arrivals.max);
      }
    }
    await clients.call("close", undefined);

    const posted = summarise(lastReceived);
    const base = summarise(baselineLastReceived);
    console.log(
      JSON.stringify({
        name: "wijk-broadcast",
        subscribers: SUBSCRIBERS,
        lastReceivedMs: round2(posted.p50),
        lastReceivedP95Ms: round2(posted.p95),
        baselineLastReceivedMs: round2(base.p50),
        ratio: round2(posted.p50 / base.p50),
        repetitions: REPETITIONS,
      }),
    );
  } finally {
    await clients.stop();
    await bare.close();
    await app.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
