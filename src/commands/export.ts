/** `verbatim export DIR --sqlite FILE.db`: the output folder as a SQLite database. */
import { stat } from "node:fs/promises";
import { dirname } from "node:path";
import type { Command } from "../cli.ts";
import { DB_SCHEMA_VERSION } from "../db/schema.ts";
import { parse, UsageError, requireOption } from "./usage.ts";
import { asUsage, loadDb } from "./db-options.ts";

const HELP = `Usage: verbatim export DIR --sqlite FILE.db

Builds a SQLite database from an output folder of "verbatim extract" (articles.jsonl,
quotes.jsonl, speakers.json): tables articles, paragraphs, quotes, speakers, speaker_aliases,
speaker_articles, topics, article_topics, quote_topics, and the full-text index quotes_fts
(accent- and case-insensitive). The schema is described in README ("Querying the database");
its version is PRAGMA user_version = ${DB_SCHEMA_VERSION}. An existing FILE.db is replaced atomically.

Options:
  --sqlite FILE.db   the database to write (required)
  --quiet            no closing summary line on stderr
  -h, --help         this help

Exit codes: 0 written, 1 internal error, 2 usage error (e.g. DIR is not a Verbatim output).
`;

const OPTIONS = {
  sqlite: { type: "string" },
  quiet: { type: "boolean", default: false },
} as const;

export const exportCommand: Command = {
  name: "export",
  summary: "write an output folder as a SQLite database (with full-text search)",
  help: HELP,
  async run(args) {
    const { values, positionals } = parse(args, OPTIONS);
    requireOption(values.sqlite, "--sqlite FILE.db");
    if (positionals.length !== 1) throw new UsageError("give exactly one output folder DIR");
    const [dir] = positionals;
    const file = values.sqlite;
    await checkTarget(file);
    const { buildDatabase } = await loadDb("build");
    const counts = await asUsage(() => buildDatabase(dir, file));
    if (!values.quiet)
      process.stderr.write(
        `${counts.articles} articles, ${counts.quotes} quotes, ${counts.speakers} speakers, ${counts.topics} topics → ${file}\n`,
      );
    return 0;
  },
};

async function checkTarget(file: string): Promise<void> {
  const parent = await stat(dirname(file)).catch(() => null);
  if (!parent?.isDirectory()) throw new UsageError(`cannot write "${file}": the folder ${dirname(file)} does not exist`);
  const existing = await stat(file).catch(() => null);
  if (existing?.isDirectory()) throw new UsageError(`cannot write "${file}": it is a folder`);
  if (existing && existing.size > 0 && !(await loadDb("open")).isVerbatimDatabase(file))
    throw new UsageError(`"${file}" exists and is not a Verbatim database; remove it or choose another file name`);
}
