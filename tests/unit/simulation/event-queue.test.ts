import { describe, expect, it } from "vitest";
import { EventQueue } from "../../simulation/event-queue";
import { createRandom } from "../../simulation/prng";

describe("the event queue", () => {
  it("takes events by time, and at one time in the order they were scheduled", () => {
    const queue = new EventQueue<string>();
    queue.schedule(5, "c");
    queue.schedule(1, "a");
    queue.schedule(5, "d");
    queue.schedule(1, "b");
    queue.schedule(3, "x");
    const taken: string[] = [];
    for (let next = queue.take(); next; next = queue.take()) taken.push(next.event);
    expect(taken).toEqual(["a", "b", "x", "c", "d"]);
    expect(queue.size).toBe(0);
  });

  it("keeps a total order over many random events", () => {
    const random = createRandom(4);
    const queue = new EventQueue<number>();
    for (let i = 0; i < 2000; i++) queue.schedule(random.int(0, 50), i);
    let last = { at: -1, seq: -1 };
    for (let next = queue.take(); next; next = queue.take()) {
      expect(next.at > last.at || (next.at === last.at && next.seq > last.seq)).toBe(true);
      last = next;
    }
  });

  it("refuses a moment that is not a number", () => {
    expect(() => new EventQueue<string>().schedule(NaN, "never")).toThrow();
  });
});
