/** Folding names for accent- and case-insensitive speaker lookups. */
import { fold } from "../text-utils.ts";

/**
 * "Élisabeth  Borne-Dupont" → "elisabeth borne dupont": lower case, no accents, every run of
 * punctuation or spaces as one space. Stored beside names so the database matches on it.
 */
export function foldName(s: string): string {
  return fold(s)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** The words of a full-text query, as the FTS5 unicode61 tokenizer splits them. */
export function queryWords(s: string): string[] {
  return s.split(/[^\p{L}\p{N}\p{M}]+/u).filter(Boolean);
}
