import { describe, expect, it } from "vitest";
import { createRandom, mulberry32 } from "../../simulation/prng";

describe("the seeded generator", () => {
  it("gives the same sequence for the same seed and another for another seed", () => {
    const a = Array.from({ length: 5 }, mulberry32(42));
    const b = Array.from({ length: 5 }, mulberry32(42));
    const c = Array.from({ length: 5 }, mulberry32(43));
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
  });

  it("stays in [0, 1) and is roughly uniform", () => {
    const next = mulberry32(7);
    const buckets = new Array<number>(10).fill(0);
    let min = 1;
    let max = 0;
    for (let i = 0; i < 100_000; i++) {
      const x = next();
      min = Math.min(min, x);
      max = Math.max(max, x);
      buckets[Math.floor(x * 10)]! += 1;
    }
    expect(min).toBeGreaterThanOrEqual(0);
    expect(max).toBeLessThan(1);
    for (const count of buckets) expect(Math.abs(count - 10_000)).toBeLessThan(500);
  });

  it("keeps int within its bounds, both included", () => {
    const random = createRandom(1);
    const seen = new Set<number>();
    for (let i = 0; i < 1000; i++) seen.add(random.int(2, 5));
    expect([...seen].sort()).toEqual([2, 3, 4, 5]);
  });

  it("picks by weight and never an item of weight 0", () => {
    const random = createRandom(3);
    const counts = { a: 0, b: 0, c: 0 };
    const items = [
      { key: "a" as const, weight: 1 },
      { key: "b" as const, weight: 3 },
      { key: "c" as const, weight: 0 },
    ];
    for (let i = 0; i < 40_000; i++) counts[random.weighted(items, (item) => item.weight).key] += 1;
    expect(counts.c).toBe(0);
    expect(counts.b / counts.a).toBeGreaterThan(2.7);
    expect(counts.b / counts.a).toBeLessThan(3.3);
  });

  it("samples distinct elements", () => {
    const random = createRandom(9);
    const sample = random.sample([1, 2, 3, 4, 5, 6], 4);
    expect(new Set(sample).size).toBe(4);
    expect(random.sample([1, 2], 5)).toHaveLength(2);
  });

  it("makes valid, repeatable version 4 UUIDs", () => {
    const ids = Array.from({ length: 3 }, createRandom(5).uuid);
    const again = Array.from({ length: 3 }, createRandom(5).uuid);
    expect(ids).toEqual(again);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it("forks independent streams: drawing from a fork does not shift the parent", () => {
    const one = createRandom(11);
    const two = createRandom(11);
    const fork = one.fork();
    two.fork();
    fork.next();
    fork.next();
    expect(one.next()).toBe(two.next());
  });
});
