/**
 * eld's scoring (Efficient Language Detector by Nito T.M., Apache-2.0, npm "eld" 2.1.0), rewritten
 * for speed over eld's own "medium" n-gram database, which we load once per process (or worker).
 * Same algorithm and same scores as `eld.detect(text).getScores()` (test/language.test.ts checks
 * it), about 5x faster: eld's detect() spends most of its time enumerating object keys and
 * building garbage, which matters when every paragraph and every quote is scored.
 * Why "medium": it meets our bars (README "Language detection"); "large" is a little better on
 * word pairs but costs 1.3 s and 160 MB of heap per worker, against 0.5 s and 70 MB.
 * The data files are not in eld's package exports, so they are imported by file path.
 */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/** Score per ISO 639-1 code, each in (0, 1); higher is more likely. Empty when no n-gram matched. */
export type Scores = Record<string, number>;

interface NgramsData {
  type: string;
  languages: Record<number, string>;
  ngrams: Record<string, Record<number, number>>;
}

/** eld subtracts this from every stored n-gram score to shrink its database; we add it back. */
const BASE_NGRAM_SCORE = 53;
/** eld's hand-picked scale that maps a mean n-gram score into (0, 1). */
const SCORE_SCALE = 25;
/** eld reads at most this many characters, then cuts after ~350 bytes of UTF-8. */
const MAX_CHARS = 1000;
const CUT_AFTER_BYTES = 350;
const HARD_CUT_BYTES = 380;
const MAX_WORD_BYTES = 70;

function eldSourceDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, "node_modules", "eld", "src");
    if (existsSync(join(candidate, "ngrams", "medium.js"))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error("eld is not installed: run `npm ci` in the project folder");
    dir = parent;
  }
}

const source = eldSourceDir();
const load = (file: string) => import(pathToFileURL(join(source, file)).href);
const { ngramsData } = (await load("ngrams/medium.js")) as { ngramsData: NgramsData };
const { dictionary } = (await load("dictionary.js")) as { dictionary: string[] };
const { separators } = (await load("regexPatterns.js")) as { separators: RegExp };

const CODES: string[] = Object.keys(ngramsData.languages)
  .map(Number)
  .sort((a, b) => a - b)
  .map((i) => ngramsData.languages[i]);

/** The languages eld can name; a score vector holds one number per language, in this order. */
export const ELD_LANGUAGES: readonly string[] = CODES;

/** Scores of every language of ELD_LANGUAGES, by index. */
export type ScoreVector = Float64Array;
export const newScoreVector = (): ScoreVector => new Float64Array(CODES.length);

/** n-gram → flat [language index, score, …], converted on first use. Misses are not cached. */
const entries = new Map<string, Int32Array>();

function entryOf(ngram: string): Int32Array | undefined {
  const cached = entries.get(ngram);
  if (cached !== undefined) return cached;
  const stored = ngramsData.ngrams[ngram];
  if (stored === undefined) return undefined;
  const langs = Object.keys(stored);
  const entry = new Int32Array(langs.length * 2);
  langs.forEach((lang, i) => {
    entry[2 * i] = Number(lang);
    entry[2 * i + 1] = stored[Number(lang)] + BASE_NGRAM_SCORE;
  });
  entries.set(ngram, entry);
  return entry;
}

/** The bytes of one UTF-8 character, each written as one character of eld's dictionary. */
function encodeChar(code: number): string {
  const d = dictionary;
  if (code < 0x800) return d[0xc0 | (code >> 6)] + d[0x80 | (code & 0x3f)];
  if (code < 0x10000) return d[0xe0 | (code >> 12)] + d[0x80 | ((code >> 6) & 0x3f)] + d[0x80 | (code & 0x3f)];
  return d[0xf0 | (code >> 18)] + d[0x80 | ((code >> 12) & 0x3f)] + d[0x80 | ((code >> 6) & 0x3f)] + d[0x80 | (code & 0x3f)];
}

/** Lower-cased words of letters (and inner apostrophes), as eld's byte strings, cut like eld. */
function byteWords(text: string): string[] {
  const s = text.substring(0, MAX_CHARS).replace(separators, " ").trim().toLowerCase();
  const words: string[] = [];
  let word = "";
  let bytes = 0;
  for (let i = 0; i < s.length; i++) {
    const code = s.codePointAt(i)!;
    if (code === 32) {
      if (word !== "") words.push(word);
      word = "";
      if (bytes > CUT_AFTER_BYTES) return words;
      bytes++;
    } else if (code < 0x80) {
      word += s[i];
      bytes++;
    } else {
      word += encodeChar(code);
      bytes += code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
      if (code >= 0x10000) i++;
    }
    if (bytes > HARD_CUT_BYTES) break;
  }
  if (word !== "") words.push(word);
  return words;
}

/** eld's n-grams of a word: 4 bytes, stride 3, with word-boundary marks. */
function addNgrams(word: string, into: Set<string>): void {
  const len = Math.min(word.length, MAX_WORD_BYTES);
  let j = 0;
  for (; j + 4 < len; j += 3) into.add((j === 0 ? " " : "") + word.substring(j, j + 4));
  into.add((j === 0 ? " " : "") + word.substring(len !== 3 ? len - 4 : 0) + " ");
}

const raw = new Float64Array(CODES.length);

/**
 * Adds `weight` times eld's scores for one window of text (it reads the first ~350 bytes) into
 * `into`. Returns false when no n-gram of the window is known.
 */
export function addWindowScores(window: string, into: ScoreVector, weight = 1): boolean {
  const ngrams = new Set<string>();
  for (const word of byteWords(window)) addNgrams(word, ngrams);
  raw.fill(0);
  let known = false;
  for (const ngram of ngrams) {
    const entry = entryOf(ngram);
    if (entry === undefined) continue;
    known = true;
    for (let k = 0; k < entry.length; k += 2) raw[entry[k]] += entry[k + 1];
  }
  if (!known) return false;
  for (let lang = 0; lang < raw.length; lang++) {
    if (raw[lang] <= 0) continue;
    const mean = raw[lang] / ngrams.size;
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
