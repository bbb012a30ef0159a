/**
 * Unicode classes of UTF-16 code units as the word patterns of the stages read them, memoised in
 * one table shared by the quote tokenizer and the speaker word scanner: a code unit is tested with
 * the Unicode property regexes once, the first time any stage meets it (no 64K-entry fill at start-up).
 */
export const LETTER_OR_DIGIT = 1; // [\p{L}\p{N}]: may start a word
export const WORD_CHAR = 2; // [\p{L}\p{M}\p{N}]: may continue it
export const UPPER = 4; // \p{Lu}
export const LOWER = 8; // \p{Ll}
export const SPACE = 16; // \s
export const SURROGATE_UNIT = 32; // a UTF-16 surrogate: such text needs the regexes
const KNOWN = 128;

const L_OR_N = /[\p{L}\p{N}]/u;
const L_M_OR_N = /[\p{L}\p{M}\p{N}]/u;
const LU = /\p{Lu}/u;
const LL = /\p{Ll}/u;
const WHITE = /\s/u;

/** The classes of a character given as a string (one code unit, or a surrogate pair). */
export function classesOf(ch: string): number {
  return (
    (L_OR_N.test(ch) ? LETTER_OR_DIGIT : 0) |
    (L_M_OR_N.test(ch) ? WORD_CHAR : 0) |
    (LU.test(ch) ? UPPER : 0) |
    (LL.test(ch) ? LOWER : 0) |
    (WHITE.test(ch) ? SPACE : 0)
  );
}

const CLASSES = new Uint8Array(0x10000);

/** The classes of one code unit, from the memo. */
export function classOf(code: number): number {
  let k = CLASSES[code];
  if (k === 0) {
    k = KNOWN | classesOf(String.fromCharCode(code));
    if (code >= 0xd800 && code <= 0xdfff) k |= SURROGATE_UNIT;
    CLASSES[code] = k;
  }
  return k;
}
