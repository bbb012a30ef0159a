/**
 * Source-marker frame: "Selon X, …", "…, selon X.", "According to X, …", "Pour X, …" (sentence start).
 * The source must name someone: a pronoun, a capitalised name, or a source noun ("les experts").
 */
import type { CueGroup } from "./cue-groups.ts";
import type { Phrase } from "./phrases.ts";
import { phraseStartingAt } from "./phrases.ts";
import { build, clauseEnd, markerAt } from "./content.ts";
import type { Candidate, SentenceView } from "./view.ts";
import { firstContentToken } from "./view.ts";
import { mayHoldKey } from "./word-filter.ts";

/** "Selon X, …", "…, selon X.", "According to X, …", "Pour X, …" */
export function sourceMarkerQuotes(v: SentenceView, groups: CueGroup[]): Candidate[] {
  const { toks, idx } = v;
  const out: Candidate[] = [];
  const first = firstContentToken(v, v.start, v.end);
  for (let k = v.start; k < v.end; k++) {
    const low = toks[k].low;
    if (!mayHoldKey(idx.markerFilter, toks[k].key) || !idx.markerFirstWords.has(low)) continue;
    const atStart = first === k || (k > v.start && first === k - 1 && idx.clauseOpeners.has(toks[k - 1].low));
    // a marker attributes at the start of its sentence or after a comma ("pour", "à" are common words)
    if (!atStart && !commaBefore(v, k)) continue;
    if (v.pairAround(toks[k].start)) continue;
    let len = markerAt(v, k);
    if (!len && atStart) len = initialMarkerAt(v, k);
    if (!len) continue;
    const source = phraseStartingAt(toks, k + len, v.end, idx, true, !atStart);
    if (!source || !isSource(v, source)) continue;
    const after = source.end + 1;
    // "For Morales, who understands …, he is …": a description of someone, no source marker
    if (atStart && after + 1 < v.end && toks[after].low === "," && idx.relativeSubjects.has(toks[after + 1].low)) continue;
    if (atStart && after < v.end && toks[after].low === ",") {
      const end = clauseEnd(v, after + 1, groups);
      const c = after + 1 < end ? build(v, toks[after + 1].start, toks[end - 1].end, null, source, 0.7) : null;
      if (c) out.push(markerCue(v, c, k, len));
    } else if (!atStart && commaBefore(v, k) && !interposedAfterThat(v, k)) {
      // "…,” according to X": the comma may sit inside the closing mark
      const end = toks[k - 1].low === "," ? toks[k - 1].start : toks[k - 1].end;
      const first = firstContentToken(v, v.start, k - 1);
      const c = first >= 0 ? build(v, toks[first].start, end, null, source, 0.7) : null;
      if (c) out.push(markerCue(v, c, k, len));
    }
  }
  return out;
}

export function initialMarkerAt(v: SentenceView, k: number): number {
  for (const m of v.idx.initialSourceMarkers) {
    let ok = true;
    for (let i = 0; i < m.length; i++) if (k + i >= v.end || v.toks[k + i].low !== m[i]) { ok = false; break; }
    if (ok) return m.length;
  }
  return 0;
}

export function markerCue(v: SentenceView, c: Candidate, k: number, len: number): Candidate {
  const start = v.toks[k].start;
  const end = v.toks[k + len - 1].end;
  // the words joined by a loop (no slice().map() array, whose kind differs with the caller's tier)
  let lemma = v.toks[k].low;
  for (let i = k + 1; i < k + len; i++) lemma += " " + v.toks[i].low;
  return { ...c, cue: { start, end, lemma: lemma.replace("' ", "'") } };
}

/** A source is a pronoun, a name (a capital inside), or a phrase headed by a source noun. */
export function isSource(v: SentenceView, p: Phrase): boolean {
  const { toks, idx } = v;
  if (p.kind === "first-person") return false;
  if (p.kind === "pronoun") return true;
  if (idx.notSources.has(toks[p.start].low)) return false;
  for (let k = p.start; k <= p.end; k++) {
    if (k > p.start && toks[k].cap) return true;
    if (k === p.start && toks[k].cap && !idx.determiners.has(toks[k].low)) return true;
    if (idx.sourceNouns.has(toks[k].low)) return true;
  }
  return false;
}

/** A comma right before the marker, or a closing mark with a comma inside it ("…,” according to"). */
function commaBefore(v: SentenceView, k: number): boolean {
  const prev = v.toks[k - 1];
  if (!prev || k - 1 < v.start) return false;
  if (prev.low === ",") return true;
  return !!v.pairClosingAt(prev.start) && v.toks[k - 2]?.low === ",";
}

/** "said that, according to X, …": a marker set inside a content clause reports no clause of its own */
export function interposedAfterThat(v: SentenceView, k: number): boolean {
  return k - 2 >= v.start && v.idx.complementizers.has(v.toks[k - 2].low);
}
