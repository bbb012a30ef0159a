/**
 * Building the SQLite quote database from an output folder. The database is written to a
 * temporary sibling file and renamed over the target at the end, so readers never see a
 * half-built file and a failed export leaves the previous one intact.
 */
import { readdir, rename, rm } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import Database from "better-sqlite3";
import type { ArticleRecord, QuoteRecord, SpeakerRecord } from "../schema.ts";
import { VERSION } from "../version.ts";
import { TOPIC_IDS, topicDefinitions } from "../lexicons/topics.ts";
import { DbInputError } from "./errors.ts";
import { foldName } from "./fold.ts";
import { checkOutputFolder, readArticles, readQuotes, readSpeakers } from "./read-output.ts";
import { DB_APPLICATION_ID, DB_SCHEMA_VERSION, DDL, REBUILD_FTS } from "./schema.ts";
import { SpeakerResolver } from "./speaker-resolver.ts";

export interface BuildCounts {
  articles: number;
  paragraphs: number;
  quotes: number;
  speakers: number;
  topics: number;
}

export interface BuildOptions {
  /** written to meta.source_key: lets the query cache tell whether the folder changed */
  sourceKey?: string;
}

/** Builds `dbFile` from the output folder `dir`, replacing any previous file atomically. */
export async function buildDatabase(dir: string, dbFile: string, options: BuildOptions = {}): Promise<BuildCounts> {
  const summary = await checkOutputFolder(dir);
  const target = resolve(dbFile);
  await removeAbandonedTemps(target);
  const tmp = join(dirname(target), `${tempPrefix(target)}${process.pid}-${Date.now()}`);
  const db = createFile(tmp, target);
  try {
    db.pragma("journal_mode = OFF");
    db.pragma("synchronous = OFF");
    db.pragma("foreign_keys = ON");
    db.exec(DDL);
    const counts = await fill(db, dir);
    const meta = db.prepare("INSERT INTO meta (key, value) VALUES (?, ?)");
    meta.run("tool_version", VERSION);
    meta.run("output_schema_version", summary.schemaVersion);
    meta.run("source_folder", resolve(dir));
    meta.run("source_key", options.sourceKey ?? "");
    db.pragma(`application_id = ${DB_APPLICATION_ID}`);
    db.pragma(`user_version = ${DB_SCHEMA_VERSION}`);
    db.close();
    await removeSidecars(target);
    await rename(tmp, target);
    return counts;
  } catch (err) {
    if (db.open) db.close();
    await rm(tmp, { force: true });
    throw err;
  }
}

function createFile(tmp: string, target: string): Database.Database {
  try {
    return new Database(tmp);
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new DbInputError(`cannot write a database beside "${target}" (${why}); check that the folder is writable`);
  }
}

const tempPrefix = (target: string) => `.${basename(target)}.tmp-`;

