/**
 * Who a cue attributes to when the subject sits after it ("a indiqué la police", "a-t-il dit") or
 * between a boundary and the cue ("“…,” the agency said"), and where that boundary is.
 */
import type { CueGroup } from "./cue-groups.ts";
import type { Phrase } from "./phrases.ts";
import { phraseStartingAt, skipAdjuncts } from "./phrases.ts";
import type { SentenceView } from "./view.ts";
import { precededByWord, wordsBetween } from "./view.ts";

/** an incise subject before its verb ("“…,” the agency said") is a short phrase */
export const MAX_INCISE_SUBJECT = 6;

/** no verb-like breaker inside: "Josh Earnest condemned the attack and" is no subject */
export function nominalRun(v: SentenceView, p: Phrase): boolean {
  for (let k = p.start; k <= p.end; k++) {
    const t = v.toks[k];
    if (k > p.start && (v.idx.breakers.has(t.low) || v.idx.coordinators.has(t.low)) && !v.idx.links.has(t.low)) return false;
  }
  return !v.idx.coordinators.has(v.toks[p.end].low);
}

/** A boundary right before the token: a comma, a closing mark or a dash. Returns its token index or -1. */
export function boundaryBefore(v: SentenceView, i: number): number {
  const k = i - 1;
  if (k < v.start) return -1;
  const t = v.toks[k];
  if (t.low === "," || t.low === "—" || t.low === "–") return k;
  const pair = v.pairClosingAt(t.start);
  // "les « gilets jaunes » réclament": a short label in a noun phrase is no quote to attribute
  if (pair && (wordsBetween(v.toks, pair.open, pair.close) >= 3 || !precededByWord(v, pair.open))) return k;
  return -1;
}

/** The subject after an inverted or postposed cue: "-t-il", "le ministre", "-t-on à la FGTB". */
export function postposedSubject(v: SentenceView, g: CueGroup): Phrase | null {
  const { toks, idx } = v;
  if (g.inverted >= 0) {
    if (idx.impersonal.has(toks[g.inverted].low)) {
      const j = g.last + 1;
      if (j < v.end && idx.breakers.has(toks[j].low)) return phraseStartingAt(toks, j + 1, v.end, idx, true);
      return null;
    }
    return { start: g.inverted, end: g.inverted, kind: "pronoun" };
  }
  const j = skipAdjuncts(toks, g.last + 1, v.end, idx);
  if (j < v.end && (idx.complementizers.has(toks[j].low) || toks[j].low === ":")) return null;
  const p = phraseStartingAt(toks, j, v.end, idx, false) ?? titledPhrase(v, j) ?? (j > g.last + 1 ? titledPhrase(v, g.last + 1) : null);
  if (!p) return null;
  // the phrase must close the clause: end of sentence, a comma, a mark, or an adjunct ("said he believed" is no inversion)
  if (p.start === p.end && idx.stressedPronouns.has(toks[p.start].low) && !idx.subjectPronouns.has(toks[p.start].low)) return null;
  const after = toks[p.end + 1];
  if (after && (after.low === ":" || v.pairOpeningAt(after.start))) return null;
  if (after && idx.verbAdverbs.has(after.low)) return null;
  if (p.end + 1 >= v.end || !after.word || idx.timeWords.has(after.low)) return p;
  if (idx.breakers.has(after.low) && !idx.auxiliaries.has(after.low) && !idx.passive.has(after.low) && !idx.forms.has(after.low)) return p;
  return null;
}

/** a short run of plain lower-case words before a capitalised name: "said market researcher Acme Data" */
export const MAX_TITLE_WORDS = 4;

/** "market analyst Datamonitor", "chief executive Ann Lee", "16-year-old Maya Chen": lower-case title words, then a name. */
export function titledName(v: SentenceView, j: number): boolean {
  const { toks, idx } = v;
  let words = 0;
  for (let k = j; k < v.end && words <= MAX_TITLE_WORDS; k++) {
    const t = toks[k];
    if (t.word && t.cap) return k > j;
    // "16-year-old Maya Chen": hyphenated compounds
    if (t.low === "-" && k > j && toks[k - 1].end === t.start) continue;
    words++;
    if (!t.word || idx.breakers.has(t.low) || idx.links.has(t.low) || idx.determiners.has(t.low) || idx.auxiliaries.has(t.low) || idx.passive.has(t.low)) return false;
    if (idx.forms.has(t.low) || idx.complementizers.has(t.low) || idx.subjectPronouns.has(t.low) || idx.stressedPronouns.has(t.low) || idx.firstPerson.has(t.low)) return false;
    if (idx.coordinators.has(t.low) || idx.verbAdverbs.has(t.low) || (idx.timeWords.has(t.low) && toks[k - 1]?.low !== "-") || idx.negationWords.has(t.low)) return false;
  }
  return false;
}

function titledPhrase(v: SentenceView, j: number): Phrase | null {
  return titledName(v, j) ? phraseStartingAt(v.toks, j, v.end, v.idx, true, false) : null;
}
