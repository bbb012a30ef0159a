/**
 * Combines every piece of evidence into one decision per paragraph: the line's own cues
 * (phrases, promotions, credits, date stamps, repetition), then the neighbours, then the
 * position sweeps, then headings among what is left.
 */
import type { BoilerplateFlag, BoilerplateLabel, ParagraphKind } from "../doc.ts";
import type { LineStats } from "./repetition.ts";
import { MAX_COUNTED_LINE, repeatCountFolded } from "./repetition.ts";
import { addCue, lineCues, type Cue } from "./cues.ts";
import { lineFeatures, type LineFeatures } from "./features.ts";
import { isClearBody, neighbourCues } from "./neighbours.ts";
import { positionCues, sandwiched } from "./position.ts";
import { isHeading } from "./headings.ts";
import { vocabulary, type Vocabulary } from "./vocabulary.ts";
import { mapPacked } from "../packed-map.ts";

export interface ClassifyOptions {
  threshold: number;
  /** a line in at least this many articles of its folder is template text */
  repeatMinArticles: number;
  headingMaxWords: number;
  /** for repetition: the article's id (its folder) and the batch statistics */
  id: string;
  lineStats: LineStats | null;
}

/** Never changed once made: lines may share one (equal lines on equal cues, every body line). */
export interface LineDecision {
  readonly kind: ParagraphKind;
  readonly boilerplate: BoilerplateFlag | null;
}

/** Prose paragraphs longer than this keep only part of a phrase cue's weight: "Comments made by…" */
const LONG_BODY_WORDS = 40;
const LONG_BODY_DISCOUNT = 0.6;

export function classifyLines(lines: string[], opts: ClassifyOptions): LineDecision[] {
  const v = vocabulary();
  const { feats, cues } = ownEvidence(lines, v);
  repetitionCues(lines, feats, cues, opts);
  duplicateCues(lines, feats, cues);
  neighbourCues(feats, cues);
  let flagged = mapPacked(cues, (cs, i) => combinedScore(cs, feats[i]) >= opts.threshold);
  positionCues(feats, cues, flagged, v);
  flagged = mapPacked(cues, (cs, i) => combinedScore(cs, feats[i]) >= opts.threshold);
  sandwiched(feats, cues, flagged); // again: the sweeps may have closed new sandwiches
  flagged = mapPacked(cues, (cs, i) => combinedScore(cs, feats[i]) >= opts.threshold);
  const decisions: LineDecision[] = [];
  for (let i = 0; i < feats.length; i++) {
    const f = feats[i];
    if (!flagged[i]) decisions.push(isHeading(f, nextContent(feats, flagged, i), opts.headingMaxWords) ? HEADING : BODY);
    // a line with the features and the very cues of the one above it has its flag: shared (never changed)
    else if (i > 0 && flagged[i - 1] && feats[i - 1] === f && sameCues(cues[i - 1], cues[i])) decisions.push(decisions[i - 1]);
    else decisions.push({ kind: "boilerplate", boilerplate: combine(cues[i], f) });
  }
  return decisions;
}

/** the decisions of the lines that are no boilerplate (shared: never changed) */
const BODY: LineDecision = { kind: "body", boilerplate: null };
const HEADING: LineDecision = { kind: "heading", boilerplate: null };

