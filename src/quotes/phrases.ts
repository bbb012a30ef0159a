/**
 * Noun phrases around a cue: the subject before it ("Le PDG de CoreWeave, Michael Intrator, a
 * déclaré"), the subject after it ("a indiqué un porte-parole de la police"), the subject of the
 * sentence (for "affirmant que", "and said"), and a source after a marker ("selon le ministère").
 * Phrases are token ranges [start, end] inclusive; appositions between commas are kept whole.
 */
import type { CueIndex } from "./cue-index.ts";
import { startsWithDigit, type Token } from "./tokens.ts";
import { endsWithSuffix } from "./suffixes.ts";

export interface Phrase {
  start: number;
  end: number;
  kind: "np" | "pronoun" | "first-person";
}

const MAX_PHRASE = 14;

export const isPunct = (t: Token) => !t.word && t.low !== "-" && t.low !== "'" && t.low !== "&" && t.low !== ".";
/**
 * A paired quotation mark, or any punctuation but - ' & (the , ; : ( ) [ ] — – . ! ? … « » " ‹ › /
 * of a phrase's edges among them): no word token is punctuation, so no word list is read.
 */
const isBoundary = (t: Token) => t.mark || (!t.word && t.low !== "-" && t.low !== "'" && t.low !== "&");

/** "Sen.", "D-Mich.", "M.": the period of a short capitalised abbreviation inside a name phrase */
function isAbbreviationDot(toks: Token[], k: number): boolean {
  const t = toks[k];
  const prev = k > 0 ? toks[k - 1] : undefined; // (never toks[-1]: a read out of bounds drops optimised code)
  return t.low === "." && !!prev && prev.cap && prev.low.length <= 4 && prev.end === t.start;
}

function classify(toks: Token[], start: number, end: number, idx: CueIndex): Phrase["kind"] {
  const low = toks[start].low;
  if (idx.firstPerson.has(low)) return "first-person";
  if (start === end && (idx.subjectPronouns.has(low) || idx.stressedPronouns.has(low))) return "pronoun";
  return "np";
}

/** a lower-case word between two capitalised words, inside a phrase that ends at `end` */
function nameParticle(toks: Token[], k: number, end: number): boolean {
  return k > 0 && k < end && toks[k - 1].cap && toks[k - 1].word && toks[k + 1].cap && toks[k + 1].word;
}

/** Could these tokens be a noun phrase (not an adverbial like "Ainsi" or "En France")? */
function looksNominal(toks: Token[], start: number, end: number, idx: CueIndex): boolean {
  if (start > end) return false;
  const first = toks[start];
  if (!first.word) return false;
  if (idx.clauseOpeners.has(first.low) && !idx.determiners.has(first.low)) return false;
  // "même en pleine course…", "La veille": an adverbial, not a phrase naming someone
  if (!first.cap && (idx.verbAdverbs.has(first.low) || (idx.breakers.has(first.low) && !idx.determiners.has(first.low)))) return false;
  if (idx.timeWords.has(toks[end].low)) return false;
  if (idx.complementizers.has(first.low) || idx.relativeSubjects.has(first.low)) return false;
  for (let k = start; k <= end; k++) {
    const t = toks[k];
    if (isBoundary(t) && !isAbbreviationDot(toks, k)) return false;
    // "Volkswagen do Brasil": a lower-case word between two capitalised ones is a name particle
    if (k > start && (idx.auxiliaries.has(t.low) || idx.passive.has(t.low)) && !t.cap && !nameParticle(toks, k, end)) return false;
  }
  return end - start < MAX_PHRASE;
}

/** "CEO of Acme", "chez Renault": the word before j links a title to a capitalised organisation */
function affiliationAt(toks: Token[], j: number, before: Token | undefined, idx: CueIndex): boolean {
  return idx.affiliations.has(toks[j - 1].low) && before !== undefined && before.cap && before.word && (toks[j].cap || idx.determiners.has(toks[j].low));
}

