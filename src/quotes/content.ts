/**
 * The reported content of a cue: where its clause ends, and the candidate built over it (direct when
 * it is exactly one pair of marks, mixed when it holds marks, indirect otherwise).
 */
import type { QuoteType } from "../doc.ts";
import type { CueGroup } from "./cue-groups.ts";
import type { MarkPair } from "./marks.ts";
import type { Phrase } from "./phrases.ts";
import { postposedSubject } from "./attribution.ts";
import type { Candidate, SentenceView } from "./view.ts";
import { cueOf, mentionOf, tokenAtOrAfter, trimmedSpan } from "./view.ts";
import { endsWithSuffix } from "./suffixes.ts";

/** a content clause longer than this many tokens is cut (a run-on or a page with no full stops) */
export const MAX_CLAUSE = 250;

export const TRAILING = new Set([".", ",", ";", ":", "!", "?", "…", "-", "—", "–"]);

export function build(v: SentenceView, start: number, end: number, g: CueGroup | null, subject: Phrase | null, confidence: number): Candidate | null {
  const toks = v.toks;
  let e = end;
  // drop trailing punctuation that is not a closing mark
  let k = tokenAtOrAfter(toks, end) - 1;
  while (k >= 0 && toks[k].start >= start && toks[k].end === e && TRAILING.has(toks[k].low) && !v.pairClosingAt(toks[k].start)) {
    k--;
    e = k >= 0 && toks[k].start >= start ? toks[k].end : start;
  }
  if (e <= start) return null;
  const inner = v.pairsWithin(start, e);
  let type: QuoteType = inner.length ? "mixed" : "indirect";
  let s = start;
  let pair: MarkPair | null = null;
  if (inner.length === 1 && inner[0].open === start && inner[0].close === e - 1) {
    pair = inner[0];
    type = "direct";
    ({ start: s, end: e } = trimmedSpan(v.text, pair.open + 1, pair.close));
  }
  return {
    start: s,
    end: e,
    type,
    cue: g ? cueOf(v, g) : null,
    mention: mentionOf(v, subject),
    confidence: type === "direct" ? confidence : Math.min(confidence, type === "mixed" ? 0.8 : 0.75),
    pair,
    paragraph: -1,
  };
}

/** The clause ends at the sentence end, or before a later incise cue, a gerund cue or ", selon X". */
export function clauseEnd(v: SentenceView, from: number, groups: CueGroup[]): number {
  const { toks, idx } = v;
  const limit = Math.min(v.end, from + MAX_CLAUSE);
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i];
    if (g.first <= from) continue;
    if (g.first >= limit) break;
    const prev = toks[g.first - 1];
    if (prev && idx.coordinators.has(prev.low) && (complementizerAhead(v, g) || marksAhead(v, g))) return g.first - 1;
    if (prev?.low !== ",") continue;
    if (g.kind === "gerund" || g.inverted >= 0 || postposedSubject(v, g)) return g.first - 1;
  }
  for (let k = from; k < limit; k++) {
    // a colon or semicolon opens another clause, unless quoted words follow the colon
    if (toks[k].low === ";" || (toks[k].low === ":" && k + 1 < v.end && !v.pairOpeningAt(toks[k + 1].start))) return k;
    // "said no when reporters asked if …": the circumstance of the saying, not its content
    // (not an elided "s'", which is "se" as often as "si": "s'était plaint")
    if (k > from && idx.subordinators.has(toks[k].low) && !toks[k].low.endsWith("'") && cueSoon(v, k + 1) && !v.pairAround(toks[k].start)) return k;
    // "said the plan had failed — the third setback this year": a dash that no other closes, then a noun phrase, is the narrator's aside
    if (k > from && isDash(toks[k].low) && k + 1 < limit && idx.articles.has(toks[k + 1].low) && !v.pairAround(toks[k].start) && !dashAhead(v, k + 1, limit) && !dashAhead(v, from, k)) return k;
    if (toks[k].low !== ",") continue;
    if (markerAt(v, k + 1)) return k;
    // "said she was sorry, and handed over the keys": a past verb with no subject after ", and" is the speaker's next act
    if (k + 2 < limit && idx.coordinators.has(toks[k + 1].low) && pastVerb(v, k + 2) && !v.pairAround(toks[k].start)) return k;
    if (k + 1 < limit && v.idx.commentRelatives.has(toks[k + 1].low) && closingRelative(v, k + 1, limit)) return k;
  }
  return limit;
}

/** — or – (two comparisons: the clause scan asks it of every token) */
const isDash = (low: string): boolean => low === "—" || low === "–";

function pastVerb(v: SentenceView, k: number): boolean {
  const t = v.toks[k];
  return t.word && !t.cap && endsWithSuffix(t.low, v.idx.pastSuffixes, 3);
}

function dashAhead(v: SentenceView, from: number, limit: number): boolean {
  for (let k = from; k < limit; k++) if (isDash(v.toks[k].low)) return true;
  return false;
}

/** the most words between a subordinator and its speech verb ("when reporters asked", "as the judge read") */
const CUE_SOON = 4;

/** A finite cue form within a few words, before any comma: "when reporters asked". */
function cueSoon(v: SentenceView, from: number): boolean {
  for (let k = from; k < v.end && k < from + CUE_SOON; k++) {
    const t = v.toks[k];
    if (!t.word) return false;
    // ("if he is charged": a passive form is no speech)
    if ((v.idx.forms.get(t.low) ?? []).some((c) => c.kind === "finite" && !c.particle) && !v.idx.passive.has(v.toks[k - 1].low)) return k > from;
  }
  return false;
}

/**
 * ", which was the latest in a series": a relative clause that runs to the end of the content is
 * the narrator's comment on it; one closed by a comma ("the bridge, which opened in 1990, would
 * be repaired") is inside the content.
 */
export function closingRelative(v: SentenceView, k: number, limit: number): boolean {
  for (let j = k + 1; j < limit; j++) {
    const t = v.toks[j];
    if (t.low === "," || t.low === ";" || t.low === ":" || v.pairOpeningAt(t.start)) return false;
  }
  return true;
}

export function markerAt(v: SentenceView, k: number): number {
  if (k >= v.end || !v.idx.markerFirstWords.has(v.toks[k].low)) return 0;
  for (const m of v.idx.sourceMarkers) {
    let ok = true;
    for (let i = 0; i < m.length; i++) if (k + i >= v.end || v.toks[k + i].low !== m[i]) { ok = false; break; }
    if (ok) return m.length;
  }
  return 0;
}

/** A "que"/"that" after the cue before any comma: the cue opens a content clause, it is no incise. */
export function complementizerAhead(v: SentenceView, g: CueGroup): boolean {
  const { toks, idx } = v;
  for (let k = g.last + 1; k < v.end && k < g.last + 20; k++) {
    const t = toks[k];
    if (t.low === "," || t.low === "." || v.pairOpeningAt(t.start)) return false;
    if (idx.complementizers.has(t.low) && !idx.complementizerBlockers.has(toks[k - 1].low)) return true;
  }
  return false;
}

/** how far after a coordinated cue its own quoted words may open ("and then quipped to Colton, “…”") */
const MARKS_AHEAD = 6;

/** A colon or an opening mark soon after the cue, before any full stop: the cue introduces its own words. */
export function marksAhead(v: SentenceView, g: CueGroup): boolean {
  for (let k = g.last + 1; k < v.end && k <= g.last + MARKS_AHEAD; k++) {
    const t = v.toks[k];
    if (t.low === ":" || v.pairOpeningAt(t.start)) return true;
    if (t.low === "." || t.low === ";") return false;
  }
  return false;
}
