/**
 * Turns one word into the keys the topic matcher compares: its stem (Snowball, case- and
 * accent-folded) and its exact folded form; or IGNORED for a function word or an elided
 * article; or OTHER_WORD for a content word that no term can use (when the analyzer knows the
 * terms' vocabulary). One analyzer per language and taxonomy; each word is analysed once and cached.
 */
import { BoundedMemo } from "../bounded-memo.ts";
import { detached } from "../text-utils.ts";
import { newStemmer } from "./snowball.ts";
import { LEXICONS } from "../lexicons/index.ts";

export interface WordKeys {
  /** folded stem: "énergies" → "energ" */
  stem: string;
  /** folded lower-case form: "Énergies" → "energies" */
  exact: string;
}

/** a function word or elided article: skipped, phrases run over it */
export const IGNORED = null;
/** a content word that is part of no term: phrases stop at it */
export const OTHER_WORD = 0;

export type WordAnalysis = WordKeys | typeof IGNORED | typeof OTHER_WORD;

export interface Analyzer {
  analyse(word: string): WordAnalysis;
  /**
   * analyse(text.slice(start, end)), without cutting the string when the word was seen before;
   * `hash` is wordHash(text, start, end), which the tokenizer computes as it reads the word
   */
  analyseAt(text: string, start: number, end: number, hash: number): WordAnalysis;
  /**
   * A quick look at text[start, end) before any string is cut: false when the word is surely
   * OTHER_WORD (its first letters start no term word and no function word). Absent: no shortcut.
   */
  mayMatter?(text: string, start: number, end: number): boolean;
}

/** The keys that appear in a taxonomy's terms: other words need no stemming and no place in the token list. */
export interface Vocabulary {
  stems: ReadonlySet<string>;
  exacts: ReadonlySet<string>;
}

/**
 * The word cache holds at most this many words, then starts over in the same tables: 1,000
 * French articles bring about 16,000 distinct words and 12,000 about 50,000 (vocabulary never
 * stops growing), so its tables reach their full size within the first few thousand articles and
 * stay there; a word analysed again after a new start costs about a microsecond.
 */
export const CACHED_WORDS = 1 << 15;
/** slots of the open-addressing table at its full size (a power of two): twice the words, so probes stay short */
const MAX_CACHE_SLOTS = 2 * CACHED_WORDS;
/** slots of a new table, which doubles as it fills, up to MAX_CACHE_SLOTS (an analyzer that reads only the terms stays small) */
const FIRST_CACHE_SLOTS = 1 << 12;
/** code units kept per slot for the cached words' characters: 8 per word, as a table is twice its words (article words average fewer) */
const CHARS_PER_SLOT = 4;
/** entries per generation of the memo of stems (see BoundedMemo) */
const STEM_GENERATION = 8192;

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** lower case, no accents, ligatures spelled out: "Œuvre" → "oeuvre" */
export function fold(word: string): string {
  const lower = word.toLowerCase();
  for (let i = 0; i < lower.length; i++)
    if (lower.charCodeAt(i) > 0x7f)
      return lower.normalize("NFD").replace(COMBINING_MARKS, "").replace(/œ/g, "oe").replace(/æ/g, "ae");
  return lower;
}

/**
 * Snowball stems keep the first letters of their word (only their last two letters may differ:
 * "métaux" → "métal", "policy" → "polici"), so only a word that starts with a stem but its last
 * two letters (at least three) can stem to it; short stems are compared whole ("loi", "gaz").
 */
function stemPrefixFilter(stems: Iterable<string>): (folded: string) => boolean {
  const byLength = new Map<number, Set<string>>();
  for (const s of stems) {
    const n = s.length <= 3 ? s.length : Math.max(3, s.length - 2);
    let set = byLength.get(n);
    if (!set) byLength.set(n, (set = new Set()));
    set.add(s.slice(0, n));
  }
  const lengths = [...byLength.keys()].sort((a, b) => b - a);
  return (w) => {
    for (const n of lengths) if (n <= w.length && byLength.get(n)?.has(w.slice(0, n))) return true;
    return false;
  };
}

/**
 * Folded stems of lower-case words, one cache per Snowball algorithm shared by every analyzer
 * that uses it: the words of the terms, stemmed when the taxonomy is compiled, are not stemmed
 * again when they turn up in articles (a new word costs the stemmer a few µs, see snowball.ts).
 */
const stemCaches = new Map<string, (lower: string) => string>();

function stemCache(stemmerName: string): (lower: string) => string {
  const known = stemCaches.get(stemmerName);
  if (known) return known;
  const stemmer = newStemmer(stemmerName);
  const stems = new BoundedMemo<string>(STEM_GENERATION);
  const stemOf = (lower: string): string => {
    let stem = stems.get(lower);
    if (stem === undefined) stems.set(lower, (stem = fold(stemmer.stem(lower))));
    return stem;
  };
  stemCaches.set(stemmerName, stemOf);
  return stemOf;
}

