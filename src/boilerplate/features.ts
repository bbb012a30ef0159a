/**
 * Shape features of one paragraph (one line), as jusText measures them: length in words, final
 * punctuation, stop-word density, share of capitalised words, links, handles and digits.
 */
import { FOLD_SPACE, foldLine, foldsToLower, foldUnit, isWordChar, SLOW, TABLE_SIZE, unitsToString, words as splitWords } from "./text.ts";
import { ALL_TERM_BITS, DATE_BIT, wordBitsKey, type Vocabulary } from "./vocabulary.ts";
import { StopTable } from "./stop-table.ts";
import { Buffer } from "node:buffer";

export interface LineFeatures {
  /** the line as written (from doc.norm) */
  raw: string;
  /** folded start of the line (see foldLine); a long line's is made on first read when nothing may need it */
  readonly folded: string;
  /** folded words of the line's start (listed on first read: the rules first ask termBits whether a set may hold one) */
  readonly words: string[];
  /** how many they are (words.length, known without listing them) */
  wordCount: number;
  /** white-space separated tokens of the whole line */
  tokenCount: number;
  /** ends with . ! ? … (closing quotes and brackets skipped) */
  endsSentence: boolean;
  /** ends with ":" */
  endsColon: boolean;
  /** share of the words that are stop words */
  stopRatio: number;
  /** share of the words that start with a capital */
  capRatio: number;
  /** letters mostly upper case ("DON'T MISS") */
  shouting: boolean;
  /** holds a URL, an e-mail address or a @handle */
  link: boolean;
  /** share of the characters inside URLs, e-mails and handles */
  linkShare: number;
  /** holds a quotation mark */
  quoted: boolean;
  /**
   * which term sets one of `words` may open a term of, and which word sets one may belong to
   * (Vocabulary.firstBits of each word, ORed): a set whose bit is off has no term starting at
   * any word, no word of the line. ALL_TERM_BITS when not known.
   */
  termBits: number;
  /** how many of `words` may be date words or numbers (DATE_BIT or a digit first): at least isDateStamp's count */
  maybeDated: number;
  /**
   * more than 60 tokens and a core (lineCore of `folded`) certainly longer than any whole-line
   * phrase and a gallery counter: the line cues need neither its core nor its folding
   */
  longCore: boolean;
}

const CLOSERS = new Set(['"', "»", ")", "]", "'", "”", "’", "›", " ", "*"]);
const SENTENCE_END = new Set([".", "!", "?", "…"]);

/**
 * A line's features; `words` is listed on first read (most lines are judged without them:
 * 1 MB of short lines holds 65,000 lines and more, whose word lists all lived to the stage's
 * end, copied through the young generation). The shares are kept
 * as their whole counts and divided when read: a field holding a fraction is a boxed number, an
 * object of its own per line (1 MB of short lines: 65,000 lines and more).
 */
class Features implements LineFeatures {
  constructor(
    readonly raw: string,
    private foldedText: string | null,
    private list: string[] | null,
    readonly wordCount: number,
    readonly tokenCount: number,
    readonly endsSentence: boolean,
    readonly endsColon: boolean,
    /** stop words among the words */
    private readonly stopWords: number,
    /** capitalised tokens among the head's tokens */
    private readonly capitalised: number,
    /** tokens of the line's head (the first SCAN_CHARS characters) */
    private readonly headTokens: number,
    readonly shouting: boolean,
    readonly link: boolean,
    /** characters inside URLs, e-mails and handles, and the characters of the head */
    private readonly linkChars: number,
    private readonly headChars: number,
    readonly quoted: boolean,
    readonly termBits: number,
    readonly maybeDated: number,
    readonly longCore: boolean,
  ) {}

  get stopRatio(): number {
    return this.stopWords / Math.max(1, this.wordCount);
  }

  get capRatio(): number {
    return this.capitalised / Math.max(1, this.headTokens);
  }

  get linkShare(): number {
    return this.linkChars / Math.max(1, this.headChars);
  }

  get folded(): string {
    return (this.foldedText ??= foldLine(this.raw));
  }

  get words(): string[] {
    return (this.list ??= splitWords(this.folded));
  }
}

export function lineFeatures(raw: string, vocab: Vocabulary): LineFeatures {
  return onePass(raw, vocab) ?? lineFeaturesByParts(raw, vocab);
}

/** lines of more tokens than this get no phrase cue (PHRASE_MAX_WORDS of cues.ts) */
const PHRASE_MAX_TOKENS = 60;

/** characters of a line that are folded (foldLine's default) */
const FOLD_CHARS = 500;

