/**
 * The article's mentions grouped by sentence, then by what makes them score alike as an
 * antecedent (cluster and obliqueness), each group in text order. An antecedent search then
 * looks at one mention per group and sentence, however many times a speaker is repeated in a
 * sentence ("“…,” he said “…,” she said" a thousand times in one line stays linear).
 */
import type { Cluster } from "./clusters.ts";
import type { MentionRecord } from "./article.ts";

interface Group {
  cluster: Cluster;
  oblique: boolean;
  /** in text order; mentions at the same offset in the order they were added */
  mentions: MentionRecord[];
}

export class MentionIndex {
  private readonly bySentence = new Map<number, Group[]>();
  private added = 0;
  /** mentions outside any sentence: searches then read the whole list instead */
  unsentenced = 0;

  add(m: MentionRecord): void {
    m.order = this.added++;
    if (m.sentence < 0) {
      this.unsentenced++;
      return;
    }
    let groups = this.bySentence.get(m.sentence);
    if (!groups) this.bySentence.set(m.sentence, (groups = []));
    let g = groups.find((x) => x.cluster === m.cluster && x.oblique === m.oblique);
    if (!g) groups.push((g = { cluster: m.cluster, oblique: m.oblique, mentions: [] }));
    // after every mention starting at or before it: the order the article's list keeps
    const i = firstStartingAfter(g.mentions, m.start);
    if (i === g.mentions.length) g.mentions.push(m);
    else g.mentions.splice(i, 0, m);
  }

  /** For each group of sentence s, its last mention starting before `at`, pushed to out. */
  lastOfEachGroup(s: number, at: number, out: MentionRecord[]): void {
    for (const g of this.bySentence.get(s) ?? []) {
      const i = firstStartingAfter(g.mentions, at - 1) - 1;
      if (i >= 0) out.push(g.mentions[i]);
    }
  }
}

/** Index of the first mention starting after `offset`. */
function firstStartingAfter(ms: readonly MentionRecord[], offset: number): number {
  let lo = 0;
  let hi = ms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ms[mid].start <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
