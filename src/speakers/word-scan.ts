/**
 * A hand-written scanner for the tokenizer's word pattern, with the same matches as the regex
 *   (?:\p{Lu}'(?=\p{Lu}))?[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:-[\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*
 * but reading a memo of character classes instead of running Unicode property tests per
 * character. It works on UTF-16 code units, so it is for text without surrogate pairs only
 * (`hasSurrogates`); the caller keeps the regex for the rest.
 */

const LETTER_OR_DIGIT = 1; // \p{L} or \p{N}: may start a word
const WORD_CHAR = 2; // \p{L}, \p{M} or \p{N}: may continue it
const UPPER = 4; // \p{Lu}
const LOWER = 8; // \p{Ll}
const KNOWN = 16;

const CLASSES = new Uint8Array(0x10000);
const L_OR_N = /[\p{L}\p{N}]/u;
const L_M_OR_N = /[\p{L}\p{M}\p{N}]/u;
const LU = /\p{Lu}/u;
const LL = /\p{Ll}/u;

function classOf(code: number): number {
  let k = CLASSES[code];
  if (k === 0) {
    const ch = String.fromCharCode(code);
    k = KNOWN | (L_OR_N.test(ch) ? LETTER_OR_DIGIT : 0) | (L_M_OR_N.test(ch) ? WORD_CHAR : 0) | (LU.test(ch) ? UPPER : 0) | (LL.test(ch) ? LOWER : 0);
    CLASSES[code] = k;
  }
  return k;
}

const APOSTROPHE = 0x27;
const HYPHEN = 0x2d;
const SURROGATE = /[\uD800-\uDFFF]/;

export const hasSurrogates = (s: string, from: number, to: number): boolean => SURROGATE.test(s.slice(from, to));

/** Calls `word(start, end)` for each word of s[from, to), left to right. */
export function scanWords(s: string, from: number, to: number, word: (start: number, end: number) => void): void {
  let p = from;
  while (p < to) {
    const k = classOf(s.charCodeAt(p));
    let body = -1;
    // "L'Oréal", "O'Leary": a capital, an apostrophe and a capital
    if (k & UPPER && p + 2 < to && s.charCodeAt(p + 1) === APOSTROPHE && classOf(s.charCodeAt(p + 2)) & UPPER) body = p + 2;
    else if (k & LETTER_OR_DIGIT) body = p;
    if (body < 0) {
      p++;
      continue;
    }
    const end = wordEnd(s, body, to);
    word(p, end);
    p = end;
  }
}

/** The end of the word body starting at q (a letter or digit): word characters, and hyphenated parts. */
function wordEnd(s: string, q: number, to: number): number {
  q++;
  for (;;) {
    while (q < to && classOf(s.charCodeAt(q)) & WORD_CHAR) q++;
    if (q + 1 < to && s.charCodeAt(q) === HYPHEN && classOf(s.charCodeAt(q + 1)) & LETTER_OR_DIGIT) {
      q += 2;
      continue;
    }
    return q;
  }
}

/** The first character is upper case (\p{Lu}). */
export const startsUpperBmp = (s: string): boolean => (classOf(s.charCodeAt(0)) & UPPER) !== 0;

/** Some character is lower case (\p{Ll}). */
export function hasLowerBmp(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (classOf(s.charCodeAt(i)) & LOWER) return true;
  return false;
}
