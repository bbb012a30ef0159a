/**
 * eld's scoring (Efficient Language Detector by Nito T.M., Apache-2.0, npm "eld" 2.1.0), rewritten
 * for speed over eld's own "medium" n-gram database, which we load once per process (or worker).
 * Same algorithm and same scores as `eld.detect(text).getScores()` (test/language.test.ts checks
 * it; 21,000 langid items agree to 1e-12), about 8x faster (measured: 9 µs against 77 µs per
 * 150-character window): n-grams are numbers looked up in a flat hash table, where eld builds a
 * string per n-gram and enumerates object keys. That matters because every paragraph and every
 * quote is scored.
 * Why "medium": it meets our bars (README "Language detection"); "large" is a little better on
 * word pairs but costs 1.3 s and 160 MB of heap per worker, against 0.5 s and 70 MB (medium: a few ms
 * and ~5 MB once its table is cached, see eld-table.ts).
 * The data files are not in eld's package exports, so they are imported by file path.
 */
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { AT, eldSourceDir, HI, LO, loadEldTable, SLOT_MASK, slotHash } from "./eld-table.ts";

/** Score per ISO 639-1 code, each in (0, 1); higher is more likely. Empty when no n-gram matched. */
export type Scores = Record<string, number>;

/** eld's hand-picked scale that maps a mean n-gram score into (0, 1). */
const SCORE_SCALE = 25;
/** eld reads at most this many characters, then cuts after ~350 bytes of UTF-8. */
const MAX_CHARS = 1000;
const CUT_AFTER_BYTES = 350;
const HARD_CUT_BYTES = 380;
const MAX_WORD_BYTES = 70;

const source = eldSourceDir();
const load = (file: string) => import(pathToFileURL(join(source, file)).href);
const { dictionary } = (await load("dictionary.js")) as { dictionary: string[] };
const { separators } = (await load("regexPatterns.js")) as { separators: RegExp };

/**
 * The n-gram table (see eld-table.ts for its layout), read from its cache or built from eld's
 * data once per process or worker. Read only (its SEEN column is not used: see the window's set
 * of n-grams below).
 */
const { codes: CODES, table: TABLE, pairs } = await loadEldTable(source);

/** Each [language, score] pair of `pairs` in 16 bits, language << 9 | score (< 512), read with one load. */
const PACKED_PAIRS = new Uint16Array(pairs.length / 2);
for (let k = 0; k < pairs.length; k += 2) {
  if (pairs[k] >= 128 || pairs[k + 1] >= 512 || pairs[k + 1] < 0) throw new Error("eld's n-gram data does not fit 16-bit pairs");
  PACKED_PAIRS[k / 2] = (pairs[k] << 9) | pairs[k + 1];
}

/** The languages eld can name; a score vector holds one number per language, in this order. */
export const ELD_LANGUAGES: readonly string[] = CODES;

/** Scores of every language of ELD_LANGUAGES, by index. */
export type ScoreVector = Float64Array;
export const newScoreVector = (): ScoreVector => new Float64Array(CODES.length);

/** eld's dictionary as character codes: byte → the code of the character that stands for it. */
const BYTE_CODE = Int32Array.from(dictionary, (c) => c.charCodeAt(0));
const SPACE = 32;

/** Appends the codes standing for the UTF-8 bytes of `code` to `out` at `at`; returns the new end. */
function pushBytes(code: number, out: Int32Array, at: number): number {
  if (code < 0x80) out[at++] = code;
  else if (code < 0x800) {
    out[at++] = BYTE_CODE[0xc0 | (code >> 6)];
    out[at++] = BYTE_CODE[0x80 | (code & 0x3f)];
  } else if (code < 0x10000) {
    out[at++] = BYTE_CODE[0xe0 | (code >> 12)];
    out[at++] = BYTE_CODE[0x80 | ((code >> 6) & 0x3f)];
    out[at++] = BYTE_CODE[0x80 | (code & 0x3f)];
  } else {
    out[at++] = BYTE_CODE[0xf0 | (code >> 18)];
    out[at++] = BYTE_CODE[0x80 | ((code >> 12) & 0x3f)];
    out[at++] = BYTE_CODE[0x80 | ((code >> 6) & 0x3f)];
    out[at++] = BYTE_CODE[0x80 | (code & 0x3f)];
  }
  return at;
}

