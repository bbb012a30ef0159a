/**
 * The antecedent of a pronoun or a definite description: among the entities mentioned in the
 * last few sentences, the compatible one (kind, gender, number) that scores best on recency,
 * subject position (no preposition before it), being the last speaker, having a name, and
 * having no conflicting role.
 */
import type { SpeakerKind } from "../doc.ts";
import { ensureRuns, type Article, type MentionRecord } from "./article.ts";
import type { Cluster } from "./clusters.ts";
import type { Gender } from "./lexicon.ts";
import { firstAtOrAfter } from "./sorted.ts";

/**
 * Every field is required and every caller writes them in this order: the searches then meet
 * one object shape whoever asks (fields left out at some call sites made V8 drop their
 * optimised code).
 */
export interface AntecedentQuery {
  at: number;
  sentence: number;
  gender: Gender;
  plural: boolean;
  /** kinds an antecedent may have */
  kinds: ReadonlySet<SpeakerKind>;
  /** how many sentences back to look */
  window: number;
  lastSpeaker: Cluster | null;
  /** the role noun of a description: an entity known under another role is less likely */
  roleHead: string | null;
  /** penalty for an antecedent in the same sentence (a description seldom points inside its own sentence), or 0 */
  sameSentencePenalty: number;
  /** never this cluster (the description's own) */
  exclude: Cluster | null;
  /** never a cluster this says no to: a module-level function, so no closure is made per query */
  reject: ((a: Article, c: Cluster) => boolean) | null;
}

/** How many mentions antecedent searches have looked at, for tests that check the work stays linear. */
export const antecedentWork = { visited: 0 };

const WEIGHTS = { oblique: 0.75, lastSpeaker: 0.75, unnamed: 0.5, otherRole: 0.75, notKnownPerson: 0.5 } as const;

export function bestAntecedent(a: Article, q: AntecedentQuery): Cluster | null {
  // (no closure per call: under tsx each one made is also named through a defineProperty call)
  let best: Cluster | null = null;
  let bestScore = 0;
  if (q.sentence >= 0 && a.mentionIndex.unsentenced === 0) {
    // every mention is in a sentence: one per group and sentence, latest first, as the scan below would meet them
    const candidates = indexedCandidates(a, q);
    for (let i = 0; i < candidates.length; i++) {
      const m = candidates[i];
      const score = scoreAsAntecedent(a, m, distance(m, q), q);
      if (score !== REJECTED && (best === null || score > bestScore)) {
        best = m.cluster;
        bestScore = score;
      }
    }
  } else {
    ensureRuns(a);
    for (let i = firstAtOrAfter(a.mentions, q.at) - 1; i >= 0; i = runStart(a.mentions, i) - 1) {
      const m = a.mentions[i];
      antecedentWork.visited++;
      const d = distance(m, q);
      if (d > q.window) break;
      const score = scoreAsAntecedent(a, m, d, q);
      if (score !== REJECTED && (best === null || score > bestScore)) {
        best = m.cluster;
        bestScore = score;
      }
    }
  }
  if (!best && q.lastSpeaker && q.window > 0 && compatible(q.lastSpeaker, q) && !q.reject?.(a, q.lastSpeaker)) return q.lastSpeaker;
  return best;
}

/** the score of a mention that cannot be the antecedent (every other score is finite) */
const REJECTED = -Infinity;

/** How well mention m, d sentences back, fits as the antecedent (higher is better; ties keep the first met), or REJECTED. */
function scoreAsAntecedent(a: Article, m: MentionRecord, d: number, q: AntecedentQuery): number {
  const c = m.cluster;
  if (c === q.exclude || !compatible(c, q) || q.reject?.(a, c)) return REJECTED;
  let score = -d;
  if (m.oblique) score -= WEIGHTS.oblique;
  if (c === q.lastSpeaker) score += WEIGHTS.lastSpeaker;
  if (!c.name) score -= WEIGHTS.unnamed;
  if (c.kind === "unknown") score -= WEIGHTS.notKnownPerson;
  if (d === 0 && q.sameSentencePenalty) score -= q.sameSentencePenalty;
  if (q.roleHead && c.roleHeads.size > 0 && !c.roleHeads.has(q.roleHead)) score -= WEIGHTS.otherRole;
  return score;
}

/**
 * The mentions a backward scan from `at` would score, less those that score exactly as one it
 * met before (same sentence, cluster and obliqueness, met later in the text, and ties keep the
 * first met): the last mention of each group in each sentence of the window, latest first.
 */
function indexedCandidates(a: Article, q: AntecedentQuery): MentionRecord[] {
  const out: MentionRecord[] = [];
  for (let s = q.sentence; s >= 0 && q.sentence - s <= q.window; s--) a.mentionIndex.lastOfEachGroup(s, q.at, out);
  antecedentWork.visited += out.length;
  return out.sort((x, y) => y.start - x.start || y.order - x.order);
}

/** Sentences between a mention and the query; paragraphs count double when sentences are unknown. */
function distance(m: MentionRecord, q: AntecedentQuery): number {
  if (m.sentence >= 0 && q.sentence >= 0) return q.sentence - m.sentence;
  return 0;
}

export function compatible(c: Cluster, q: Pick<AntecedentQuery, "gender" | "plural" | "kinds">): boolean {
  // "Google said …; the company added", "Acme told …; it also said": a name of no known kind that
  // has spoken and has no gender may be the organisation an "it" or a "the company" points at
  if (c.kind === "unknown" && c.speaks && !c.gender && q.kinds.has("organization")) return true;
  if (!q.kinds.has(c.kind)) return false;
  if (c.kind === "unknown" && c.keys.length < 2) return false;
  if (q.gender && c.gender && q.gender !== c.gender) return false;
  if (q.plural !== c.plural && c.kind === "person") return false;
  return true;
}

/**
 * Index of the first mention of the run that ends at i: the mentions of a run share cluster,
 * sentence and obliqueness, so they score exactly as the last one, seen first, which they
 * cannot beat (ties keep the first seen).
 */
function runStart(ms: readonly MentionRecord[], i: number): number {
  const run = ms[i].run;
  if (run === ms[i]) return i;
  let k = firstAtOrAfter(ms, run.start);
  while (ms[k] !== run) k++;
  return k;
}
