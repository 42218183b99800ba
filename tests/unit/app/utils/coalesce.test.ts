import { once } from "node:events";
import { describe, expect, it } from "vitest";
import { Coalesce } from "../../../../app/utils/coalesce.server";

function collect(stream: Coalesce) {
  const chunks: string[] = [];
  stream.on("data", (chunk: Buffer) => chunks.push(chunk.toString()));
  return chunks;
}

describe("Coalesce", () => {
  it("joins small writes into one chunk and keeps every byte in order", async () => {
    const stream = new Coalesce(1024);
    const chunks = collect(stream);
    for (let i = 0; i < 10; i++) stream.write(`<p>${i}</p>`);
    stream.end();
    await once(stream, "end");
    expect(chunks).toEqual([Array.from({ length: 10 }, (_, i) => `<p>${i}</p>`).join("")]);
  });

  it("lets a chunk go as soon as it reaches the size", () => {
    const stream = new Coalesce(8);
    const chunks = collect(stream);
    stream.write("abcd");
    expect(chunks).toEqual([]);
    stream.write("efgh");
    expect(chunks).toEqual(["abcdefgh"]);
    stream.destroy();
  });

  it("does not hold a late (streamed) part back until the end", async () => {
    const stream = new Coalesce(1024);
    const chunks = collect(stream);
    stream.write("shell");
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setImmediate(resolve));
    expect(chunks).toEqual(["shell"]);
    stream.write("deferred");
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setImmediate(resolve));
    expect(chunks).toEqual(["shell", "deferred"]);
    stream.end();
    await once(stream, "end");
    expect(chunks.join("")).toBe("shelldeferred");
  });
});
