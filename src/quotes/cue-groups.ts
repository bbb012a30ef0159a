/**
 * Finds speech-cue verb groups in a run of tokens: the lexical verb (looked up in the
 * inflected-form map) with what surrounds it: auxiliaries, clitics, adverbs and negation before
 * it ("ne lui a pas dit", "has also said"), an inverted subject ("a-t-il déclaré", "déclare-t-elle"),
 * and the particle of a phrasal cue ("faire valoir", "point out").
 */
import type { CueForm, CueFormKind } from "../lexicons/cue-types.ts";
import type { CueIndex } from "./cue-index.ts";
import type { Token } from "./tokens.ts";
import { mayHoldKey } from "./word-filter.ts";
import { endsWithSuffix } from "./suffixes.ts";

export interface CueGroup {
  /** first and last token of the group, inclusive */
  first: number;
  last: number;
  /** the lexical verb */
  verb: number;
  lemma: string;
  kind: CueFormKind;
  /** token of an inverted subject pronoun ("il" of "a-t-il"), or -1 */
  inverted: number;
  negated: boolean;
  /** a modal with no narrative adverb: "would say", "can suggest", "will tell" report nothing said */
  hypothetical: boolean;
}

interface Before {
  first: number;
  aux: boolean;
  reflexive: boolean;
  negWord: boolean;
  negParticle: boolean;
  inverted: number;
  passive: boolean;
  modal: boolean;
  narrative: boolean;
}

const isHyphen = (t: Token | undefined) => t !== undefined && t.low === "-";

/** one scratch record for scanBefore: read at once by findCueGroups, never kept */
const scratch: Before = { first: 0, aux: false, reflexive: false, negWord: false, negParticle: false, inverted: -1, passive: false, modal: false, narrative: false };

/** Walks left from the verb over the words a verb group may hold (into the scratch record). */
function scanBefore(toks: Token[], verb: number, floor: number, idx: CueIndex): Before {
  const b = scratch;
  b.first = verb;
  b.aux = b.reflexive = b.negWord = b.negParticle = b.passive = b.modal = b.narrative = false;
  b.inverted = -1;
  let j = verb - 1;
  while (j >= floor) {
    const t = toks[j];
    const low = t.low;
    if (isInvertedPronoun(toks, j, idx) && b.inverted < 0) {
      b.inverted = j;
      j -= 2; // pronoun and hyphen
      if (j >= floor && idx.inversionLinks.has(toks[j].low)) j -= isHyphen(toks[j - 1]) ? 2 : 1;
      continue;
    }
    const passive = idx.passive.has(low);
    if (passive) b.passive = true;
    // "avait, lui, annoncé": a stressed pronoun between commas inside the group
    if (low === "," && j - 2 >= floor && toks[j - 2].low === "," && idx.clitics.has(toks[j - 1].low)) {
      j -= 3;
      continue;
    }
    if (idx.hypothetical.has(low)) b.modal = true;
    if (idx.narrativeAdverbs.has(low)) b.narrative = true;
    if (idx.auxiliaries.has(low)) b.aux = true;
    else if (idx.reflexiveClitics.has(low)) b.reflexive = true;
    else if (idx.negationParticles.has(low)) b.negParticle = true;
    else if (idx.negationWords.has(low)) b.negWord = true;
    else if (endsWithSuffix(low, idx.negationSuffixes)) {
      b.negWord = true;
      b.negParticle = true;
      b.aux = true;
    } else if (!idx.clitics.has(low) && !idx.verbAdverbs.has(low) && !passive && !isMannerAdverb(toks, j, idx)) break;
    b.first = j;
    j--;
  }
  return b;
}

/** "gingerly", "sobrement": a lower-case word with an adverb ending, not after an article */
function isMannerAdverb(toks: Token[], j: number, idx: CueIndex): boolean {
  const t = toks[j];
  if (!t.word || t.cap || !endsWithSuffix(t.low, idx.adverbSuffixes, 4)) return false;
  // "the family said", "du gouvernement a dit": after an article or "de", the word is a noun
  const prev = toks[j - 1];
  return !prev || !(idx.determiners.has(prev.low) || idx.articles.has(prev.low) || idx.links.has(prev.low));
}

