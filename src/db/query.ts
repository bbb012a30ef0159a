/**
 * Questions to the quote database: filters → one SQL statement with bound parameters, and the
 * rows back as quote records (the shape of a quotes.jsonl line).
 */
import type Database from "better-sqlite3";
import type { QuoteRecord } from "../schema.ts";
import { DbInputError } from "./errors.ts";
import { foldName, queryWords } from "./fold.ts";

export const QUOTE_TYPES = ["direct", "indirect", "mixed"] as const;

export interface QueryFilters {
  /** canonical name or alias, any case and accents; matches whole words ("intrator", "Michael") */
  speaker?: string;
  /** a topic id, e.g. "energy" */
  topic?: string;
  /** the quote's language code */
  lang?: string;
  type?: (typeof QUOTE_TYPES)[number];
  /** the article id (its input path), or the end of it after a "/" */
  article?: string;
  /** words that must all occur in the quote text (full-text search, any case and accents) */
  text?: string;
  limit?: number;
}

export interface SqlQuery {
  sql: string;
  params: unknown[];
}

const SELECT = `SELECT q.*, s.name AS index_name,
  (SELECT json_group_array(topic_id) FROM (SELECT topic_id FROM quote_topics WHERE quote_id = q.id ORDER BY pos)) AS topics_json
FROM quotes q LEFT JOIN speakers s ON s.id = q.speaker_id`;

/** The SQL for a set of filters; every user value is a bound parameter. */
export function buildQuoteQuery(f: QueryFilters): SqlQuery {
  const where: string[] = [];
  const params: unknown[] = [];
  let from = SELECT;
  let order = "q.rowid";
  if (f.text !== undefined) {
    from += " JOIN quotes_fts ON quotes_fts.rowid = q.rowid";
    where.push("quotes_fts MATCH ?");
    params.push(ftsQuery(f.text));
    order = "quotes_fts.rank, q.rowid";
  }
  if (f.speaker !== undefined) {
    const pattern = `% ${speakerKey(f.speaker)} %`;
    where.push(`q.speaker_id IN (
      SELECT id FROM speakers WHERE ' ' || name_folded || ' ' LIKE ?
      UNION SELECT speaker_id FROM speaker_aliases WHERE ' ' || alias_folded || ' ' LIKE ?)`);
    params.push(pattern, pattern);
  }
  if (f.topic !== undefined) {
    where.push("q.id IN (SELECT quote_id FROM quote_topics WHERE topic_id = ?)");
    params.push(f.topic);
  }
  if (f.lang !== undefined) {
    where.push("q.language = ?");
    params.push(f.lang);
  }
  if (f.type !== undefined) {
    where.push("q.type = ?");
    params.push(f.type);
  }
  if (f.article !== undefined) {
    const article = f.article.replace(/^(\.\/)+/, "");
    where.push("(q.article_id = ? OR q.article_id LIKE ? ESCAPE '\\')");
    params.push(article, `%/${escapeLike(article)}`);
  }
  let sql = `${from}${where.length ? ` WHERE ${where.join(" AND ")}` : ""} ORDER BY ${order}`;
  if (f.limit !== undefined) {
    sql += " LIMIT ?";
    params.push(f.limit);
  }
  return { sql, params };
}

/** A quote found, with the speaker-index entry it is linked to (null when it has no speaker). */
export interface QuoteHit {
  quote: QuoteRecord;
  speaker: { id: string; name: string } | null;
}

/**
 * Runs the filters against the database, one row at a time (for outputs larger than memory).
 * The checks run at once: an unknown topic id is a DbInputError thrown before any row.
 */
export function iterateHits(db: Database.Database, f: QueryFilters): Generator<QuoteHit> {
  if (f.topic !== undefined) checkTopic(db, f.topic);
  const { sql, params } = buildQuoteQuery(f);
  return toHits(db.prepare<QuoteRow>(sql).iterate(...params));
}