/** The n-grams of one window: how many distinct ones are known and unknown (eld's mean divides by both). */
const found = { known: 0, unknown: 0 };

/**
 * The distinct n-grams of the window being read, as a small hash set (it stays in the processor's
 * nearest cache): a place holds an n-gram [SET_LO, SET_HI] when its SET_WINDOW is the current
 * window's id, so starting a window clears nothing. A window has at most ~400 n-grams (it reads
 * at most ~380 bytes), so the set is never more than 40% full.
 */
const SET_BITS = 10;
const SET_MASK = (1 << SET_BITS) - 1;
const SET_LO = new Int32Array(1 << SET_BITS);
const SET_HI = new Int32Array(1 << SET_BITS);
const SET_WINDOW = new Int32Array(1 << SET_BITS);
let windowId = 0;

/**
 * A cache of the table, direct-mapped by the n-gram's hash: the 4 MB table is mostly out of the
 * processor's caches once the other stages have run, while the n-grams of real text are few
 * (2,000 news articles: ~25,000 distinct, 4,096 of them make 90% of the look-ups). An entry holds
 * the n-gram [lo, hi | HOT_VALID] and a copy of its slot's HI and AT words (HI = HOT_UNKNOWN for
 * an n-gram the table does not have), so a hit reads 16 bytes from a 256 kB array.
 */
const HOT_BITS = 14;
const HOT_MASK = (1 << HOT_BITS) - 1;
const HOT = new Int32Array(4 << HOT_BITS);
const HOT_VALID = 0x10000;
const HOT_UNKNOWN = 0; // never a known slot's HI: its first pair's score is at least 6 + 53

/** summed integer n-gram scores per language (exact in 32 bits: at most ~1,400 n-grams of score ≤ 260) */
const raw = new Int32Array(CODES.length);

/** The slot (times 4: its index in TABLE) holding the n-gram [lo, hi] (not both 0), or -1. */
function find(lo: number, hi: number, hash: number): number {
  for (let slot = hash; ; slot = (slot + 1) & SLOT_MASK) {
    const at = slot << 2;
    const slotLo = TABLE[at + LO];
    const slotHi = TABLE[at + HI] & 0xffff;
    if (slotLo === lo && slotHi === hi) return at;
    if (slotLo === 0 && slotHi === 0) return -1;
  }
}

/**
 * Counts the n-gram numbered [lo, hi] (its low 32 bits and the rest) in the window, once; a known
 * one adds its scores to `raw`. The look-ups are written out here: this runs for every n-gram.
 */
function countNgram(lo: number, hi: number): void {
  const hash = slotHash(lo, hi);
  for (let i = hash & SET_MASK; ; i = (i + 1) & SET_MASK) {
    if (SET_WINDOW[i] !== windowId) {
      SET_WINDOW[i] = windowId;
      SET_LO[i] = lo;
      SET_HI[i] = hi;
      break;
    }
    if (SET_LO[i] === lo && SET_HI[i] === hi) return; // seen in this window
  }
  const h = (hash & HOT_MASK) << 2;
  if (HOT[h] !== lo || HOT[h + 1] !== (hi | HOT_VALID)) {
    const slot = lo === 0 && hi === 0 ? -1 : find(lo, hi, hash);
    HOT[h] = lo;
    HOT[h + 1] = hi | HOT_VALID;
    HOT[h + 2] = slot < 0 ? HOT_UNKNOWN : TABLE[slot + HI];
    HOT[h + 3] = slot < 0 ? 0 : TABLE[slot + AT];
  }
  const head = HOT[h + 2];
  if (head === HOT_UNKNOWN) {
    found.unknown++;
    return;
  }
  found.known++;
  // the first pair is in HI; AT is start * 64 + count, start even: the others are
  // PACKED_PAIRS[start / 2, start / 2 + count)
  raw[head >>> 25] += (head >>> 16) & 0x1ff;
  const pairsAt = HOT[h + 3];
  const to = (pairsAt >>> 7) + (pairsAt & 63);
  for (let k = pairsAt >>> 7; k < to; k++) {
    const pair = PACKED_PAIRS[k];
    raw[pair >>> 9] += pair & 0x1ff;
  }
}