/** "il" in "a-t-il", "-il", "t-il": a subject pronoun right after a hyphen. */
function isInvertedPronoun(toks: Token[], j: number, idx: CueIndex): boolean {
  // the hyphen first: most words follow none (and no read before the first token)
  if (j < 1 || !isHyphen(toks[j - 1]) || toks[j - 1].end !== toks[j].start) return false;
  const low = toks[j].low;
  return idx.subjectPronouns.has(low) || idx.impersonal.has(low);
}

/** The inverted pronoun after a simple-tense verb ("déclare-t-elle", "prédit-on"), or -1. */
function invertedAfter(toks: Token[], i: number, end: number, idx: CueIndex): number {
  let j = i;
  if (!isHyphen(toks[j]) || toks[j].start !== toks[j - 1].end) return -1;
  j++;
  if (j < end && idx.inversionLinks.has(toks[j].low) && isHyphen(toks[j + 1])) j += 2;
  if (j < end && isInvertedPronoun(toks, j, idx)) return j;
  return -1;
}

function particleEnd(toks: Token[], i: number, end: number, particle: string | null): number {
  if (!particle) return i;
  const words = particle.split(" ");
  for (let k = 0; k < words.length; k++) if (i + 1 + k >= end || toks[i + 1 + k].low !== words[k]) return -1;
  return i + words.length;
}

function governedInfinitive(toks: Token[], first: number, floor: number, idx: CueIndex): boolean {
  const gov = toks[first - 1];
  if (!gov || first - 1 < floor || !idx.infinitiveGovernors.has(gov.low)) return false;
  const before = toks[first - 2];
  return !(before && idx.nonAttributingGovernors.has(before.low));
}

/** an auxiliary makes a participle reading win; a form with a particle is checked before the bare verb */
const KIND_ORDER = ["participle", "finite", "gerund", "infinitive"] as const;

/** each form's cues in KIND_ORDER (a stable sort), computed once per form list */
const ordered = new WeakMap<readonly CueForm[], readonly CueForm[]>();

function inKindOrder(cands: readonly CueForm[]): readonly CueForm[] {
  let list = ordered.get(cands);
  if (!list) {
    list = [...cands].sort((x, y) => KIND_ORDER.indexOf(x.kind) - KIND_ORDER.indexOf(y.kind));
    ordered.set(cands, list);
  }
  return list;
}

export function findCueGroups(toks: Token[], start: number, end: number, idx: CueIndex): CueGroup[] {
  const out: CueGroup[] = [];
  for (let i = start; i < end; i++) {
    const t = toks[i];
    const cands = t.word && mayHoldKey(idx.formFilter, t.key) ? idx.forms.get(t.low) : undefined;
    if (!cands) continue;
    const b = scanBefore(toks, i, start, idx);
    if (b.passive && !b.reflexive) continue;
    const ordered = inKindOrder(cands);
    for (const cue of ordered) {
      const kind = cue.kind;
      if (kind === "participle" && !b.aux) continue;
      if (kind === "infinitive" && !governedInfinitive(toks, b.first, start, idx)) continue;
      if (cue.reflexive && !b.reflexive) continue;
      const last = particleEnd(toks, i, end, cue.particle);
      if (last < 0) continue;
      if (last + 1 < end && cue.notBefore.includes(toks[last + 1].low)) continue;
      let inverted = b.inverted;
      let groupEnd = last;
      if (inverted < 0) {
        inverted = invertedAfter(toks, last + 1, end, idx);
        if (inverted >= 0) groupEnd = inverted;
      }
      const negated = (b.negWord && (idx.negationParticles.size === 0 || b.negParticle)) || precededByRefusal(toks, b.first, start, idx);
      out.push({ first: b.first, last: groupEnd, verb: i, lemma: cue.lemma, kind, inverted, negated, hypothetical: b.modal && !b.narrative });
      i = groupEnd;
      break;
    }
  }
  return out;
}

/** "declined to say", "a refusé de dire": an infinitive cue under a refusal is no statement. */
function precededByRefusal(toks: Token[], first: number, floor: number, idx: CueIndex): boolean {
  const gov = toks[first - 1];
  const before = toks[first - 2];
  return first - 2 >= floor && !!gov && idx.infinitiveGovernors.has(gov.low) && idx.nonAttributingGovernors.has(before.low);
}
