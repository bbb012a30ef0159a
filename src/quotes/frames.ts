/**
 * Turns the cues of one sentence into quotes, trying the three frames in order: incises first
 * (incise.ts: "« … », a-t-il déclaré", "…, a indiqué la police", "“…,” she said"), then preposed
 * cues (preposed.ts: "X a déclaré que …", "X said the plan …"), then source markers
 * (source-markers.ts: "Selon X, …", "…, according to X"). Cues that are negated, passive, used as
 * nouns, or inside quoted words (unless they interrupt them) are dropped here.
 */
import type { CueIndex } from "./cue-index.ts";
import type { CueGroup } from "./cue-groups.ts";
import { SpanSet } from "./span-set.ts";
import { incise, interruptedQuote, interruptingIncise } from "./incise.ts";
import { preposed } from "./preposed.ts";
import { sourceMarkerQuotes } from "./source-markers.ts";
import type { Candidate, SentenceView } from "./view.ts";
import { firstContentToken, tokenAtOrAfter } from "./view.ts";
import { hasDigit } from "./tokens.ts";
import type { Phrase } from "./phrases.ts";
import { endsWithSuffix } from "./suffixes.ts";

export function sentenceQuotes(v: SentenceView, groups: CueGroup[]): Candidate[] {
  const out = new SpanSet<Candidate>();
  const live = liveGroups(v, groups);
  const markers = sourceMarkerQuotes(v, live);
  // most sentences have no live cue: only their source markers, if any
  if (live.length === 0) {
    for (let i = 0; i < markers.length; i++) out.add(markers[i]);
    return out.items;
  }
  const free = markers.length === 0 ? live : live.filter((g) => !markers.some((m) => m.mention && m.mention.start <= v.toks[g.verb].start && v.toks[g.verb].start < m.mention.end));
  // incises first: "…, Moore said" must not be swallowed by an earlier cue's clause; each incise's
  // content starts after the previous one ("« A », a-t-il dit, « B », a-t-il ajouté")
  const taken: boolean[] = [];
  let floor = v.start;
  for (let i = 0; i < free.length; i++) {
    const g = free[i];
    const c = v.pairAround(v.toks[g.verb].start) ? interruptedQuote(v, g) : incise(v, g, floor);
    taken.push(!!c);
    if (!c) continue;
    out.add(c);
    if (c.tail) out.add(c.tail);
    floor = g.last + 1;
  }
  // made at the first cue no incise took (on a page of incises, never)
  let spoken: SpokenBefore | null = null;
  for (let i = 0; i < free.length; i++) {
    const g = free[i];
    if (taken[i]) continue;
    spoken ??= new SpokenBefore(out.items.slice());
    const at = v.toks[g.verb].start;
    if (out.overlapsSpan(at, at + 1) || cueInside(out, at)) continue;
    const c = preposed(v, g, free, incisedSpeaker(v, spoken.latestBefore(at), at));
    if (c && out.add(c)) spoken.push(c);
  }
  for (let i = 0; i < markers.length; i++) out.add(markers[i]);
  return out.items;
}

/** The cues that may report: not negated, not hypothetical, not quoted (unless they interrupt the quote), no noun. */
function liveGroups(v: SentenceView, groups: CueGroup[]): CueGroup[] {
  const live: CueGroup[] = [];
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i];
    if (!g.negated && !g.hypothetical && (!v.pairAround(v.toks[g.verb].start) || interruptingIncise(v, g)) && !nounUse(v, g)) live.push(g);
  }
  return live;
}

export function cueInside(out: SpanSet<Candidate>, at: number): boolean {
  const prev = out.before(at + 1);
  return !!prev?.cue && prev.cue.start <= at && at < prev.cue.end;
}

export function isPreposition(idx: CueIndex, low: string): boolean {
  return !idx.auxiliaries.has(low) && !idx.passive.has(low) && !idx.clitics.has(low) && !idx.negationParticles.has(low) &&
    !idx.negationWords.has(low) && !idx.complementizers.has(low) && !idx.relativeSubjects.has(low) && !idx.coordinators.has(low) &&
    !idx.subjectPronouns.has(low) && !idx.verbAdverbs.has(low) && !idx.timeWords.has(low) && !idx.reflexiveClitics.has(low);
}

/** "the reports", "a statement": a cue form after a determiner is a noun */
export function nounUse(v: SentenceView, g: CueGroup): boolean {
  const { idx } = v;
  // "the Islamic State": a capitalised cue form inside a sentence is a name
  if (v.toks[g.verb].cap && g.verb > firstContentToken(v, v.start, v.end)) return true;
  const prev = v.toks[g.first - 1];
  if (g.first - 1 < v.start || !prev) return false;
  // "mocked Romney for claiming": a gerund after a preposition reports someone else's words
  if (g.kind === "gerund" && g.first === g.verb && !idx.gerundIntroducers.has(prev.low) && (idx.breakers.has(prev.low) || idx.links.has(prev.low)) && isPreposition(idx, prev.low)) return true;
  // "with objects", "of reports": a finite form right after a preposition is a noun
  if (g.kind === "finite" && g.first === g.verb && idx.breakers.has(prev.low) && isPreposition(idx, prev.low)) return true;
  if (idx.articles.has(prev.low) && !idx.clitics.has(prev.low)) return true;
  // "studies have found that maintaining a regular pattern …": a gerund right after "that" is a subject
  if (g.kind === "gerund" && g.first === g.verb && idx.complementizers.has(prev.low)) return true;
  if (g.kind === "finite" && g.first === g.verb && afterSingularDeterminer(v, g)) return true;
  // "pursued recipe writing in a way …": a gerund between a plain lower-case noun and a preposition
  if (g.kind === "gerund" && g.first === g.verb && plainNoun(v, g.first - 1) && followedByPreposition(v, g.last + 1)) return true;
  // "le manque de demande": a finite form right after a preposition is a noun
  return g.kind === "finite" && g.first === g.verb && idx.links.has(prev.low) && !idx.clitics.has(prev.low) && !idx.auxiliaries.has(prev.low) && !idx.coordinators.has(prev.low);
}

