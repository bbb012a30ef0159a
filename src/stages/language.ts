/**
 * language — requires: paragraphs (with kind, from segment and boilerplate), norm. Assigns:
 * language (article), paragraphs[].language, and an info message when the article's language
 * cannot be decided.
 * The article's language is read from its content paragraphs pooled; each paragraph gets its
 * own (an English paragraph in a French article is "en"), and a paragraph too short to judge
 * (settings.languageMinLetters) inherits the article's. See src/language/.
 */
import { withChanges, type Doc, type Message } from "../doc.ts";
import type { Context } from "../context.ts";
import { countLetters, languageJudge } from "../language/detect.ts";
import { judgeArticle, type ParagraphInput } from "../language/paragraphs.ts";
import { mapPacked } from "../packed-map.ts";

function inputsOf(doc: Doc): ParagraphInput[] {
  const source = doc.norm;
  if (doc.paragraphs.length === 0) return [{ source, start: 0, end: source.length, content: true }];
  return mapPacked(doc.paragraphs, (p) => ({ source, start: p.start, end: p.end, content: p.kind !== "boilerplate" }));
}

function undecidedMessage(doc: Doc, confidence: number): Message[] {
  if (countLetters(doc.norm, 1) === 0) return [];
  return [{
    level: "info",
    code: "language-undetermined",
    text: `the article's language could not be decided (confidence ${confidence.toFixed(2)}); it is "und"`,
  }];
}

export function language(doc: Doc, ctx: Context): Doc {
  const found = judgeArticle(inputsOf(doc), languageJudge, {
    minLetters: ctx.settings.languageMinLetters,
    minConfidence: ctx.settings.languageMinConfidence,
    switchConfidence: ctx.settings.languageSwitchConfidence,
  });
  // a literal, not a spread: the same keys in the same order, several times faster
  const paragraphs = mapPacked(doc.paragraphs, (p, i) => ({
    start: p.start,
    end: p.end,
    kind: p.kind,
    language: found.paragraphs[i],
    boilerplate: p.boilerplate,
  }));
  const messages = found.article.code === "und" ? [...doc.messages, ...undecidedMessage(doc, found.article.confidence)] : doc.messages;
  return withChanges(doc, { language: found.article, paragraphs, messages });
}
