import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { createGzipTemplate, fillGzipTemplate } from "../../../../server/http/gzip-template";

const unzip = (gzip: Buffer) => gunzipSync(gzip).toString("utf8");

describe("gzip templates", () => {
  it("unzip to the pieces with the values in between, in any script", () => {
    const pieces = ["<p>Hallo ", " — مرحبا ", " Привіт</p>\n".repeat(500)];
    const template = createGzipTemplate(pieces);
    for (const [a, b] of [
      ["Ærøskøbing", "nonce+/="],
      ["a", ""],
      ["\u2028", "😀"],
    ] as const) {
      expect(unzip(fillGzipTemplate(template, [a, b]))).toBe(`${pieces[0]}${a}${pieces[1]}${b}${pieces[2]}`);
    }
  });

  it("holds empty pieces, a single piece and values longer than one stored block", () => {
    expect(unzip(fillGzipTemplate(createGzipTemplate(["", "", ""]), ["x", "y"]))).toBe("xy");
    expect(unzip(fillGzipTemplate(createGzipTemplate(["alleen"]), []))).toBe("alleen");
    const long = "ab".repeat(70_000);
    expect(unzip(fillGzipTemplate(createGzipTemplate(["<", ">"]), [long]))).toBe(`<${long}>`);
  });

  it("compresses the fixed text: a large page becomes much smaller", () => {
    const page = "<li>Boodschappen doen voor de buren</li>".repeat(1_000);
    const gzip = fillGzipTemplate(createGzipTemplate([page, page]), ["token"]);
    expect(gzip.length).toBeLessThan(page.length / 20);
  });

  it("refuses a wrong number of values", () => {
    expect(() => fillGzipTemplate(createGzipTemplate(["a", "b"]), [])).toThrow(/takes 1 values/);
  });
});
