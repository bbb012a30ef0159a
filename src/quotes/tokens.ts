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

/**
 * The classes of each code unit, copied from the shared memo on first sight (read inline, no call
 * per unit), with CHANGES_CASE beside them.
 */
const LOCAL = new Uint8Array(0x10000);
/** in LOCAL (a bit the shared classes leave free): the unit is not its own lower case ('É', 'ǅ', 'İ') */
const CHANGES_CASE = 64;

function learnUnit(c: number): number {
  const unit = String.fromCharCode(c);
  return (LOCAL[c] = classOf(c) | (unit.toLowerCase() !== unit ? CHANGES_CASE : 0));
}

/**
 * set by wordRunEnd: the run held a unit that is not its own lower case, or a surrogate. A string
 * whose units are each their own lower case is its own lower case (only Σ lowers by context, and Σ
 * changes case alone), so most words ('été', 'général', 'said') need no toLowerCase.
 */
let runChangesCase = false;

/** End of the run of word characters ([\p{L}\p{M}\p{N}]) from i, before `end`. */
function wordRunEnd(text: string, i: number, end: number): number {
  let j = i;
  let changes = false;
  while (j < end) {
    const c = text.charCodeAt(j);
    // a-z: a word character, its own lower case (most units of a word)
    if (c >= 97 && c <= 122) {
      j++;
      continue;
    }
    // no surrogate (nearly always): the unit's own class, read once
    if (c < 0xd800 || c > 0xdfff) {
      let k = LOCAL[c];
      if (k === 0) k = learnUnit(c);
      if (!(k & WORD_CHAR)) break;
      if (k & CHANGES_CASE) changes = true;
      j++;
      continue;
    }
    const w = widthAt(text, j, end);
    if (!(classAt(text, j, w) & WORD_CHAR)) break;
    changes = true;
    j += w;
  }
  runChangesCase = changes;
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
      if (cls === 0) cls = learnUnit(c);
    } else cls = classAt(norm, i, w) | CHANGES_CASE;
    if (cls & SPACE) {
      i += w;
      continue;
    }
    runChangesCase = false;
    const pieceEnd = cls & WORD_CHAR ? wordRunEnd(norm, i + w, end) : i + w;
    // one code unit: the cached string and its lower case (most marks and punctuation)
    const single = pieceEnd === i + 1 ? SINGLE[c] : undefined;
    const text = single ? single[0] : norm.slice(i, pieceEnd);
    const word = text.length > 1 || (cls & LETTER_OR_DIGIT) !== 0;
    // every unit its own lower case: so is the piece
    const asWritten = !single && !(cls & CHANGES_CASE) && !runChangesCase;
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
