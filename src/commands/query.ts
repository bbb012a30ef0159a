/** `verbatim query DIR_OR_DB [filters]`: quotes by speaker, topic, language, type, article, words. */
import type { Command } from "../cli.ts";
import { iterateHits, QUOTE_TYPES, type QueryFilters, type QuoteHit } from "../db/query.ts";
import { csvChunks, formatCsv, formatJson, formatTable, jsonChunks, type Column } from "../db/format.ts";
import { parse, positiveInt, UsageError } from "./usage.ts";
import { asUsage, choice, FORMATS, print, printAll, terminalWidth, loadDb } from "./db-options.ts";

const HELP = `Usage: verbatim query DIR_OR_DB [filters] [--format table|json|csv]

Prints the quotes that pass every filter given. DIR_OR_DB is an output folder of
"verbatim extract" (its database is built on first use and cached in DIR/.verbatim-query.db,
rebuilt when the folder's files change) or a file written by "verbatim export".

Filters:
  --speaker NAME     the speaker's name or an alias, any case and accents ("intrator", "Michael")
  --topic ID         a topic id (e.g. energy); an unknown id lists the known ones
  --lang CODE        the quote's language (fr, en)
  --type TYPE        direct, indirect or mixed
  --article PATH     the article id (its input path), or its end after a "/" (e.g. the file name)
  --text WORDS       full-text search, any case and accents: every word must occur in the quote;
                     "two words" in double quotes must be adjacent; circula* is a prefix
  --limit N          at most N quotes

Output:
  --format FORMAT    table (default; fits the terminal width), json (an array of quote records,
                     as in quotes.jsonl) or csv
  -h, --help         this help

Exit codes: 0 done (even with no match), 1 internal error, 2 usage error (bad option, not a
Verbatim output or database, database of another schema version, unknown topic id).
`;

const OPTIONS = {
  speaker: { type: "string" },
  topic: { type: "string" },
  lang: { type: "string" },
  type: { type: "string" },
  article: { type: "string" },
  text: { type: "string" },
  limit: { type: "string" },
  format: { type: "string", default: "table" },
} as const;

export const queryCommand: Command = {
  name: "query",
  summary: "search the quotes by speaker, topic, language, type, article or words",
  help: HELP,
  async run(args) {
    const { values, positionals } = parse(args, OPTIONS);
    if (positionals.length !== 1) throw new UsageError("give exactly one output folder or .db file");
    const format = choice(values.format, "format", FORMATS) ?? "table";
    const filters: QueryFilters = {
      speaker: values.speaker,
      topic: values.topic,
      lang: languageCode(values.lang),
      type: choice(values.type, "type", QUOTE_TYPES),
      article: values.article,
      text: values.text,
      limit: values.limit === undefined ? undefined : positiveInt(values.limit, "limit", 0),
    };
    const db = await asUsage(async () => (await loadDb("open")).openSource(positionals[0]));
    try {
      const hits = await asUsage(async () => iterateHits(db, filters));
      if (format === "table") await print(render([...hits], format));
      else await printAll(format === "json" ? jsonChunks(mapIter(hits, (h) => h.quote)) : csvChunks(hits, CSV_COLUMNS));
    } finally {
      db.close();
    }
    return 0;
  },
};

/** The speaker as the index names it (the same name in every article), else as the article does. */
const speakerName = (h: QuoteHit) => h.speaker?.name ?? h.quote.speaker?.name ?? "";

const CSV_COLUMNS: Column<QuoteHit>[] = [
  { header: "id", value: (h) => h.quote.id },
  { header: "article", value: (h) => h.quote.article },
  { header: "speaker", value: speakerName },
  { header: "speaker_id", value: (h) => h.speaker?.id ?? "" },
  { header: "speaker_kind", value: (h) => h.quote.speaker?.kind ?? "" },
  { header: "role", value: (h) => h.quote.speaker?.role ?? "" },
  { header: "type", value: (h) => h.quote.type },
  { header: "language", value: (h) => h.quote.language },
  { header: "topics", value: (h) => h.quote.topics.join(";") },
  { header: "text", value: (h) => h.quote.text },
  { header: "start", value: (h) => String(h.quote.start) },
  { header: "end", value: (h) => String(h.quote.end) },
  { header: "confidence", value: (h) => String(h.quote.confidence) },
];

/** Terminals narrower than this lose the topics column, then (NARROW) the article column too. */
const MEDIUM = 70;
const NARROW = 50;

/** Speaker, type, topics, the quote (takes the width left), article. */
export function tableColumns(width: number): Column<QuoteHit>[] {
  const share = (f: number) => Math.max(8, Math.floor(width * f));
  const columns: (Column<QuoteHit> | false)[] = [
    { header: "speaker", value: (h) => speakerName(h) || "—", max: share(0.17) },
    { header: "type", value: (h) => h.quote.type },
    width >= MEDIUM && { header: "topics", value: (h) => h.quote.topics.join(",") || "—", max: share(0.11) },
    { header: "quote", value: (h) => h.quote.text, fill: true },
    width >= NARROW && { header: "article", value: (h) => h.quote.article, max: share(0.14), keepEnd: true },
  ];
  return columns.filter((c) => c !== false);
}

export function render(hits: QuoteHit[], format: (typeof FORMATS)[number], width = terminalWidth()): string {
  if (format === "json") return formatJson(hits.map((h) => h.quote));
  if (format === "csv") return formatCsv(hits, CSV_COLUMNS);
  if (!hits.length) return "(no quotes match)\n";
  return formatTable(hits, tableColumns(width), width) + `(${hits.length} quote${hits.length === 1 ? "" : "s"})\n`;
}

function* mapIter<T, U>(items: Iterable<T>, fn: (t: T) => U): Generator<U> {
  for (const t of items) yield fn(t);
}

/** "FR" → "fr"; anything that is not an ISO 639 code (or "und") is a usage error. */
function languageCode(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const code = value.trim().toLowerCase();
  if (!/^[a-z]{2,3}$/.test(code)) throw new UsageError(`--lang takes a language code such as fr or en, not "${value}"`);
  return code;
}
