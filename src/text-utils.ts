/** Small helpers over strings shared by several stages and the writer. */

const ASCII = /^[\x00-\x7f]*$/;

/** Lower case, accents removed: for comparing names and terms. */
export function fold(s: string): string {
  // ASCII has no marks and NFD leaves it as it is: only "`" needs folding (most names and words)
  if (ASCII.test(s)) return (s.includes("`") ? s.replace(/`/g, "'") : s).toLowerCase();
  return foldLatin(s) ?? foldWhole(s);
}

/** The reference folding: NFD, marks dropped, apostrophes unified, lower case. */
function foldWhole(s: string): string {
  return s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[’‘`´]/g, "'")
    .toLowerCase();
}

/**
 * `fold(s)` for a string of Latin letters (below U+0250) and curly apostrophes, or null when it
 * holds any other character. For these NFD, the marks, the apostrophes and lower-casing depend on
 * no neighbour (no final sigma, no mark to reorder), so folding a string of them is folding each
 * character, through a table made by foldWhole itself.
 */
export function foldLatin(s: string): string | null {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < LATIN_END) out += LATIN_FOLDS[c];
    else if (c === 0x2019 || c === 0x2018) out += "'";
    else return null;
  }
  return out;
}

const LATIN_END = 0x250;
const LATIN_FOLDS: string[] = Array.from({ length: LATIN_END }, (_, c) => foldWhole(String.fromCharCode(c)));

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
