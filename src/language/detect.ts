/**
 * Language detection for any span of text: an ISO 639-1 code and a confidence in [0, 1], or
 * "und" when the text has no letters. One detector serves articles, paragraphs and quotes:
 * eld scores a few evenly spaced windows of the text (one window for anything up to a long
 * sentence), the scores are summed, and the languages Verbatim has lexicons for get a small
 * boost — a prior for French and English news that still lets a German or Spanish text win.
 * Why eld and not franc: see README "Language detection" (measured by `npm run eval:langid`).
 */
import type { Language } from "../doc.ts";
import { LEXICONS } from "../lexicons/index.ts";
import { addWindowScores, ELD_LANGUAGES, newScoreVector, type ScoreVector } from "./eld.ts";
import { windowBounds } from "./windows.ts";
import { blankAddresses } from "./noise.ts";

export type LanguageDetector = (text: string) => Language;

/**
 * Detection of a short span (a quote, a paragraph) knowing the language around it: the span is
 * `text`, or text[from, to) when given (read in place, which is faster than reading a slice).
 */
export type SpanLanguageDetector = (text: string, prior: string, from?: number, to?: number) => Language;

export interface DetectorOptions {
  /** languages favoured by `favouredBoost`: those Verbatim has lexicons for */
  favoured: readonly string[];
  /** multiplies the score of a favoured language (1 = no prior) */
  favouredBoost: number;
  /** multiplies the score of the surrounding language in span detection */
  priorBoost: number;
  /** characters per window given to eld (it reads ~350 bytes at most) */
  windowSize: number;
  /** at most this many windows are read from a long text */
  maxWindows: number;
  /** at least this many windows are read from one paragraph (more when the article has few) */
  paragraphMinWindows: number;
  /** characters per window in a paragraph: about a sentence, enough for eld, and cheap */
  paragraphWindowSize: number;
  /** relative margin between the best and second-best score at which confidence saturates */
  sureMargin: number;
  /** letters at which the amount of evidence no longer lowers confidence */
  sureLetters: number;
}

/**
 * Boosts chosen by sweeping on ../shared/langid (1, 1.03, 1.05, 1.1, 1.15, 1.2, …): at 1.05 word
 * pairs gain 2–3 points while other languages called fr/en go from 0.1% to 0.2% (1.2: 2.5%);
 * a prior of 1.03 gains 2 points on word pairs when right and costs 3 when wrong (1.1: 12).
 */
export const DETECTOR_DEFAULTS: DetectorOptions = {
  favoured: Object.keys(LEXICONS),
  favouredBoost: 1.05,
  priorBoost: 1.03,
  windowSize: 300,
  maxWindows: 12,
  paragraphMinWindows: 1,
  paragraphWindowSize: 150,
  sureMargin: 0.15,
  sureLetters: 40,
};

export const UNDETERMINED: Language = { code: "und", confidence: 0 };

const LETTER = /\p{L}/u;

/**
 * Per code unit: 1 when it counts as a letter, else 0. Letters: a-z and A-Z; from U+00C0 to
 * U+024F (Latin-1 and Latin Extended) all but × and ÷; above, `\p{L}` of the unit alone (a
 * surrogate half is none). Below U+00C0 nothing else counts (not ª, µ, º). Filled by blocks of
 * 256 code units: the first three at load, any other on first sight of one of its units.
 */
const IS_LETTER = new Uint8Array(0x10000);
/** per block of 256 code units: 1 once IS_LETTER holds it */
const BLOCK_KNOWN = new Uint8Array(0x100);
/** blocks below this are filled at load, so the scan asks no more for Latin text */
const EAGER_BLOCKS = 3;

