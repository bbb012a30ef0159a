/** The speaker index as stored in the database, with quote counts taken from the quotes table. */
import type Database from "better-sqlite3";
import type { SpeakerRecord } from "../schema.ts";

export interface SpeakerRow {
  id: string;
  name: string;
  kind: SpeakerRecord["kind"];
  roles: string[];
  aliases: string[];
  /** quotes in the database attributed to this speaker */
  quotes: number;
  /** articles the speaker index lists for this speaker */
  articles: number;
}

const SQL = `SELECT s.id, s.name, s.kind, s.roles,
  (SELECT json_group_array(alias) FROM (SELECT alias FROM speaker_aliases WHERE speaker_id = s.id ORDER BY alias)) AS aliases_json,
  (SELECT count(*) FROM quotes WHERE speaker_id = s.id) AS quotes,
  (SELECT count(*) FROM speaker_articles WHERE speaker_id = s.id) AS articles
FROM speakers s`;

/** Speakers with at least `minQuotes` quotes, most quoted first, then by name. */
export function listSpeakers(db: Database.Database, minQuotes = 0): SpeakerRow[] {
  const rows = db
    .prepare<{ id: string; name: string; kind: SpeakerRow["kind"]; roles: string; aliases_json: string; quotes: number; articles: number }>(
      `SELECT * FROM (${SQL}) WHERE quotes >= ? ORDER BY quotes DESC, name COLLATE NOCASE, id`,
    )
    .all(minQuotes);
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    kind: r.kind,
    roles: JSON.parse(r.roles) as string[],
    aliases: JSON.parse(r.aliases_json) as string[],
    quotes: r.quotes,
    articles: r.articles,
  }));
}
