/**
 * Position: boilerplate gathers at the ends of a page. Sweep in from the end (and from the
 * start) while lines look like furniture; stop at the first clear article paragraph.
 */
import type { BoilerplateLabel } from "../doc.ts";
import type { Cue } from "./cues.ts";
import type { LineFeatures } from "./features.ts";
import { isClearBody, isWeakLine } from "./neighbours.ts";
import type { Vocabulary } from "./vocabulary.ts";

/**
 * `flagged[i]` says whether line i is already boilerplate. Adds position cues in place.
 * From the end: weak lines and author bios below the last prose paragraph.
 * From the start: runs of short menu lines above the first prose paragraph (a lone short line
 * there is a title or a kicker: left to the heading rule).
 */
export function positionCues(feats: LineFeatures[], cues: Cue[][], flagged: boolean[], v: Vocabulary): void {
  let label: BoilerplateLabel = "other";
  for (let i = feats.length - 1; i >= 0; i--) {
    const f = feats[i];
    if (flagged[i]) {
      label = cues[i].reduce((a, b) => (b.score > a.score ? b : a)).label;
      continue;
    }
    if (isClearBody(f) && !isBio(f, v)) break;
    if (isWeakLine(f)) cues[i].push({ label, score: 0.6, reason: "tail-sweep" });
    else if (isBio(f, v)) cues[i].push({ label: "credit", score: 0.6, reason: "tail-bio" });
    else break;
  }
  for (let i = 0; i < feats.length; i++) {
    const f = feats[i];
    if (flagged[i]) continue;
    if (isClearBody(f) || !isWeakLine(f)) break;
    const next = feats[i + 1];
    const runs = f.tokenCount <= 4 && next !== undefined && (flagged[i + 1] || (isWeakLine(next) && next.tokenCount <= 4));
    if (runs) cues[i].push({ label: "navigation", score: 0.6, reason: "head-sweep" });
  }
}

/** "Sarah Archer is the author of …", "Phil Helsel is a reporter for NBC News." */
function isBio(f: LineFeatures, v: Vocabulary): boolean {
  return f.tokenCount <= 40 && f.capRatio > 0 && f.words.some((w) => v.bioNouns.has(w));
}