/** the same cue objects in the same order (the sweeps share theirs, a repeated line copies its own) */
function sameCues(a: Cue[], b: Cue[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

/**
 * Each line's features and own cues. A line written as the one above it (runs of equal short
 * lines: "Advertisement", a separator, 1 MB of one line repeated) shares its features, which
 * depend on the text alone and are never changed, and takes a copy of its cue list: the later
 * passes add cues line by line.
 */
function ownEvidence(lines: string[], v: Vocabulary): { feats: LineFeatures[]; cues: Cue[][] } {
  const feats: LineFeatures[] = [];
  const cues: Cue[][] = [];
  for (let i = 0; i < lines.length; i++) {
    if (i > 0 && lines[i] === lines[i - 1]) {
      feats.push(feats[i - 1]);
      cues.push(copyOf(cues[i - 1]));
      continue;
    }
    const f = lineFeatures(lines[i], v);
    feats.push(f);
    cues.push(lineCues(f, v));
  }
  return { feats, cues };
}

/** a cue list of a line's own: the shared empty list stays shared (it is never pushed to) */
const copyOf = (cs: Cue[]): Cue[] => (cs.length === 0 ? cs : cs.slice());

function nextContent(feats: LineFeatures[], flagged: boolean[], i: number): LineFeatures | undefined {
  for (let j = i + 1; j < feats.length; j++) if (!flagged[j]) return feats[j];
  return undefined;
}

/** The score of combine(cues, f), without building the flag. */
function combinedScore(cues: Cue[], f: LineFeatures): number {
  if (cues.length === 0) return 0;
  let keep = 1;
  for (const c of cues) keep *= 1 - c.score;
  let score = 1 - keep;
  if (isClearBody(f) && f.tokenCount > LONG_BODY_WORDS) score *= LONG_BODY_DISCOUNT;
  return score;
}

/** Noisy-or of the cues; the label of the strongest one; every rule id as a reason. */
function combine(cues: Cue[], f: LineFeatures): BoilerplateFlag {
  if (cues.length === 0) return { label: "other", score: 0, reasons: [] };
  let best = cues[0];
  for (const c of cues) if (c.score > best.score) best = c;
  const score = combinedScore(cues, f);
  return { label: best.label as BoilerplateLabel, score, reasons: reasonsOf(cues) };
}

/** Every rule id of the cues, once each, in order (a cue's reason may list several, joined by ","). */
export function reasonsOf(cues: Cue[]): string[] {
  for (let k = 0; k < cues.length; k++) if (cues[k].reason.includes(",")) return [...new Set(cues.flatMap((c) => c.reason.split(",")))];
  // one rule id per cue (the common case): no split and no Set; one or two cues make a list of
  // their size (a list grown by push from empty gets room for 17, and every flag lives on in the doc)
  if (cues.length === 1) return [cues[0].reason];
  if (cues.length === 2) return cues[0].reason === cues[1].reason ? [cues[0].reason] : [cues[0].reason, cues[1].reason];
  const reasons: string[] = [];
  for (let k = 0; k < cues.length; k++) if (!reasons.includes(cues[k].reason)) reasons.push(cues[k].reason);
  return reasons;
}

/**
 * A line found in several articles of the folder. When most of an article's prose lines repeat,
 * the article itself is a copy (the same wire story twice, a page saved with its text): its
 * repetitions say nothing about templates then. A long line alone is not flagged for repeating.
 */
function repetitionCues(lines: string[], feats: LineFeatures[], cues: Cue[][], opts: ClassifyOptions): void {
  if (!opts.lineStats) return;
  const counts = mapPacked(feats, (f) => (f.raw.length > MAX_COUNTED_LINE ? 0 : repeatCountFolded(opts.lineStats, opts.id, f.folded)));
  const long = mapPacked(feats, (f, i) => (f.tokenCount >= 12 ? i : -1)).filter((i) => i >= 0);
  const copied = long.length > 0 && long.filter((i) => counts[i] >= opts.repeatMinArticles).length > long.length / 2;
  if (copied) return;
  for (let i = 0; i < lines.length; i++) {
    if (counts[i] < opts.repeatMinArticles) continue;
    const short = feats[i].tokenCount < 12;
    addCue(cues, i, { label: "other", score: short ? 0.75 : 0.45, reason: `repeated:${counts[i]}` });
  }
}

/** A line written twice in one article (a gallery caption shown twice): not prose. */
function duplicateCues(lines: string[], feats: LineFeatures[], cues: Cue[][]): void {
  // a copy of a prose line has the same features: only prose lines need counting
  // two equal lines have equal lengths: lines are only hashed when another prose line is as long
  const lengths = new Map<number, number>();
  for (let i = 0; i < lines.length; i++) if (proseLine(lines[i], feats[i])) lengths.set(lines[i].length, (lengths.get(lines[i].length) ?? 0) + 1);
  if (lengths.size === 0) return;
  const candidate = new Uint8Array(lines.length);
  for (let i = 0; i < lines.length; i++) candidate[i] = proseLine(lines[i], feats[i]) && lengths.get(lines[i].length)! > 1 ? 1 : 0;
  const seen = new Map<string, number>();
  for (let i = 0; i < lines.length; i++) if (candidate[i]) seen.set(lines[i], (seen.get(lines[i]) ?? 0) + 1);
  if (seen.size === 0) return;
  for (let i = 0; i < lines.length; i++)
    if (candidate[i] && seen.get(lines[i])! > 1) addCue(cues, i, { label: "other", score: 0.6, reason: "twice-in-article" });
}

/** a prose line that a copy in the same article would betray (a module function: no closure named per call) */
function proseLine(line: string, f: LineFeatures): boolean {
  return line.length <= 600 && f.tokenCount >= 12 && f.tokenCount <= 80 && f.endsSentence && f.stopRatio >= 0.15;
}
