import { once } from "node:events";
import { Writable } from "node:stream";
import { createElement } from "react";
import { renderToPipeableStream } from "react-dom/server";
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

describe("React's NUL bytes at its buffer's edge", () => {
  // Arabic text after a prefix of varying length: somewhere a two-byte letter meets the edge of React's 2 KB buffer.
  const page = (k: number) =>
    createElement("div", null, [
      createElement("p", { key: "a", title: "x".repeat(600 + k) }, "y".repeat(600)),
      createElement("nav", { key: "b", "aria-label": "القائمة الرئيسية".repeat(20) }, "القائمة الرئيسية".repeat(20)),
    ]);
  async function render(k: number, through: (destination: Writable) => Writable) {
    const chunks: Buffer[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        chunks.push(Buffer.from(chunk));
        callback();
      },
    });
    await new Promise<void>((resolve, reject) => {
      const { pipe } = renderToPipeableStream(page(k), {
        onAllReady: () => {
          sink.on("finish", resolve);
          pipe(through(sink));
        },
        onError: reject,
      });
    });
    return Buffer.concat(chunks);
  }
  const direct = (sink: Writable) => sink;
  const coalesced = (sink: Writable) => {
    const stream = new Coalesce();
    stream.pipe(sink);
    return stream;
  };

  it("shows React 18.3 writing them, and Coalesce dropping them so the page is exactly the text", async () => {
    const withNul = [];
    for (let k = 0; k < 8; k++) {
      if ((await render(k, direct)).includes(0)) withNul.push(k);
      const html = (await render(k, coalesced)).toString("utf8");
      expect(html).not.toContain("\u0000");
      expect(html).toContain(`aria-label="${"القائمة الرئيسية".repeat(20)}"`);
      expect(html).toContain(`>${"القائمة الرئيسية".repeat(20)}</nav>`);
    }
    expect(withNul.length).toBeGreaterThan(0);
  });
});
