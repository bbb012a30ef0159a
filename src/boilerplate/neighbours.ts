/**
 * Evidence from the neighbours, as jusText judges a block by the blocks around it: a caption
 * above a picture credit, the items under a "Read more" header, runs of short menu lines.
 */
import { addCue, type Cue } from "./cues.ts";
import type { LineFeatures } from "./features.ts";

/** A paragraph that reads as article prose: long enough, a sentence, with function words. */
export function isClearBody(f: LineFeatures): boolean {
  return f.tokenCount >= 12 && f.endsSentence && f.stopRatio >= 0.2 && !f.shouting;
}

/** A short line without final punctuation: a menu item, a kicker, a credit, a heading. */
export function isWeakLine(f: LineFeatures): boolean {
  return (!f.endsSentence && f.tokenCount <= 12) || (f.shouting && f.tokenCount <= 15) || (f.link && f.tokenCount <= 6);
}

const SHORT_CREDIT_REASONS = new Set(["agency", "credit-shape", "line:credit", "phrase:credit"]);

/** Adds cues that depend on the lines around each line. `cues` is changed in place. */
export function neighbourCues(feats: LineFeatures[], cues: Cue[][]): void {
  captionsAboveCredits(feats, cues);
  namesUnderCaptions(feats, cues);
  itemsUnderHeaders(feats, cues);
  menuRuns(feats, cues);
  kickerBlocks(feats, cues);
}

// the cue tests are module functions, not arrow functions written in the loops: those would be
// made anew for every line (1 MB of short lines: 65,000 lines and more)
const has = (cs: Cue[], pred: (c: Cue) => boolean) => cs.some(pred);
const isSure = (c: Cue): boolean => c.score >= 0.8;
const strong = (cs: Cue[]) => has(cs, isSure);
const isCredit = (c: Cue): boolean => c.label === "credit";
const isShortCredit = (c: Cue): boolean => c.label === "credit" && SHORT_CREDIT_REASONS.has(c.reason);
const isRelatedPhrase = (c: Cue): boolean => c.reason === "phrase:related";

/** "Smoke over the valley … harming air quality." above "Jane Doe/The Daily Paper/Getty Images". */
function captionsAboveCredits(feats: LineFeatures[], cues: Cue[][]): void {
  for (let i = 1; i < feats.length; i++) {
    const f = feats[i];
    if (f.tokenCount > 10 || f.endsSentence) continue;
    if (!has(cues[i], isShortCredit)) continue;
    // a lone agency name ("AFP", "Reuters") or a last line signs the article: it credits no picture
    if (f.tokenCount < 2 || i === feats.length - 1) continue;
    const above = feats[i - 1];
    const sure = has(cues[i], isSure);
    if (strong(cues[i - 1]) || above.tokenCount > (sure ? 50 : 30) || !above.endsSentence || (above.quoted && !sure)) continue;
    // "Image copyright Getty Images" over "Image caption …": the credit opens the caption below it
    if (i + 1 < feats.length && has(cues[i + 1], isCredit)) continue;
    addCue(cues, i - 1, { label: "credit", score: 0.7, reason: "caption-above-credit" });
  }
}

/** A bare name ("Acme Labs", "NASA Worldview") between a short caption and the text: a credit. */
function namesUnderCaptions(feats: LineFeatures[], cues: Cue[][]): void {
  for (let i = 1; i < feats.length; i++) {
    const f = feats[i];
    if (f.tokenCount > 5 || f.tokenCount < 2 || f.shouting || f.endsSentence || f.capRatio < 1 || f.stopRatio > 0 || f.link || cues[i].length) continue;
    const above = feats[i - 1];
    const below = feats[i + 1];
    if (!above.endsSentence || above.tokenCount > 30 || strong(cues[i - 1])) continue;
    if (below && (!isClearBody(below) || below.raw.startsWith(f.raw))) continue; // a name over its bio is no credit
    if (!below) {
      // the last line: the author's signature under the last paragraph, which stays body
      addCue(cues, i, { label: "credit", score: 0.65, reason: "signature" });
      continue;
    }
    addCue(cues, i, { label: "credit", score: 0.65, reason: "name-under-caption" });
    addCue(cues, i - 1, { label: "credit", score: 0.65, reason: "caption-above-credit" });
  }
}

function isHeader(f: LineFeatures, cs: Cue[]): boolean {
  for (const c of cs) if (c.label === "related" && (c.reason === "line:related" || (c.reason === "phrase:related" && (f.endsColon || f.tokenCount <= 5)))) return true;
  return false;
}