function isLetterUnit(c: number): boolean {
  if (c < 0xc0) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  if (c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  return LETTER.test(String.fromCharCode(c));
}

function learnBlock(block: number): void {
  for (let c = block << 8; c < (block + 1) << 8; c++) IS_LETTER[c] = isLetterUnit(c) ? 1 : 0;
  BLOCK_KNOWN[block] = 1;
}

for (let block = 0; block < EAGER_BLOCKS; block++) learnBlock(block);

/** Number of letters in text[from, to), counting no further than `limit`. */
export function countLetters(text: string, limit = Infinity, from = 0, to = text.length): number {
  let n = 0;
  for (let i = from; i < to && n < limit; i++) {
    const c = text.charCodeAt(i);
    if (c >= EAGER_BLOCKS << 8 && BLOCK_KNOWN[c >> 8] === 0) learnBlock(c >> 8);
    n += IS_LETTER[c];
  }
  return n;
}

/** window bounds of textScores (read at once: one list serves every call) */
const bounds: number[] = [];

/**
 * eld's scores summed over up to `maxWindows` windows sampled from text[from, to) (see
 * sampleWindows), each window weighted by its share of a full window, so a two-word heading
 * weighs less than a full paragraph. The windows are read in place, not cut out.
 */
export function textScores(
  text: string,
  options: DetectorOptions = DETECTOR_DEFAULTS,
  maxWindows = options.maxWindows,
  windowSize = options.windowSize,
  into?: ScoreVector,
  from = 0,
  to = text.length,
): ScoreVector {
  const total = into ? into.fill(0) : newScoreVector();
  const count = windowBounds(text, from, to, windowSize, maxWindows, bounds);
  for (let i = 0; i < count; i++) {
    const start = bounds[2 * i];
    const end = bounds[2 * i + 1];
    addWindowScores(text, total, Math.min(1, (end - start) / windowSize), start, end);
  }
  return total;
}

/** Best and second-best languages after applying the boosts (one factor per language). */
function rank(scores: ScoreVector, boosts: Float64Array): { best: string; top: number; second: number } {
  let best = -1;
  let top = 0;
  let second = 0;
  for (let lang = 0; lang < scores.length; lang++) {
    const value = scores[lang] * boosts[lang];
    if (value > top) {
      second = top;
      top = value;
      best = lang;
    } else if (value > second) second = value;
  }
  return { best: best < 0 ? "und" : ELD_LANGUAGES[best], top, second };
}

/** The boosted score of language `code` (0 for a language eld does not know). */
function boostedScore(scores: ScoreVector, boosts: Float64Array, code: string): number {
  const lang = ELD_LANGUAGES.indexOf(code);
  return lang < 0 ? 0 : scores[lang] * boosts[lang];
}

/** Confidence from the relative margin over the runner-up and from how many letters were read. */
function confidenceOf(top: number, second: number, letters: number, options: DetectorOptions): number {
  if (top <= 0) return 0;
  const margin = Math.min(1, (top - second) / top / options.sureMargin);
  const evidence = Math.min(1, letters / options.sureLetters);
  return Math.round(margin * (0.5 + 0.5 * evidence) * 1000) / 1000;
}

function boostsFor(options: DetectorOptions, prior?: string): Float64Array {
  const boosts = new Float64Array(ELD_LANGUAGES.length).fill(1);
  ELD_LANGUAGES.forEach((code, lang) => {
    if (options.favoured.includes(code)) boosts[lang] *= options.favouredBoost;
    if (code === prior) boosts[lang] *= options.priorBoost;
  });
  return boosts;
}

/** A detector, and the two steps it is made of for callers that pool scores (the language stage). */
export interface LanguageJudge {
  detectLanguage: LanguageDetector;
  detectSpanLanguage: SpanLanguageDetector;
  /** summed window scores of text[from, to) (see textScores), into `into` (zeroed first) when given */
  score(text: string, maxWindows?: number, windowSize?: number, into?: ScoreVector, from?: number, to?: number): ScoreVector;
  /** the language that pooled `scores` point to; `letters` is how many letters were read */
  decide(scores: ScoreVector, letters: number, prior?: string): Language;
  options: DetectorOptions;
}

/** Builds a detector; `prior`, when given, is the language around the text (e.g. its paragraph's). */
export function createLanguageDetector(overrides: Partial<DetectorOptions> = {}): LanguageJudge {
  const options: DetectorOptions = { ...DETECTOR_DEFAULTS, ...overrides };
  const plainBoosts = boostsFor(options);
  const priorBoosts = new Map<string, Float64Array>();
  const boostsWith = (prior: string): Float64Array => {
    let boosts = priorBoosts.get(prior);
    if (!boosts) priorBoosts.set(prior, (boosts = boostsFor(options, prior)));
    return boosts;
  };
  const decide = (scores: ScoreVector, letters: number, prior?: string): Language => {
    const boosts = prior ? boostsWith(prior) : plainBoosts;
    const ranked = rank(scores, boosts);
    if (ranked.best === "und") return UNDETERMINED;
    // Departing from a prior, the question is "is it not the prior language?": the margin is
    // taken over the prior's score rather than over the runner-up.
    const departing = prior !== undefined && prior !== "und" && prior !== ranked.best;
    const against = departing ? boostedScore(scores, boosts, prior) : ranked.second;
    return { code: ranked.best, confidence: confidenceOf(ranked.top, against, letters, options) };
  };
  const score = (text: string, maxWindows?: number, windowSize?: number, into?: ScoreVector, from?: number, to?: number): ScoreVector =>
    textScores(text, options, maxWindows, windowSize, into, from, to);
  // detect's scores are read by decide at once and never kept: one vector serves every call
  const scratch = newScoreVector();
  const detect = (raw: string, prior: string | undefined, from: number, to: number): Language => {
    // read in place unless addresses had to be blanked out (a new string)
    const span = from === 0 && to === raw.length ? raw : raw.slice(from, to);
    const blanked = blankAddresses(span);
    const inPlace = blanked === span;
    const text = inPlace ? raw : blanked;
    const start = inPlace ? from : 0;
    const end = inPlace ? to : blanked.length;
    const letters = countLetters(text, options.sureLetters, start, end);
    return letters === 0 ? UNDETERMINED : decide(score(text, undefined, undefined, scratch, start, end), letters, prior);
  };
  return {
    detectLanguage: (text) => detect(text, undefined, 0, text.length),
    detectSpanLanguage: (text, prior, from = 0, to = text.length) => detect(text, prior, from, to),
    score,
    decide,
    options,
  };
}

/** The detector of this process: eld's data is loaded once, at first import. */
export const languageJudge: LanguageJudge = createLanguageDetector();

/** The language of any text, from a single word to a whole article. */
export const detectLanguage: LanguageDetector = languageJudge.detectLanguage;

/** The language of a short span, leaning slightly towards `prior` (e.g. the paragraph's language). */
export const detectSpanLanguage: SpanLanguageDetector = languageJudge.detectSpanLanguage;
