/**
 * Words and marks of one paragraph, with offsets into doc.text. One linear regex pass over the
 * normalised text; elided words keep their apostrophe ("qu'", "l'") and English contractions
 * stay on their word ("didn't", "company's"), as the language's lexicon says.
 */
import { classOf, classesOf, LETTER_OR_DIGIT, SPACE, WORD_CHAR } from "../char-classes.ts";
import { filterKey, filterKeyOfUnits, type FilterKey } from "./word-filter.ts";

export interface Token {
  start: number;
  end: number;
  /** the normalised form, lower case */
  low: string;
  /** first letter is a capital */
  cap: boolean;
  /** a word (letters or digits), not a mark */
  word: boolean;
  /** a paired quotation mark (set once marks are paired; "'" may be one in English) */
  mark: boolean;
  /** filterKey(low): where the form sits in the word filters read before a Set or Map look-up */
  key: FilterKey;
}

/** [text, lower case, filter key of the lower case] of each code unit below U+2100, made once */
const SINGLE: Array<readonly [string, string, FilterKey] | undefined> = [];
/**
 * The internalised copy of a string (V8 internalises property keys). One-character strings above
 * U+00FF are made fresh by String.fromCharCode; a token's `low` compared with a literal ("-",
 * "'") then is not internalised and drops code optimised for internalised strings ("wrong
 * instance type") the first time a "—" or "…" reaches such a comparison.
 */
const internalised = (s: string): string => Object.keys({ [s]: 0 })[0];
for (let c = 0; c < 0x2100; c++) {
  const low = String.fromCharCode(c).toLowerCase();
  SINGLE[c] = c < 0x100 ? [String.fromCharCode(c), low, filterKey(low)] : [internalised(String.fromCharCode(c)), internalised(low), filterKey(low)];
}

/** Is this code unit (alone) a letter or a digit, as /[\p{L}\p{N}]/u tests it? */
export const isLetterOrDigitUnit = (code: number): boolean => (classOf(code) & LETTER_OR_DIGIT) !== 0;
/** Is this code unit white space, as /\s/u tests it? */
export const isSpaceUnit = (code: number): boolean => (classOf(code) & SPACE) !== 0;

/** Does the form start with a digit 0-9 (as /^\d/ tests it, with no RegExp made per call)? */
export function startsWithDigit(low: string): boolean {
  const c = low.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/** Does the form hold a digit 0-9 anywhere (as /\d/ tests it)? */
export function hasDigit(low: string): boolean {
  for (let i = 0; i < low.length; i++) {
    const c = low.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

export interface TokenizeOptions {
  elisions: ReadonlySet<string>;
  contractions: ReadonlySet<string>;
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Code units of the character at i (2 for a surrogate pair that ends before `end`). */
function widthAt(text: string, i: number, end: number): number {
  return isHighSurrogate(text.charCodeAt(i)) && i + 1 < end && isLowSurrogate(text.charCodeAt(i + 1)) ? 2 : 1;
}

/** Classes of the character at i, whose width is w. */
function classAt(text: string, i: number, w: number): number {
  return w === 1 ? classOf(text.charCodeAt(i)) : classesOf(text.slice(i, i + 2));
}

/** the classes of each code unit, copied from the shared memo on first sight (read inline, no call per unit) */
const LOCAL = new Uint8Array(0x10000);

/** set by wordRunEnd: the run held a code unit outside a-z and 0-9 (its lower case may differ) */
let runNotLower = false;

/** End of the run of word characters ([\p{L}\p{M}\p{N}]) from i, before `end`. */
function wordRunEnd(text: string, i: number, end: number): number {
  let j = i;
  let notLower = false;
  while (j < end) {
    const c = text.charCodeAt(j);
    // no surrogate (nearly always): the unit's own class, read once
    if (c < 0xd800 || c > 0xdfff) {
      let k = LOCAL[c];
      if (k === 0) k = LOCAL[c] = classOf(c);
      if (!(k & WORD_CHAR)) break;
      if (c > 122 || c < 97) notLower ||= c > 57 || c < 48;
      j++;
      continue;
    }
    const w = widthAt(text, j, end);
    if (!(classAt(text, j, w) & WORD_CHAR)) break;
    notLower = true;
    j += w;
  }
  runNotLower = notLower;
  return j;
}

/**
 * Pieces as the regex /[\p{L}\p{M}\p{N}]+|\S/gu finds them in norm.slice(start, end), read
 * character by character through the class table.
 */
export function tokenize(norm: string, start: number, end: number, opts: TokenizeOptions): Token[] {
  const out: Token[] = [];
  let i = start;
  while (i < end) {
    const c = norm.charCodeAt(i);
    const plain = c < 0xd800 || c > 0xdfff; // no surrogate: one unit, its own class
    const w = plain ? 1 : widthAt(norm, i, end);
    let cls: number;
    if (plain) {
      cls = LOCAL[c];
      if (cls === 0) cls = LOCAL[c] = classOf(c);
    } else cls = classAt(norm, i, w);
    if (cls & SPACE) {
      i += w;
      continue;
    }
    runNotLower = true;
    const pieceEnd = cls & WORD_CHAR ? wordRunEnd(norm, i + w, end) : i + w;
    // one code unit: the cached string and its lower case (most marks and punctuation)
    const single = pieceEnd === i + 1 ? SINGLE[c] : undefined;
    const text = single ? single[0] : norm.slice(i, pieceEnd);
    const word = text.length > 1 || (cls & LETTER_OR_DIGIT) !== 0;
    // a-z and 0-9 only (the first unit and the run after it): the piece is its own lower case
    const firstLower = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    const asWritten = !single && firstLower && plain && !runNotLower;
    let low = single ? single[1] : asWritten ? text : text.toLowerCase();
    // the filter key from the text's own units when the piece is its lower case (no read of a fresh string)
    let key = single ? single[2] : asWritten ? filterKeyOfUnits(c, pieceEnd - i > 1 ? norm.charCodeAt(i + 1) : c, norm.charCodeAt(pieceEnd - 1), pieceEnd - i) : filterKey(low);
    let stop = pieceEnd;
    // "qu" + "'" → "qu'"; "didn" + "'" + "t" → "didn't" (only when the pieces touch)
    if (word && stop < end && norm.charCodeAt(stop) === 39) {
      if (opts.elisions.has(low)) {
        low += "'";
        key = filterKey(low);
        stop += 1;
      } else if (opts.contractions.size) {
        const nextEnd = wordRunEnd(norm, stop + 1, end);
        if (nextEnd > stop + 1) {
          const next = norm.slice(stop + 1, nextEnd).toLowerCase();
          if (opts.contractions.has(next)) {
            low += "'" + next;
            key = filterKey(low);
            stop = nextEnd;
          }
        }
      }
    }
    out.push({ start: i, end: stop, low, cap: word && c !== low.charCodeAt(0), word, mark: false, key });
    i = stop;
  }
  return out;
}
