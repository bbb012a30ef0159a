/**
 * Article and paragraph languages from one pass over the paragraphs. Each paragraph long enough
 * to judge is scored once (a few windows: see windowsFor) and decided on its own; the article's
 * language is the vote of its content paragraphs, each weighing its letters times its confidence
 * (so a few lines of markup or names cannot outvote the body); then each paragraph is decided
 * again with the article's language as a slight prior, and departs from it only when sure (see
 * span.ts). A paragraph too short to judge inherits the article's language.
 */
import type { Language } from "../doc.ts";
import { countLetters, UNDETERMINED, type LanguageJudge } from "./detect.ts";
import { newScoreVector, type ScoreVector } from "./eld.ts";
import { blankAddresses } from "./noise.ts";
import { mayDepart } from "./span.ts";
import { mapPacked } from "../packed-map.ts";

/**
 * A paragraph: source.slice(start, end). It is read in place in its article's text (a slice is a
 * view, and each character read through one costs a few more steps).
 */
export interface ParagraphInput {
  source: string;
  start: number;
  end: number;
  /** whether the paragraph counts towards the article's language (not boilerplate) */
  content: boolean;
}

const textOf = (p: ParagraphInput): string => p.source.slice(p.start, p.end);

export interface LanguageThresholds {
  /** paragraphs with fewer letters inherit the article's language */
  minLetters: number;
  /** below this confidence the article's language is "und" */
  minConfidence: number;
  /** a paragraph departs from the article's language only with at least this confidence */
  switchConfidence: number;
}

export interface ArticleLanguages {
  article: Language;
  paragraphs: string[];
}

interface Judged {
  scores: ScoreVector | null;
  /** letters read, counted up to what the windows can read */
  letters: number;
  /** decided without any prior */
  own: Language;
}

/**
 * Windows per paragraph: the article gets `maxWindows` in all, spread over its paragraphs, but
 * every paragraph gets at least `paragraphMinWindows` (one: its first sentence or so), so a one-paragraph
 * article is sampled as widely as any article and a long article costs a few windows a paragraph.
 */
function windowsFor(paragraphs: number, judge: LanguageJudge): number {
  const { maxWindows, paragraphMinWindows } = judge.options;
  return Math.max(paragraphMinWindows, Math.floor(maxWindows / Math.max(1, paragraphs)));
}

/**
 * Score vectors lent to the paragraphs of one article at a time (judgeArticle keeps none once it
 * returns): the first VECTOR_POOL paragraphs of an article reuse them, the others get new ones.
 */
const VECTOR_POOL = 256;
const pool: ScoreVector[] = [];
const lentVector = (i: number): ScoreVector | undefined => {
  if (i >= VECTOR_POOL) return undefined;
  while (pool.length <= i) pool.push(newScoreVector());
  return pool[i];
};

function judgeEach(inputs: ParagraphInput[], judge: LanguageJudge, minLetters: number): Judged[] {
  const enough = Math.max(1, minLetters);
  const windows = windowsFor(inputs.length, judge);
  const size = judge.options.paragraphWindowSize;
  const readable = windows * size;
  return mapPacked(inputs, (input, i) => {
    // read in place unless addresses had to be blanked out (a new string)
    const text = textOf(input);
    const blanked = blankAddresses(text);
    const inPlace = blanked === text;
    const source = inPlace ? input.source : blanked;
    const from = inPlace ? input.start : 0;
    const to = inPlace ? input.end : blanked.length;
    const letters = countLetters(source, readable, from, to);
    if (letters < enough) return { letters, scores: null, own: UNDETERMINED };
    const scores = judge.score(source, windows, size, lentVector(i), from, to);
    return { letters, scores, own: judge.decide(scores, letters) };
  });
}

/**
 * The language most letters of the picked paragraphs are in, weighted by confidence; null if
 * none. Its confidence is its share of the weighted vote, lowered by up to half when its own
 * paragraphs were unsure: a mixed article or an article of a few unsure lines scores lower, while
 * languages eld tells apart with small margins (Russian from Ukrainian) still clear the bar.
 */
function vote(inputs: ParagraphInput[], judged: Judged[], pick: (p: ParagraphInput) => boolean): Language | null {
  const votes = new Map<string, { weight: number; letters: number }>();
  let total = 0;
  judged.forEach((j, i) => {
    if (j.own.code === "und" || !pick(inputs[i])) return;
    const weight = j.letters * j.own.confidence;
    const entry = votes.get(j.own.code);
    if (entry) {
      entry.weight += weight;
      entry.letters += j.letters;
    } else votes.set(j.own.code, { weight, letters: j.letters });
    total += weight;
  });
  if (votes.size === 0) return null;
  let best = "und";
  let win = { weight: -1, letters: 0 };
  for (const [code, entry] of votes) if (entry.weight > win.weight) [best, win] = [code, entry];
  if (total <= 0) return { code: best, confidence: 0 };
  const share = win.weight / total;
  const sureness = win.letters > 0 ? win.weight / win.letters : 0;
  return { code: best, confidence: Math.round(share * (0.5 + 0.5 * sureness) * 1000) / 1000 };
}

/** The article's language: content paragraphs first, then any paragraph, then the whole text. */
function articleLanguage(inputs: ParagraphInput[], judged: Judged[], judge: LanguageJudge): Language {
  const voted = vote(inputs, judged, (p) => p.content) ?? vote(inputs, judged, () => true);
  if (voted) return voted;
  const content = inputs.filter((p) => p.content);
  return judge.detectLanguage(mapPacked(content.length ? content : inputs, textOf).join("\n"));
}

export function judgeArticle(inputs: ParagraphInput[], judge: LanguageJudge, thresholds: LanguageThresholds): ArticleLanguages {
  const judged = judgeEach(inputs, judge, thresholds.minLetters);
  const found = articleLanguage(inputs, judged, judge);
  const article = found.confidence >= thresholds.minConfidence ? found : { ...UNDETERMINED, confidence: found.confidence };
  const paragraphs = mapPacked(judged, (j, i) => {
    if (!j.scores) return article.code;
    const own = article.code === "und" ? j.own : judge.decide(j.scores, j.letters, article.code);
    if (own.code === "und") return article.code;
    return own.code === article.code || mayDepart(textOf(inputs[i]), own, article.code, thresholds.switchConfidence) ? own.code : article.code;
  });
  return { article, paragraphs };
}