/** scratch buffers of onePass: the folded units (and their low bytes), and each word's start and end in them */
let UNITS = new Uint16Array(1100);
let BYTES = Buffer.alloc(1100);
let BOUNDS = new Int32Array(1100);
/** the line's head as UTF-16 code units (see headUnits) */
let SOURCE = new Uint16Array(700);
let SOURCE_BYTES = Buffer.from(SOURCE.buffer);
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * The first `head` code units of `raw` in a scratch array: written natively as UTF-16LE, they are
 * read faster than by charCodeAt on a line cut from the text (about 7% of lineFeatures on the
 * bench articles). A big-endian machine copies them one by one.
 */
function headUnits(raw: string, head: number): Uint16Array {
  if (SOURCE.length < head + 1) (SOURCE = new Uint16Array(2 * head + 64)), (SOURCE_BYTES = Buffer.from(SOURCE.buffer));
  if (LITTLE_ENDIAN) SOURCE_BYTES.write(raw, 0, 2 * head, "utf16le");
  else for (let i = 0; i < head; i++) SOURCE[i] = raw.charCodeAt(i);
  return SOURCE;
}

let stopTableOf: { vocab: Vocabulary; table: StopTable } | null = null;

function stopTable(vocab: Vocabulary): StopTable {
  if (stopTableOf?.vocab !== vocab) stopTableOf = { vocab, table: new StopTable(vocab.stopwords) };
  return stopTableOf.table;
}

/**
 * lineFeatures in one left-to-right pass over the line's head: the shape scan of `scan`, the
 * folding of foldLine (written to a buffer by the same table) and the word splitting of `words`
 * over the folded units as they are written, stop words looked up by their units. null when the
 * line needs what the pass does not do (a character outside the fold table, one folding to two
 * units, a "`" whose folding depends on the whole line): lineFeaturesByParts reads it then.
 */
