/**
 * The SQLite schema of the quote database (documented in README, "Querying the database").
 * Bump DB_SCHEMA_VERSION on any change to these tables; a database of another version is
 * refused with a sentence that says to re-export it.
 */

/** Stored as `PRAGMA user_version`. */
export const DB_SCHEMA_VERSION = 1;

/** Stored as `PRAGMA application_id`: "VRBT", so any other SQLite file is recognised as foreign. */
export const DB_APPLICATION_ID = 0x56524254;

export const DDL = `
CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE articles (
  id                  TEXT PRIMARY KEY,
  path                TEXT NOT NULL,
  sha256              TEXT NOT NULL,
  encoding            TEXT NOT NULL,
  title               TEXT,
  source              TEXT,
  language            TEXT NOT NULL,
  language_confidence REAL NOT NULL,
  meta                TEXT NOT NULL,          -- JSON object
  text                TEXT NOT NULL,
  clean_text          TEXT NOT NULL
);
CREATE INDEX articles_language ON articles(language);

CREATE TABLE paragraphs (
  article_id          TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  idx                 INTEGER NOT NULL,       -- position in the article, from 0
  start               INTEGER NOT NULL,
  end                 INTEGER NOT NULL,
  kind                TEXT NOT NULL CHECK (kind IN ('body', 'heading', 'boilerplate')),
  language            TEXT NOT NULL,
  boilerplate_label   TEXT,
  boilerplate_score   REAL,
  boilerplate_reasons TEXT,                   -- JSON array, NULL when not boilerplate
  PRIMARY KEY (article_id, idx)
);
CREATE INDEX paragraphs_kind ON paragraphs(kind);

CREATE TABLE speakers (
  id            TEXT PRIMARY KEY,             -- the slug of speakers.json
  name          TEXT NOT NULL,
  name_folded   TEXT NOT NULL,                -- lower case, no accents, punctuation as spaces
  kind          TEXT NOT NULL CHECK (kind IN ('person', 'organization', 'group', 'unknown')),
  roles         TEXT NOT NULL,                -- JSON array
  quote_count   INTEGER NOT NULL,             -- as written in speakers.json
  article_count INTEGER NOT NULL
);
CREATE INDEX speakers_name_folded ON speakers(name_folded);

CREATE TABLE speaker_aliases (
  speaker_id   TEXT NOT NULL REFERENCES speakers(id) ON DELETE CASCADE,
  alias        TEXT NOT NULL,
  alias_folded TEXT NOT NULL,
  PRIMARY KEY (speaker_id, alias)
);
CREATE INDEX speaker_aliases_folded ON speaker_aliases(alias_folded);

CREATE TABLE speaker_articles (
  speaker_id TEXT NOT NULL REFERENCES speakers(id) ON DELETE CASCADE,
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  PRIMARY KEY (speaker_id, article_id)
);
CREATE INDEX speaker_articles_article ON speaker_articles(article_id);

CREATE TABLE quotes (
  rowid             INTEGER PRIMARY KEY,      -- the FTS5 content rowid
  id                TEXT NOT NULL UNIQUE,     -- "ARTICLE_ID#qN"
  article_id        TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  text              TEXT NOT NULL,
  start             INTEGER NOT NULL,
  end               INTEGER NOT NULL,
  type              TEXT NOT NULL CHECK (type IN ('direct', 'indirect', 'mixed')),
  language          TEXT NOT NULL,
  speaker_id        TEXT REFERENCES speakers(id),   -- NULL when the quote has no speaker
  speaker_name      TEXT,                     -- the canonical name in the quote's article
  speaker_mention   TEXT,
  mention_start     INTEGER,
  mention_end       INTEGER,
  speaker_kind      TEXT,
  speaker_role      TEXT,
  resolution        TEXT,
  cue_text          TEXT,
  cue_lemma         TEXT,
  cue_start         INTEGER,
  cue_end           INTEGER,
  confidence        REAL NOT NULL,
  paragraph         INTEGER NOT NULL,
  sentence          INTEGER NOT NULL
);
CREATE INDEX quotes_article ON quotes(article_id, start);
CREATE INDEX quotes_speaker ON quotes(speaker_id);
CREATE INDEX quotes_language ON quotes(language);
CREATE INDEX quotes_type ON quotes(type);

CREATE TABLE topics (
  id         TEXT PRIMARY KEY,                -- the taxonomy's ids, and any other id seen in the output
  definition TEXT                             -- from the taxonomy; NULL for an id it does not define
);

CREATE TABLE article_topics (
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  topic_id   TEXT NOT NULL REFERENCES topics(id),
  score      REAL NOT NULL,
  evidence   TEXT NOT NULL,                   -- JSON array of matched surface forms
  PRIMARY KEY (article_id, topic_id)
);
CREATE INDEX article_topics_topic ON article_topics(topic_id);

CREATE TABLE quote_topics (
  quote_id TEXT NOT NULL REFERENCES quotes(id) ON DELETE CASCADE,
  topic_id TEXT NOT NULL REFERENCES topics(id),
  pos      INTEGER NOT NULL,                  -- order in the quote's "topics" array
  PRIMARY KEY (quote_id, topic_id)
);
CREATE INDEX quote_topics_topic ON quote_topics(topic_id);

CREATE VIRTUAL TABLE quotes_fts USING fts5(
  text,
  content = 'quotes',
  content_rowid = 'rowid',
  tokenize = 'unicode61 remove_diacritics 2'
);
`;

/** Fills the full-text index from the quotes table in one pass (faster than triggers). */
export const REBUILD_FTS = `INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild');`;
