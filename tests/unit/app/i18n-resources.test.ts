import { describe, expect, it } from "vitest";
import { resources } from "../../../app/i18n/resources";

function keyPaths(value: unknown, prefix = ""): string[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => keyPaths(item, `${prefix}[${index}]`));
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([key, child]) => keyPaths(child, prefix ? `${prefix}.${key}` : key));
  }
  return [prefix];
}

describe("translations", () => {
  it("has the same namespaces in Dutch and English", () => {
    expect(Object.keys(resources.en).sort()).toEqual(Object.keys(resources.nl).sort());
  });

  for (const namespace of Object.keys(resources.nl) as Array<keyof typeof resources.nl>) {
    it(`has every Dutch key of "${namespace}" in English too, and no extra ones`, () => {
      expect(keyPaths(resources.en[namespace]).sort()).toEqual(keyPaths(resources.nl[namespace]).sort());
    });

    it(`has no empty texts in "${namespace}"`, () => {
      const empty = (["nl", "en"] as const).flatMap((language) =>
        keyPaths(resources[language][namespace]).filter((path) => {
          const text = path
            .replace(/\[(\d+)\]/g, ".$1")
            .split(".")
            .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], resources[language][namespace]);
          return typeof text !== "string" || text.trim() === "";
        }),
      );
      expect(empty).toEqual([]);
    });
  }
});
