/**
 * A hand-written scanner for the tokenizer's word pattern, with the same matches as the regex
 *   (?:\p{Lu}'(?=\p{Lu}))?[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:-[\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*
 * but reading a memo of character classes instead of running Unicode property tests per
 * character, and telling each word's shape on the way. It works on UTF-16 code units, so it
 * stops at the first surrogate: the caller keeps the regex for such text.
 */

import { classOf, LETTER_OR_DIGIT, LOWER, SURROGATE_UNIT, UPPER, WORD_CHAR } from "../char-classes.ts";

const APOSTROPHE = 0x27;
/** the shared memo's classes, copied here as they are first read: one typed-array read per code unit, no call */
const UNIT = new Uint8Array(0x10000);
const HYPHEN = 0x2d;
/** What the scanner saw of a word's letters, so the tokenizer needs no second pass over it. */
export const SHAPE_CAP = 1; // the first character is upper case
export const SHAPE_HAS_LOWER = 2; // some character is lower case
export const SHAPE_NON_ASCII = 4; // some character is outside ASCII
export const SHAPE_HAS_UPPER = 8; // some character is upper case
export const SHAPE_UPPER_AFTER_FIRST = 16; // some character after the first is upper case
export const SHAPE_BEYOND_LATIN1 = 32; // some character is above U+00FF

/**
 * `scanWords` that also reports each word's shape (SHAPE_* bits). Returns false, having stopped,
 * at the first surrogate code unit: such text must go through the regex instead.
 */
export function scanShapedWords(s: string, from: number, to: number, word: (start: number, end: number, shape: number) => void): boolean {
  const unit = UNIT;
  let p = from;
  while (p < to) {
    const c = s.charCodeAt(p);
    let k = unit[c];
    if (k === 0) k = unit[c] = classOf(c);
    if (k & SURROGATE_UNIT) return false;
    let body = -1;
    if (k & UPPER && p + 2 < to && s.charCodeAt(p + 1) === APOSTROPHE && classOf(s.charCodeAt(p + 2)) & UPPER) body = p + 2;
    else if (k & LETTER_OR_DIGIT) body = p;
    if (body < 0) {
      p++;
      continue;
    }
    // the word body, as in wordEnd, gathering the classes of its characters and the bits of their codes
    let rest = 0; // the classes after the first character
    let codes = c;
    let q = body + 1;
    if (body !== p) {
      rest |= classOf(s.charCodeAt(body));
      codes |= s.charCodeAt(body);
    }
    // the class of the character that ends the word (never 0: the memo marks every class it holds), 0 at the span's end
    let stop = 0;
    for (;;) {
      stop = 0;
      while (q < to) {
        const d = s.charCodeAt(q);
        let kd = unit[d];
        if (kd === 0) kd = unit[d] = classOf(d);
        if (!(kd & WORD_CHAR)) {
          stop = kd;
          break;
        }
        rest |= kd;
        codes |= d;
        q++;
      }
      if (stop !== 0 && q + 1 < to && s.charCodeAt(q) === HYPHEN && classOf(s.charCodeAt(q + 1)) & LETTER_OR_DIGIT) {
        q++;
        continue;
      }
      break;
    }
    if (stop & SURROGATE_UNIT) return false;
    // some code above 0x7f sets a bit above 0x7f in their union
    const acc = k | rest;
    word(
      p,
      q,
      (k & UPPER ? SHAPE_CAP : 0) | (acc & LOWER ? SHAPE_HAS_LOWER : 0) | (codes > 0x7f ? SHAPE_NON_ASCII : 0) | (acc & UPPER ? SHAPE_HAS_UPPER : 0) | (rest & UPPER ? SHAPE_UPPER_AFTER_FIRST : 0) | (codes > 0xff ? SHAPE_BEYOND_LATIN1 : 0),
    );
    // the character that ended the word is no letter or digit, so it starts no word: the scan goes on after it
    p = stop !== 0 ? q + 1 : q;
  }
  return true;
}