/**
 * eld's n-grams of one word: 4 bytes, stride 3, with word-boundary marks (a space before the
 * first, after the last). An n-gram is the number whose base-256 digits are its bytes.
 */
function addNgrams(word: Int32Array, length: number): void {
  const len = Math.min(length, MAX_WORD_BYTES);
  let j = 0;
  for (; j + 4 < len; j += 3) countNgram((word[j] << 24) | (word[j + 1] << 16) | (word[j + 2] << 8) | word[j + 3], j === 0 ? SPACE : 0);
  // eld's last n-gram runs to the end of the whole word: over MAX_WORD_BYTES it is never known,
  // and never equal to another
  if (length > MAX_WORD_BYTES) {
    found.unknown++;
    return;
  }
  let lo = j === 0 ? SPACE : 0;
  let hi = 0;
  for (let i = Math.max(0, len - 4); i < len; i++) {
    hi = (hi << 8) | (lo >>> 24);
    lo = (lo << 8) | word[i];
  }
  countNgram((lo << 8) | SPACE, (hi << 8) | (lo >>> 24));
}

/**
 * eld's letters (the character class of its `separators` regex, BMP only: every other code point
 * is a separator), one flag per code unit, read from the regex source once at load.
 */
const LETTER = letterTable(separators.source);

function letterTable(source: string): Uint8Array {
  const open = "[^";
  const close = source.indexOf("]+(?<!");
  if (!source.startsWith(open) || close < 0) throw new Error("eld's separators regex has an unexpected shape");
  const cls = source.slice(open.length, close);
  if (cls.includes("\\")) throw new Error("eld's separators regex has an unexpected escape");
  const table = new Uint8Array(0x10000);
  for (let i = 0; i < cls.length; i++) {
    const from = cls.charCodeAt(i);
    const ranged = cls[i + 1] === "-" && i + 2 < cls.length;
    const to = ranged ? cls.charCodeAt(i + 2) : from;
    table.fill(1, from, to + 1);
    if (ranged) i += 2;
  }
  return table;
}

const isApostrophe = (code: number): boolean => code === 0x27 || code === 0x60 || code === 0x2019;
const SEPARATED = new Uint16Array(MAX_CHARS + 8);

/** set by skipNonLetters: the end of the run's last non-apostrophe, or -1 (a scratch out-value, no allocation in the hot loop) */
let runLastOther = -1;

/**
 * The end of the run of non-letters from i (a surrogate pair is one non-letter code point), as
 * separateInto reads it; sets runLastOther.
 */
function skipNonLetters(text: string, i: number, n: number): number {
  let lastOther = -1;
  while (i < n) {
    const d = text.charCodeAt(i);
    if (d < 0xd800 || d > 0xdfff) {
      if (LETTER[d] === 1) break;
      i++;
      if (!isApostrophe(d)) lastOther = i;
    } else {
      i += d <= 0xdbff && i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
      lastOther = i;
    }
  }
  runLastOther = lastOther;
  return i;
}

/**
 * `text.slice(0, n).replace(separators, " ")` into SEPARATED, lower-cased when `lower`; returns
 * its length, or -1 when a letter cannot be lower-cased alone (Σ, whose lower case depends on
 * its place in the word; İ). Each run of non-letters becomes one space, except the apostrophes
 * that end it (the regex's look-behind: "l'avion" keeps its "'").
 */
