/**
 * A group source is the whole noun phrase the quote stage may have cut: "sources familiar with
 * the negotiations have said" gives "the negotiations" (the noun before the cue), "according to
 * sources familiar with the situation who …" gives "sources familiar". The group word heads the
 * phrase; a few adjectives and a prepositional complement belong to it.
 */
import type { Article } from "./article.ts";

/** adjectives between the group word and its preposition ("familiar", "close") */
const MAX_ADJECTIVES = 2;
/** words of the complement after the preposition ("with the negotiations", "on trade policy") */
const MAX_COMPLEMENT = 6;

export interface Span {
  start: number;
  end: number;
}

/** The mention widened to its group phrase, or null when it is none (most mentions: no object made for them). */
export function widenGroupMention(a: Article, start: number, end: number): Span | null {
  const t = a.tokens;
  const first = a.tokenIndex.at(start);
  let last = a.tokenIndex.at(end) - 1;
  if (first >= t.length || last < first) return null;
  let from = groupBefore(a, first) ?? first;
  if (from === first && !hasGroupWord(a, first, last)) return null;
  if (from > 0 && spaced(a, from - 1, from) && a.w.determiners.has(t[from - 1].lower)) from--;
  // one complement only: "sources familiar | with the talks", not "défenseurs de l'artiste | sur Twitter"
  if (!hasPreposition(a, from, last)) last = complementAfter(a, last);
  return { start: Math.min(start, t[from].start), end: Math.max(end, t[last].end) };
}

/** "sources familiar with | the negotiations": the group word before a preposition that precedes token i. */
function groupBefore(a: Article, i: number): number | null {
  const t = a.tokens;
  const prep = i - 1;
  if (prep < 1 || !spaced(a, prep, i) || !a.w.prepositions.has(t[prep].lower)) return null;
  let k = prep - 1;
  for (let adjectives = 0; k >= 0 && adjectives <= MAX_ADJECTIVES; k--, adjectives++) {
    if (!spaced(a, k, k + 1) || t[k].sentence !== t[i].sentence) return null;
    if (a.w.groupWords.has(t[k].folded)) return k;
    if (t[k].cap || a.w.stopwords.has(t[k].lower)) return null;
  }
  return null;
}

function hasPreposition(a: Article, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (a.w.prepositions.has(a.tokens[k].lower)) return true;
  return false;
}

function hasGroupWord(a: Article, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (a.w.groupWords.has(a.tokens[k].folded)) return true;
  return false;
}

/**
 * "sources familiar | with the situation who …": a preposition and its complement after the
 * phrase's last token, up to a function word that starts a clause ("who", "have") or punctuation.
 */
function complementAfter(a: Article, last: number): number {
  const t = a.tokens;
  const prep = last + 1;
  if (prep >= t.length || !spaced(a, last, prep) || !a.w.prepositions.has(t[prep].lower) || t[prep].sentence !== t[last].sentence) return last;
  let end = last;
  for (let k = prep + 1; k < t.length && k - prep <= MAX_COMPLEMENT && spaced(a, k - 1, k); k++) {
    const link = a.w.links.has(t[k].lower);
    if (!link && a.w.stopwords.has(t[k].lower)) break;
    if (!link) end = k;
  }
  return end;
}

/** Tokens i and j are separated by one space in the same sentence. */
function spaced(a: Article, i: number, j: number): boolean {
  const t = a.tokens;
  return t[j].start - t[i].end === 1 && a.doc.norm.charCodeAt(t[i].end) === 0x20 && t[i].sentence === t[j].sentence;
}
