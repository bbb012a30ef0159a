/**
 * A memo for values computed from words and names, whose memory stops growing early in a run.
 * Article vocabulary never runs out (every thousand articles bring new names and words), so a
 * memo that keeps everything up to a large cap keeps growing for tens of thousands of articles.
 * This one holds two generations of at most `generation` entries each: new entries go into the
 * young one; when it is full it becomes the old one and the previous old one is dropped; an
 * entry found in the old one moves back into the young one. Words used again and again ("il",
 * "said", "l’entreprise") stay; a name met once leaves within two generations. Memory is then at
 * most two generations from the first few hundred articles on.
 */
import { detached } from "./text-utils.ts";

export class BoundedMemo<V> {
  private young = new Map<string, V>();
  private old = new Map<string, V>();

  constructor(private readonly generation: number) {}

  /** The value remembered for key, or undefined. */
  get(key: string): V | undefined {
    const v = this.young.get(key);
    if (v !== undefined) return v;
    const kept = this.old.get(key);
    if (kept !== undefined) this.set(key, kept);
    return kept;
  }

  /** Remembers value for key; the key is copied (see detached), as it is kept past the article. */
  set(key: string, value: V): void {
    if (this.young.size >= this.generation) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(detached(key), value);
  }

  /** entries held, both generations (a moved entry counts twice until the old one is dropped) */
  get size(): number {
    return this.young.size + this.old.size;
  }
}
