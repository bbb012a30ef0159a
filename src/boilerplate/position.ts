/**
 * Position: boilerplate gathers at the ends of a page. Sweep in from the end (and from the
 * start) while lines look like furniture; stop at the first clear article paragraph.
 */
import type { BoilerplateLabel } from "../doc.ts";
import { addCue, CuesByLabel, type Cue } from "./cues.ts";
import type { LineFeatures } from "./features.ts";
import { isClearBody, isWeakLine } from "./neighbours.ts";
import { BIO_BIT, type Vocabulary } from "./vocabulary.ts";

/** the cues the sweeps give to many lines at once (runs of short lines): shared objects, never changed */
const HEAD_SWEEP: Cue = { label: "navigation", score: 0.6, reason: "head-sweep" };
const TAIL_SWEEP_HELD = new CuesByLabel(0.6, "tail-sweep");
const TAIL_SWEEP_ABOVE = new CuesByLabel(0.55, "tail-sweep");
const SANDWICHED = new CuesByLabel(0.6, "sandwiched");

/**
 * `flagged[i]` says whether line i is already boilerplate. Adds position cues in place.
 * From the end: weak lines and author bios below the last prose paragraph.
 * From the start: runs of short menu lines above the first prose paragraph (a lone short line
 * there is a title or a kicker: left to the heading rule).
 */
export function positionCues(feats: LineFeatures[], cues: Cue[][], flagged: boolean[], v: Vocabulary): void {
  tailSweep(feats, cues, flagged, v);
  boxFollowers(feats, cues, flagged);
  sandwiched(feats, cues, flagged);
  tailBlock(feats, cues, flagged);
  standfirst(feats, cues, flagged);
  for (let i = 0; i < feats.length; i++) {
    const f = feats[i];
    if (flagged[i]) continue;
    if (isClearBody(f) || !isWeakLine(f)) break;
    const next = feats[i + 1];
    const runs = f.tokenCount <= 4 && next !== undefined && (flagged[i + 1] || (isWeakLine(next) && next.tokenCount <= 4));
    if (runs) addCue(cues, i, HEAD_SWEEP);
  }
}

/**
 * From the last line up. Bios are flagged as they come; weak lines and short sentences are held
 * and flagged only when a boilerplate line sits above them (a price table under a newsletter
 * box), since an article may well end on a list or a short sentence.
 */
function tailSweep(feats: LineFeatures[], cues: Cue[][], flagged: boolean[], v: Vocabulary): void {
  let label: BoilerplateLabel = "other";
  const held: number[] = [];
  for (let i = feats.length - 1; i >= 0; i--) {
    const f = feats[i];
    if (flagged[i]) {
      label = strongestLabel(cues[i]);
      if (BLOCK_LABELS.has(label)) for (const k of held) addCue(cues, k, TAIL_SWEEP_HELD.of(label));
      held.length = 0;
      // the few weak lines right above a boilerplate line belong to its block
      // (any number of them when they read as titles: a list of links to other stories)
      for (let k = i - 1; k >= 0; k--) {
        if (flagged[k] || !isWeakLine(feats[k])) break;
        if (i - k > GROWTH && feats[k].capRatio < TITLE_CAPS) break;
        addCue(cues, k, TAIL_SWEEP_ABOVE.of(label));
      }
      continue;
    }
    if (isBio(f, v)) {
      addCue(cues, i, { label: "credit", score: 0.6, reason: "tail-bio" });
      // "Tom Reed" over "Tom Reed is a reporter for …": the name that heads the bio
      const above = feats[i - 1];
      if (above && !flagged[i - 1] && above.tokenCount <= 4 && !above.endsSentence && f.raw.startsWith(above.raw))
        addCue(cues, i - 1, { label: "credit", score: 0.6, reason: "tail-bio" });
    }
    // "… check out the footage below:" with nothing below: the lead-in of an embed the page lost
    else if (f.endsColon && f.tokenCount <= 25 && !held.length && i === lastUnflagged(flagged)) addCue(cues, i, { label: "other", score: 0.6, reason: "dangling-colon" });
    else if (isWeakLine(f) || (!isClearBody(f) && f.tokenCount < 12)) held.push(i);
    else break;
  }
}

/**
 * The label of the strongest of a flagged line's cues (the first of the strongest). The cue tests
 * here are module functions, not arrow functions written in the loops: those would be made anew
 * for every line (1 MB of short lines: 65,000 lines and more).
 */
function strongestLabel(cues: Cue[]): BoilerplateLabel {
  let best = cues[0];
  for (let k = 1; k < cues.length; k++) if (cues[k].score > best.score) best = cues[k];
  return best.label;
}