function onePass(raw: string, vocab: Vocabulary): LineFeatures | null {
  const n = raw.length;
  const foldEnd = n < FOLD_CHARS ? n : FOLD_CHARS;
  const head = n < SCAN_CHARS ? n : SCAN_CHARS;
  if (UNITS.length < foldEnd + 2) (UNITS = new Uint16Array(2 * foldEnd + 64)), (BYTES = Buffer.alloc(2 * foldEnd + 64));
  if (BOUNDS.length < foldEnd + 2) BOUNDS = new Int32Array(2 * foldEnd + 64);
  const src = headUnits(raw, head);
  const out = UNITS;
  const bytes = BYTES;
  let wide = false; // a folded unit above 0xFF (else the folded string is decoded from the bytes, as latin1)
  const bounds = BOUNDS;
  const stops = stopTable(vocab);
  // the shape scan
  let tokens = 0;
  let caps = 0;
  let upper = 0;
  let lower = 0;
  let linkChars = 0;
  let quoted = false;
  let start = -1;
  let linkish = false;
  // the folding: units written, a space pending, whether the folding is the head's lower case
  let len = 0;
  let space = false;
  let sameLower = true;
  // the words of the folded units: the open word's start, a pending inner "'", "-", "." (kept if a word unit follows)
  let wordStart = -1;
  let pending = -1;
  let wordCount = 0;
  for (let k = 0; k <= head; k++) {
    const c = k < head ? src[k] : 32;
    if (c >= 97 && c <= 122 && wordStart >= 0 && pending < 0 && start >= 0 && !space && k < foldEnd) {
      // a run of lower-case ASCII letters inside a word and a token (most of a line): each is a
      // lower-case letter to the scan and folds to itself, so only the count and the units change
      let j = k;
      let u = c;
      do {
        out[len] = u;
        bytes[len] = u;
        len++;
        j++;
        u = j < foldEnd ? src[j] : 0;
      } while (u >= 97 && u <= 122);
      lower += j - k;
      k = j - 1;
      continue;
    }
    if (c === 32 && pending < 0 && start >= 0 && !space && k + 1 < foldEnd) {
      const next = src[k + 1];
      if (next >= 97 && next <= 122) {
        // one space between a token and a lower-case word (as the general steps would read the two)
        if (linkish && isLinkToken(raw, start, k)) linkChars += k - start;
        start = k + 1;
        linkish = false;
        tokens++;
        lower++;
        if (wordStart >= 0) {
          bounds[2 * wordCount] = wordStart;
          bounds[2 * wordCount + 1] = len;
          wordCount++;
        }
        out[len] = 32;
        bytes[len] = 32;
        len++;
        out[len] = next;
        bytes[len] = next;
        wordStart = len;
        len++;
        k++;
        continue;
      }
    }
    let cls = UNIT_CLASS[c];
    if (cls === 0) cls = learnClass(c, raw, k);
    if (cls & SPACE) {
      if (start >= 0 && linkish && isLinkToken(raw, start, k)) linkChars += k - start;
      start = -1;
    } else {
      if (start < 0) {
        start = k;
        linkish = false;
        tokens++;
        if (cls & UPPER) caps++;
      }
      if (cls & UPPER) upper++;
      else if (cls & LOWER) lower++;
      if (cls & LINKISH && !linkish) linkish = c !== 46 || mayBeLinkDot(raw, start, k, head);
      if (cls & QUOTE) quoted = true;
    }
    if (k >= foldEnd) continue;
    // the folding of this unit (as foldByTable)
    if (c >= TABLE_SIZE || c === 96) return null;
    const m = foldUnit(c);
    if (m > 0) {
      if (m >= 0x10000) return null;
      if (space && m !== 58) {
        // the pending space: a unit that ends the open word
        out[len] = 32;
        bytes[len] = 32;
        if (pending >= 0) {
          bounds[2 * wordCount] = wordStart;
          bounds[2 * wordCount + 1] = pending;
          wordCount++;
        } else if (wordStart >= 0) {
          bounds[2 * wordCount] = wordStart;
          bounds[2 * wordCount + 1] = len;
          wordCount++;
        }
        wordStart = -1;
        pending = -1;
        len++;
      }
      space = false;
      out[len] = m;
      bytes[len] = m;
      if (m > 0xff) wide = true;
      if (isWordChar(m)) {
        if (pending >= 0) pending = -1;
        else if (wordStart < 0) wordStart = len;
      } else if (pending >= 0) {
        bounds[2 * wordCount] = wordStart;
        bounds[2 * wordCount + 1] = pending;
        wordCount++;
        wordStart = -1;
        pending = -1;
      } else if (wordStart >= 0) {
        if (m === 39 || m === 45 || m === 46) pending = len;
        else {
          bounds[2 * wordCount] = wordStart;
          bounds[2 * wordCount + 1] = len;
          wordCount++;
          wordStart = -1;
        }
      }
      len++;
      if (sameLower && (len !== k + 1 || (c >= 0x80 && !foldsToLower(c)))) sameLower = false;
    } else if (m === FOLD_SPACE) {
      space = len > 0;
      if (c !== 32) sameLower = false;
    } else if (m === SLOW) return null;
    else sameLower = false; // dropped (a combining mark)
  }
  if (wordStart >= 0) {
    const end = pending >= 0 ? pending : len;
    bounds[2 * wordCount] = wordStart;
    bounds[2 * wordCount + 1] = end;
    wordCount++;
  }
  // the stop words among the words, which term and word sets a word may open or belong to, the words that may be dates
  let stopCount = 0;
  let termBits = 0;
  let maybeDated = 0;
  const firstBits = vocab.firstBits;
  for (let i = 0; i < wordCount; i++) {
    const from = bounds[2 * i];
    const to = bounds[2 * i + 1];
    if (stops.has(out, from, to)) stopCount++;
    const bits = firstBits[wordBitsKey(out[from], out[to > from + 1 ? from + 1 : from], out[to - 1], to - from)];
    termBits |= bits;
    if (bits & DATE_BIT || (out[from] >= 48 && out[from] <= 57)) maybeDated++;
  }
  if (len !== foldEnd) sameLower = false;
  const tokenCount = tokens + countTokens(raw, head);
  // the core spans at least from the first word's start to the last word's end
  const longCore = tokenCount > PHRASE_MAX_TOKENS && wordCount > 0 && bounds[2 * wordCount - 1] - bounds[0] > vocab.coreMaxLength;
  const folded = longCore ? null : sameLower ? (n > foldEnd ? raw.slice(0, foldEnd) : raw).toLowerCase() : wide ? unitsToString(out, len) : bytes.toString("latin1", 0, len);
  const end = lastBeforeClosers(raw);
  return new Features(
    raw,
    folded,
    null,
    wordCount,
    tokenCount,
    SENTENCE_END.has(raw[end]),
    raw[end] === ":",
    stopCount,
    caps,
    tokens,
    upper >= 4 && upper > 3 * lower,
    linkChars > 0,
    linkChars,
    Math.min(n, SCAN_CHARS),
    quoted,
    termBits,
    maybeDated,
    longCore,
  );
}

/** The index of the line's last character once closing marks and brackets at its end are left out (what ends its sentence). */
function lastBeforeClosers(raw: string): number {
  let end = raw.length - 1;
  while (end > 0 && CLOSERS.has(raw[end])) end--;
  return end;
}

/** lineFeatures read in parts: the fold, the shape scan and the words one after the other (any line; the reference onePass is tested against). */
export function lineFeaturesByParts(raw: string, vocab: Vocabulary): LineFeatures {
  const folded = foldLine(raw);
  const { tokenCount, headTokens, caps, upper, lower, linkChars, quoted } = scan(raw);
  const end = lastBeforeClosers(raw);
  // the rare lines onePass declines (emoji, a "`", units outside the fold table): no filter, no
  // counting without listing, the words are listed and looked up one by one
  const words = splitWords(folded);
  const count = words.length;
  let stop = 0;
  for (const w of words) if (vocab.stopwords.has(w)) stop++;
  return new Features(
    raw,
    folded,
    words,
    count,
    tokenCount,
    SENTENCE_END.has(raw[end]),
    raw[end] === ":",
    stop,
    caps,
    headTokens,
    upper >= 4 && upper > 3 * lower,
    linkChars > 0,
    linkChars,
    Math.min(raw.length, SCAN_CHARS),
    quoted,
    ALL_TERM_BITS,
    count,
    false,
  );
}