/**
 * Of the candidates with a cue and a mention, the one whose mention ends last among those whose cue
 * and mention both end by an offset (the earliest on a tie), for offsets asked in increasing order:
 * candidates wait in a heap by where they end and join the running best once the offset reaches it.
 */
class SpokenBefore {
  private readonly heap: Candidate[] = [];
  private best: Candidate | null = null;
  /** the incise candidates, heaped at the first question (most sentences never ask) */
  private pending: readonly Candidate[] | null;

  constructor(items: readonly Candidate[]) {
    this.pending = items;
  }

  push(c: Candidate): void {
    this.flush();
    if (!c.cue || !c.mention) return;
    const h = this.heap;
    h.push(c);
    for (let i = h.length - 1; i > 0; ) {
      const up = (i - 1) >> 1;
      if (endOf(h[up]) <= endOf(h[i])) break;
      [h[up], h[i]] = [h[i], h[up]];
      i = up;
    }
  }

  latestBefore(at: number): Candidate | null {
    this.flush();
    while (this.heap.length && endOf(this.heap[0]) <= at) this.take(this.pop());
    return this.best;
  }

  private flush(): void {
    const items = this.pending;
    if (!items) return;
    this.pending = null;
    for (let i = 0; i < items.length; i++) this.push(items[i]);
  }

  private take(c: Candidate): void {
    const b = this.best;
    if (!b || c.mention!.end > b.mention!.end || (c.mention!.end === b.mention!.end && c.start < b.start)) this.best = c;
  }

  private pop(): Candidate {
    const h = this.heap;
    const top = h[0];
    const last = h.pop()!;
    if (h.length) {
      h[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && endOf(h[l]) < endOf(h[m])) m = l;
        if (r < h.length && endOf(h[r]) < endOf(h[m])) m = r;
        if (m === i) break;
        [h[m], h[i]] = [h[i], h[m]];
        i = m;
      }
    }
    return top;
  }
}

const endOf = (c: Candidate) => Math.max(c.cue!.end, c.mention!.end);

/** The speaker of the incise whose cue ends right before a later cue (for "…, noting that"), as a phrase. */
function incisedSpeaker(v: SentenceView, best: Candidate | null, at: number): Phrase | null {
  if (!best?.mention) return null;
  // only the incise right before: its speaker or cue ends at the comma before the gerund (checked
  // first: most cues have no such incise, and the mention's tokens need not be looked for then)
  const comma = tokenAtOrAfter(v.toks, at) - 1;
  const last = tokenAtOrAfter(v.toks, Math.max(best.mention.end, best.cue!.end)) - 1;
  if (last + 1 !== comma) return null;
  const start = tokenAtOrAfter(v.toks, best.mention.start);
  const end = tokenAtOrAfter(v.toks, best.mention.end) - 1;
  return end >= start ? { start, end, kind: best.mention.pronoun ? "pronoun" : "np" } : null;
}

/** the most modifiers between a singular determiner and a bare cue form read as its noun */
const MAX_MODIFIERS = 3;

/** "An August PBO report found …": the base form a few modifiers after "a"/"an"/"this" is a noun (a verb would take -s) */
function afterSingularDeterminer(v: SentenceView, g: CueGroup): boolean {
  const { toks, idx } = v;
  if (!isFirstWord(toks[g.verb].low, g.lemma)) return false;
  for (let k = g.verb - 1; k >= v.start && k >= g.verb - 1 - MAX_MODIFIERS; k--) {
    const t = toks[k];
    if (idx.singularDeterminers.has(t.low)) return k < g.verb - 1;
    if (!t.word || idx.breakers.has(t.low) || idx.links.has(t.low) || idx.forms.has(t.low) || idx.auxiliaries.has(t.low) || idx.coordinators.has(t.low)) return false;
  }
  return false;
}

/** Is `word` the first word of `phrase` (as phrase.split(" ")[0] === word, with no array made)? */
function isFirstWord(word: string, phrase: string): boolean {
  const space = phrase.indexOf(" ");
  return (space < 0 ? phrase.length : space) === word.length && phrase.startsWith(word);
}

/** a lower-case word of no closed class, no adverb, no verb form: a noun before a gerund */
export function plainNoun(v: SentenceView, k: number): boolean {
  const t = v.toks[k];
  const { idx } = v;
  if (!t.word || t.cap || hasDigit(t.low) || !isPreposition(idx, t.low) || idx.breakers.has(t.low) || idx.links.has(t.low) || idx.determiners.has(t.low)) return false;
  return !idx.forms.has(t.low) && !idx.gerundIntroducers.has(t.low) && !endsWithSuffix(t.low, idx.adverbSuffixes);
}

function followedByPreposition(v: SentenceView, k: number): boolean {
  const t = v.toks[k];
  return k < v.end && !!t && t.word && v.idx.breakers.has(t.low) && isPreposition(v.idx, t.low) && !v.idx.complementizers.has(t.low);
}