/** Temporary files of exports that were killed (their process is gone) are deleted. */
async function removeAbandonedTemps(target: string): Promise<void> {
  const prefix = tempPrefix(target);
  const names = await readdir(dirname(target)).catch(() => [] as string[]);
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(name.slice(prefix.length).split("-")[0]);
    if (Number.isInteger(pid) && !isRunning(pid)) await rm(join(dirname(target), name), { force: true });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * A journal or WAL file left beside the old database would be replayed into the new one on
 * its next open; they belong to the file being replaced, so they go first.
 */
async function removeSidecars(target: string): Promise<void> {
  await Promise.all(["-journal", "-wal", "-shm"].map((suffix) => rm(target + suffix, { force: true })));
}

async function fill(db: Database.Database, dir: string): Promise<BuildCounts> {
  const counts: BuildCounts = { articles: 0, paragraphs: 0, quotes: 0, speakers: 0, topics: 0 };
  const insert = statements(db);
  const articleIds = new Set<string>();
  const topicIds = new Set<string>();
  const addTopic = (id: string) => {
    if (topicIds.has(id)) return;
    topicIds.add(id);
    insert.topic.run(id, (topicDefinitions as Record<string, string>)[id] ?? null);
  };
  db.exec("BEGIN");
  TOPIC_IDS.forEach(addTopic);
  for await (const article of readArticles(dir)) {
    if (articleIds.has(article.id)) throw new DbInputError(`${dir}: article "${article.id}" appears twice in articles.jsonl`);
    articleIds.add(article.id);
    insertArticle(insert, article, addTopic);
    counts.articles++;
    counts.paragraphs += article.paragraphs.length;
  }
  const speakers = await readSpeakers(dir);
  const speakerIds = new Set<string>();
  for (const s of speakers) {
    if (speakerIds.has(s.id)) throw new DbInputError(`${dir}: speaker "${s.id}" appears twice in speakers.json`);
    speakerIds.add(s.id);
    insertSpeaker(insert, s, articleIds, dir);
  }
  const resolver = new SpeakerResolver(speakers);
  const quoteIds = new Set<string>();
  for await (const quote of readQuotes(dir)) {
    if (quoteIds.has(quote.id)) throw new DbInputError(`${dir}: quote "${quote.id}" appears twice in quotes.jsonl`);
    quoteIds.add(quote.id);
    if (!articleIds.has(quote.article))
      throw new DbInputError(`${dir}: quote "${quote.id}" belongs to article "${quote.article}", which is not in articles.jsonl`);
    const speakerId = speakerOf(insert, resolver, quote);
    insertQuote(insert, quote, speakerId, addTopic);
    counts.quotes++;
  }
  counts.speakers = resolver.size;
  counts.topics = topicIds.size;
  db.exec(REBUILD_FTS);
  db.exec("COMMIT");
  db.exec("ANALYZE");
  return counts;
}

type Inserts = ReturnType<typeof statements>;

function statements(db: Database.Database) {
  return {
    article: db.prepare(
      `INSERT INTO articles (id, path, sha256, encoding, title, source, language, language_confidence, meta, text, clean_text)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    paragraph: db.prepare(
      `INSERT INTO paragraphs (article_id, idx, start, end, kind, language, boilerplate_label, boilerplate_score, boilerplate_reasons)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    topic: db.prepare("INSERT INTO topics (id, definition) VALUES (?, ?)"),
    articleTopic: db.prepare("INSERT OR REPLACE INTO article_topics (article_id, topic_id, score, evidence) VALUES (?, ?, ?, ?)"),
    speaker: db.prepare(
      `INSERT INTO speakers (id, name, name_folded, kind, roles, quote_count, article_count) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ),
    alias: db.prepare("INSERT OR IGNORE INTO speaker_aliases (speaker_id, alias, alias_folded) VALUES (?, ?, ?)"),
    speakerArticle: db.prepare("INSERT OR IGNORE INTO speaker_articles (speaker_id, article_id) VALUES (?, ?)"),
    quote: db.prepare(
      `INSERT INTO quotes (id, article_id, text, start, end, type, language, speaker_id, speaker_name, speaker_mention,
         mention_start, mention_end, speaker_kind, speaker_role, resolution, cue_text, cue_lemma, cue_start, cue_end,
         confidence, paragraph, sentence)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    quoteTopic: db.prepare("INSERT OR IGNORE INTO quote_topics (quote_id, topic_id, pos) VALUES (?, ?, ?)"),
  };
}

function insertArticle(insert: Inserts, a: ArticleRecord, addTopic: (id: string) => void): void {
  insert.article.run(
    a.id, a.path, a.sha256, a.encoding, a.title, a.source, a.language.code, a.language.confidence,
    JSON.stringify(a.meta), a.text, a.cleanText,
  );
  a.paragraphs.forEach((p, i) => {
    const bp = p.boilerplate;
    insert.paragraph.run(a.id, i, p.start, p.end, p.kind, p.language, bp?.label ?? null, bp?.score ?? null, bp ? JSON.stringify(bp.reasons) : null);
  });
  for (const t of a.topics) {
    addTopic(t.id);
    insert.articleTopic.run(a.id, t.id, t.score, JSON.stringify(t.evidence));
  }
}

function insertSpeaker(insert: Inserts, s: SpeakerRecord, articleIds: Set<string>, dir: string): void {
  insert.speaker.run(s.id, s.name, foldName(s.name), s.kind, JSON.stringify(s.roles), s.quoteCount, s.articles.length);
  for (const alias of s.aliases) insert.alias.run(s.id, alias, foldName(alias));
  for (const article of s.articles) {
    if (!articleIds.has(article))
      throw new DbInputError(`${dir}: speakers.json lists article "${article}" for "${s.name}", but articles.jsonl has no such article`);
    insert.speakerArticle.run(s.id, article);
  }
}

/** The speakers-table id of a quote's speaker, adding a row when the index lacks one. */
function speakerOf(insert: Inserts, resolver: SpeakerResolver, q: QuoteRecord): string | null {
  if (!q.speaker) return null;
  const found = resolver.resolve(q.speaker.name, q.article);
  if (found) return found;
  const added = resolver.add(q.speaker.name, q.article);
  insert.speaker.run(added, q.speaker.name, foldName(q.speaker.name), q.speaker.kind, JSON.stringify(q.speaker.role ? [q.speaker.role] : []), 0, 1);
  insert.alias.run(added, q.speaker.name, foldName(q.speaker.name));
  insert.speakerArticle.run(added, q.article);
  return added;
}

function insertQuote(insert: Inserts, q: QuoteRecord, speakerId: string | null, addTopic: (id: string) => void): void {
  const s = q.speaker;
  insert.quote.run(
    q.id, q.article, q.text, q.start, q.end, q.type, q.language, speakerId,
    s?.name ?? null, s?.mention ?? null, s?.mentionStart ?? null, s?.mentionEnd ?? null, s?.kind ?? null, s?.role ?? null,
    s?.resolution ?? null, q.cue?.text ?? null, q.cue?.lemma ?? null, q.cue?.start ?? null, q.cue?.end ?? null,
    q.confidence, q.paragraph, q.sentence,
  );
  q.topics.forEach((t, i) => {
    addTopic(t);
    insert.quoteTopic.run(q.id, t, i);
  });
}
