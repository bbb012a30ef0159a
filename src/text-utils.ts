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