/** Start of the comma-free run that ends at `end` (scanning left, not below floor). */
function runStart(toks: Token[], end: number, floor: number, idx: CueIndex, throughPrepositions = false): number {
  let j = end;
  while (j > floor) {
    const prev = toks[j - 1];
    // the token before prev, read in bounds only (toks[-1] would drop the optimised code)
    const before = j >= 2 ? toks[j - 2] : undefined;
    if (isBoundary(prev) && !isAbbreviationDot(toks, j - 1)) break;
    if (idx.complementizers.has(prev.low) || idx.relativeSubjects.has(prev.low)) break;
    if (idx.coordinators.has(prev.low) && !(toks[j].cap && before?.cap)) break;
    if (!prev.cap && idx.forms.has(prev.low) && !idx.determiners.has(before?.low ?? "")) break;
    // "That would be Heather, who …": a verb of being ends the phrase (an apposition may hold one)
    if (!throughPrepositions && !prev.cap && (idx.auxiliaries.has(prev.low) || idx.passive.has(prev.low)) && !nameParticle(toks, j - 1, end)) break;
    if (!throughPrepositions && !prev.cap && idx.breakers.has(prev.low) && !idx.links.has(prev.low) && !idx.determiners.has(prev.low) && !affiliationAt(toks, j, before, idx)) break;
    if (end - j >= MAX_PHRASE) break;
    j--;
  }
  return j;
}

/** Drops sentence adverbs and a leading preposition phrase: "Pourtant la ministre" → "la ministre". */
function stripOpeners(toks: Token[], start: number, end: number, idx: CueIndex): number {
  let s = start;
  while (s < end && idx.clauseOpeners.has(toks[s].low) && !idx.determiners.has(toks[s].low)) s++;
  return s;
}

/** The subject of a cue whose verb group starts at `first`. */
export function subjectBefore(toks: Token[], first: number, floor: number, idx: CueIndex): Phrase | null {
  let k = first - 1;
  if (k < floor) return null;
  // "Nicolas Hulot, qui a assuré": the antecedent of the relative pronoun
  if (idx.relativeSubjects.has(toks[k].low)) {
    if (k - 1 < floor || toks[k - 1].low !== ",") return null;
    return phraseEndingAt(toks, k - 2, floor, idx, false);
  }
  if (idx.forms.has(toks[k].low) && !toks[k].cap && !idx.determiners.has(toks[k - 1]?.low ?? "")) return null;
  const trailingComma = toks[k].low === ",";
  if (trailingComma) k--;
  if (k < floor) return null;
  if (trailingComma) {
    // "Puranik, who regularly works with developers, said": the phrase before the relative clause
    let a = runStart(toks, k, floor, idx, true);
    if (a - 1 >= floor && idx.relativeSubjects.has(toks[a - 1].low)) a--;
    if (idx.relativeSubjects.has(toks[a].low) && a - 1 > floor && toks[a - 1].low === ",") return phraseEndingAt(toks, a - 2, floor, idx, false);
    // "The mayor, speaking to reporters on Monday, said": the phrase before a participle aside
    const aside = participleAside(toks, k, floor, idx);
    // "she played nice and, without meaning a word of it, told Tracy …": the sentence's subject
    if (aside > floor && idx.coordinators.has(toks[aside - 2].low)) return sentenceSubject(toks, floor, aside - 2, idx);
    const head = aside > floor ? phraseEndingAt(toks, aside - 2, floor, idx, false) : null;
    if (head) return head;
  }
  return phraseEndingAt(toks, k, floor, idx, trailingComma);
}

/** the longest participle aside skipped between a subject and its cue */
const MAX_ASIDE = 12;

/**
 * Start of a comma-free segment ending at `end` that is an aside after a comma, or -1: a lower-case
 * participle phrase ("speaking to reporters", "released on Tuesday"), a preposition phrase ("in a
 * statement"), a sentence adverb ("however").
 */
function participleAside(toks: Token[], end: number, floor: number, idx: CueIndex): number {
  for (let s = end; s > floor && s > end - MAX_ASIDE; s--) {
    if (toks[s - 1].low !== ",") continue;
    let w = s;
    // "s'exprimant": an elided reflexive before the participle
    if (idx.reflexiveClitics.has(toks[w].low) && w < end) w++;
    const t = toks[w];
    if (!t.word || t.cap) return -1;
    // "speaking to reporters", "released on Tuesday": a participle and its phrase
    if (endsWithSuffix(t.low, idx.participleSuffixes, 3) || endsWithSuffix(t.low, idx.pastSuffixes, 3)) return s;
    if (s === end && (idx.clauseOpeners.has(t.low) || idx.verbAdverbs.has(t.low)) && !idx.determiners.has(t.low)) return s;
    // ("Ann Lee, at the University of Leeds, said": an affiliation belongs to the name)
    return prepositionWord(t.low, idx) && !idx.affiliations.has(t.low) && s < end ? s : -1;
  }
  return -1;
}


