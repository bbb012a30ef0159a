/**
 * The article's mentions grouped by sentence, then by what makes them score alike as an
 * antecedent (cluster and obliqueness), each group in text order. An antecedent search then
 * looks at one mention per group and sentence, however many times a speaker is repeated in a
 * sentence ("“…,” he said “…,” she said" a thousand times in one line stays linear).
 */
import type { Cluster } from "./clusters.ts";
import type { MentionRecord } from "./article.ts";
import { firstAtOrAfter } from "./sorted.ts";

interface Group {
  /** in text order; mentions at the same offset in the order they were added */
  mentions: MentionRecord[];
}

/** cluster and obliqueness in one number */
const groupKey = (cluster: Cluster, oblique: boolean): number => cluster.id * 2 + (oblique ? 1 : 0);

export class MentionIndex {
  private readonly bySentence = new Map<number, Map<number, Group>>();
  /**
   * Mentions added since the last search, indexed (in the order they were added) when a search
   * first needs them: most articles make no antecedent search, and then no index at all.
   */
  private readonly pending: MentionRecord[] = [];
  private added = 0;
  /** mentions outside any sentence: searches then read the whole list instead */
  unsentenced = 0;

  add(m: MentionRecord): void {
    m.order = this.added++;
    if (m.sentence < 0) this.unsentenced++;
    else this.pending.push(m);
  }

  /** For each group of sentence s, its last mention starting before `at`, pushed to out. */
  lastOfEachGroup(s: number, at: number, out: MentionRecord[]): void {
    if (this.pending.length > 0) this.indexPending();
    const groups = this.bySentence.get(s);
    if (!groups) return;
    for (const g of groups.values()) {
      const i = firstAtOrAfter(g.mentions, at) - 1;
      if (i >= 0) out.push(g.mentions[i]);
    }
  }

  private indexPending(): void {
    for (let i = 0; i < this.pending.length; i++) this.insert(this.pending[i]);
    this.pending.length = 0;
  }

  private insert(m: MentionRecord): void {
    let groups = this.bySentence.get(m.sentence);
    if (!groups) this.bySentence.set(m.sentence, (groups = new Map()));
    const key = groupKey(m.cluster, m.oblique);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { mentions: [] }));
    // after every mention starting at or before it: the order the article's list keeps
    const i = firstAtOrAfter(g.mentions, m.start + 1);
    if (i === g.mentions.length) g.mentions.push(m);
    else g.mentions.splice(i, 0, m);
  }
}