const isBox = (c: Cue): boolean => (c.label === "subscribe" || c.label === "promo") && c.score >= 0.8;
const isSandwiched = (c: Cue): boolean => c.reason === "sandwiched";
const opensTailBlock = (c: Cue): boolean => (c.label === "subscribe" || c.label === "related") && c.score >= 0.8;
const isStamp = (c: Cue): boolean => STAMP_REASONS.has(c.reason);

/** labels of boxes that gather several lines under them (a newsletter box, a related-links list) */
const BLOCK_LABELS = new Set<BoilerplateLabel>(["subscribe", "promo", "related", "share", "navigation", "disclaimer", "credit", "source"]);

/** how many weak lines above a boilerplate line the tail sweep takes into its block */
const GROWTH = 2;
/** share of capitalised words that makes a short line read as a title ("12 Stunning Photos of Comets") */
const TITLE_CAPS = 0.7;

/** "Jane Doe is the author of …", "Tom Reed is a reporter for a daily paper." */
function isBio(f: LineFeatures, v: Vocabulary): boolean {
  return f.tokenCount <= 60 && f.capRatio > 0 && (f.termBits & BIO_BIT) !== 0 && f.words.some((w) => v.bioNouns.has(w));
}

/** The short line right under a newsletter or ad box belongs to it ("The best way to follow issues you care about."). */
function boxFollowers(feats: LineFeatures[], cues: Cue[][], flagged: boolean[]): void {
  for (let i = 1; i < feats.length; i++) {
    if (flagged[i] || !flagged[i - 1]) continue;
    const box = cues[i - 1].find(isBox);
    if (box && feats[i].tokenCount <= 12 && !isClearBody(feats[i]))
      addCue(cues, i, { label: box.label, score: 0.55, reason: "under-box" });
  }
}

function lastUnflagged(flagged: boolean[]): number {
  for (let i = flagged.length - 1; i >= 0; i--) if (!flagged[i]) return i;
  return -1;
}

/** A very short line between two boilerplate lines ("About the Author" / "Jane Doe" / her bio). */
export function sandwiched(feats: LineFeatures[], cues: Cue[][], flagged: boolean[]): void {
  for (let i = 1; i + 1 < feats.length; i++) {
    if (flagged[i] || !flagged[i - 1] || !flagged[i + 1] || feats[i].tokenCount > 4 || feats[i].endsSentence) continue;
    if (cues[i].some(isSandwiched)) continue;
    const label = strongestLabel(cues[i - 1]);
    addCue(cues, i, SANDWICHED.of(label));
  }
}

/** at least this share of the lines from a box to the end must already be boilerplate */
const TAIL_BLOCK_DENSITY = 0.5;
const TAIL_BLOCK_MIN_FLAGGED = 4;
/** the box must sit in the second half of the page */
const TAIL_BLOCK_FROM = 0.5;

/**
 * Below a newsletter box or a related-links header, when most of what follows down to the end is
 * already boilerplate, the rest is too (teasers of other stories between their kickers).
 */
function tailBlock(feats: LineFeatures[], cues: Cue[][], flagged: boolean[]): void {
  let count = 0;
  let start = -1;
  for (let i = feats.length - 1; i >= 0; i--) {
    if (!flagged[i]) continue;
    count++;
    const opens = cues[i].some(opensTailBlock);
    if (i < feats.length * TAIL_BLOCK_FROM) break;
    if (opens && count >= TAIL_BLOCK_MIN_FLAGGED && count >= (feats.length - i) * TAIL_BLOCK_DENSITY) start = i;
  }
  if (start < 0) return;
  // prose is spared unless it sits between two boilerplate lines (a teaser under its headline, above the next kicker)
  for (let i = start + 1; i < feats.length; i++)
    if (!flagged[i] && (!isClearBody(feats[i]) || (flagged[i - 1] && (i + 1 >= feats.length || flagged[i + 1]))))
      addCue(cues, i, { label: "related", score: 0.55, reason: "tail-block" });
}

/** the stand-first is looked for among the first lines of the page only */
const STANDFIRST_LINES = 3;
const STAMP_REASONS = new Set(["date-stamp", "byline", "staff-line"]);

/**
 * A summary sentence at the very top, right above the byline or the date stamp ("CHINA has sent
 * troops …" / "PUBLISHED: 10:48 …"), is the page's stand-first, not the article's first paragraph
 * (which comes after the stamp).
 */
function standfirst(feats: LineFeatures[], cues: Cue[][], flagged: boolean[]): void {
  for (let i = 0; i + 1 < feats.length && i < STANDFIRST_LINES; i++) {
    if (flagged[i] || !feats[i].endsSentence || feats[i].tokenCount > 60) continue;
    if (!flagged[i + 1] || !cues[i + 1].some(isStamp)) continue;
    if (feats.slice(0, i).some((f, k) => !flagged[k] && isClearBody(f))) continue;
    addCue(cues, i, { label: "other", score: 0.6, reason: "standfirst" });
  }
}
