/**
 * Language knowledge as data. Each language folder exports one `Lexicon`; a list missing in
 * one language is a compile error, because each folder's index `satisfies Lexicon`.
 * Stages never branch on a language code: they look up `lexiconFor(code)`.
 */
import { fr } from "./fr/index.ts";
import { en } from "./en/index.ts";
import type { Lexicon } from "./types.ts";

export type { Lexicon } from "./types.ts";

export const LEXICONS: Readonly<Record<string, Lexicon>> = { fr, en };

/** The lexicon of a language, falling back to English for languages we have none for. */
export function lexiconFor(code: string): Lexicon {
  return LEXICONS[code] ?? LEXICONS.en;
}

/** Every lexicon, for rules that must fire whatever the language (e.g. boilerplate phrases). */
export const allLexicons = (): Lexicon[] => Object.values(LEXICONS);
