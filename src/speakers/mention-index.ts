/**
 * The article's mentions grouped by sentence, then by what makes them score alike as an
 * antecedent (cluster and obliqueness), each group in text order. An antecedent search then
 * looks at one mention per group and sentence, however many times a speaker is repeated in a
 * sentence ("“…,” he said “…,” she said" a thousand times in one line stays linear).
 */
import type { Cluster } from "./clusters.ts";
import type { MentionRecord } from "./article.ts";
import { firstAtOrAfter } from "./sorted.ts";

/** cluster and obliqueness in one number */
const groupKey = (cluster: Cluster, oblique: boolean): number => cluster.id * 2 + (oblique ? 1 : 0);
const keyOf = (m: MentionRecord): number => groupKey(m.cluster, m.oblique);

/** past this many groups in a sentence, its groups are found through a Map */
const MAX_LISTED_GROUPS = 8;

/**
 * The groups of one sentence, each in text order (mentions at the same offset in the order they
 * were added). A sentence has few: they are a list searched in place (a Map per sentence cost
 * more to make than all its searches), and a Map once they are many, so a sentence naming
 * thousands of people stays linear.
 */
class SentenceGroups {
  readonly groups: MentionRecord[][] = [];
  private byKey: Map<number, MentionRecord[]> | null = null;

  /** The group of mentions with this key, made (empty) when it is new. */
  groupFor(key: number): MentionRecord[] {
    if (this.byKey) {
      let g = this.byKey.get(key);
      if (!g) this.byKey.set(key, (g = this.newGroup()));
      return g;
    }
    // a listed group is never empty: a mention is put in it as soon as it is made
    for (let i = 0; i < this.groups.length; i++) if (keyOf(this.groups[i][0]) === key) return this.groups[i];
    const g = this.newGroup();
    if (this.groups.length > MAX_LISTED_GROUPS) {
      this.byKey = new Map();
      for (let i = 0; i < this.groups.length - 1; i++) this.byKey.set(keyOf(this.groups[i][0]), this.groups[i]);
      this.byKey.set(key, g);
    }
    return g;
  }

  private newGroup(): MentionRecord[] {
    const g: MentionRecord[] = [];
    this.groups.push(g);
    return g;
  }
}

export class MentionIndex {
  private readonly bySentence = new Map<number, SentenceGroups>();
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
    const sentence = this.bySentence.get(s);
    if (!sentence) return;
    for (let k = 0; k < sentence.groups.length; k++) {
      const g = sentence.groups[k];
      const i = firstAtOrAfter(g, at) - 1;
      if (i >= 0) out.push(g[i]);
    }
  }

  private indexPending(): void {
    for (let i = 0; i < this.pending.length; i++) this.insert(this.pending[i]);
    this.pending.length = 0;
  }

  private insert(m: MentionRecord): void {
    let sentence = this.bySentence.get(m.sentence);
    if (!sentence) this.bySentence.set(m.sentence, (sentence = new SentenceGroups()));
    const g = sentence.groupFor(keyOf(m));
    // after every mention starting at or before it: the order the article's list keeps
    const i = firstAtOrAfter(g, m.start + 1);
    if (i === g.length) g.push(m);
    else g.splice(i, 0, m);
  }
}