function* toHits(rows: Iterable<QuoteRow>): Generator<QuoteHit> {
  for (const r of rows)
    yield {
      quote: toQuoteRecord(r),
      speaker: r.speaker_id !== null && r.index_name !== null ? { id: r.speaker_id, name: r.index_name } : null,
    };
}

/** Runs the filters against the database; an unknown topic id is a DbInputError. */
export function queryHits(db: Database.Database, f: QueryFilters): QuoteHit[] {
  return [...iterateHits(db, f)];
}

/** The quotes that pass the filters, as quotes.jsonl records. */
export function queryQuotes(db: Database.Database, f: QueryFilters): QuoteRecord[] {
  return queryHits(db, f).map((h) => h.quote);
}

/** Every topic id of the database, sorted. */
export function topicIds(db: Database.Database): string[] {
  return db.prepare<string>("SELECT id FROM topics ORDER BY id").pluck().all() as unknown as string[];
}

function checkTopic(db: Database.Database, topic: string): void {
  if (db.prepare("SELECT 1 FROM topics WHERE id = ?").get(topic)) return;
  const known = topicIds(db);
  throw new DbInputError(
    known.length
      ? `unknown topic id "${topic}"; the topics of this database are: ${known.join(", ")}`
      : `unknown topic id "${topic}"; this database has no topics yet`,
  );
}

function speakerKey(name: string): string {
  const key = foldName(name);
  if (!key) throw new DbInputError(`--speaker needs a name with letters or digits, not "${name}"`);
  return key;
}

/**
 * User text → an FTS5 query that is never read as FTS5 syntax: every word is required (AND),
 * "double-quoted words" must follow each other (a phrase), and a trailing * makes a word a
 * prefix (circula* finds circulaire, circular). Accents and case are left to the tokenizer.
 */
export function ftsQuery(text: string): string {
  const terms: string[] = [];
  for (const m of text.matchAll(/"([^"]*)"|[^\s"]+/g)) {
    const phrase = m[1] !== undefined;
    const words = queryWords(phrase ? m[1] : m[0]);
    if (!words.length) continue;
    const prefix = !phrase && m[0].endsWith("*");
    terms.push(`"${words.join(" ").replace(/"/g, '""')}"${prefix ? " *" : ""}`);
  }
  if (!terms.length) throw new DbInputError(`--text needs words to search for, not "${text}"`);
  return terms.join(" AND ");
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

interface QuoteRow {
  id: string;
  speaker_id: string | null;
  index_name: string | null;
  article_id: string;
  text: string;
  start: number;
  end: number;
  type: QuoteRecord["type"];
  language: string;
  speaker_name: string | null;
  speaker_mention: string | null;
  mention_start: number | null;
  mention_end: number | null;
  speaker_kind: NonNullable<QuoteRecord["speaker"]>["kind"] | null;
  speaker_role: string | null;
  resolution: NonNullable<QuoteRecord["speaker"]>["resolution"] | null;
  cue_text: string | null;
  cue_lemma: string | null;
  cue_start: number | null;
  cue_end: number | null;
  confidence: number;
  paragraph: number;
  sentence: number;
  topics_json: string;
}

/** A row back to the quotes.jsonl shape (key order as the writer's). */
function toQuoteRecord(r: QuoteRow): QuoteRecord {
  return {
    id: r.id,
    article: r.article_id,
    text: r.text,
    start: r.start,
    end: r.end,
    type: r.type,
    language: r.language,
    speaker:
      r.speaker_name === null
        ? null
        : {
            name: r.speaker_name,
            mention: r.speaker_mention ?? "",
            mentionStart: r.mention_start,
            mentionEnd: r.mention_end,
            kind: r.speaker_kind ?? "unknown",
            role: r.speaker_role,
            resolution: r.resolution ?? "explicit",
          },
    cue:
      r.cue_text === null
        ? null
        : { text: r.cue_text, lemma: r.cue_lemma ?? "", start: r.cue_start ?? 0, end: r.cue_end ?? 0 },
    topics: JSON.parse(r.topics_json) as string[],
    confidence: r.confidence,
    paragraph: r.paragraph,
    sentence: r.sentence,
  };
}