/** a preposition: a phrase breaker of no other closed class */
function prepositionWord(low: string, idx: CueIndex): boolean {
  return idx.breakers.has(low) && !idx.links.has(low) && !idx.auxiliaries.has(low) && !idx.passive.has(low) && !idx.determiners.has(low) &&
    !idx.complementizers.has(low) && !idx.relativeSubjects.has(low) && !idx.subjectPronouns.has(low) && !idx.coordinators.has(low) && !idx.forms.has(low);
}

/** The phrase that ends at token `end`, with an apposition before it when commas enclose one. */
function phraseEndingAt(toks: Token[], end: number, floor: number, idx: CueIndex, closedApposition: boolean): Phrase | null {
  if (end < floor || (!toks[end].word && !isAbbreviationDot(toks, end))) return null;
  const a = runStart(toks, end, floor, idx, closedApposition);
  let start = stripOpeners(toks, a, end, idx);
  // "even now at 86 she says": a subject pronoun is the whole subject
  if (!closedApposition && idx.subjectPronouns.has(toks[end].low) && start < end) start = end;
  if (start > end || !looksNominal(toks, start, end, idx)) return null;
  // "Sen. Jane Holt, D-Ore., a member of the budget committee, said": up to three segments
  const pronoun = start === end && idx.subjectPronouns.has(toks[start].low);
  for (let n = 0; closedApposition && n < 2 && start - 1 > floor && toks[start - 1].low === ","; n++) {
    const b = runStart(toks, start - 2, floor, idx, false);
    const bs = stripOpeners(toks, b, start - 2, idx);
    if (bs !== b || !looksNominal(toks, b, start - 2, idx)) break;
    // "Charlotte Gainsbourg, elle, explique": the name the pronoun takes up
    if (pronoun) return { start: b, end: start - 2, kind: "np" };
    start = b;
  }
  return { start, end, kind: classify(toks, start, end, idx) };
}

/** Skips what may sit between a cue and a postposed subject: dates, days, "hier", a place phrase. */
export function skipAdjuncts(toks: Token[], i: number, end: number, idx: CueIndex): number {
  let j = i;
  let guard = 0;
  while (j < end && guard++ < 12) {
    const t = toks[j];
    if (t.low === "," || idx.timeWords.has(t.low) || startsWithDigit(t.low) || idx.verbAdverbs.has(t.low)) {
      j++;
      continue;
    }
    if (idx.breakers.has(t.low) && !idx.determiners.has(t.low) && !idx.complementizers.has(t.low) && !idx.relativeSubjects.has(t.low)) {
      const after = skipPrepositionPhrase(toks, j + 1, end, idx);
      if (after === j + 1) break;
      j = after;
      continue;
    }
    break;
  }
  return j;
}

/** After a preposition: its noun phrase, up to the next determiner that opens a new phrase. */
function skipPrepositionPhrase(toks: Token[], i: number, end: number, idx: CueIndex): number {
  let j = i;
  // "auprès de l'AFP", "lors de la conférence", "face à": a compound preposition
  if (j < end && (idx.links.has(toks[j].low) || idx.breakers.has(toks[j].low)) && !idx.determiners.has(toks[j].low)) j++;
  if (j < end && idx.determiners.has(toks[j].low)) j++;
  if (j >= end || !toks[j].word) return i;
  j++;
  while (j < end) {
    const t = toks[j];
    if (idx.links.has(t.low) && !idx.determiners.has(t.low)) {
      j++;
      if (j < end && idx.determiners.has(toks[j].low)) j++;
      if (j < end && toks[j].word) j++;
      continue;
    }
    if (t.word && t.cap && toks[j - 1].cap) {
      j++;
      continue;
    }
    break;
  }
  return j;
}