/** One pass over the characters (by code, ASCII fast path): tokens, capitals, case, links, quote marks. Shares are over the head of a long line. */
function scan(raw: string) {
  const head = Math.min(raw.length, SCAN_CHARS);
  const tailTokens = countTokens(raw, head);
  let tokenCount = 0;
  let caps = 0;
  let upper = 0;
  let lower = 0;
  let linkChars = 0;
  let quoted = false;
  let start = -1;
  let linkish = false;
  for (let k = 0; k <= head; k++) {
    const c = k < head ? raw.charCodeAt(k) : 32;
    let cls = UNIT_CLASS[c];
    if (cls === 0) cls = learnClass(c, raw, k);
    if (cls & SPACE) {
      if (start >= 0 && linkish && isLinkToken(raw, start, k)) linkChars += k - start;
      start = -1;
      continue;
    }
    if (start < 0) {
      start = k;
      linkish = false;
      tokenCount++;
      if (cls & UPPER) caps++;
    }
    if (cls & UPPER) upper++;
    else if (cls & LOWER) lower++;
    if (cls & LINKISH && !linkish) linkish = c !== 46 || mayBeLinkDot(raw, start, k, head);
    if (cls & QUOTE) quoted = true;
  }
  return { tokenCount: tokenCount + tailTokens, headTokens: tokenCount, caps, upper, lower, linkChars, quoted };
}

/**
 * A "." can only make its token a link when something follows it in the token ("example.com",
 * "a.b@c.fr") or the token is "www.": a sentence's final "." cannot, and isLinkToken is not asked.
 */
function mayBeLinkDot(raw: string, start: number, k: number, head: number): boolean {
  if (k + 1 < head) {
    const next = raw.charCodeAt(k + 1);
    if (next !== 32 && next !== 9) return true;
  }
  return k - start === 3 && raw.startsWith("www", start);
}

/** Letters, case and links are read in the first characters only; the rest of a long line is only counted in tokens. */
const SCAN_CHARS = 600;

/** Tokens that start at or after `from` (a token cut at `from` counts with the head). */
function countTokens(raw: string, from: number): number {
  let n = 0;
  for (let i = from; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if ((c === 32 || c === 9) && i + 1 < raw.length) {
      const d = raw.charCodeAt(i + 1);
      if (d !== 32 && d !== 9) n++;
    }
  }
  return n;
}

/** What scan needs to know of a code unit, as bits; learnt on first sight (0: not yet known). */
const KNOWN = 1;
const SPACE = 2;
const UPPER = 4;
const LOWER = 8;
const LINKISH = 16; // . @ /
const QUOTE = 32; // " « » “ ” „
const UNIT_CLASS = new Uint8Array(0x10000);

function learnClass(c: number, raw: string, k: number): number {
  let cls = KNOWN;
  if (c === 32 || c === 9) cls |= SPACE;
  const up = caseOf(c, raw, k);
  if (up === 1) cls |= UPPER;
  else if (up === -1) cls |= LOWER;
  if (c === 46 || c === 64 || c === 47) cls |= LINKISH;
  if (c === 34 || c === 171 || c === 187 || c === 0x201c || c === 0x201d || c === 0x201e) cls |= QUOTE;
  UNIT_CLASS[c] = cls;
  return cls;
}

/** 1 for an upper-case letter, -1 for a lower-case one, 0 otherwise (of the code unit alone). */
function caseOf(c: number, raw: string, k: number): number {
  if (c >= 65 && c <= 90) return 1;
  if (c >= 97 && c <= 122) return -1;
  if (c < 0xc0) return 0;
  const ch = raw[k];
  const lo = ch.toLowerCase();
  if (lo !== ch) return 1;
  return ch.toUpperCase() !== ch ? -1 : 0;
}

function isLinkToken(raw: string, start: number, end: number): boolean {
  const t = raw.slice(start, end);
  if (t.startsWith("http://") || t.startsWith("https://") || t.startsWith("www.")) return true;
  if (t.length > 1 && t[0] === "@") return true;
  const at = t.indexOf("@");
  if (at > 0 && t.indexOf(".", at) > at) return true; // e-mail
  return /^[a-z0-9-]+(\.[a-z0-9-]+)*\.(com|org|net|fr|be|ch|ca|co|uk|io|info|news)(\/\S*)?$/i.test(t);
}
