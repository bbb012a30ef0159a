/** Small helpers over strings shared by several stages and the writer. */

/** Lower case, accents removed: for comparing names and terms. */
export function fold(s: string): string {
  return s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[’‘`´]/g, "'")
    .toLowerCase();
}

/** A stable id from a name: "Michael Intrator" → "michael-intrator". */
export function slug(s: string): string {
  const out = fold(s)
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
  return out || "unknown";
}
