/**
 * Language detection for any span of text: returns an ISO 639-1 code and a confidence, or
 * "und" when the text has too few letters to decide.
 */
import { franc } from "franc";
import type { Language } from "../doc.ts";

export type LanguageDetector = (text: string) => Language;

const ISO3_TO_1: Record<string, string> = { fra: "fr", eng: "en", deu: "de", spa: "es", ita: "it", por: "pt", nld: "nl" };

export const detectLanguage: LanguageDetector = (text) => {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters < 3) return { code: "und", confidence: 0 };
  const code3 = franc(text, { minLength: 3 });
  return { code: ISO3_TO_1[code3] ?? "und", confidence: code3 === "und" ? 0 : 0.5 };
};