/** An analyzer; with a vocabulary, it stems only words that may match and marks the others OTHER_WORD. */
export function createAnalyzer(stemmerName: string | null, ignored: Iterable<string>, vocabulary?: Vocabulary): Analyzer {
  const stemOf = stemmerName ? stemCache(stemmerName) : null;
  const ignoredSet = new Set<string>();
  for (const w of ignored) ignoredSet.add(fold(w));
  const stemWorthy = vocabulary ? stemPrefixFilter(vocabulary.stems) : () => true;
  const analyseNew = (word: string): WordAnalysis => {
    const exact = fold(word);
    if (ignoredSet.has(exact)) return IGNORED;
    const stem = stemOf && stemWorthy(exact) ? stemOf(word.toLowerCase()) : exact;
    if (vocabulary && !vocabulary.stems.has(stem) && !vocabulary.exacts.has(exact)) return OTHER_WORD;
    return { stem, exact };
  };
  const cache = new WordCache(analyseNew);
  return {
    mayMatter: vocabulary ? asciiPrefixFilter(vocabulary.stems, [...vocabulary.exacts, ...ignoredSet]) : undefined,
    analyse: (word) => cache.get(word, 0, word.length, wordHash(word, 0, word.length)),
    analyseAt: (text, start, end, hash) => cache.get(text, start, end, hash),
  };
}

/** FNV-1a over UTF-16 code units: the hash of a word starts at HASH_SEED and takes each of its characters in turn */
export const HASH_SEED = 0x811c9dc5;
export const hashStep = (h: number, c: number): number => Math.imul(h ^ c, 0x01000193);

export function wordHash(text: string, start: number, end: number): number {
  let h = HASH_SEED;
  for (let i = start; i < end; i++) h = hashStep(h, text.charCodeAt(i));
  return h;
}

/**
 * Analyses by word, keyed on the characters of text[start, end) (open addressing, linear
 * probing), so that a word seen before costs no string cut and no string hashing. A slot is
 * four numbers in one typed array, [hash, length, where its characters are in `chars`, its
 * value], and the words' characters sit one after the other in `chars`: a look-up reads one
 * slot and the characters it compares, with no string object to reach, and a slot of another
 * word is passed over on its hash alone. Between two articles the other stages push the
 * table out of the processor's caches, so the memory lines a look-up touches are what it
 * costs. Holds at most CACHED_WORDS words, then starts over: memory stays flat on long runs.
 */
class WordCache {
  /** slot i at 4i: HASH, LENGTH (0: a free slot), AT (its first character in `chars`), VALUE (see valueOf) */
  private slots = new Int32Array(4 * FIRST_CACHE_SLOTS);
  private capacity = FIRST_CACHE_SLOTS;
  private size = 0;
  private chars = new Uint16Array(CHARS_PER_SLOT * FIRST_CACHE_SLOTS);
  private charsUsed = 0;
  /** the WordKeys of the kept words, by their VALUE - KEYS_FROM */
  private keys: WordKeys[] = [];

  constructor(private readonly analyseNew: (word: string) => WordAnalysis) {}

  get(text: string, start: number, end: number, hash: number): WordAnalysis {
    const n = end - start;
    const mask = this.capacity - 1;
    const slots = this.slots;
    const chars = this.chars;
    for (let slot = slotOf(hash, mask); ; slot = (slot + 1) & mask) {
      const at = slot << 2;
      const length = slots[at + LENGTH];
      if (length === 0) break;
      if (slots[at + HASH] === hash && length === n && sameChars(chars, slots[at + AT], text, start, n))
        return this.analysisOf(slots[at + VALUE]);
    }
    const word = start === 0 && end === text.length ? text : detached(text.slice(start, end));
    const a = this.analyseNew(word);
    if (!this.makeRoom(n)) return a;
    this.put(hash, this.storeChars(text, start, n), n, this.valueOf(a));
    return a;
  }

  /** Room for one more word of n characters: the tables grow up to their full size, then start over; false for a word longer than they hold. */
  private makeRoom(n: number): boolean {
    const maxChars = CHARS_PER_SLOT * MAX_CACHE_SLOTS;
    if (n > maxChars) return false;
    if (this.size >= CACHED_WORDS || (this.charsUsed + n > maxChars)) this.startOver();
    if (2 * (this.size + 1) > this.capacity) this.grow();
    if (this.charsUsed + n > this.chars.length) {
      const grown = new Uint16Array(Math.min(maxChars, Math.max(2 * this.chars.length, this.charsUsed + n)));
      grown.set(this.chars.subarray(0, this.charsUsed));
      this.chars = grown;
    }
    return true;
  }

  /** VALUE of an analysis: IGNORED_VALUE, OTHER_VALUE, or KEYS_FROM + its index in `keys` */
  private valueOf(a: WordAnalysis): number {
    if (a === IGNORED) return IGNORED_VALUE;
    if (a === OTHER_WORD) return OTHER_VALUE;
    this.keys.push(a);
    return KEYS_FROM + this.keys.length - 1;
  }

