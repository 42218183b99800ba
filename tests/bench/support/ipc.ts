/**
 * The benchmark's clients live in a child process, so the server under test does not share its
 * event loop (or garbage collector) with thousands of client sockets. Both sides talk through
 * Node's IPC channel: the parent calls named handlers in the child and awaits their answers.
 */
import { fork, type ChildProcess } from "node:child_process";

type Handlers = Record<string, (payload: never) => Promise<unknown>>;
type Request = { id: number; type: string; payload: unknown };
type Reply = { id: number; result?: unknown; error?: string };

export type ClientProcess<H extends Handlers> = {
  call<K extends keyof H & string>(type: K, payload: Parameters<H[K]>[0]): Promise<Awaited<ReturnType<H[K]>>>;
  stop(): Promise<void>;
};

/**
 * Starts `file` (a module that calls `serveCalls`) under tsx, like the runner starts a bench.
 * `label` names the child in errors (the rush bench also runs app processes this way).
 */
export function startClientProcess<H extends Handlers>(file: string, label = "client process"): ClientProcess<H> {
  const child: ChildProcess = fork(file, [], {
    execArgv: ["--import", "tsx", "--max-old-space-size=2048"],
    serialization: "advanced",
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let nextId = 0;
  let exited = false;
  child.on("message", (message: Reply) => {
    const waiter = pending.get(message.id);
    if (!waiter) return;
    pending.delete(message.id);
    if (message.error !== undefined) waiter.reject(new Error(`${label}: ${message.error}`));
    else waiter.resolve(message.result);
  });
  child.on("exit", (code, signal) => {
    exited = true;
    for (const waiter of pending.values()) waiter.reject(new Error(`${label} exited (${code ?? signal})`));
    pending.clear();
  });
  return {
    call(type, payload) {
      if (exited) return Promise.reject(new Error(`${label} has exited`));
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
        child.send({ id, type, payload } satisfies Request);
      });
    },
    async stop() {
      if (exited) return;
      const gone = new Promise<void>((resolve) => child.once("exit", () => resolve()));
      child.kill("SIGTERM");
      await gone;
    },
  };
}

/** In the child: answers the parent's calls with these handlers. */
export function serveCalls(handlers: Handlers) {
  process.on("message", (message: Request) => {
    const handler = handlers[message.type];
    const reply = (answer: Omit<Reply, "id">) => process.send?.({ id: message.id, ...answer });
    if (!handler) return reply({ error: `unknown call ${message.type}` });
    handler(message.payload as never).then(
      (result) => reply({ result }),
      (error: unknown) => reply({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
    );
  });
  process.on("disconnect", () => process.exit(0));
}
