/** Lower-case kebab case without accents: "Oude Wijken" → "oude-wijken", "Stainkoel'n" → "stainkoeln". */
export function slugify(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
