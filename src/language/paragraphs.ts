/**
 * Article and paragraph languages from one pass over the paragraphs: each paragraph long enough
 * to judge is scored once (at most its start and its end); the article's language is read from
 * the pooled scores of its content paragraphs, and each paragraph is then decided with the
 * article's language as a slight prior. A paragraph too short to judge inherits the article's.
 */
import type { Language } from "../doc.ts";
import { addScores, countLetters, UNDETERMINED, type LanguageJudge } from "./detect.ts";
import type { Scores } from "./eld.ts";
import { blankAddresses } from "./noise.ts";

export interface ParagraphInput {
  text: string;
  /** whether the paragraph counts towards the article's language (not boilerplate) */
  content: boolean;
}

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
  scores: Scores | null;
  letters: number;
}

function judgeEach(inputs: ParagraphInput[], judge: LanguageJudge, minLetters: number): Judged[] {
  const enough = Math.max(1, minLetters);
  return inputs.map((input) => {
    const text = blankAddresses(input.text);
    const letters = countLetters(text, Math.max(enough, judge.options.sureLetters));
    return { letters, scores: letters >= enough ? judge.score(text, judge.options.paragraphMaxWindows) : null };
  });
}

/** Pools the scores of the judged paragraphs that `pick` selects; null when none is judged. */
function pool(inputs: ParagraphInput[], judged: Judged[], pick: (p: ParagraphInput) => boolean) {
  let scores: Scores | null = null;
  let letters = 0;
  judged.forEach((j, i) => {
    if (!j.scores || !pick(inputs[i])) return;
    scores = addScores(scores ?? {}, j.scores);
    letters += j.letters;
  });
  return scores ? { scores: scores as Scores, letters } : null;
}

/** The article's language: content paragraphs first, then any paragraph, then the whole text. */
function articleLanguage(inputs: ParagraphInput[], judged: Judged[], judge: LanguageJudge): Language {
  const pooled = pool(inputs, judged, (p) => p.content) ?? pool(inputs, judged, () => true);
  if (pooled) return judge.decide(pooled.scores, pooled.letters);
  const content = inputs.filter((p) => p.content);
  return judge.detectLanguage((content.length ? content : inputs).map((p) => p.text).join("\n"));
}

export function judgeArticle(inputs: ParagraphInput[], judge: LanguageJudge, thresholds: LanguageThresholds): ArticleLanguages {
  const judged = judgeEach(inputs, judge, thresholds.minLetters);
  const found = articleLanguage(inputs, judged, judge);
  const article = found.confidence >= thresholds.minConfidence ? found : { ...UNDETERMINED, confidence: found.confidence };
  const paragraphs = judged.map((j) => {
    const own = j.scores ? judge.decide(j.scores, j.letters, article.code) : UNDETERMINED;
    const sure = own.code !== "und" && (own.confidence >= thresholds.switchConfidence || article.code === "und");
    return sure ? own.code : article.code;
  });
  return { article, paragraphs };
}
