import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { coalescePerKey } from "../../../../server/realtime/coalesce";

describe("coalescePerKey", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  function recorder() {
    const emitted: Array<[string, number]> = [];
    const coalescer = coalescePerKey<number>(250, (key, value) => emitted.push([key, value]));
    return { emitted, coalescer };
  }

  it("emits the first value at once and the latest of a burst when the interval ends", () => {
    const { emitted, coalescer } = recorder();
    coalescer.push("a", 3);
    expect(emitted).toEqual([["a", 3]]);
    coalescer.push("a", 2);
    coalescer.push("a", 1);
    vi.advanceTimersByTime(249);
    expect(emitted).toEqual([["a", 3]]);
    vi.advanceTimersByTime(1);
    expect(emitted).toEqual([
      ["a", 3],
      ["a", 1],
    ]);
  });

  it("keeps at most one emit per interval while values keep coming, and ends on the last", () => {
    const { emitted, coalescer } = recorder();
    for (let value = 20; value > 0; value--) {
      coalescer.push("a", value);
      vi.advanceTimersByTime(50);
    }
    // 20 values over 1,000 ms: the first at once, then the latest at the end of each 250 ms interval.
    expect(emitted.map(([, value]) => value)).toEqual([20, 16, 11, 6, 1]);
    vi.advanceTimersByTime(1_000);
    expect(emitted).toHaveLength(5);
  });

  it("sends nothing more after a quiet interval, and a later value goes out at once again", () => {
    const { emitted, coalescer } = recorder();
    coalescer.push("a", 5);
    vi.advanceTimersByTime(250);
    expect(emitted).toEqual([["a", 5]]);
    vi.advanceTimersByTime(1_000);
    coalescer.push("a", 4);
    expect(emitted).toEqual([
      ["a", 5],
      ["a", 4],
    ]);
  });

  it("keeps keys apart", () => {
    const { emitted, coalescer } = recorder();
    coalescer.push("a", 1);
    coalescer.push("b", 9);
    coalescer.push("a", 0);
    expect(emitted).toEqual([
      ["a", 1],
      ["b", 9],
    ]);
    vi.advanceTimersByTime(250);
    expect(emitted).toEqual([
      ["a", 1],
      ["b", 9],
      ["a", 0],
    ]);
  });

  it("drops what is pending when stopped", () => {
    const { emitted, coalescer } = recorder();
    coalescer.push("a", 1);
    coalescer.push("a", 0);
    coalescer.stop();
    vi.advanceTimersByTime(1_000);
    expect(emitted).toEqual([["a", 1]]);
  });
});
