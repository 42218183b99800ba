/**
 * The rush bench's clients (a child process, see ipc.ts): the subscribers of one wijk channel over
 * Socket.IO and the coordinator who posts a klus card there; then, once every subscriber has the
 * card, some of them open the klus page over HTTP (with their session cookie) at moments spread
 * over a window, and some of those claim through the page's form (CSRF token and cookie from the
 * page, as a browser would). The same schedule is then played against a bare Express route.
 * Times are taken here, on one clock.
 */
import { randomUUID } from "node:crypto";
import { limited } from "./concurrency";
import { serveCalls } from "./ipc";
import { connected, request, socketClient, type Client } from "./socket-client";
import { summarise } from "./stats";

const subscribers: Client[] = [];
let poster: Client | null = null;
let expected: string | null = null;
let received = 0;
let onAll: (() => void) | null = null;

/** A small seeded generator: the same schedule every run. */
function seeded(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

type Visit = { cookie: string; at: number; claims: boolean };

/**
 * Plays the visits at their moments. Returns the latencies (all requests, page GETs, claim POSTs),
 * the failed visits, and requests per second over the span from the start to the last answer.
 */
async function play<V extends Visit>(visits: V[], run: (visit: V) => Promise<number[]>) {
  const latencies: number[] = [];
  const pages: number[] = [];
  const claims: number[] = [];
  const problems: string[] = [];
  let errors = 0;
  let requests = 0;
  const started = performance.now();
  await Promise.all(
    visits.map(async (visit) => {
      await new Promise((resolve) => setTimeout(resolve, visit.at));
      try {
        const times = await run(visit);
        latencies.push(...times);
        pages.push(times[0]!);
        if (times[1] !== undefined) claims.push(times[1]);
        requests += times.length;
      } catch (error) {
        errors += 1;
        requests += visit.claims ? 2 : 1;
        if (problems.length < 5) problems.push(error instanceof Error ? error.message : String(error));
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return {
    latencies: summarise(latencies),
    pages: summarise(pages),
    claims: summarise(claims),
    errors,
    requests,
    rps: requests / seconds,
    problems,
  };
}

async function timed(url: string, init: RequestInit) {
  const t0 = performance.now();
  const response = await fetch(url, { ...init, redirect: "manual" });
  const body = await response.text();
  return { response, body, ms: performance.now() - t0 };
}

function schedule(cookies: string[], input: { visitors: number; claimers: number; windowMs: number }) {
  const random = seeded(20_261_203);
  return cookies.slice(0, input.visitors).map((cookie, i) => ({
    cookie,
    at: Math.floor(random() * input.windowMs),
    // Every fourth visitor claims: spread over the window like the visits.
    claims: i % Math.round(input.visitors / input.claimers) === 0,
  }));
}

const handlers = {
  /**
   * Subscriber i connects to urls[i % urls.length] (round-robin over the app processes); the
   * coordinator to the first, so the card crosses processes through the adapter to reach them all.
   */
  async connect(input: { urls: string[]; conversationId: string; cookies: string[]; posterCookie: string }) {
    const spread = input.cookies.map((cookie, i) => ({ cookie, url: input.urls[i % input.urls.length]! }));
    await limited(spread, 50, async ({ cookie, url }) => {
      const socket = socketClient(url, cookie);
      subscribers.push(socket);
      socket.on("message:created", (message) => {
        if (message.clientId !== expected) return;
        if (++received === subscribers.length) onAll?.();
      });
      await connected(socket);
      await request(
        socket.timeout(30_000).emitWithAck("conversation:sync", { conversationId: input.conversationId, afterSeq: 0 }),
      );
    });
    poster = socketClient(input.urls[0]!, input.posterCookie);
    await connected(poster);
    return { subscribers: subscribers.length };
  },

  /** The coordinator posts the klus as a card; resolves when every subscriber has it. */
  async postCard(input: { conversationId: string; opportunityId: string }) {
    const clientId = randomUUID();
    expected = clientId;
    received = 0;
    const startedAt = performance.now();
    const all = new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), 60_000);
      onAll = () => {
        clearTimeout(timer);
        resolve(true);
      };
    });
    const answer = await poster!.timeout(60_000).emitWithAck("card:post", { ...input, clientId });
    if ("error" in answer) throw new Error(`card:post refused: ${answer.error.code} ${answer.error.message}`);
    const complete = await all;
    return { complete, received, lastMs: performance.now() - startedAt };
  },

  /**
   * The rush: each visitor GETs the klus page at their moment; a claimer then posts the page's
   * claim form (CSRF cookie from the page's Set-Cookie, token from its hidden field) and must be
   * redirected to the page (active or waitlisted). The visitors are spread round-robin over the
   * app processes in the order they arrive, as a load balancer would (per visitor, not per
   * request: the claim goes where the page came from). By arrival, not by index: every fourth
   * index claims, so spreading by index would send all claims to the same processes.
   */
  async rush(input: {
    urls: string[];
    klusPath: string;
    cookies: string[];
    visitors: number;
    claimers: number;
    windowMs: number;
  }) {
    const planned = schedule(input.cookies, input);
    const arrival = planned.map((visit, i) => ({ at: visit.at, i })).sort((a, b) => a.at - b.at || a.i - b.i);
    const origins = new Array<string>(planned.length);
    arrival.forEach(({ i }, rank) => (origins[i] = input.urls[rank % input.urls.length]!));
    const visits = planned.map((visit, i) => ({ ...visit, origin: origins[i]! }));
    return play(visits, async (visit) => {
      const { origin } = visit;
      const page = await timed(`${origin}${input.klusPath}`, { headers: { cookie: visit.cookie } });
      if (page.response.status !== 200) throw new Error(`GET answered ${page.response.status}`);
      if (!visit.claims) return [page.ms];
      const csrfCookie = page.response.headers
        .getSetCookie()
        .map((c) => c.split(";")[0] ?? "")
        .find((c) => c.startsWith("noaber_csrf="));
      const token = /name="csrf" value="([^"]+)"/.exec(page.body)?.[1];
      if (!csrfCookie || !token) throw new Error("no CSRF cookie or token on the klus page");
      const posted = await timed(`${origin}${input.klusPath}`, {
        method: "POST",
        headers: {
          cookie: `${visit.cookie}; ${csrfCookie}`,
          origin,
          "content-type": "application/x-www-form-urlencoded",
        },
        body: new URLSearchParams({ csrf: token, intent: "claim" }).toString(),
      });
      const location = posted.response.headers.get("location") ?? "";
      if (posted.response.status !== 302 || !/[?&](aangemeld|wachtlijst)=1/.test(location)) {
        throw new Error(`claim answered ${posted.response.status} ${location}`);
      }
      return [page.ms, posted.ms];
    });
  },

  /** The same schedule against the bare route (the claims POST to it as well). */
  async baseline(input: { url: string; cookies: string[]; visitors: number; claimers: number; windowMs: number }) {
    return play(schedule(input.cookies, input), async (visit) => {
      const page = await timed(`${input.url}/bare`, { headers: { cookie: visit.cookie } });
      if (page.response.status !== 200) throw new Error(`bare GET answered ${page.response.status}`);
      if (!visit.claims) return [page.ms];
      const posted = await timed(`${input.url}/bare`, {
        method: "POST",
        headers: { cookie: visit.cookie, "content-type": "application/x-www-form-urlencoded" },
        body: "intent=claim",
      });
      if (posted.response.status !== 302) throw new Error(`bare POST answered ${posted.response.status}`);
      return [page.ms, posted.ms];
    });
  },

  async close() {
    for (const socket of [...subscribers, poster]) socket?.disconnect();
    return { closed: true };
  },
};

export type RushClientHandlers = typeof handlers;

serveCalls(handlers);