/** The links under "Read more:", "DON'T MISS", "À lire aussi": every line up to the next prose paragraph. */
function itemsUnderHeaders(feats: LineFeatures[], cues: Cue[][]): void {
  for (let i = 0; i < feats.length; i++) {
    if (!isHeader(feats[i], cues[i])) {
      if (has(cues[i], isRelatedPhrase)) titledItemsBelow(feats, cues, i);
      continue;
    }
    let j = i + 1;
    for (; j < feats.length && !isClearBody(feats[j]) && feats[j].tokenCount <= 25; j++)
      addCue(cues, j, { label: "related", score: 0.7, reason: "under-related-header" });
    i = j - 1;
  }
}

/** "Related: New Craters Found on Mars" followed by more titles: the titles are links too. */
function titledItemsBelow(feats: LineFeatures[], cues: Cue[][], i: number): void {
  for (let j = i + 1; j < feats.length; j++) {
    const f = feats[j];
    if (f.endsSentence || f.tokenCount > 15 || f.capRatio < 0.7) break;
    addCue(cues, j, { label: "related", score: 0.6, reason: "title-under-related" });
  }
}

/**
 * Three or more short lines in a row without punctuation ("Home", "News", "Sports"): a menu,
 * when it sits outside the article's prose (above its first or below its last prose paragraph)
 * or half its lines are known menu words. Inside the text such a run is a list (ingredients,
 * products) and stays body.
 */
const MENU_NAMED_SHARE = 0.9;

/** a menu-like line: a few words, no final punctuation */
const shortLine = (f: LineFeatures): boolean => f.tokenCount <= 4 && !f.endsSentence && !f.endsColon;

function menuRuns(feats: LineFeatures[], cues: Cue[][]): void {
  // indices pushed, not map().filter(): an inlined .map() makes a HOLEY array where the filter's feedback saw PACKED ones
  const prose: number[] = [];
  for (let i = 0; i < feats.length; i++) if (isClearBody(feats[i])) prose.push(i);
  const first = prose.length ? prose[0] : feats.length;
  const last = prose.length ? prose[prose.length - 1] : -1;
  for (let i = 0; i < feats.length; ) {
    let j = i;
    while (j < feats.length && shortLine(feats[j])) j++;
    if (j - i >= 3 && isMenu(feats, cues, i, j, j <= first || i > last))
      for (let k = i; k < j; k++) addCue(cues, k, { label: "navigation", score: 0.7, reason: "menu-run" });
    i = Math.max(j, i + 1);
  }
}

/** Whether the run of short lines [i, j) is a menu (counted in place: no copy of the run per line). */
function isMenu(feats: LineFeatures[], cues: Cue[][], i: number, j: number, outside: boolean): boolean {
  let known = 0;
  let named = 0;
  for (let k = i; k < j; k++) {
    if (cues[k].length > 0) known++;
    // menu items are names: no function words, every word capitalised ("Real Estate", "Eat + Drink")
    const f = feats[k];
    if (f.stopRatio === 0 && (f.capRatio === 1 || f.tokenCount === 1)) named++;
  }
  return (outside && named >= (j - i) * MENU_NAMED_SHARE) || known * 2 >= j - i;
}

/** an upper-case kicker over a teaser headline ("LIFE AFTER FEDERER", "RANDY ANDY") */
const isKicker = (f: LineFeatures) => f.shouting && f.tokenCount <= 10 && !f.endsSentence;

/** a headline under a kicker: no kicker itself, no sentence (or a question), at most 25 words */
const teaserHeadline = (f: LineFeatures | undefined): boolean =>
  f !== undefined && !isKicker(f) && (!f.endsSentence || f.raw.endsWith("?")) && f.tokenCount <= 25;

/**
 * Teaser blocks: two or more kickers a few lines apart, each over a headline and maybe a
 * sentence. One upper-case line alone is a subheading, left to the heading rule.
 */
function kickerBlocks(feats: LineFeatures[], cues: Cue[][]): void {
  const kickers: number[] = [];
  for (let i = 0; i < feats.length; i++) if (isKicker(feats[i]) && teaserHeadline(i + 1 < feats.length ? feats[i + 1] : undefined)) kickers.push(i);
  for (let k = 0; k < kickers.length; k++) {
    const inBlock = (k > 0 && kickers[k] - kickers[k - 1] <= 4) || (k + 1 < kickers.length && kickers[k + 1] - kickers[k] <= 4);
    if (!inBlock) continue;
    const i = kickers[k];
    addCue(cues, i, { label: "related", score: 0.7, reason: "kicker-block" });
    addCue(cues, i + 1, { label: "related", score: 0.7, reason: "kicker-block" });
    // the teaser sentence under the headline, when the block goes on after it
    const goesOn = (k + 1 < kickers.length && kickers[k + 1] <= i + 4) || i + 3 >= feats.length;
    if (goesOn && i + 2 < feats.length && !isKicker(feats[i + 2]) && feats[i + 2].tokenCount <= 60)
      addCue(cues, i + 2, { label: "related", score: 0.6, reason: "kicker-block" });
  }
}