/** A noun phrase that starts at i (after a postposed cue or a source marker), with its apposition. */
export function phraseStartingAt(toks: Token[], i: number, end: number, idx: CueIndex, allowLower: boolean, apposition = true): Phrase | null {
  if (i >= end || !toks[i].word) return null;
  const first = toks[i];
  const opener = idx.determiners.has(first.low) || first.cap || idx.subjectPronouns.has(first.low) || idx.stressedPronouns.has(first.low);
  if (!opener && !allowLower) return null;
  if (idx.complementizers.has(first.low) || idx.notSources.has(first.low)) return null;
  if (idx.subjectPronouns.has(first.low) || idx.stressedPronouns.has(first.low) || idx.firstPerson.has(first.low))
    return { start: i, end: i, kind: classify(toks, i, i, idx) };
  let j = i + 1;
  while (j < end && j - i < MAX_PHRASE) {
    const t = toks[j];
    if (isBoundary(t) && t.low !== "-" && t.low !== "." && t.low !== "'") break;
    if (t.low === "." && !(toks[j - 1].cap && toks[j - 1].low.length <= 2)) break;
    if (t.word && !t.cap && (idx.breakers.has(t.low) || idx.auxiliaries.has(t.low) || idx.passive.has(t.low)) && !idx.links.has(t.low)) break;
    if (idx.coordinators.has(t.low) && !(toks[j + 1]?.cap || idx.determiners.has(toks[j + 1]?.low ?? ""))) break;
    j++;
  }
  let last = j - 1;
  while (last > i && !toks[last].word) last--;
  // apposition: ", Jean Le Roux de Vallières," or ", a London-based rights group."
  if (apposition && j < end && toks[j].low === "," && j + 1 < end) {
    const app = phraseStartingAt(toks, j + 1, end, idx, false, false);
    if (app && app.kind === "np") {
      const after = toks[app.end + 1];
      if (!after || after.low === "," || after.low === "." || isPunct(after)) last = app.end;
    }
  }
  return { start: i, end: last, kind: classify(toks, i, last, idx) };
}

/** The subject of the sentence (for "affirmant que", "and said that"): its first noun phrase. */
export function sentenceSubject(toks: Token[], start: number, end: number, idx: CueIndex): Phrase | null {
  let i = start;
  // a leading adverbial segment ending in a comma: "In Washington, …", "Depuis son introduction en bourse, …",
  // "Sans dévoiler l'option retenue, …" (a preposition opens it)
  const opener = toks[start];
  const adverbial = (idx.clauseOpeners.has(opener.low) || (opener.cap && idx.breakers.has(opener.low) && !idx.auxiliaries.has(opener.low) && !idx.passive.has(opener.low))) && !idx.determiners.has(opener.low);
  for (let k = start; k < end && k < start + 12; k++) {
    if (toks[k].low === ",") {
      if (adverbial) i = k + 1;
      break;
    }
  }
  i = stripOpeners(toks, i, end, idx);
  if (i >= end) return null;
  const t = toks[i];
  if (idx.firstPerson.has(t.low)) return { start: i, end: i, kind: "first-person" };
  if (idx.subjectPronouns.has(t.low)) return { start: i, end: i, kind: "pronoun" };
  if (!t.cap && !idx.determiners.has(t.low)) return null;
  // "Among the goals was …": a preposition opens an adverbial, not the subject
  if (idx.breakers.has(t.low) && !idx.auxiliaries.has(t.low) && !idx.passive.has(t.low) && !idx.determiners.has(t.low)) return null;
  let j = i + 1;
  while (j < end && j - i < MAX_PHRASE) {
    const u = toks[j];
    if (u.word && u.cap) { j++; continue; }
    if (u.low === "-" || u.low === "'" || (u.low === "." && toks[j - 1].cap && toks[j - 1].low.length <= 2)) { j++; continue; }
    if (idx.links.has(u.low) && !idx.breakers.has(u.low)) { j++; continue; }
    if (idx.determiners.has(u.low) && idx.links.has(toks[j - 1].low)) { j++; continue; }
    if (u.word && !idx.breakers.has(u.low) && !idx.auxiliaries.has(u.low) && lowerRunLeadsToName(toks, j, end, idx)) { j++; continue; }
    if (u.word && !u.cap && (j - 1 === i || !toks[j - 1].cap) && idx.determiners.has(toks[i].low) && !(idx.articles.has(toks[j + 1]?.low ?? "") && !idx.links.has(toks[j + 1]?.low ?? "")) && !idx.breakers.has(u.low) && !idx.auxiliaries.has(u.low) && !idx.forms.has(u.low) && j - i < 7) { j++; continue; }
    break;
  }
  let last = j - 1;
  while (last > i && !toks[last].word) last--;
  if (j < end && toks[j].low === ",") {
    const app = phraseStartingAt(toks, j + 1, end, idx, false);
    if (app && app.kind === "np" && toks[app.end + 1]?.low === ",") last = app.end;
  }
  return { start: i, end: last, kind: "np" };
}

/** "press secretary Josh": a short lower-case run inside a name phrase. */
function lowerRunLeadsToName(toks: Token[], j: number, end: number, idx: CueIndex): boolean {
  for (let k = j; k < end && k < j + 3; k++) {
    const t = toks[k];
    if (t.cap) return true;
    if (!t.word || idx.breakers.has(t.low) || idx.auxiliaries.has(t.low)) return false;
  }
  return false;
}
