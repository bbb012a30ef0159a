/**
 * language — requires: paragraphs. Assigns: language (article), paragraphs[].language.
 * The article's language is read from its content paragraphs together; each paragraph gets its
 * own, and a paragraph too short to judge inherits the article's.
 */
import type { Doc } from "../doc.ts";
import type { Context } from "../context.ts";

export function language(doc: Doc, ctx: Context): Doc {
  const content = doc.paragraphs.filter((p) => p.kind !== "boilerplate");
  const sample = (content.length ? content : doc.paragraphs).map((p) => doc.text.slice(p.start, p.end)).join("\n");
  const article = ctx.detectLanguage(sample);
  const paragraphs = doc.paragraphs.map((p) => {
    const text = doc.text.slice(p.start, p.end);
    const letters = text.match(/\p{L}/gu)?.length ?? 0;
    const own = letters >= ctx.settings.languageMinLetters ? ctx.detectLanguage(text) : null;
    return { ...p, language: own && own.code !== "und" ? own.code : article.code };
  });
  return { ...doc, language: article, paragraphs };
}
