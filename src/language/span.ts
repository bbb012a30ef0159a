/**
 * When a span may take another language than the text around it.
 * A paragraph (mayDepart) leaves its article's language only when the detector is sure enough
 * (settings.languageSwitchConfidence) and it holds at least MIN_PLAIN_WORDS plain lower-case
 * words: the evidence of a language is in its common words, and lines of names ("CTV
 * Vancouver"), photo credits or desk codes ("bur-abc/xy/mm") have none. On 150,000 bench
 * paragraphs this leaves 9 French and 78 English paragraphs departing, mostly real English
 * lines in French articles and Reuters tables ("Shr loss 16 cts vs loss 21 cts").
 * A quote (spanLanguage) is speech, so it only needs enough letters and is decided with its
 * paragraph's language as a slight prior: measured on langid, a gate like the paragraphs' would
 * drop short English sentences inside French from 0.99 to 0.86–0.92 right.
 */
import type { Language } from "../doc.ts";
import type { Settings } from "../settings.ts";
import { countLetters, type SpanLanguageDetector } from "./detect.ts";

export type SpanSettings = Pick<Settings, "languageMinLetters">;

/** plain lower-case words a span needs before it may depart from the surrounding language */
export const MIN_PLAIN_WORDS = 2;

/** longer tokens are not plain words (and are not given to the regexes) */
const MAX_WORD_LENGTH = 40;
const EDGE_PUNCTUATION = /^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu;
const PLAIN_WORD = /^\p{Ll}[\p{Ll}'’-]*\p{Ll}$/u;

/** Number of white-space separated tokens that are plain lower-case words, counting up to `limit`. */
export function plainWords(text: string, limit = Infinity): number {
  let n = 0;
  for (const token of text.split(/\s+/)) {
    if (token.length > MAX_WORD_LENGTH) continue; // also keeps the edge regex linear
    if (PLAIN_WORD.test(token.replace(EDGE_PUNCTUATION, "")) && ++n >= limit) break;
  }
  return n;
}

/** Whether a span detected as `found` may leave the surrounding language `around`. */
export function mayDepart(text: string, found: Language, around: string, switchConfidence: number): boolean {
  if (found.code === "und" || found.code === around) return false;
  if (around === "und") return true;
  return found.confidence >= switchConfidence && plainWords(text, MIN_PLAIN_WORDS) >= MIN_PLAIN_WORDS;
}

/**
 * The language of a quote inside text of language `around` (its paragraph's). The quote is
 * `text`, or text[from, to) when given: a quote read in place in its article's text costs less
 * than its slice (see detect.ts).
 */
export function spanLanguage(detect: SpanLanguageDetector, text: string, around: string, settings: SpanSettings, from = 0, to = text.length): string {
  if (countLetters(text, settings.languageMinLetters, from, to) < settings.languageMinLetters) return around;
  const found = detect(text, around, from, to);
  return found.code === "und" ? around : found.code;
}
