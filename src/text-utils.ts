/** Small helpers over strings shared by several stages and the writer. */

const ASCII = /^[\x00-\x7f]*$/;

/** Lower case, accents removed: for comparing names and terms. */
export function fold(s: string): string {
  // ASCII has no marks and NFD leaves it as it is: only "`" needs folding (most names and words)
  if (ASCII.test(s)) return (s.includes("`") ? s.replace(/`/g, "'") : s).toLowerCase();
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

/** V8 copies cuts shorter than this (SlicedString::kMinLength); only longer ones are views */
const SHORTEST_VIEW = 13;

/**
 * A copy of s backed only by its own characters, for strings kept past their article (memo keys,
 * the speaker index). V8 makes a cut of 13 or more characters a view into the string it was cut
 * from, so a memo that keeps a name cut from an article keeps the whole article text alive: over
 * 12,000 French articles two memos of the speakers stage kept about 9,700 article texts (30 MB)
 * through 23,000 such views. Flattening a one-space concatenation and dropping the space leaves
 * a string that refers to a copy of its own length only.
 */
export const detached = (s: string): string => (s.length < SHORTEST_VIEW ? s : (" " + s).slice(1));
