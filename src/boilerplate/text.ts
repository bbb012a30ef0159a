/**
 * Folding and word splitting for the boilerplate rules: one left-to-right pass per line, no
 * regex per phrase. Folded text is lower case, without accents, with "'" for every apostrophe,
 * single spaces, and no space before ":" (so "Source :" and "Source:" fold alike).
 */

const MARKS = /\p{M}/gu;
const ASCII = /^[\x00-\x7f]*$/;
const APOSTROPHES = /[’‘`´ʼ]/g;

/** Folds the first `max` characters of a line (the lexicon data goes through here too). */
export function foldLine(line: string, max = 500): string {
  const head = line.length > max ? line.slice(0, max) : line;
  const base = (ASCII.test(head) ? head : head.normalize("NFD").replace(MARKS, "").replace(APOSTROPHES, "'")).toLowerCase();
  let out = "";
  let space = false;
  for (let i = 0; i < base.length; i++) {
    const c = base[i];
    if (c === " " || c === "\t" || c === "\u00A0" || c === "\u202F" || c === "\u2009") {
      space = out.length > 0;
      continue;
    }
    if (space && c !== ":") out += " ";
    space = false;
    out += c;
  }
  return out;
}

/** A folded line stripped of leading bullets and trailing punctuation: the key of whole-line phrases. */
export function lineCore(folded: string): string {
  let start = 0;
  let end = folded.length;
  while (start < end && !isWordChar(folded.charCodeAt(start)) && !KEEP_LEADING.has(folded[start])) start++;
  while (end > start && !isWordChar(folded.charCodeAt(end - 1)) && folded[end - 1] !== ")" && folded[end - 1] !== "'") end--;
  return folded.slice(start, end).trim();
}

/** A folded line without its leading bullets, arrows and dashes (">> lire aussi" → "lire aussi"). */
export function stripLead(folded: string): string {
  let start = 0;
  while (start < folded.length && !isWordChar(folded.charCodeAt(start)) && !KEEP_LEADING.has(folded[start])) start++;
  return start === 0 ? folded : folded.slice(start).trimStart();
}

/** characters a whole-line phrase may start with: "©", "(", "[", "|" */
const KEEP_LEADING = new Set(["©", "(", "[", "|", "@", "$", "€", "£"]);

export function isWordChar(code: number): boolean {
  return (
    (code >= 97 && code <= 122) || // a-z
    (code >= 65 && code <= 90) || // A-Z
    (code >= 48 && code <= 57) || // 0-9
    (code >= 0xc0 && code !== 0xd7 && code !== 0xf7 && code < 0x2000) // Latin-1 letters and beyond (not punctuation blocks)
  );
}

/** Words of a folded line: runs of letters and digits, keeping inner "'", "-", "." ("l'afp", "sign-up", "crypto.com"). */
export function words(folded: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= folded.length; i++) {
    const code = i < folded.length ? folded.charCodeAt(i) : 32;
    if (isWordChar(code)) {
      if (start < 0) start = i;
      continue;
    }
    const c = folded[i];
    const inner = (c === "'" || c === "-" || c === ".") && start >= 0 && i + 1 < folded.length && isWordChar(folded.charCodeAt(i + 1));
    if (inner) continue;
    if (start >= 0) out.push(folded.slice(start, i));
    start = -1;
  }
  return out;
}

/** Does `text` hold `phrase` at `at`, ending on a word boundary? */
export function matchesAt(text: string, phrase: string, at: number): boolean {
  if (!text.startsWith(phrase, at)) return false;
  const next = at + phrase.length;
  if (next >= text.length) return true;
  const last = phrase.charCodeAt(phrase.length - 1);
  // a phrase that ends in punctuation or a space ("photo:", "via ") needs no boundary after it
  return !isWordChar(last) || !isWordChar(text.charCodeAt(next));
}

/** 32-bit FNV-1a hash of a string, as 8 hex digits. */
export function fnv1a(s: string, seed = 0x811c9dc5): string {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}
