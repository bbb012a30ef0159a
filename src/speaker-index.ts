/**
 * The speaker index across a run: per-article speakers merged by folded canonical name.
 * Merging is associative and order-independent, so shards merge into the same index as a
 * single run.
 */
import type { ArticleRecord, SpeakerRecord } from "./schema.ts";
import { speakerId } from "./speaker-id.ts";
import { detached } from "./text-utils.ts";

export class SpeakerIndex {
  private readonly byId = new Map<string, SpeakerRecord>();

  addArticle(article: Pick<ArticleRecord, "id" | "speakers">): void {
    for (const s of article.speakers) this.add({ ...s, articles: [article.id] });
  }

  add(s: SpeakerRecord): void {
    const id = speakerId(s.name);
    const have = this.byId.get(id);
    if (!have) {
      const { name, kind, quoteCount } = s;
      const [aliases, roles, articles] = [s.aliases.map(detached), s.roles.map(detached), s.articles.map(detached)];
      this.byId.set(id, { id, name: detached(name), aliases, kind, roles, quoteCount, articles });
      return;
    }
    have.aliases = union(have.aliases, s.aliases);
    have.roles = union(have.roles, s.roles);
    have.articles = union(have.articles, s.articles);
    have.quoteCount += s.quoteCount;
    // the kind seen for most quotes wins ties by a fixed order, so merge order does not matter
    if (have.kind === "unknown") have.kind = s.kind;
    if (s.name.length > have.name.length || (s.name.length === have.name.length && s.name < have.name)) have.name = detached(s.name);
  }

  /** Sorted by quote count, then id: deterministic whatever the order of additions. */
  list(): SpeakerRecord[] {
    return [...this.records()];
  }

  /** The records of list(), one at a time: a long run's index is written without a second copy of it. */
  *records(): Generator<SpeakerRecord> {
    const order = [...this.byId.values()].sort((a, b) => b.quoteCount - a.quoteCount || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    for (const s of order) yield { ...s, aliases: [...s.aliases].sort(), roles: [...s.roles].sort(), articles: [...s.articles].sort() };
  }

  get size(): number {
    return this.byId.size;
  }
}

/** a's strings, then b's that a lacks (copied, see detached) */
const union = (a: string[], b: string[]): string[] => {
  const seen = new Set(a);
  const out = [...seen];
  for (const x of b) if (!seen.has(x)) seen.add(x), out.push(detached(x));
  return out;
};