function separateInto(text: string, n: number, lower: boolean): number {
  const out = SEPARATED;
  let len = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff ? LETTER[c] === 1 : false) {
      if (lower) {
        let m = LOWER[c];
        if (m === 0) m = learnLower(c);
        if (m < 0) return -1;
        out[len++] = m - 1;
      } else out[len++] = c;
      i++;
      continue;
    }
    // a run of non-letters (a surrogate pair is one non-letter code point)
    const start = i;
    i = skipNonLetters(text, i, n);
    const lastOther = runLastOther; // end of the last non-apostrophe in the run
    const keepFrom = lastOther < 0 ? start : lastOther;
    if (lastOther >= 0) out[len++] = 32;
    for (let k = keepFrom; k < i; k++) out[len++] = text.charCodeAt(k); // apostrophes: their own lower case
  }
  return len;
}

/**
 * Per code unit, learnt on first sight: 0 not yet known; NOT_LETTER for what eld does not count
 * as a letter (and a surrogate half); for a letter, its lower case + 1 when that is one code unit
 * whatever the context, -1 otherwise. One look-up tells the n-gram reader all it needs.
 */
const LOWER = new Int32Array(0x10000);
const NOT_LETTER = -2;
const CONTEXTUAL_LOWER = new Set([0x3a3]); // Σ: σ or final ς

function learnLower(c: number): number {
  if (LETTER[c] !== 1 || (c >= 0xd800 && c <= 0xdfff)) return (LOWER[c] = NOT_LETTER);
  const low = String.fromCharCode(c).toLowerCase();
  const code = low.charCodeAt(0);
  const single = low.length === 1 && !CONTEXTUAL_LOWER.has(c) && (code < 0xd800 || code > 0xdfff);
  LOWER[c] = single ? code + 1 : -1;
  return LOWER[c];
}

const wordBuffer = new Int32Array(4 * MAX_CHARS + 8);
let slowUnits = new Uint16Array(2 * MAX_CHARS + 8);

/**
 * The window as eld reads it, as code units: its first MAX_CHARS characters, separators made
 * spaces, trimmed, lower-cased: the units of WINDOW.units in [WINDOW.from, WINDOW.to).
 */
const WINDOW = { units: SEPARATED, from: 0, to: 0 };

function windowUnits(text: string): void {
  const n = Math.min(text.length, MAX_CHARS);
  let units = SEPARATED;
  let len = separateInto(text, n, true);
  if (len < 0) {
    // the string way, for a letter whose lower case depends on its neighbours
    len = separateInto(text, n, false);
    const s = String.fromCharCode.apply(null, SEPARATED.subarray(0, len) as unknown as number[]).trim().toLowerCase();
    if (slowUnits.length < s.length) slowUnits = new Uint16Array(s.length);
    for (let i = 0; i < s.length; i++) slowUnits[i] = s.charCodeAt(i);
    units = slowUnits;
    len = s.length;
  }
  let from = 0;
  let to = len;
  while (from < to && units[from] === SPACE) from++;
  while (to > from && units[to - 1] === SPACE) to--;
  WINDOW.units = units;
  WINDOW.from = from;
  WINDOW.to = to;
}

/** Starts a window: no n-gram found yet, and the set of its n-grams is empty (its marks are stale). */
function newWindow(): void {
  windowId = (windowId + 1) | 0 || 1;
  raw.fill(0);
  found.known = 0;
  found.unknown = 0;
}

/**
 * Collects eld's distinct n-grams of the window text[from, to): letters and inner apostrophes,
 * lower-cased, cut like eld.
 */
function collectNgrams(text: string, from: number, to: number): void {
  newWindow();
  if (collectDirect(text, from, to)) return;
  newWindow();
  collectFromUnits(from === 0 && to === text.length ? text : text.slice(from, to));
}

const utf8Length = (code: number): number => (code < 0x80 ? 1 : code < 0x800 ? 2 : 3);

/**
 * collectFromUnits in one pass over the window text[from, to), without writing the window's units out: each
 * letter goes straight to the word being read. The units of windowUnits are its letters
 * (lower-cased) and kept apostrophes, and one space for each run of other characters; a space at
 * the start is trimmed, and one at the end would change nothing. Returns false (having collected
 * part of the n-grams) at a letter whose lower case depends on its neighbours: the caller starts
 * over the string way.
 */