  private analysisOf(value: number): WordAnalysis {
    return value >= KEYS_FROM ? this.keys[value - KEYS_FROM] : value === IGNORED_VALUE ? IGNORED : OTHER_WORD;
  }

  /** Copies text[start, start + n) after the characters in `chars` (room checked by get); returns where it starts. */
  private storeChars(text: string, start: number, n: number): number {
    const at = this.charsUsed;
    for (let k = 0; k < n; k++) this.chars[at + k] = text.charCodeAt(start + k);
    this.charsUsed += n;
    return at;
  }

  private put(hash: number, charsAt: number, length: number, value: number): void {
    const mask = this.capacity - 1;
    let slot = slotOf(hash, mask);
    while (this.slots[(slot << 2) + LENGTH] !== 0) slot = (slot + 1) & mask;
    const at = slot << 2;
    this.slots[at + HASH] = hash;
    this.slots[at + LENGTH] = length;
    this.slots[at + AT] = charsAt;
    this.slots[at + VALUE] = value;
    this.size++;
  }

  /** Twice the slots, the words moved over. */
  private grow(): void {
    const old = this.slots;
    this.capacity *= 2;
    this.slots = new Int32Array(4 * this.capacity);
    this.size = 0;
    for (let at = 0; at < old.length; at += 4)
      if (old[at + LENGTH] !== 0) this.put(old[at + HASH], old[at + AT], old[at + LENGTH], old[at + VALUE]);
  }

  /** Forgets every word, in the same tables (grown to their full size by then). */
  private startOver(): void {
    this.slots.fill(0);
    this.size = 0;
    this.charsUsed = 0;
    this.keys = [];
  }
}

/** the four numbers of a WordCache slot */
const HASH = 0;
const LENGTH = 1;
const AT = 2;
const VALUE = 3;
/** VALUE of a function word, of a word of no term, and of the first kept word */
const IGNORED_VALUE = 0;
const OTHER_VALUE = 1;
const KEYS_FROM = 2;

const slotOf = (hash: number, mask: number): number => (hash ^ (hash >>> 15)) & mask;

/** chars[at, at + n) holds the code units of text[start, start + n) */
function sameChars(chars: Uint16Array, at: number, text: string, start: number, n: number): boolean {
  for (let k = 0; k < n; k++) if (chars[at + k] !== text.charCodeAt(start + k)) return false;
  return true;
}

const lowerAscii = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);

/**
 * A bitmap of the first three letters (ASCII, lower case; zeros after a shorter word) of every
 * key a word must have to matter. Inflection and stemming change the end of a word, never its
 * first three letters, so a word whose first three letters start no key is OTHER_WORD; words
 * with other letters among their first three are left to the full analysis. Stems shorter than
 * three letters ("ia") also let through every word they begin. One bit per three letters (256 kB,
 * read once per word: most of it stays in the processor's cache).
 */
function asciiPrefixFilter(stems: Iterable<string>, words: Iterable<string>): (text: string, start: number, end: number) => boolean {
  const index = (k: string) => {
    const c = [k.charCodeAt(0), k.length > 1 ? k.charCodeAt(1) : 0, k.length > 2 ? k.charCodeAt(2) : 0];
    return c.some((x) => x > 127) ? -1 : (c[0] << 14) | (c[1] << 7) | c[2];
  };
  const bits = new Uint32Array(1 << 16);
  const set = (from: number, count: number) => {
    for (let i = from; i < from + count; i++) bits[i >>> 5] |= 1 << (i & 31);
  };
  for (const k of [...stems, ...words]) if (index(k) >= 0) set(index(k), 1);
  // a stem of one letter lets through every word it begins, one of two letters every third letter
  for (const k of stems) if (k.length < 3 && index(k) >= 0) set(index(k), k.length === 1 ? 1 << 14 : 1 << 7);
  return (text, start, end) => {
    const c0 = lowerAscii(text.charCodeAt(start));
    const c1 = end - start > 1 ? lowerAscii(text.charCodeAt(start + 1)) : 0;
    const c2 = end - start > 2 ? lowerAscii(text.charCodeAt(start + 2)) : 0;
    if (c0 > 127 || c1 > 127 || c2 > 127) return true;
    const i = (c0 << 14) | (c1 << 7) | c2;
    return ((bits[i >>> 5] >>> (i & 31)) & 1) === 1;
  };
}

const shared = new Map<string, Analyzer>();

/**
 * The analyzer of a language: the Snowball stemmer and function words its lexicon names; a
 * language Verbatim has no lexicon for gets folding only (no stemming, no function words).
 * Without a vocabulary: one shared analyzer that keeps every word (to read the terms themselves).
 */
export function analyzerFor(code: string, vocabulary?: Vocabulary): Analyzer {
  const known = vocabulary ? undefined : shared.get(code);
  if (known) return known;
  const lex = LEXICONS[code];
  const a = lex
    ? createAnalyzer(lex.topics.stemmer, [...lex.stopwords, ...lex.topics.elisions], vocabulary)
    : createAnalyzer(null, [], vocabulary);
  if (!vocabulary) shared.set(code, a);
  return a;
}
