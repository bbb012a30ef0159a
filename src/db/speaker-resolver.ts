/**
 * Links a quote's speaker (its article-level canonical name) to a row of the speaker index.
 * The index merges speakers across articles, so the quote's name may be the index entry's id,
 * its name, or one of its aliases; an article the entry lists breaks ties.
 */
import type { SpeakerRecord } from "../schema.ts";
import { speakerId } from "../speaker-id.ts";
import { foldName } from "./fold.ts";

interface Entry {
  id: string;
  articles: Set<string>;
}

export class SpeakerResolver {
  private readonly byId = new Map<string, Entry>();
  private readonly byFolded = new Map<string, Entry[]>();

  constructor(speakers: SpeakerRecord[]) {
    for (const s of speakers) this.index(s.id, [s.name, ...s.aliases], s.articles);
  }

  get size(): number {
    return this.byId.size;
  }

  /** The id of the speaker this name stands for in this article, or null when none fits. */
  resolve(name: string, article: string): string | null {
    const direct = this.byId.get(speakerId(name));
    if (direct && (direct.articles.has(article) || !this.byFolded.has(foldName(name)))) return direct.id;
    const candidates = this.byFolded.get(foldName(name)) ?? [];
    const inArticle = candidates.find((e) => e.articles.has(article));
    return (inArticle ?? direct ?? candidates[0])?.id ?? null;
  }

  /** Registers a speaker the index lacked; returns its new, unused id. */
  add(name: string, article: string): string {
    let id = speakerId(name);
    for (let n = 2; this.byId.has(id); n++) id = `${speakerId(name)}-${n}`;
    this.index(id, [name], [article]);
    return id;
  }

  private index(id: string, names: string[], articles: string[]): void {
    const entry: Entry = { id, articles: new Set(articles) };
    this.byId.set(id, entry);
    for (const n of new Set(names.map(foldName))) {
      const list = this.byFolded.get(n) ?? [];
      list.push(entry);
      this.byFolded.set(n, list);
    }
  }
}