function collectDirect(text: string, from: number, to: number): boolean {
  const n = Math.min(to, from + MAX_CHARS);
  const word = wordBuffer;
  let length = 0; // bytes of the word being read
  let bytes = 0; // bytes of the window read so far, spaces included
  let started = false; // a unit was read: a space is no longer leading
  let i = from;
  while (i < n) {
    const c = text.charCodeAt(i);
    let m = LOWER[c];
    if (m === 0) m = learnLower(c);
    if (m > 0) {
      // a letter
      if (m <= 0x80) {
        // an ASCII letter: one byte, its own code (as pushBytes and utf8Length give it)
        word[length++] = m - 1;
        bytes++;
      } else {
        length = pushBytes(m - 1, word, length);
        bytes += utf8Length(m - 1);
      }
      started = true;
      if (bytes > HARD_CUT_BYTES) break;
      i++;
      continue;
    }
    if (m !== NOT_LETTER) return false; // a letter whose lower case depends on its neighbours
    // a run of non-letters (a surrogate pair is one non-letter code point), as separateInto reads it
    const start = i;
    i = skipNonLetters(text, i, n);
    const lastOther = runLastOther; // end of the last non-apostrophe in the run
    if (lastOther >= 0 && started) {
      // the run's space
      if (length > 0) addNgrams(word, length);
      length = 0;
      if (bytes > CUT_AFTER_BYTES) return true;
      bytes++;
      if (bytes > HARD_CUT_BYTES) break;
    }
    let cut = false;
    for (let k = lastOther < 0 ? start : lastOther; k < i; k++) {
      // the apostrophes that end the run: their own lower case
      const a = text.charCodeAt(k);
      length = pushBytes(a, word, length);
      bytes += utf8Length(a);
      started = true;
      if (bytes > HARD_CUT_BYTES) {
        cut = true;
        break;
      }
    }
    if (cut) break;
  }
  if (length > 0) addNgrams(word, length);
  return true;
}

/** Collects the n-grams from the window's units (windowUnits): the way for any letter. */
function collectFromUnits(text: string): void {
  windowUnits(text);
  const { units, from, to } = WINDOW;
  let length = 0;
  let bytes = 0;
  for (let i = from; i < to; i++) {
    let code = units[i];
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < to && (units[i + 1] & 0xfc00) === 0xdc00) code = 0x10000 + ((code - 0xd800) << 10) + (units[i + 1] - 0xdc00);
    if (code === SPACE) {
      if (length > 0) addNgrams(wordBuffer, length);
      length = 0;
      if (bytes > CUT_AFTER_BYTES) return;
      bytes++;
    } else {
      length = pushBytes(code, wordBuffer, length);
      bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
      if (code >= 0x10000) i++;
    }
    if (bytes > HARD_CUT_BYTES) break;
  }
  if (length > 0) addNgrams(wordBuffer, length);
}

/**
 * Adds `weight` times eld's scores for one window of text, `text.slice(from, to)` (it reads the
 * first ~350 bytes), into `into`. Returns false when no n-gram of the window is known. Reading
 * the window inside a longer text rather than a slice of it is faster: a slice is a view, and
 * each character read through a view costs a few more steps.
 */
export function addWindowScores(text: string, into: ScoreVector, weight = 1, from = 0, to = text.length): boolean {
  collectNgrams(text, from, to);
  if (found.known === 0) return false;
  const distinct = found.known + found.unknown;
  for (let lang = 0; lang < raw.length; lang++) {
    if (raw[lang] <= 0) continue;
    const mean = raw[lang] / distinct;
    into[lang] += (weight * mean) / (mean + SCORE_SCALE);
  }
  return true;
}

/** eld's scores for one window, by code (as `eld.detect(window).getScores()`). */
export function windowScores(window: string): Scores {
  const vector = newScoreVector();
  addWindowScores(window, vector);
  const scores: Scores = {};
  vector.forEach((score, lang) => {
    if (score > 0) scores[CODES[lang]] = score;
  });
  return scores;
}
