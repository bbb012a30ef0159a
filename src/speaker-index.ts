/**
 * The speaker index across a run: per-article speakers merged by folded canonical name.
 * Merging is associative and order-independent, so shards merge into the same index as a
 * single run. Aliases, roles and articles are kept in SmallSets: a speaker quoted in thousands
 * of articles takes each new one in constant time (a union of lists grew with the square of
 * them), and the many speakers of one or two articles stay plain arrays.
 */
import type { ArticleRecord, SpeakerRecord } from "./schema.ts";
import { speakerId } from "./speaker-id.ts";
import { detached } from "./text-utils.ts";
import { SmallSet } from "./speakers/small-set.ts";

/** A speaker being merged: its lists as sets, sorted only when listed. */
interface Entry {
  id: string;
  name: string;
  kind: SpeakerRecord["kind"];
  quoteCount: number;
  aliases: SmallSet;
  roles: SmallSet;
  articles: SmallSet;
}

export class SpeakerIndex {
  private readonly byId = new Map<string, Entry>();

  addArticle(article: Pick<ArticleRecord, "id" | "speakers">): void {
    for (const s of article.speakers) this.add({ ...s, articles: [article.id] });
  }

  add(s: SpeakerRecord): void {
    const id = speakerId(s.name);
    const have = this.byId.get(id);
    if (!have) {
      const { name, kind, quoteCount } = s;
      const [aliases, roles, articles] = [copies(s.aliases), copies(s.roles), copies(s.articles)];
      this.byId.set(id, { id, name: detached(name), aliases, kind, roles, quoteCount, articles });
      return;
    }
    addAll(have.aliases, s.aliases);
    addAll(have.roles, s.roles);
    addAll(have.articles, s.articles);
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
    for (const s of order) {
      const { id, name, kind, quoteCount } = s;
      yield { id, name, aliases: sorted(s.aliases), kind, roles: sorted(s.roles), quoteCount, articles: sorted(s.articles) };
    }
  }

  get size(): number {
    return this.byId.size;
  }
}

/** The strings as a set of copies (see detached): the index outlives the articles they come from. */
function copies(xs: readonly string[]): SmallSet {
  const set = new SmallSet();
  addAll(set, xs);
  return set;
}

/** Adds to `set` (copied, see detached) the strings it lacks. */
function addAll(set: SmallSet, xs: readonly string[]): void {
  for (const x of xs) if (!set.has(x)) set.add(detached(x));
}

const sorted = (set: SmallSet): string[] => [...set.values()].sort();

